"""How close an extraction comes to the hand-written truth of a seed (``tests/expected.py``):
the acceptance measures of issue #4, usable for any ingest path.

``python -m tests.accuracy`` makes the four seeds as degraded scans (as the scan tests do),
extracts them and prints the figures as JSON (``make accuracy``).  ``--skip STEP`` leaves an
OCR cleaning step out; ``--ablation`` runs the seeds once with every step and once without
each, and prints what each step buys (about 12 minutes)."""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from ita.extract import extract_file
from ita.ingest import ReadOptions
from ita.ingest.ocr import CLEANING_STEPS
from ita.ingest.text import decode
from ita.schema import Extraction
from rapidfuzz import fuzz

from .conftest import SEED_FILES
from .expected import MEASURES, METADATA, SCORES
from .wordbag import source_text, word_bag_f1

MEASURE_START_SIMILARITY = 80  # rapidfuzz ratio of the measure's first words, OCR slips allowed


def indicator_f1(extraction: Extraction, seed: str) -> float:
    """F1 of (indicator number, score to 0.01) pairs against the seed's table."""
    want = {(n, round(s, 2)) for n, s in enumerate(SCORES[seed], start=1)}
    got = {(i.indicator_no, round(i.score, 2)) for i in extraction.indicators
           if i.score is not None}
    right = len(want & got)
    if not right:
        return 0.0
    precision, recall = right / len(got), right / len(want)
    return 2 * precision * recall / (precision + recall)


def metadata_share(extraction: Extraction, seed: str) -> tuple[float, list[str]]:
    """The share of the report's metadata fields read right, and the names of those wrong."""
    report = extraction.report
    wrong = [field for field, value in METADATA[seed].items()
             if report is None or getattr(report, field) != value]
    return 1 - len(wrong) / len(METADATA[seed]), wrong


def measures_found(extraction: Extraction, seed: str) -> tuple[float, int]:
    """The share of the seed's measure rows found with their tool, indicator, issue code and
    responsible units right and their text starting as written; and how many rows were
    extracted in all (more than the seed has: rows split or invented)."""
    left = list(extraction.measures)
    found = 0
    for tool, number, code, units, _period, start in MEASURES[seed]:
        for measure in left:
            if ((measure.tool, measure.indicator_no, measure.issue_code) == (tool, number, code)
                    and measure.responsible_units == units and measure.measure
                    and fuzz.ratio(measure.measure[:len(start)], start)
                    >= MEASURE_START_SIMILARITY):
                left.remove(measure)
                found += 1
                break
    return found / len(MEASURES[seed]), len(extraction.measures)


def text_f1(extraction: Extraction, seed: str) -> float:
    """Word-bag F1 of the pages' text against the seed's text."""
    source = source_text(decode(SEED_FILES[seed].read_bytes()))
    return word_bag_f1("\n".join(page.text for page in extraction.pages), source)


def scores(extraction: Extraction, seed: str) -> dict:
    share, wrong = metadata_share(extraction, seed)
    found, extracted = measures_found(extraction, seed)
    return {"indicator_f1": round(indicator_f1(extraction, seed), 3),
            "metadata": round(share, 3), "metadata_wrong": wrong,
            "measures_found": round(found, 3), "measures_extracted": extracted,
            "measures_expected": len(MEASURES[seed]),
            "text_f1": round(text_f1(extraction, seed), 3)}


def make_scans(out: Path, seeds: list[str]) -> dict[str, Path]:
    """The seeds as degraded image-only PDFs (text → DOCX → PDF → 200 dpi scan)."""
    from .fixtures.make_pdf import seeds_to_pdf
    from .fixtures.make_scan import pdf_to_scan

    pdfs = seeds_to_pdf([SEED_FILES[s] for s in seeds], out / "pdf")
    return {seed: pdf_to_scan(pdf, out / f"{seed}_scan.pdf", seed=int(seed))
            for seed, pdf in zip(seeds, pdfs)}


def measure_scans(scans: dict[str, Path], skip: frozenset[str] = frozenset(),
                  echo: bool = True) -> dict[str, dict]:
    """The figures of each seed scan, read with the OCR cleaning steps in ``skip`` left out."""
    report = {}
    for seed, scan in scans.items():
        start = time.perf_counter()
        extraction = extract_file(scan, ReadOptions(ocr_skip=skip))
        seconds = time.perf_counter() - start
        report[seed] = scores(extraction, seed) | {
            "pages": len(extraction.pages),
            "seconds_per_page": round(seconds / max(1, len(extraction.pages)), 2)}
        if echo:
            print(seed, json.dumps(report[seed], ensure_ascii=False), flush=True)
    return report


ABLATION_FIGURES = ("indicator_f1", "metadata", "measures_found", "text_f1", "seconds_per_page")


def ablation(scans: dict[str, Path]) -> dict[str, dict[str, float]]:
    """Mean figures over the seeds with every cleaning step, and without each in turn."""
    rows = {}
    for name, skip in [("all steps", frozenset()),
                       *((f"without {step}", frozenset({step})) for step in CLEANING_STEPS)]:
        report = measure_scans(scans, skip, echo=False)
        rows[name] = {k: round(sum(r[k] for r in report.values()) / len(report), 3)
                      for k in ABLATION_FIGURES}
        print(f"{name:22}", "  ".join(f"{k} {v}" for k, v in rows[name].items()), flush=True)
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="accuracy of the scan path on the seeds")
    parser.add_argument("seeds", nargs="*", default=sorted(SEED_FILES))
    parser.add_argument("--scans", type=Path, help="keep the scans here and reuse them")
    parser.add_argument("--skip", action="append", choices=CLEANING_STEPS, default=[],
                        help="leave out an OCR cleaning step (repeatable)")
    parser.add_argument("--ablation", action="store_true",
                        help="what each cleaning step buys (the seeds read once per step)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.scans or Path(tmp)
        scans = {s: out / f"{s}_scan.pdf" for s in args.seeds}
        if not all(p.exists() for p in scans.values()):
            scans = make_scans(out, args.seeds)
        if args.ablation:
            print(json.dumps(ablation(scans), ensure_ascii=False, indent=1))
            return
        report = measure_scans(scans, frozenset(args.skip))
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
