"""The command line and the parquet data contract, on the seeds and on bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from ita.cli import main
from ita.schema import Document, Page, Paragraph, TextMethod
from ita.writer import TABLES

from .conftest import SEED_FILES


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw = tmp_path_factory.mktemp("raw")
    for path in SEED_FILES.values():
        shutil.copy(path, raw / path.name)
    nested = raw / "nested" / "deeper"
    nested.mkdir(parents=True)
    (nested / "empty.txt").write_bytes(b"")
    (nested / "binary.md").write_bytes(bytes(range(256)) * 4)
    shutil.copy(SEED_FILES["003"], nested / "copy_of_003.txt")
    (raw / "notes.pdfx").write_text("not an input")
    (raw / "shopping_list.txt").write_text("ซื้อไข่ ๑๐ ฟอง\nนม ๒ ขวด\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    assert main(["extract", str(raw), "--out", str(out)]) == 0
    return out


def read(dataset: Path, name: str) -> pa.Table:
    return pq.read_table(dataset / f"{name}.parquet")


def test_all_tables_written_with_report_id(dataset: Path) -> None:
    for name in TABLES:
        table = read(dataset, name)
        assert "report_id" in table.column_names, name


def test_counts(dataset: Path) -> None:
    assert read(dataset, "reports").num_rows == 4
    assert read(dataset, "indicators").num_rows == 40
    assert read(dataset, "measures").num_rows == 4 + 10 + 10 + 16


def test_column_types(dataset: Path) -> None:
    measures = read(dataset, "measures").schema
    assert measures.field("period_start").type == pa.date32()
    assert measures.field("responsible_units").type == pa.list_(pa.string())
    assert read(dataset, "indicators").schema.field("score").type == pa.float64()
    assert read(dataset, "pages").schema.field("quality").type == pa.float64()
    reports = read(dataset, "reports")
    for column in ("source_file", "source_sha256", "format", "pipeline_version"):
        assert column in reports.column_names
    assert set(reports.column("format").to_pylist()) == {"text"}


def test_bad_inputs_become_problems_and_the_batch_goes_on(dataset: Path) -> None:
    problems = read(dataset, "problems").to_pylist()
    by_file = {p["source_file"]: p for p in problems if p["severity"] == "error"}
    # files are named by their path below the folder given, so names in two folders stay apart
    assert by_file["nested/deeper/empty.txt"]["code"] == "unreadable_file"
    assert "empty" in by_file["nested/deeper/empty.txt"]["message"]
    duplicate = [p for p in problems if p["code"] == "duplicate_file"]
    assert [p["source_file"] for p in duplicate] == ["nested/deeper/copy_of_003.txt"]
    assert by_file["nested/deeper/binary.md"]["code"] == "unreadable_file"
    assert "not a text file" in by_file["nested/deeper/binary.md"]["message"]
    other = [p for p in problems if p["source_file"] == "shopping_list.txt"]
    assert [(p["code"], p["severity"]) for p in other] == [("not_an_ita_report", "warning")]
    reports = read(dataset, "reports").column("source_file").to_pylist()
    assert "shopping_list.txt" not in reports and "nested/deeper/binary.md" not in reports


def test_pages_table_has_the_text(dataset: Path) -> None:
    pages = read(dataset, "pages").to_pylist()
    assert all(p["method"] == "native" for p in pages)
    assert all(p["quality"] >= 0.95 for p in pages)  # clean typed text
    assert any("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่" in p["text"] for p in pages)


def test_show_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(SEED_FILES["003"])]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["report"]["organisation"] == "องค์การบริหารส่วนตำบลกุดบง"
    assert len(data["measures"]) == 10 and "pages" not in data


def test_unsupported_file_named_directly(tmp_path: Path) -> None:
    bad = tmp_path / "report.xyz"
    bad.write_text("x")
    out = tmp_path / "out"
    assert main(["extract", str(bad), "--out", str(out)]) == 0
    problems = pq.read_table(out / "problems.parquet").to_pylist()
    assert [(p["source_file"], p["code"]) for p in problems] == [("report.xyz", "unreadable_file")]
    assert pq.read_table(out / "reports.parquet").num_rows == 0


def test_page_cap_is_a_problem_not_a_silent_cut() -> None:
    from ita.extract import extract_file
    from ita.ingest.registry import ReadOptions

    result = extract_file(SEED_FILES["000"], ReadOptions(max_pages=1))
    assert result.report is not None and result.report.page_count == 1
    caps = [p for p in result.problems if p.code == "page_cap"]
    assert len(caps) == 1 and "2 more" in caps[0].message


def _report_with(page: Page) -> Document:
    first = Page(number=1, method=TextMethod.TEXT_LAYER, blocks=[Paragraph(
        text="รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี พ.ศ. ๒๕๖๗",
        page=1,
        method=TextMethod.TEXT_LAYER)])
    return Document(report_id="r1", source_file="r1.pdf", source_sha256="0" * 64,
                    format="pdf", pages=[first, page])


def test_a_page_without_text_layer_is_a_problem_until_ocr() -> None:
    from ita.extract import extract_document

    extraction = extract_document(_report_with(Page(number=2, method=TextMethod.OCR)))
    [problem] = [p for p in extraction.problems if p.code == "page_not_read"]
    assert problem.page == 2 and "OCR" in problem.message


def test_a_text_layer_damaged_beyond_repair_is_a_problem() -> None:
    from ita.extract import extract_document

    garbled = "ก\uf70aขฃ\uf8ff ัดิ ฆญฌ โฏฐฑ ฒณด ตถท ธนบ ปผฝ พฟภ มยร"
    extraction = extract_document(_report_with(Page(number=2, method=TextMethod.TEXT_LAYER,
                                                     blocks=[Paragraph(text=garbled, page=2)])))
    [problem] = [p for p in extraction.problems if p.code == "damaged_text_layer"]
    assert problem.page == 2 and "quality" in problem.message
    assert "Private Use Area glyphs ×2" in problem.message
    assert not any(p.code == "damaged_text_layer" and p.page == 1 for p in extraction.problems)


def test_a_ministry_plan_quoting_indicator_averages_gives_no_records() -> None:
    """A 135-page plan quoting the national average of each indicator is an ITA document but
    no organisation's report: no report row, no scores, one not_an_analysis_report row."""
    from ita.extract import extract_document

    from tests.test_doc_kind import _ministry_plan

    extraction = extract_document(_ministry_plan(True))
    assert extraction.report is None and not extraction.indicators
    assert [p.code for p in extraction.problems] == ["not_an_analysis_report"]
    assert "135 pages" in extraction.problems[0].message
