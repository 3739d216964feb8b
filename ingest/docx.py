"""Word documents (.docx) with python-docx: paragraphs and tables in body order.

- merged cells become spans (``gridSpan`` → col_span, ``vMerge`` → row_span), not repeated text;
- a cell's paragraphs and line breaks are lines of the cell; a nested table's rows are lines
  too (cells joined by " | ");
- paragraphs with a Heading style are headings;
- pages: Word records where it last broke pages (``lastRenderedPageBreak``) and explicit page
  breaks; either starts a new page.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from ita.ingest.errors import IngestError
from ita.normalise.text import clean_text
from ita.schema import Cell, Page, Paragraph, Table, TextMethod

if TYPE_CHECKING:
    from ita.ingest.registry import ReadOptions
    from lxml.etree import _Element

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _paragraph_text(p: _Element) -> tuple[str, int]:
    """The text of a w:p with its line breaks, and how many page breaks it holds."""
    parts: list[str] = []
    breaks = 0
    for node in p.iter(f"{W}t", f"{W}br", f"{W}tab", f"{W}cr", f"{W}lastRenderedPageBreak"):
        tag = node.tag
        if tag == f"{W}t":
            parts.append(node.text or "")
        elif tag == f"{W}tab":
            parts.append(" ")
        elif tag == f"{W}br" and node.get(f"{W}type") == "page":
            breaks += 1
        elif tag == f"{W}lastRenderedPageBreak":
            breaks += 1
        else:
            parts.append("\n")
    return "".join(parts), breaks


def _is_heading(p: _Element, styles: dict[str, str]) -> bool:
    style = p.find(f"{W}pPr/{W}pStyle")
    if style is None:
        return False
    name = styles.get(style.get(f"{W}val") or "", style.get(f"{W}val") or "")
    return name.lower().startswith(("heading", "title"))


def _cell_text(tc: _Element) -> str:
    lines: list[str] = []
    for child in tc:
        if child.tag == f"{W}p":
            lines.append(_paragraph_text(child)[0])
        elif child.tag == f"{W}tbl":
            for tr in child.iter(f"{W}tr"):
                lines.append(" | ".join(_cell_text(c) for c in tr.findall(f"{W}tc")))
    return clean_text("\n".join(lines)).strip("\n")


def _table(tbl: _Element, page: int) -> Table:
    rows: list[list[Cell]] = []
    open_cells: dict[int, Cell] = {}  # grid column -> cell a vertical merge continues
    for r, tr in enumerate(tbl.findall(f"{W}tr")):
        row: list[Cell] = []
        col = 0
        for tc in tr.findall(f"{W}tc"):
            props = tc.find(f"{W}tcPr")
            span = 1
            merge = None
            if props is not None:
                grid_span = props.find(f"{W}gridSpan")
                if grid_span is not None:
                    span = int(grid_span.get(f"{W}val") or 1)
                v_merge = props.find(f"{W}vMerge")
                if v_merge is not None:
                    merge = v_merge.get(f"{W}val") or "continue"
            if merge == "continue" and col in open_cells:
                open_cells[col].row_span += 1
            else:
                cell = Cell(text=_cell_text(tc), row=r, col=col, col_span=span)
                row.append(cell)
                if merge == "restart":
                    open_cells[col] = cell
                else:
                    open_cells.pop(col, None)
            col += span
        rows.append(row)
    return Table(rows=rows, page=page, method=TextMethod.NATIVE)


def _styles(document: object) -> dict[str, str]:
    try:
        return {s.style_id: s.name for s in document.styles}  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - styles are a nicety, never a reason to fail
        return {}


def parse_docx(data: bytes) -> list[Page]:
    import docx  # python-docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(f"not a readable DOCX file: {exc}") from exc
    styles = _styles(document)
    pages = [Page(number=1, method=TextMethod.NATIVE)]
    for child in document.element.body.iterchildren():
        if child.tag == f"{W}p":
            text, breaks = _paragraph_text(child)
            for _ in range(breaks):
                if pages[-1].blocks:
                    pages.append(Page(number=len(pages) + 1, method=TextMethod.NATIVE))
            text = clean_text(text).strip("\n")
            if text.strip():
                pages[-1].blocks.append(Paragraph(text=text, page=pages[-1].number,
                                                  heading=_is_heading(child, styles)))
        elif child.tag == f"{W}tbl":
            pages[-1].blocks.append(_table(child, pages[-1].number))
    return pages


def read(path: Path, data: bytes, options: ReadOptions) -> list[Page]:
    return parse_docx(data)
