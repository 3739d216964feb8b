"""Provenance boxes: where each paragraph and table cell lies on its page (``box``, PDF
points from the top-left) and where a table's columns run (``Table.column_edges``), filled by
the laid-out backends (PDF text layer, scans) and None where the input has no layout."""

from __future__ import annotations

import doctest
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from ita.ingest import read_document
from ita.ingest.continuation import join_continued_tables
from ita.ingest.ocr import OCR_DPI, image_dpi, to_points, turn_back
from ita.schema import Cell, Document, Page, Paragraph, Table
from ita.schema import document as document_module
from ita.schema.document import Box

from .fixtures.make_docx import text_to_docx
from .fixtures.make_pdf import soffice

needs_soffice = pytest.mark.skipif(soffice() is None, reason="needs LibreOffice")
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="needs Tesseract")

TITLE = "รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส\nองค์การบริหารส่วนตำบลทดสอบ"
SMALL = (TITLE + "\n\n"
         "ตัวชี้วัด\tคะแนน\tมาตรการ\n"
         "1. การปฏิบัติหน้าที่\t95.55\tเผยแพร่ข้อมูล\n"
         "2. การใช้งบประมาณ\t99.62\tจัดทำแผน\n"
         "3. การใช้อำนาจ\t100\tประชุมชี้แจง\n")


def _long_text() -> str:
    """A table whose rows of six lines each do not fit one page: the second row is cut by
    the page break (LibreOffice lets rows break across pages)."""
    rows = ["ตัวชี้วัด\tคะแนน\tมาตรการ"]
    for r in range(1, 4):
        lines = "".join(f"<p>มาตรการข้อ {r}.{k} เผยแพร่ข้อมูล</p>" for k in range(1, 7))
        rows.append(f"{r}. ตัวชี้วัดที่ {r}\t{90 + r / 10:.2f}\t{lines}")
    return TITLE + "\n\n" + "\n".join(rows) + "\n"


def _tables(page: Page) -> list[Table]:
    return [b for b in page.blocks if isinstance(b, Table)]


