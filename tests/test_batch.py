"""Batch extraction (issue #5): incremental re-runs, crash safety, isolated failures, and the
Dask engine giving the local engine's tables byte for byte."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from ita import batch
from ita.batch import Job, Summary, extract_batch, run_job
from ita.writer import TABLES

from .conftest import SEED_FILES

TABLE_FILES = [f"{name}.parquet" for name in TABLES]


def make_corpus(folder: Path, copies: int) -> list[Path]:
    """``copies`` distinct text reports: each seed with a line of its own at the end."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for n in range(copies):
        seed = list(SEED_FILES.values())[n % len(SEED_FILES)]
        path = folder / f"report_{n:03d}.txt"
        path.write_text(seed.read_text(encoding="utf-8") + f"\n\nชุดทดสอบที่ {n}\n",
                        encoding="utf-8")
        made.append(path)
    return made


def table_bytes(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in TABLE_FILES}


def manifest(out: Path) -> dict[str, dict]:
    return {r["source_file"]: r for r in pq.read_table(out / "manifest.parquet").to_pylist()}


def problems(out: Path) -> list[dict]:
    return pq.read_table(out / "problems.parquet").to_pylist()


def refuse(job: Job) -> Summary:
    raise AssertionError(f"{job.source_file} was extracted again")


