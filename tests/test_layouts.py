"""The layout fixtures (tests/fixtures/layouts: reports in layouts the seeds lack) as text, DOCX
and PDF (LibreOffice) give the records written by hand in tests/expected_layouts.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from ita.extract import extract_file

from tests import expected_layouts as expected
from tests.fixtures.make_docx import text_to_docx
from tests.fixtures.make_pdf import seeds_to_pdf, soffice

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
KEYS = sorted(expected.SCORES)


@pytest.fixture(scope="session")
def layout_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    sources = [LAYOUTS / f"{key}.txt" for key in KEYS]
    return dict(zip(KEYS, seeds_to_pdf(sources, tmp_path_factory.mktemp("layout_pdfs"))))


def _extract(key: str, form: str, tmp_path: Path, pdfs: dict[str, Path] | None = None
             ):  # type: ignore[no-untyped-def]
    source = LAYOUTS / f"{key}.txt"
    if form == "text":
        return extract_file(source)
    if form == "pdf":
        assert pdfs is not None
        return extract_file(pdfs[key])
    return extract_file(text_to_docx(source.read_text(encoding="utf-8"),
                                     tmp_path / f"{key}.docx"))


@pytest.mark.parametrize("form", ["text", "docx", "pdf"])
@pytest.mark.parametrize("key", KEYS)
def test_layout_fixture_records(key: str, form: str, tmp_path: Path,
                                request: pytest.FixtureRequest) -> None:
    pdfs = request.getfixturevalue("layout_pdfs") if form == "pdf" else None
    ex = _extract(key, form, tmp_path, pdfs)
    assert ex.report is not None
    scores = {s.indicator_no: s.score for s in ex.indicators}
    assert [scores.get(n) for n in range(1, 11)] == expected.SCORES[key]
    if key in expected.PREVIOUS:
        year, previous = expected.PREVIOUS[key]
        by_number = {s.indicator_no: s for s in ex.indicators}
        assert [by_number[n].previous_score for n in range(1, 11)] == previous
        assert {by_number[n].previous_year for n in range(1, 11)} == {year}
    for field, value in expected.METADATA[key].items():
        assert getattr(ex.report, field) == value, field
    got = [(m.tool, m.indicator_no, m.issue_code, m.responsible_units,
            (m.period_start, m.period_end) if m.period_start else None) for m in ex.measures]
    assert got == [tuple(m[:5]) for m in expected.MEASURES[key]]
    for measure, want in zip(ex.measures, expected.MEASURES[key]):
        assert (measure.measure or "").startswith(want[5])
    texts = " ".join(m.measure or "" for m in ex.measures)
    for words in expected.NOT_MEASURES.get(key, []):
        assert words not in texts
