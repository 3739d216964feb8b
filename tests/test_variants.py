"""Layout variants of the fixtures (tests/variants.py) read back through ``extract_file``.

Every fixture × variant is written as text and as DOCX (a subset as PDF, marked slow, built in
one LibreOffice run) and must give the fixture's records as the variant says they change:
indicator scores (and the previous year's, where a variant adds them), the report's metadata,
and the measure rows.  The first tests check the generator itself, without the program.

Failures are the program's to fix, not expected failures: none is marked xfail.

    .venv/bin/pytest tests/test_variants.py -m "not slow"   # text and DOCX
    .venv/bin/pytest tests/test_variants.py -m slow         # the PDF subset (LibreOffice)
    ITA_VARIANT_FORMATS=txt .venv/bin/pytest tests/test_variants.py   # text only
    .venv/bin/python -m tests.variants --report             # the whole matrix at a glance
"""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path

import pytest

from . import variants as V

FIXTURES = list(V.fixtures())
# text and DOCX for every case, PDF for a subset; ITA_VARIANT_FORMATS narrows them
FORMATS = os.environ.get("ITA_VARIANT_FORMATS", "txt,docx,pdf").split(",")
CASES = [(fixture, name) for fixture in FIXTURES for name in V.VARIANTS]
# fixture × variant × format cases the parsers do not read right yet: expected to fail, and a
# failure of the suite the day one reads right (remove it then), so the list only shrinks
KNOWN_FAILURES = {
    tuple(line.split()) for line in
    (Path(__file__).parent / "variants_known_failures.txt").read_text(encoding="utf-8")
    .splitlines() if line.strip() and not line.startswith("#")}


def check(fixture: str, name: str, fmt: str, diffs: list[str]) -> None:
    if (fixture, name, fmt) in KNOWN_FAILURES:
        if not diffs:
            pytest.fail(f"{fixture} {name} {fmt} now reads right: remove it from "
                        "tests/variants_known_failures.txt")
        pytest.xfail(V.summary(diffs))
    assert not diffs, V.summary(diffs) + "\n" + "\n".join(diffs)
PDF_CASES = [(fixture, name) for fixture in FIXTURES for name in V.PDF_VARIANTS]


def built(fixture: str, name: str) -> V.Built:
    result = V.built_or_reason(fixture, name)
    if isinstance(result, str):
        pytest.skip(result)
    return result


def score_source(fixture: str) -> str:
    """"table" or "text": where the fixture writes its indicator scores."""
    if V.fixtures()[fixture].path.parent == V.SEEDS:
        return "table"
    module = importlib.import_module("tests.expected_layouts")
    return getattr(module, "SCORE_SOURCE", {}).get(fixture, "table")


# ---- the generator ---------------------------------------------------------------------


@pytest.mark.parametrize("fixture", FIXTURES)
def test_serialiser_gives_back_the_blocks(fixture: str) -> None:
    doc = V.from_text(V.fixtures()[fixture].text)
    text = V.to_text(doc)
    assert V.same_blocks(V.from_text(text), doc)
    assert V.to_text(V.from_text(text)) == text


@pytest.mark.parametrize("fixture", FIXTURES)
def test_generator_finds_the_indicators_and_measures(fixture: str) -> None:
    fx = V.fixtures()[fixture]
    doc = V.from_text(fx.text)
    if score_source(fixture) == "table" and fx.expect.scores:
        table = V.find_indicator_table(doc, fx.expect)  # and recomposes it unchanged
        assert sorted(r.k for r in table.inds) == [k for k, s in sorted(fx.expect.scores.items())
                                                   if s is not None]
        for row in table.inds:
            assert V.number_of(row.score) == pytest.approx(fx.expect.scores[row.k])
    groups = V.measure_groups(doc)
    if groups and fx.expect.measures is not None:
        assert len(V.measure_records(doc, groups)) == len(fx.expect.measures)


def _numbers(text: str) -> set[float]:
    return {round(float(n.translate(V.TO_ARABIC)), 2) for n in V.NUMBER.findall(text)}


@pytest.mark.parametrize(("fixture", "name"), CASES)
def test_variant_is_well_formed_and_keeps_the_content(fixture: str, name: str) -> None:
    """The variant's text reads back to itself, and still writes every expected score and
    the first words of every expected measure."""
    case = built(fixture, name)
    if name not in V.TEXT_ONLY:
        assert V.to_text(V.from_text(case.text)) == case.text
    numbers = _numbers(case.text)
    expect = case.expect
    for k, score in (expect.scores or {}).items():
        assert score is None or round(score, 2) in numbers, f"score {k} {score}"
    for k, score in (expect.previous or {}).items():
        assert round(score, 2) in numbers, f"previous {k} {score}"
    plain = V.compact(re.sub(r"</?p>", "", case.text))
    for n, measure in enumerate(expect.measures or (), 1):
        assert V.compact(measure[-1]) in plain, f"measure {n}: {measure[-1]}"
    if name != "identity" and name not in V.TEXT_ONLY:
        assert case.text != V.to_text(V.from_text(V.fixtures()[fixture].text))


# ---- the program: text and DOCX ---------------------------------------------------------


@pytest.fixture(scope="session")
def variant_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("variants")


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f in ("txt", "docx")])
@pytest.mark.parametrize(("fixture", "name"), CASES)
def test_variant_extracts_as_expected(fixture: str, name: str, fmt: str,
                                      variant_dir: Path) -> None:
    case = built(fixture, name)
    if fmt != "txt" and name in V.TEXT_ONLY:
        pytest.skip("the same DOCX as the fixture's")
    path = variant_dir / f"{V.case_stem(fixture, name)}.{fmt}"
    if fmt == "txt":
        path.write_text(case.text, encoding="utf-8")
    else:
        V.write_docx(case, path)
    check(fixture, name, fmt, V.compare(V.extract(path), case.expect))


# ---- the program: PDF (LibreOffice), a subset -------------------------------------------


@pytest.fixture(scope="session")
def pdf_files(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    if "pdf" not in FORMATS:
        pytest.skip("ITA_VARIANT_FORMATS leaves PDF out")
    if V.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    out = tmp_path_factory.mktemp("variant_pdfs")
    docs: dict[tuple[str, str], Path] = {}
    for fixture, name in PDF_CASES:
        case = V.built_or_reason(fixture, name)
        if not isinstance(case, str):
            docs[fixture, name] = V.write_docx(case, out / f"{V.case_stem(fixture, name)}.docx")
    pdfs = V.docx_to_pdfs(list(docs.values()), out / "pdf")
    return dict(zip(docs, pdfs))


@pytest.mark.slow
@pytest.mark.parametrize(("fixture", "name"), PDF_CASES)
def test_variant_pdf_extracts_as_expected(fixture: str, name: str,
                                          pdf_files: dict[tuple[str, str], Path]) -> None:
    case = built(fixture, name)
    check(fixture, name, "pdf", V.compare(V.extract(pdf_files[fixture, name]), case.expect))