def test_an_unchanged_rerun_extracts_nothing_and_keeps_the_tables(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    make_corpus(raw, 6)
    out = tmp_path / "out"
    first = extract_batch([raw], str(out), workers=2, progress="off")
    assert (first.extracted, first.reused, first.statuses["done"]) == (6, 0, 6)
    before = table_bytes(out)
    again = extract_batch([raw], str(out), workers=2, progress="off", task=refuse)
    assert (again.extracted, again.reused) == (0, 6)
    assert table_bytes(out) == before
    # a lost table is rebuilt from the stored results, still without extracting
    (out / "measures.parquet").unlink()
    extract_batch([raw], str(out), workers=2, progress="off", task=refuse)
    assert table_bytes(out) == before
    # renamed and duplicated files are known by their content
    (raw / "report_000.txt").rename(raw / "renamed.txt")
    shutil.copy(raw / "report_001.txt", raw / "zz_copy.txt")
    moved = extract_batch([raw], str(out), workers=2, progress="off", task=refuse)
    assert moved.extracted == 0
    names = pq.read_table(out / "reports.parquet").column("source_file").to_pylist()
    assert "renamed.txt" in names and "report_000.txt" not in names
    rows = manifest(out)
    assert rows["zz_copy.txt"]["duplicate_of"] == "report_001.txt"
    assert [p["code"] for p in problems(out) if p["source_file"] == "zz_copy.txt"] == \
        ["duplicate_file"]


def test_a_rerun_redoes_changed_failed_and_older_results_only(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    paths = make_corpus(raw, 4)
    out = tmp_path / "out"
    extract_batch([raw], str(out), workers=1, progress="off")
    # changed content; a result from an older pipeline; a failed result
    paths[0].write_text(paths[0].read_text(encoding="utf-8") + "แก้ไข\n", encoding="utf-8")
    rows = manifest(out)
    fs, root = batch.filesystem(str(out))
    old = batch.load_outcome(fs, root, rows["report_001.txt"]["sha256"])
    assert old is not None
    batch.save_outcome(str(out), old.model_copy(update={"pipeline_version": "0.0.1+old"}))
    failed = Job(str(paths[2]), "report_002.txt", rows["report_002.txt"]["sha256"], str(out))
    batch.save_outcome(str(out), batch.failed_outcome(failed, "timeout", "too slow"))
    # ... and the manifest as the runs that left them would have written it
    table = pq.read_table(out / "manifest.parquet")
    edited = table.to_pylist()
    for row in edited:
        if row["source_file"] == "report_001.txt":
            row["pipeline_version"] = "0.0.1+old"
        if row["source_file"] == "report_002.txt":
            row["status"] = "failed"
    pq.write_table(pa.Table.from_pylist(edited, schema=table.schema), out / "manifest.parquet")
    result = extract_batch([raw], str(out), workers=1, progress="off", engine="local",
                           task=_Recorder.task)
    assert result.extracted == 3
    assert sorted(_Recorder.names(out)) == ["report_000.txt", "report_001.txt", "report_002.txt"]
    assert result.statuses == {"done": 4, "rejected": 0, "failed": 0}
    forced = extract_batch([raw], str(out), workers=1, progress="off", force=True)
    assert forced.extracted == 4


class _Recorder:
    """A task that notes each job in a file (workers are other processes) and runs it."""

    @staticmethod
    def task(job: Job) -> Summary:
        with open(Path(job.out) / "seen.txt", "a", encoding="utf-8") as handle:
            handle.write(job.source_file + "\n")
        return run_job(job)

    @staticmethod
    def names(out: Path) -> list[str]:
        return (out / "seen.txt").read_text(encoding="utf-8").split()


def bad_inputs(raw: Path) -> dict[str, str]:
    """One file of each kind that must not stop a batch, and the problem code it gives."""
    from pypdf import PdfWriter

    raw.mkdir(parents=True, exist_ok=True)
    (raw / "empty.pdf").write_bytes(b"")
    (raw / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(3000))
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.encrypt("secret")
    with open(raw / "encrypted.pdf", "wb") as handle:
        writer.write(handle)
    (raw / "photo_named.pdf").write_bytes(_jpeg_of_text())
    seed = SEED_FILES["000"].read_text(encoding="utf-8")
    (raw / "enormous.txt").write_text("\f".join([seed] * 3), encoding="utf-8")
    (raw / "huge.pdf").write_bytes(b"%PDF-1.7\n" + bytes(3 * 2**20))
    (raw / "slow.txt").write_text(seed + "\nช้า\n", encoding="utf-8")
    (raw / "dies.txt").write_text(seed + "\nตาย\n", encoding="utf-8")
    (raw / "shopping_list.txt").write_text("ซื้อไข่ ๑๐ ฟอง\nนม ๒ ขวด\n", encoding="utf-8")
    return {"empty.pdf": "unreadable_file", "corrupt.pdf": "unreadable_file",
            "encrypted.pdf": "unreadable_file", "photo_named.pdf": "mislabelled_file",
            "enormous.txt": "page_cap", "huge.pdf": "unreadable_file", "slow.txt": "timeout",
            "dies.txt": "worker_died",
            "shopping_list.txt": "not_an_ita_report"}


def _jpeg_of_text() -> bytes:
    import io

    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1400, 200), 255)
    fonts = sorted(Path("/usr/share/fonts/truetype/tlwg").glob("Garuda.ttf"))
    font = ImageFont.truetype(str(fonts[0]), 48) if fonts else ImageFont.load_default(48)
    ImageDraw.Draw(image).text((40, 60), "ITA Integrity and Transparency", font=font, fill=0)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def misbehave(job: Job) -> Summary:
    """The real task, except that slow.txt hangs and dies.txt kills its worker."""
    if job.source_file == "slow.txt":
        time.sleep(60)
    if job.source_file == "dies.txt":
        os._exit(3)
    return run_job(job)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")
