"""Batch benchmark (issue #5): ``make bench`` (``python -m tests.bench``) or alone as
``python -m tests.bench_batch --reports 500``.

A corpus of N distinct reports is generated from the seeds: about half as text, 30 % as DOCX
(python-docx), 19 % as digital PDF (LibreOffice) and four two-page scans (degraded 200 dpi,
image-only PDF).  Text and DOCX copies differ by a numbered line at the end; PDF and scan
copies by a numbered comment after ``%%EOF``, which every reader ignores (rendering hundreds of
PDFs would take longer than the benchmark).  Each path is extracted on its own with one worker
and with all workers (pages/s per core, seconds per report, peak memory per worker, the
speed-up), then the whole corpus with all workers, then once more unchanged.  Prints a table
and writes it as JSON.  Timings are recorded, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq
from ita.batch import extract_batch, warm_up
from ita.version import pipeline_version

from .conftest import SEED_FILES
from .fixtures.make_docx import text_to_docx
from .fixtures.make_pdf import seeds_to_pdf, soffice

SHARES = {"text": 0.5, "docx": 0.3}  # of N; PDF the rest but SCANS
SCANS = 4
SCAN_PAGES = 2


def make_corpus(folder: Path, reports: int) -> dict[str, list[Path]]:
    """N distinct reports by path: text, docx, pdf, scan (see the module's docstring)."""
    seeds = [SEED_FILES[s] for s in sorted(SEED_FILES)]
    texts = [s.read_text(encoding="utf-8") for s in seeds]
    counts = {"text": round(reports * SHARES["text"]), "docx": round(reports * SHARES["docx"])}
    counts["scan"] = min(SCANS, reports)
    counts["pdf"] = max(0, reports - sum(counts.values()))
    corpus: dict[str, list[Path]] = {kind: [] for kind in ("text", "docx", "pdf", "scan")}
    for kind in corpus:
        (folder / kind).mkdir(parents=True, exist_ok=True)
    for n in range(counts["text"]):
        path = folder / "text" / f"report_{n:04d}.txt"
        path.write_text(texts[n % 4] + f"\n\nสำเนาที่ {n}\n", encoding="utf-8")
        corpus["text"].append(path)
    for n in range(counts["docx"]):
        path = folder / "docx" / f"report_{n:04d}.docx"
        text_to_docx(texts[n % 4] + f"\n\nสำเนาที่ {n}\n", path)
        corpus["docx"].append(path)
    rendered = seeds_to_pdf(seeds, folder / "rendered") if soffice() else []
    if not rendered:
        counts["pdf"] = counts["scan"] = 0
    for n in range(counts["pdf"]):
        path = folder / "pdf" / f"report_{n:04d}.pdf"
        path.write_bytes(rendered[n % 4].read_bytes() + f"\n%copy {n}\n".encode())
        corpus["pdf"].append(path)
    for n in range(counts["scan"]):
        path = folder / "scan" / f"report_{n:04d}.pdf"
        path.write_bytes(_scan(rendered[n % 4]) + f"\n%copy {n}\n".encode())
        corpus["scan"].append(path)
    return corpus


def _scan(pdf: Path) -> bytes:
    import img2pdf
    import numpy as np

    from .fixtures.make_scan import SCAN_DPI, degrade, jpeg, render_pages

    rng = np.random.default_rng(0)
    pages = [jpeg(degrade(image, rng)) for image in render_pages(pdf)[:SCAN_PAGES]]
    return img2pdf.convert(pages, layout_fun=img2pdf.get_fixed_dpi_layout_fun((SCAN_DPI,) * 2))


def run(inputs: list[Path], out: Path, workers: int) -> dict:
    """One batch into ``out``: wall seconds, pages, reports, peak memory of a worker."""
    start = time.perf_counter()
    result = extract_batch(inputs, str(out), workers=workers, progress="off")
    seconds = time.perf_counter() - start
    manifest = pq.read_table(out / "manifest.parquet").to_pylist()
    memory = [r["peak_memory_mb"] for r in manifest if r["peak_memory_mb"] is not None]
    return {"seconds": round(seconds, 2), "reports": result.statuses["done"],
            "files": result.sources, "extracted": result.extracted,
            "pages": sum(r["pages"] for r in manifest),
            "peak_memory_mb": max(memory, default=None)}


def bench_batch(reports: int, workers: int, json_path: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"\nbatch: generating {reports} reports ...", flush=True)
        corpus = make_corpus(folder / "raw", reports)
        warm_up()  # once, as ita extract does before its first pool: not timed in any row
        rows = []
        for kind, paths in corpus.items():
            if not paths:
                continue
            one = run(paths, folder / f"out-{kind}-1", 1)
            many = run(paths, folder / f"out-{kind}-{workers}", workers)
            rows.append({
                "path": kind, "files": one["files"], "pages": one["pages"],
                "pages_per_s_per_core": round(one["pages"] / one["seconds"], 1),
                "s_per_report": round(one["seconds"] / one["files"], 3),
                "peak_memory_mb_per_worker": max(one["peak_memory_mb"] or 0,
                                                 many["peak_memory_mb"] or 0),
                f"pages_per_s_{workers}_workers": round(many["pages"] / many["seconds"], 1),
                "speedup": round(one["seconds"] / many["seconds"], 2)})
        everything = [p for paths in corpus.values() for p in paths]
        first = run(everything, folder / "out-all", workers)
        again = run(everything, folder / "out-all", workers)
    figures = {
        "pipeline_version": pipeline_version(), "cores": os.cpu_count(), "workers": workers,
        "reports": len(everything), "paths": rows,
        "all": {"first_run_s": first["seconds"], "pages": first["pages"],
                "unchanged_rerun_s": again["seconds"], "rerun_extracted": again["extracted"],
                "rerun_share": round(again["seconds"] / first["seconds"], 4)},
    }
    print(f"{'path':<6} {'files':>5} {'pages':>6} {'pages/s/core':>12} {'s/report':>9} "
          f"{'peak MB/worker':>14} {f'pages/s x{workers}':>12} {'speed-up':>8}")
    for r in rows:
        print(f"{r['path']:<6} {r['files']:>5} {r['pages']:>6} {r['pages_per_s_per_core']:>12} "
              f"{r['s_per_report']:>9} {r['peak_memory_mb_per_worker']:>14} "
              f"{r[f'pages_per_s_{workers}_workers']:>12} {r['speedup']:>8}")
    a = figures["all"]
    print(f"all {figures['reports']} reports, {workers} workers: {a['first_run_s']} s; unchanged "
          f"re-run {a['unchanged_rerun_s']} s ({100 * a['rerun_share']:.2f} % of the first; "
          f"{a['rerun_extracted']} extracted)")
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(figures, indent=1))
    print(f"written to {json_path}")
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=500)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--json", type=Path, default=Path("build/bench-batch.json"))
    args = parser.parse_args(argv)
    bench_batch(args.reports, args.workers, args.json)


if __name__ == "__main__":
    main()
