"""Scanned pages (issue #4, in progress): a degraded scan of a seed page read by the OCR
backend into the document model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ita.ingest import read_document
from ita.schema import Table, TextMethod

from .conftest import SEED_FILES
from .fixtures.make_pdf import seeds_to_pdf, soffice
from .fixtures.make_scan import pdf_page_to_image

pytestmark = pytest.mark.skipif(soffice() is None or shutil.which("tesseract") is None,
                                reason="needs LibreOffice and Tesseract")

SCORES_002 = ["95.55", "99.62", "100", "99.96", "99.96", "99.74", "99.64", "99.56", "81.50", "85"]


@pytest.fixture(scope="module")
def scanned_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("scan")
    [pdf] = seeds_to_pdf([SEED_FILES["002"]], out)
    return pdf_page_to_image(pdf, 2, out / "002_page2.png", seed=1)


def test_a_scanned_indicator_table_is_read_into_cells(scanned_page: Path) -> None:
    doc = read_document(scanned_page)
    [page] = doc.pages
    assert doc.format == "image" and page.method is TextMethod.OCR
    [table] = [b for b in page.blocks if isinstance(b, Table)]
    assert table.n_cols == 4 and len(table.rows) == 11
    scores = [table.row_texts(r)[3].strip() for r in range(1, 11)]
    assert sum(s == want for s, want in zip(scores, SCORES_002)) >= 9
    assert "คะแนน" in table.row_texts(0)[3].replace(" ", "")  # spaces inside words: #4 to do


def test_ocr_confidence_is_recorded_per_page_paragraph_and_cell(scanned_page: Path) -> None:
    [page] = read_document(scanned_page).pages
    assert page.confidence is not None and 50 < page.confidence <= 100
    [table] = [b for b in page.blocks if isinstance(b, Table)]
    filled = [c for row in table.rows for c in row if c.text.strip()]
    assert filled and all(c.confidence is not None and 0 <= c.confidence <= 100 for c in filled)
    empty = [c for row in table.rows for c in row if not c.text.strip()]
    assert all(c.confidence is None for c in empty)
    # the score cells were read by the numeral reader, which is sure of clean digits
    scores = [c for c in table.rows[5] if c.col == 3]
    assert scores and scores[0].confidence is not None and scores[0].confidence >= 90


@pytest.mark.parametrize("quarter_turns", [1, 2])
def test_a_page_scanned_on_its_side_or_upside_down_is_turned_upright(
        scanned_page: Path, tmp_path: Path, quarter_turns: int) -> None:
    import cv2
    import numpy as np

    image = cv2.imread(str(scanned_page), cv2.IMREAD_GRAYSCALE)
    turned = tmp_path / f"turned_{quarter_turns}.png"
    cv2.imwrite(str(turned), np.rot90(image, quarter_turns))
    [page] = read_document(turned).pages
    assert page.confidence is not None and page.confidence > 85
    [table] = [b for b in page.blocks if isinstance(b, Table)]
    scores = [table.row_texts(r)[3].strip() for r in range(1, 11)]
    assert sum(s == want for s, want in zip(scores, SCORES_002)) >= 9