def test_each_bad_file_is_one_problem_and_the_batch_goes_on(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    make_corpus(raw, 4)
    expected = bad_inputs(raw)
    out = tmp_path / "out"
    result = extract_batch([raw], str(out), workers=2, timeout=8, max_pages=5,
                           max_megabytes=2, progress="off", task=misbehave)
    found = problems(out)
    for name, code in expected.items():
        rows = [p for p in found if p["source_file"] == name and p["code"] == code]
        assert len(rows) == 1, (name, code, [p["code"] for p in found
                                             if p["source_file"] == name])
        assert rows[0]["message"]
    rows = manifest(out)
    assert {name: rows[name]["status"] for name in expected} == {
        "empty.pdf": "rejected", "corrupt.pdf": "rejected", "encrypted.pdf": "rejected",
        # the photo is read as the JPEG it is; its one line names the ITA but it is no
        # organisation's report, so it is rejected (not_an_analysis_report) and not retried
        "photo_named.pdf": "rejected", "enormous.txt": "done", "huge.pdf": "rejected",
        "slow.txt": "failed",
        "dies.txt": "failed", "shopping_list.txt": "rejected"}
    assert "not a readable PDF" in rows["encrypted.pdf"]["reason"]
    assert "over the limit of 2 MB" in rows["huge.pdf"]["reason"]
    assert all(rows[f"report_{n:03d}.txt"]["status"] == "done" for n in range(4))
    assert result.statuses == {"done": 5, "rejected": 6, "failed": 2}
    # the failed ones, and only they, are tried again
    again = extract_batch([raw], str(out), workers=2, timeout=8, max_pages=5,
                          max_megabytes=2, progress="off", task=misbehave)
    assert again.extracted == 2


def test_kill_9_mid_batch_then_rerun_gives_the_uninterrupted_tables(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    make_corpus(raw, 80)
    whole = tmp_path / "whole"
    extract_batch([raw], str(whole), workers=2, progress="off")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "ita", "extract", str(raw), "--out", str(out),
               "--workers", "2"]
    process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while len(list(out.glob("results/*/*.json.gz"))) < 8 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)  # the parent and its workers, mid-write or not
    process.wait()
    stored = len(list(out.glob("results/*/*.json.gz")))
    assert 8 <= stored < 80, "the batch was not killed in the middle"
    result = extract_batch([raw], str(out), workers=2, progress="off")
    assert result.extracted == 80 - stored
    assert table_bytes(out) == table_bytes(whole)
    assert not list(out.rglob(".*.tmp-*"))


def test_dask_cluster_gives_the_local_tables_byte_for_byte(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    raw = tmp_path / "raw"
    make_corpus(raw, 8)
    (raw / "shopping_list.txt").write_text("ซื้อไข่ ๑๐ ฟอง\n", encoding="utf-8")
    local, dask = tmp_path / "local", tmp_path / "dask"
    extract_batch([raw], str(local), workers=2, progress="off")
    result = extract_batch([raw], f"file://{dask}", workers=2, engine="dask", progress="off")
    assert result.statuses == {"done": 8, "rejected": 1, "failed": 0}
    assert table_bytes(dask) == table_bytes(local)


def _image_pdf(path: Path, pages: int) -> Path:
    """An image-only PDF of ``pages`` pages with a line of text each (OCR'd page by page)."""
    import io

    import img2pdf
    from PIL import Image, ImageDraw, ImageFont

    fonts = sorted(Path("/usr/share/fonts/truetype/tlwg").glob("Garuda.ttf"))
    font = ImageFont.truetype(str(fonts[0]), 40) if fonts else ImageFont.load_default(40)
    images = []
    for n in range(pages):
        image = Image.new("L", (1654, 2339), 255)
        ImageDraw.Draw(image).text((150, 200), f"ITA Integrity and Transparency page {n + 1}",
                                   font=font, fill=0)
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        images.append(buffer.getvalue())
    path.write_bytes(img2pdf.convert(images))
    return path


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")
def test_dask_keeps_the_per_file_time_limit(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    raw = tmp_path / "raw"
    make_corpus(raw, 2)
    _image_pdf(raw / "slow.pdf", 3)
    out = tmp_path / "out"
    result = extract_batch([raw], str(out), workers=2, engine="dask", timeout=0.5,
                           progress="off")
    rows = manifest(out)
    assert rows["slow.pdf"]["status"] == "failed"
    assert rows["slow.pdf"]["reason"].startswith("timeout: stopped before page 2")
    assert [p["code"] for p in problems(out) if p["source_file"] == "slow.pdf"] == ["timeout"]
    assert result.statuses == {"done": 2, "rejected": 0, "failed": 1}


def test_no_input_files_is_said_and_nothing_is_written(tmp_path: Path, capsys) -> None:
    from ita.cli import main

    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "notes.xlsx").write_bytes(b"PK")
    assert main(["extract", str(tmp_path / "raw"), "--out", str(tmp_path / "out")]) == 2
    assert "no input files" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
