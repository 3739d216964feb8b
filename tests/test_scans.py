"""The four seeds as degraded scans (issue #4), read end to end by the OCR path and held to
what it measured when these floors were set (tests/accuracy.py; ``make accuracy`` prints the
figures).  The floors guard against a fall; the issue's targets are in the README with the
figures reached.  About 2.5 minutes: every page of the four reports goes through Tesseract."""

from __future__ import annotations

import shutil

import pytest
from ita.extract import extract_file
from ita.schema import Extraction

from .accuracy import make_scans, scores
from .conftest import SEED_FILES
from .fixtures.make_pdf import soffice

pytestmark = pytest.mark.skipif(soffice() is None or shutil.which("tesseract") is None,
                                reason="needs LibreOffice and Tesseract")

# seed: (indicator F1, metadata share, measures found, text word-bag F1)
TARGETS = (0.95, 0.90, 0.90, 0.92)  # issue #4's acceptance figures, all met on every seed
FLOORS = {seed: TARGETS for seed in ("000", "002", "003", "004")}


@pytest.fixture(scope="session")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Extraction]:
    scans = make_scans(tmp_path_factory.mktemp("scans"), sorted(SEED_FILES))
    return {seed: extract_file(path) for seed, path in scans.items()}


@pytest.mark.parametrize("seed", sorted(FLOORS))
def test_scan_accuracy_holds(scanned: dict[str, Extraction], seed: str) -> None:
    got = scores(scanned[seed], seed)
    indicators, metadata, measures, text = FLOORS[seed]
    assert got["indicator_f1"] >= indicators, got
    assert got["metadata"] >= metadata, got
    assert got["measures_found"] >= measures, got
    assert got["text_f1"] >= text, got


@pytest.mark.parametrize("seed", sorted(FLOORS))
def test_every_scanned_page_is_ocr(scanned: dict[str, Extraction], seed: str) -> None:
    extraction = scanned[seed]
    assert extraction.report is not None
    assert extraction.pages and all(p.method == "ocr" for p in extraction.pages)
    assert not [p for p in extraction.problems if p.code == "page_not_read"]
