"""Digital PDFs made from the seeds give the records of the text path, and their text.

Two variants of each seed: a PDF of today's fonts (LibreOffice, Laksaman) and a legacy-font
PDF whose text layer carries Private Use Area marks and SARA AM split as ํา."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from ita.extract import extract_file
from ita.ingest.text import decode
from ita.schema import Extraction

from .conftest import SEED_FILES
from .fixtures.make_legacy import legacy_encode
from .fixtures.make_pdf import seeds_to_pdf, soffice
from .wordbag import source_text, word_bag_f1

pytestmark = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")

REPORT_FIELDS = ("organisation", "org_type", "district", "province", "assessment_year",
                 "plan_year", "overall_score", "grade")
MEASURE_FIELDS = ("tool", "indicator_no", "issue_code", "responsible_units", "period_start",
                  "period_end", "status")


VARIANTS = ("pdf", "legacy")
PUA = range(0xF700, 0xF8A0)


@pytest.fixture(scope="session")
def pdf_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """variant -> seed -> PDF, made once per test session."""
    seeds = sorted(SEED_FILES)
    sources = [SEED_FILES[s] for s in seeds]
    return {
        "pdf": dict(zip(seeds, seeds_to_pdf(sources, tmp_path_factory.mktemp("pdf")))),
        "legacy": dict(zip(seeds, seeds_to_pdf(sources, tmp_path_factory.mktemp("legacy"),
                                               transform=legacy_encode))),
    }


def test_legacy_text_layer_carries_pua_marks_and_split_sara_am(
        pdf_files: dict[str, dict[str, Path]]) -> None:
    """The legacy variant is what it claims: its raw text layer has the legacy damage."""
    import pypdfium2 as pdfium

    for seed, path in pdf_files["legacy"].items():
        raw = "".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(path))
        assert sum(ord(c) in PUA for c in raw) > 50, seed
        assert "\u0e4d\u0e32" in raw and "\u0e33" not in raw, seed


@cache
def text_extraction(seed: str) -> Extraction:
    return extract_file(SEED_FILES[seed])


@cache
def pdf_f1(pdf_path: Path, seed: str) -> float:
    """Word-bag F1 of the PDF's extracted pages against the seed's own text."""
    extracted = "\n".join(p.text for p in extract_file(pdf_path).pages)
    return word_bag_f1(extracted, source_text(decode(SEED_FILES[seed].read_bytes())))


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("seed", sorted(SEED_FILES))
def test_pdf_gives_the_records_of_the_text(seed: str, variant: str,
                                           pdf_files: dict[str, dict[str, Path]]) -> None:
    text, pdf = text_extraction(seed), extract_file(pdf_files[variant][seed])
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


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("seed", sorted(SEED_FILES))
def test_pdf_text_fidelity(seed: str, variant: str,
                           pdf_files: dict[str, dict[str, Path]]) -> None:
    assert pdf_f1(pdf_files[variant][seed], seed) >= 0.995


def test_ruling_lines_from_pdfium_give_pdfplumbers_own_tables(
        pdf_files: dict[str, dict[str, Path]]) -> None:
    """The fast path (edges read by pdfium, given to pdfplumber's finder) finds the cells that
    pdfplumber's own full parse finds, on every page of the fixtures."""
    import pdfplumber
    import pypdfium2 as pdfium
    from ita.ingest.pdf_rules import find_tables, ruling_edges

    def cells(tables: list) -> list[list]:
        return [[c and tuple(round(v) for v in c) for row in t.rows for c in row.cells]
                for t in tables]

    pages = 0
    for path in pdf_files["pdf"].values():
        document = pdfium.PdfDocument(path)
        with pdfplumber.open(path) as plumber:
            for index, page in enumerate(plumber.pages):
                fast = find_tables(page, ruling_edges(document[index]))
                assert cells(fast) == cells(page.find_tables()), (path.name, index + 1)
                pages += bool(fast)
    assert pages > 40  # most fixture pages carry a table


def test_every_pdf_score_and_measure_carries_the_box_it_was_read_from(
        pdf_files: dict[str, dict[str, Path]]) -> None:
    """Provenance: a score's box is its cell's, and pdfplumber finds the score's digits
    inside it on that page."""
    import pdfplumber
    from ita.normalise.digits import thai_to_ascii_digits

    path = pdf_files["pdf"]["002"]
    ex = extract_file(path)
    assert ex.indicators and ex.measures
    assert all(s.box is not None for s in ex.indicators)
    assert all(m.box is not None for m in ex.measures)
    with pdfplumber.open(path) as pdf:
        for score in ex.indicators:
            x0, top, x1, bottom = score.box  # type: ignore[misc]
            page = pdf.pages[score.page - 1]
            inside = page.crop((x0 - 1, top - 1, x1 + 1, bottom + 1)).extract_text() or ""
            digits = "".join(ch for ch in thai_to_ascii_digits(inside) if ch.isdigit())
            wanted = f"{score.score:.2f}".rstrip("0").rstrip(".").replace(".", "")
            assert wanted in digits, (score.indicator_no, inside)
