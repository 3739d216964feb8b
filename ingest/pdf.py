"""Digital PDFs: text from pypdfium2, ruled tables by pdfplumber's finder.

pypdfium2 gives Thai text in the right order (pdfplumber's own text doubles SARA AM and
misorders marks), and fast.  Its characters, with stray marks put back by position
(``pdf_chars``), are cut into the text of each table cell and the lines outside tables;
lines become paragraphs by the gaps between them.  Tables: the page's ruling lines are read
by pdfium (``pdf_rules``) and given to pdfplumber's table finder (edges → intersections →
cells), which so never parses the page with pdfminer.  A table that runs over a page break is
marked as one and its cut row rejoined (``continuation``).  Every text goes through the Thai
repair chain and the dictionary-based line-break joins.  A page with no text layer yields an
empty page marked for OCR.

Provenance: each cell keeps its box from pdfplumber's grid (rules included), each paragraph
the union of its lines' ink (pdfium's character boxes), and each table its grid's column
edges; all in points from the page's top-left corner (``schema.document.Box``).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from ita.ingest.continuation import join_continued_tables
from ita.ingest.errors import IngestError, check_deadline
from ita.ingest.pdf_chars import (
    PageChar,
    TextLine,
    page_chars,
    reattach_marks,
    text_in_box,
    text_lines,
)
from ita.ingest.pdf_rules import find_tables, ruling_edges
from ita.normalise.linebreaks import join_lines
from ita.normalise.text import clean_text
from ita.normalise.thai_repair import repair_thai
from ita.schema import Cell, Page, Paragraph, Table, TextMethod
from ita.schema.document import Box

if TYPE_CHECKING:
    from ita.ingest.registry import ReadOptions

PARAGRAPH_GAP = 0.6  # a vertical gap above this share of the line height starts a paragraph


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return clean_text(join_lines(repair_thai(text)))


FOOT_TOLERANCE = 24.0  # points: a table ending this close to the lowest text of any page
# reaches the foot of its page


SHORT_LINE = 0.12  # a line ending this share of the text width before the right margin
SHORT_LINE_MIN = 36.0  # (and at least this many points) ends where its writer broke it


def _hard_breaks(group: list[TextLine], right: float, width: float) -> str:
    """The group's lines as text: lines that run to the right margin are wrapped and joined
    (dictionary joins); a line that stops short of it was broken by its writer (a label line,
    a list, an address), and its break is kept."""
    short = max(SHORT_LINE * width, SHORT_LINE_MIN)
    pieces: list[list[str]] = [[]]
    for k, line in enumerate(group):
        pieces[-1].append(line.text)
        if k + 1 < len(group) and line.x1 and line.x1 < right - short:
            pieces.append([])
    return "\n".join(_clean("\n".join(piece)) for piece in pieces if piece)


def _paragraphs(lines: list[TextLine], page: int) -> list[tuple[float, Paragraph]]:
    out: list[tuple[float, Paragraph]] = []
    group: list[TextLine] = []
    right = max((ln.x1 for ln in lines), default=0.0)
    width = right - min((ln.x0 for ln in lines), default=0.0)

    def flush() -> None:
        if group:
            text = _hard_breaks(group, right, width)
            if text.strip():
                box = Box.enclosing(Box.of(ln.x0, ln.top, ln.x1, ln.bottom) for ln in group)
                out.append((group[0].top, Paragraph(text=text, page=page, box=box,
                                                     method=TextMethod.TEXT_LAYER)))
            group.clear()

    pitch = _line_pitch(lines)
    for line in lines:
        if group:
            prev = group[-1]
            height = prev.bottom - prev.top
            if pitch is not None:
                new_paragraph = _level(line) - _level(prev) > PARAGRAPH_PITCH * pitch
            else:
                new_paragraph = line.top - prev.bottom > PARAGRAPH_GAP * height
            if new_paragraph:
                flush()
        group.append(line)
    flush()
    return out


def _level(line: TextLine) -> float:
    """Where a line stands: its font boxes' bottom, else its ink's top."""
    return line.ground or line.top


PARAGRAPH_PITCH = 1.25  # lines further apart than this many line pitches start a paragraph


def _line_pitch(lines: list[TextLine]) -> float | None:
    """The distance from one line's top to the next within a paragraph: the short end of the
    page's line-to-line distances (ink boxes vary with Thai marks, so one line's height is
    a poor measure); None with too few lines to tell."""
    heights = sorted(ln.bottom - ln.top for ln in lines)
    if len(lines) < 4 or not heights:
        return None
    limit = 3 * heights[len(heights) // 2]
    steps = sorted(_level(b) - _level(a) for a, b in zip(lines, lines[1:])
                   if 0 < _level(b) - _level(a) < limit)
    if len(steps) < 3:
        return None
    return steps[len(steps) * 3 // 10]


def _table(found, chars: list[PageChar], page: int) -> Table:
    rows: list[list[Cell]] = []
    for r, row in enumerate(found.rows):
        cells: list[Cell] = []
        for c, box in enumerate(row.cells):
            if box is None:
                continue  # covered by a merged cell to the left or above
            cells.append(Cell(text=_clean(text_in_box(chars, box)), row=r, col=c,
                              box=Box.of(*box)))
        rows.append(cells)
    # a cell followed by None boxes spans them
    for r, row in enumerate(found.rows):
        for cell in rows[r]:
            span = 1
            while cell.col + span < len(row.cells) and row.cells[cell.col + span] is None:
                span += 1
            cell.col_span = span
    return Table(rows=rows, page=page, method=TextMethod.TEXT_LAYER,
                 column_edges=_grid_edges(found))


def _grid_edges(found) -> list[float]:
    """The x positions of the found table's grid columns as pdfplumber sets them (one column
    per distinct left edge of a cell, as in ``found.rows[i].cells``), and its right edge:
    ``n_cols + 1`` values, left to right."""
    lefts = sorted({box[0] for box in found.cells})
    return [round(x, 2) for x in (*lefts, max(box[2] for box in found.cells))]


def _column_edges(found) -> tuple[float, ...]:
    edges = sorted({round(x, 1) for row in found.rows for box in row.cells if box is not None
                    for x in (box[0], box[2])})
    merged: list[float] = []
    for x in edges:
        if not merged or x - merged[-1] > 1.0:
            merged.append(x)
    return tuple(merged)


def _ocr(pdf_page, number: int, edges: dict[int, tuple[float, ...]],
         skip: frozenset[str] = frozenset()) -> Page:
    """A page with no text layer, read by OCR when Tesseract is installed; else left empty
    (the extract step reports it as not read)."""
    import shutil

    from ita.ingest.ocr import ocr_page, render_page

    if shutil.which("tesseract") is None:
        return Page(number=number, method=TextMethod.OCR)
    return ocr_page(render_page(pdf_page), number, edges, skip)


def read(path: Path, data: bytes, options: ReadOptions) -> list[Page]:
    import pdfplumber
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise IngestError(f"not a readable PDF: {exc}") from exc
    pages: list[Page] = []
    foots: list[float] = []  # the lowest text or table on each page read
    last_tables: dict[int, tuple[Table, float]] = {}  # page -> its last table and its bottom
    edges: dict[int, tuple[float, ...]] = {}  # id(table) -> its column edges
    with pdfplumber.open(io.BytesIO(data)) as plumber:
        for index in range(min(len(document), options.max_pages + 1)):
            number = index + 1
            check_deadline(options.deadline, number)
            pdf_page = document[index]
            textpage = pdf_page.get_textpage()
            if textpage.count_chars() == 0:  # a scanned page: no text layer
                pages.append(_ocr(pdf_page, number, edges, options.ocr_skip))
                continue
            height = pdf_page.get_height()
            found = find_tables(plumber.pages[index], ruling_edges(pdf_page))
            chars = reattach_marks(page_chars(textpage, height))
            lines = text_lines(chars, [t.bbox for t in found])
            blocks: list[tuple[float, Paragraph | Table]] = list(_paragraphs(lines, number))
            tables = [(t.bbox, _table(t, chars, number)) for t in found]
            for t, (_, table) in zip(found, tables):
                edges[id(table)] = _column_edges(t)
            blocks += [(box[1], table) for box, table in tables]
            blocks.sort(key=lambda b: b[0])
            # text inside a table lies within its box, so lines and boxes give the lowest ink
            foots.append(max([ln.bottom for ln in lines] + [box[3] for box, _ in tables],
                             default=0.0))
            for _, table in tables:
                table.reaches_page_foot = False
            if tables:
                box, table = max(tables, key=lambda bt: bt[0][3])
                last_tables[number] = (table, box[3])
            pages.append(Page(number=number, method=TextMethod.TEXT_LAYER,
                              blocks=[b for _, b in blocks]))
    body_foot = max(foots, default=0.0)
    for table, bottom in last_tables.values():
        table.reaches_page_foot = bottom >= body_foot - FOOT_TOLERANCE
    join_continued_tables(pages, edges)
    if len(document) > len(pages):
        pages += [Page(number=n + 1) for n in range(len(pages), len(document))]
    return pages
