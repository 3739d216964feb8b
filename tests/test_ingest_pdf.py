"""Digital PDFs made from the seeds give the records of the text path, and their text."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from ita.extract import extract_file
from ita.ingest.text import decode
from ita.schema import Extraction

from .conftest import SEED_FILES
from .fixtures.make_pdf import seeds_to_pdf, soffice
from .wordbag import source_text, word_bag_f1

pytestmark = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")

REPORT_FIELDS = ("organisation", "org_type", "district", "province", "assessment_year",
                 "plan_year", "overall_score", "grade")
MEASURE_FIELDS = ("tool", "indicator_no", "issue_code", "responsible_units", "period_start",
                  "period_end", "status")


@pytest.fixture(scope="session")
def pdf_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("pdf")
    seeds = sorted(SEED_FILES)
    return dict(zip(seeds, seeds_to_pdf([SEED_FILES[s] for s in seeds], out)))


@cache
def text_extraction(seed: str) -> Extraction:
    return extract_file(SEED_FILES[seed])


@cache
def pdf_f1(pdf_path: Path, seed: str) -> float:
    """Word-bag F1 of the PDF's extracted pages against the seed's own text."""
    extracted = "\n".join(p.text for p in extract_file(pdf_path).pages)
    return word_bag_f1(extracted, source_text(decode(SEED_FILES[seed].read_bytes())))


@pytest.mark.parametrize("seed", sorted(SEED_FILES))
def test_pdf_gives_the_records_of_the_text(seed: str, pdf_files: dict[str, Path]) -> None:
    text, pdf = text_extraction(seed), extract_file(pdf_files[seed])
    assert pdf.report is not None and text.report is not None
    assert pdf.report.format == "pdf"
    for field in REPORT_FIELDS:
        assert getattr(pdf.report, field) == getattr(text.report, field), field
    assert [(s.indicator_no, s.score) for s in pdf.indicators] == [
        (s.indicator_no, s.score) for s in text.indicators]
    assert [tuple(getattr(m, f) for f in MEASURE_FIELDS) for m in pdf.measures] == [
        tuple(getattr(m, f) for f in MEASURE_FIELDS) for m in text.measures]
    assert sorted(p.code for p in pdf.problems) == sorted(p.code for p in text.problems)
    assert all(p.method == "text_layer" for p in pdf.pages)


@pytest.mark.parametrize("seed", sorted(SEED_FILES))
def test_pdf_text_fidelity(seed: str, pdf_files: dict[str, Path]) -> None:
    assert pdf_f1(pdf_files[seed], seed) >= 0.995