def _cells(table: Table) -> list[Cell]:
    return [c for row in table.rows for c in row]


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The two DOCX files and, with LibreOffice, their PDFs (one soffice run)."""
    out = tmp_path_factory.mktemp("provenance")
    paths = {"small": text_to_docx(SMALL, out / "small.docx"),
             "long": text_to_docx(_long_text(), out / "long.docx")}
    program = soffice()
    if program is not None:
        subprocess.run([program, "--headless", "--convert-to", "pdf", "--outdir", str(out),
                        str(paths["small"]), str(paths["long"])],
                       check=True, capture_output=True, timeout=300)
        paths["small.pdf"], paths["long.pdf"] = out / "small.pdf", out / "long.pdf"
    return paths


@pytest.fixture(scope="module")
def small_pdf(docs: dict[str, Path]) -> Document:
    if "small.pdf" not in docs:
        pytest.skip("needs LibreOffice")
    return read_document(docs["small.pdf"])


def _page_box(pdf: Path, number: int = 1) -> Box:
    import pdfplumber

    with pdfplumber.open(pdf) as plumber:
        page = plumber.pages[number - 1]
        return Box(x0=0, top=0, x1=page.width, bottom=page.height)


def _words(pdf: Path, number: int = 1) -> list[tuple[str, Box]]:
    import pdfplumber

    with pdfplumber.open(pdf) as plumber:
        return [(w["text"], Box.of(w["x0"], w["top"], w["x1"], w["bottom"]))
                for w in plumber.pages[number - 1].extract_words()]


# --- the Box type ---------------------------------------------------------------------------

def test_box_union_contains_and_order() -> None:
    a = Box(x0=10, top=20, x1=30, bottom=40)
    b = Box(x0=25, top=5, x1=50, bottom=35)
    assert a.union(b) == Box(x0=10, top=5, x1=50, bottom=40)
    assert a.union() == a and Box.enclosing([a, b]) == a.union(b) and Box.enclosing([]) is None
    assert a.union(b).contains(a) and a.union(b).contains(b) and not a.contains(b)
    assert a.contains(Box(x0=9.5, top=20, x1=30, bottom=40), tolerance=0.5)
    assert (a.width, a.height) == (20, 20)
    assert Box.of(30.004, 40, 10, 20) == a  # corners put in order, hundredths of a point
    with pytest.raises(ValueError):
        Box(x0=30, top=20, x1=10, bottom=40)
    with pytest.raises(ValueError):
        Box(x0=0, top=0, x1=1, bottom=1, page=2)  # type: ignore[call-arg]  # extra="forbid"
    with pytest.raises(ValueError):
        Cell(text="", row=0, col=0, box=(0, 0, 1, 1))  # type: ignore[arg-type]  # not a Box
    assert doctest.testmod(document_module).failed == 0


# --- inputs without layout --------------------------------------------------------------------

def test_text_and_docx_leave_boxes_none(docs: dict[str, Path], tmp_path: Path) -> None:
    text = tmp_path / "small.txt"
    text.write_text(SMALL, encoding="utf-8")
    for path in (text, docs["small"]):
        doc = read_document(path)
        blocks = doc.blocks()
        assert any(isinstance(b, Paragraph) for b in blocks) and any(
            isinstance(b, Table) for b in blocks), path
        for block in blocks:
            if isinstance(block, Paragraph):
                assert block.box is None
            else:
                assert block.column_edges is None and block.n_cols == 3
                assert all(c.box is None for c in _cells(block))


# --- digital PDF ------------------------------------------------------------------------------

@needs_soffice
def test_pdf_cell_boxes_lie_on_the_page_in_grid_order(small_pdf: Document,
                                                     docs: dict[str, Path]) -> None:
    page_box = _page_box(docs["small.pdf"])
    [page] = small_pdf.pages
    [table] = _tables(page)
    assert len(table.rows) == 4 and table.n_cols == 3
    for cell in _cells(table):
        assert cell.box is not None and page_box.contains(cell.box), cell
        assert cell.box.width > 50 and cell.box.height > 10  # a cell, not a line of text
    for row in table.rows:
        boxes = [c.box for c in sorted(row, key=lambda c: c.col) if c.box]
        assert len(boxes) == 3
        for left, right in zip(boxes, boxes[1:]):  # left to right, sharing their rules
            assert left.x1 <= right.x0 + 0.5 and left.x0 < right.x0
        assert max(b.top for b in boxes) - min(b.top for b in boxes) < 0.5
    for upper, lower in zip(table.rows, table.rows[1:]):  # top to bottom
        assert upper[0].box and lower[0].box
        assert upper[0].box.bottom <= lower[0].box.top + 0.5
        assert upper[0].box.top < lower[0].box.top


@needs_soffice
def test_pdf_cell_box_holds_the_characters_of_its_text(small_pdf: Document,
                                                      docs: dict[str, Path]) -> None:
    [table] = _tables(small_pdf.pages[0])
    [score] = [c for c in table.rows[1] if c.col == 1]
    assert score.text == "95.55" and score.box is not None
    words = _words(docs["small.pdf"])
    [(_, word)] = [(t, b) for t, b in words if t == "95.55"]
    assert score.box.contains(word)
    # and no other cell of the table holds it
    assert [c for c in _cells(table) if c.box and c.box.contains(word)] == [score]
    for text, box in words:  # every word of a score lies in the cell of its score
        if text in ("99.62", "100"):
            [holder] = [c for c in _cells(table) if c.box and c.box.contains(box)]
            assert holder.text == text and holder.col == 1


@needs_soffice
def test_pdf_column_edges_are_the_cell_boxes_sides(small_pdf: Document) -> None:
    [table] = _tables(small_pdf.pages[0])
    edges = table.column_edges
    assert edges is not None and len(edges) == table.n_cols + 1
    assert all(a < b for a, b in zip(edges, edges[1:]))
    for cell in _cells(table):
        assert cell.box is not None
        assert cell.box.x0 == pytest.approx(edges[cell.col], abs=0.5)
        assert cell.box.x1 == pytest.approx(edges[cell.col + cell.col_span], abs=0.5)


@needs_soffice
def test_pdf_paragraph_box_is_the_union_of_its_lines(small_pdf: Document,
                                                    docs: dict[str, Path]) -> None:
    [page] = small_pdf.pages
    [paragraph] = [b for b in page.blocks if isinstance(b, Paragraph)]
    [table] = _tables(page)
    box = paragraph.box
    assert box is not None and _page_box(docs["small.pdf"]).contains(box)
    assert table.rows[0][0].box and box.bottom < table.rows[0][0].box.top
    title = [b for _, b in _words(docs["small.pdf"]) if b.bottom < table.rows[0][0].box.top]
    assert len(title) == 2  # one word a line
    # pdfplumber's boxes are the font's, pdfium's (ours) the glyphs': a little apart
    assert all(box.contains(b, tolerance=1.5) for b in title)
    lines = Box.enclosing(title)
    assert lines is not None and lines.contains(box, tolerance=1.5)


@needs_soffice
def test_a_row_rejoined_over_a_page_break_keeps_its_first_pieces_box(
        docs: dict[str, Path]) -> None:
    pdf = docs["long.pdf"]
    doc = read_document(pdf)
    assert len(doc.pages) == 2
    [upper], [lower] = _tables(doc.pages[0]), _tables(doc.pages[1])
    assert lower.continues is True and upper.column_edges == lower.column_edges
    [cut] = [c for c in upper.rows[-1] if c.col == 2]
    assert lower.rows[0][0].text.startswith("3.") and lower.rows[0][0].box is not None
    # the row really was cut: the end of its last line is on page 2, above row 3
    [rest] = [t for t, b in _words(pdf, 2) if b.bottom <= lower.rows[0][0].box.top]
    assert "2.1" in cut.text and cut.text.endswith("2.6 เผย" + rest)  # and joined to it
    # its box is the piece on page 1: below the row above, on the page, holding 2.1
    assert cut.box is not None and upper.rows[-2][0].box is not None
    assert cut.box.top == pytest.approx(upper.rows[-2][0].box.bottom, abs=0.5)
    assert _page_box(pdf).contains(cut.box)
    [first_line] = [b for t, b in _words(pdf, 1) if t.startswith("2.1")]
    assert cut.box.contains(first_line)
    page_2 = _page_box(pdf, 2)
    assert all(c.box and page_2.contains(c.box) for c in _cells(lower))


def test_join_row_boxes_come_from_the_first_piece() -> None:
    def box(top: float, col: int) -> Box:
        return Box(x0=80 + 100 * col, top=top, x1=180 + 100 * col, bottom=top + 40)

    upper = Table(page=1, reaches_page_foot=True, rows=[
        [Cell(text=t, row=0, col=c, box=box(100, c)) for c, t in enumerate(["ก", "ข"])],
        [Cell(text="1. การใช้งบ", row=1, col=0, box=box(700, 0))],  # no cell in column 1
    ])
    lower = Table(page=2, rows=[
        [Cell(text=t, row=0, col=c, box=box(72, c)) for c, t in enumerate(["ประมาณ", "ค"])]])
    edges = (80.0, 180.0, 280.0)
    join_continued_tables([Page(number=1, blocks=[upper]), Page(number=2, blocks=[lower])],
                          {id(upper): edges, id(lower): edges})
    first, second = upper.rows[1]
    assert first.text == "1. การใช้งบประมาณ" and first.box == box(700, 0)  # the first piece's
    assert second.text == "ค" and second.box is None  # only on page 2: no box on page 1


# --- scans ------------------------------------------------------------------------------------

@pytest.mark.parametrize("turn", [90, 180, 270])
def test_turn_back_puts_boxes_on_the_page_as_given(turn: int) -> None:
    height, width = 330, 255  # pixels at OCR_DPI; not square, so a swap of axes shows
    image = np.full((height, width), 255, np.uint8)
    image[40:90, 30:200] = 0  # rows 40-89, columns 30-199
    turned = np.rot90(image, -turn // 90)  # as ocr_page turns a page read upright
    rows, cols = np.nonzero(turned == 0)
    seen = to_points((cols.min(), rows.min(), cols.max() + 1, rows.max() + 1), OCR_DPI)
    page = Page(number=1, blocks=[
        Paragraph(text="ก", page=1, box=seen),
        Table(page=1, rows=[[Cell(text="ข", row=0, col=0, box=seen)]],
              column_edges=[seen.x0, seen.x1])])
    turn_back(page, turn, width * 72 / OCR_DPI, height * 72 / OCR_DPI)
    want = to_points((30, 40, 200, 90), OCR_DPI)
    paragraph, table = page.blocks
    assert isinstance(paragraph, Paragraph) and isinstance(table, Table)
    for got in (paragraph.box, table.rows[0][0].box):
        assert got is not None
        for a, b in zip((got.x0, got.top, got.x1, got.bottom),
                        (want.x0, want.top, want.x1, want.bottom)):
            assert a == pytest.approx(b, abs=0.02)
    assert table.column_edges is None  # the page's x axis no longer runs along the rows


def test_image_dpi_is_read_from_the_header_when_a_scanner_wrote_it(tmp_path: Path) -> None:
    from PIL import Image

    image = Image.fromarray(np.full((20, 30), 255, np.uint8))
    for dpi, want in ((None, OCR_DPI), (200, 200), (600, 600), (72, OCR_DPI)):
        path = tmp_path / f"{dpi}.png"
        if dpi is None:
            image.save(path)  # no pHYs chunk
        else:
            image.save(path, dpi=(dpi, dpi))
        assert image_dpi(path.read_bytes()) == pytest.approx(want, abs=0.01)
    tiff = tmp_path / "scan.tif"
    image.save(tiff, dpi=(300, 300))
    assert image_dpi(tiff.read_bytes()) == pytest.approx(300)
    assert image_dpi(b"not an image") == OCR_DPI


def _close(a: Box, b: Box, tolerance: float) -> bool:
    return all(abs(x - y) <= tolerance for x, y in
               zip((a.x0, a.top, a.x1, a.bottom), (b.x0, b.top, b.x1, b.bottom)))


@pytest.mark.ocr
@needs_soffice
@needs_tesseract
def test_a_scanned_pdf_gives_boxes_in_points_on_its_page(
        small_pdf: Document, docs: dict[str, Path], tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    from .fixtures.make_scan import pdf_to_scan

    # scanned at 200 dpi, read at 300: a box left in pixels, or converted at the wrong dpi,
    # would not match the digital page's
    scan = pdf_to_scan(docs["small.pdf"], tmp_path / "scan.pdf", seed=3)
    pdf = pdfium.PdfDocument(scan)
    width, height = pdf[0].get_size()  # the scan's page in points: its pixels at 200 dpi
    pdf.close()
    page_box = Box(x0=0, top=0, x1=width, bottom=height)
    assert _close(page_box, _page_box(docs["small.pdf"]), 0.5)  # as LibreOffice wrote it
    [page] = read_document(scan).pages
    [table] = _tables(page)
    [digital] = _tables(small_pdf.pages[0])
    assert (len(table.rows), table.n_cols) == (4, 3)
    edges = table.column_edges
    assert edges is not None and len(edges) == table.n_cols + 1
    assert all(a < b for a, b in zip(edges, edges[1:]))
    assert digital.column_edges is not None
    assert edges == pytest.approx(digital.column_edges, abs=3.0)  # read at 300 dpi, not 200
    for cell in _cells(table):
        assert cell.box is not None and page_box.contains(cell.box)
        assert cell.box.x0 == pytest.approx(edges[cell.col], abs=0.01)
        assert cell.box.x1 == pytest.approx(edges[cell.col + cell.col_span], abs=0.01)
        [twin] = [c for c in _cells(digital) if (c.row, c.col) == (cell.row, cell.col)]
        assert twin.box is not None and _close(cell.box, twin.box, 3.0), (cell, twin)
    paragraphs = [b for b in page.blocks if isinstance(b, Paragraph)]
    assert paragraphs and all(p.box and page_box.contains(p.box) for p in paragraphs)
    [title] = [b for b in small_pdf.pages[0].blocks if isinstance(b, Paragraph)]
    assert title.box is not None
    assert all(title.box.contains(p.box, tolerance=4.0) for p in paragraphs if p.box)


@pytest.mark.ocr
@needs_soffice
@needs_tesseract
def test_a_turned_image_gives_boxes_on_the_image_as_given(
        small_pdf: Document, docs: dict[str, Path], tmp_path: Path) -> None:
    from PIL import Image

    from .fixtures.make_scan import SCAN_DPI, pdf_page_to_image

    png = pdf_page_to_image(docs["small.pdf"], 1, tmp_path / "page.png", seed=2)
    turned = tmp_path / "turned.png"  # on its side, with the scanner's 200 dpi in the header
    Image.fromarray(np.rot90(np.array(Image.open(png)), 1)).save(turned, dpi=(SCAN_DPI,) * 2)
    [page] = read_document(turned).pages
    [table] = _tables(page)
    [digital] = _tables(small_pdf.pages[0])
    width = _page_box(docs["small.pdf"]).x1
    assert table.column_edges is None and (len(table.rows), table.n_cols) == (4, 3)
    for cell in _cells(table):
        [twin] = [c for c in _cells(digital) if (c.row, c.col) == (cell.row, cell.col)]
        assert cell.box is not None and twin.box is not None
        # turned a quarter anticlockwise: (x, y) on the upright page is (y, width - x)
        want = Box.of(twin.box.top, width - twin.box.x1, twin.box.bottom, width - twin.box.x0)
        assert _close(cell.box, want, 3.0), (cell, want)
