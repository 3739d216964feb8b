"""Benchmarks: ``make bench`` (``python -m tests.bench``).

Digital PDF path (#3): the four seeds rendered by LibreOffice (today's fonts and the legacy-font
variant), each extracted end to end (ingest → parsers → validation) on one core; reported as
pages per second, with the word-bag F1 of the text against the seed — and the same for raw
pdfplumber (``extract_text`` + ``extract_tables``) and raw pypdfium2 text on the same files.

Scanned PDF path (#4): the same seeds as degraded 200 dpi scans, read by the OCR backend;
seconds per page on one core and the acceptance figures of ``tests/accuracy.py``.

Batch (#5): ``tests/bench_batch.py`` on N generated reports (default 500): per input path
pages/s per core, seconds per report, peak memory per worker and the speed-up with all
workers; the whole corpus's first run and an unchanged re-run.  Written to build/ as JSON.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ita.extract import extract_file
from ita.ingest.text import decode

from .bench_batch import bench_batch
from .conftest import SEED_FILES
from .fixtures.make_legacy import legacy_encode
from .fixtures.make_pdf import seeds_to_pdf, soffice
from .wordbag import source_text, word_bag_f1


def _pdfplumber_text(path: Path) -> tuple[str, int]:
    import pdfplumber

    parts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            parts.append(page.extract_text() or "")
            for table in page.extract_tables():
                parts.extend("\t".join(c or "" for c in row) for row in table)
        return "\n".join(parts), len(pdf.pages)


def _pypdfium2_text(path: Path) -> tuple[str, int]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    return "\n".join(p.get_textpage().get_text_range() for p in document), len(document)


def _ours(path: Path) -> tuple[str, int]:
    extraction = extract_file(path)
    return "\n".join(p.text for p in extraction.pages), len(extraction.pages)


READERS: dict[str, Callable[[Path], tuple[str, int]]] = {
    "ita (end to end)": _ours,
    "raw pdfplumber": _pdfplumber_text,
    "raw pypdfium2": _pypdfium2_text,
}


def bench_pdf(out_dir: Path, repeat: int) -> None:
    if soffice() is None:
        raise SystemExit("LibreOffice (soffice) is needed to make the PDF fixtures")
    seeds = sorted(SEED_FILES)
    sources = [SEED_FILES[s] for s in seeds]
    variants = {
        "pdf": seeds_to_pdf(sources, out_dir / "pdf"),
        "legacy": seeds_to_pdf(sources, out_dir / "legacy", transform=legacy_encode),
    }
    truth = {s: source_text(decode(SEED_FILES[s].read_bytes())) for s in seeds}
    _ours(variants["pdf"][0])  # warm up: dictionary, gazetteer, imports
    print(f"digital PDF path, one core, best of {repeat} runs per file")
    print(f"{'variant':<8} {'reader':<18} {'pages':>5} {'pages/s':>8}  word-bag F1 per seed")
    for variant, paths in variants.items():
        for name, reader in READERS.items():
            pages = 0
            seconds = 0.0
            scores = []
            for seed, path in zip(seeds, paths):
                best = float("inf")
                for _ in range(repeat):
                    start = time.perf_counter()
                    text, n = reader(path)
                    best = min(best, time.perf_counter() - start)
                pages += n
                seconds += best
                scores.append(f"{seed} {word_bag_f1(text, truth[seed]):.3f}")
            print(f"{variant:<8} {name:<18} {pages:>5} {pages / seconds:>8.1f}  "
                  + ", ".join(scores))


def bench_scan(out_dir: Path) -> None:
    """The OCR path: each seed as a degraded 200 dpi scan, read at 300 dpi on one core."""
    from .accuracy import make_scans, scores

    print("\nscanned PDF path (OCR at 300 dpi), one core, one run per file")
    print(f"{'seed':<5} {'pages':>5} {'s/page':>7}  text F1  indicator F1  metadata  measures")
    for seed, path in make_scans(out_dir / "scan", sorted(SEED_FILES)).items():
        start = time.perf_counter()
        extraction = extract_file(path)
        per_page = (time.perf_counter() - start) / max(1, len(extraction.pages))
        got = scores(extraction, seed)
        print(f"{seed:<5} {len(extraction.pages):>5} {per_page:>7.2f}  {got['text_f1']:>7.3f}"
              f"  {got['indicator_f1']:>12.3f}  {got['metadata']:>8.3f}"
              f"  {got['measures_found']:>8.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-scan", action="store_true", help="skip the OCR path (minutes)")
    parser.add_argument("--reports", type=int, default=500,
                        help="reports in the batch benchmark's corpus (0: skip it)")
    parser.add_argument("--json", type=Path, default=Path("build/bench-batch.json"),
                        help="where the batch benchmark writes its figures")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        bench_pdf(Path(tmp), args.repeat)
        if not args.no_scan:
            bench_scan(Path(tmp))
    if args.reports:
        bench_batch(args.reports, os.cpu_count() or 1, args.json)


if __name__ == "__main__":
    main()
