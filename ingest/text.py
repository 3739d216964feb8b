"""Already-extracted text (.txt/.md) in the converter style of the shared seeds.

- paragraphs are separated by blank lines; lines inside one paragraph keep their breaks;
- a line with tab characters is a table row, consecutive rows form one table, a blank line
  ends the table; markdown rule rows (``---``) are dropped; ``| a | b |`` pipe rows also work;
- a cell's several ``<p>…</p>`` are lines of that cell; ``**bold**`` markers are removed;
- a form feed, or a Thai catchword line such as ``/ข้อเสนอแนะ...`` (the first word of the next
  page, written at the foot of a page), starts a new page.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ita.ingest.errors import IngestError
from ita.normalise.text import clean_text, strip_markup
from ita.schema import Cell, Page, Paragraph, Table, TextMethod

if TYPE_CHECKING:
    from ita.ingest.registry import ReadOptions

_RULE_CELL = re.compile(r"^\s*:?-{2,}:?\s*$")
_CATCHWORD = re.compile(r"^/\S.{0,60}\.{2,}$")
_BOLD_LINE = re.compile(r"^\*\*.+\*\*$")


MAX_JUNK_SHARE = 0.02  # replacement and control characters allowed in a text file


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Thai Windows code page 874 (TIS-620).

    Raises IngestError when the bytes are not text in either.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp874", errors="replace")
    junk = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f"))
    if junk > MAX_JUNK_SHARE * len(text):
        raise IngestError(f"not a text file: {junk} of {len(text)} characters are binary junk")
    return text


def _row_cells(line: str) -> list[str] | None:
    if "\t" in line:
        return line.split("\t")
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
        return stripped[1:-1].split("|")
    return None


def _is_rule_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(_RULE_CELL.match(c) for c in filled)


def _table(rows: list[list[str]], page: int) -> Table:
    width = max(len(r) for r in rows)
    grid = []
    for r, row in enumerate(rows):
        padded = row + [""] * (width - len(row))
        grid.append([Cell(text=clean_text(strip_markup(t)), row=r, col=c) for c, t in enumerate(padded)])
    return Table(rows=grid, page=page, method=TextMethod.NATIVE)


def _paragraph(lines: list[str], page: int) -> Paragraph | None:
    raw = "\n".join(lines)
    text = clean_text(strip_markup(raw)).strip("\n")
    if not text.strip():
        return None
    heading = all(_BOLD_LINE.match(ln.strip()) for ln in lines if ln.strip())
    return Paragraph(text=text, page=page, method=TextMethod.NATIVE, heading=heading)


def parse_text(text: str) -> list[Page]:
    """Pages of paragraphs and tables from converter-style text."""
    pages: list[Page] = [Page(number=1, method=TextMethod.NATIVE)]
    para: list[str] = []
    rows: list[list[str]] = []

    def flush() -> None:
        page = pages[-1]
        if para:
            block = _paragraph(para, page.number)
            if block is not None:
                page.blocks.append(block)
            para.clear()
        if rows:
            page.blocks.append(_table(rows, page.number))
            rows.clear()

    def new_page() -> None:
        flush()
        pages.append(Page(number=len(pages) + 1, method=TextMethod.NATIVE))

    for raw_line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        chunks = raw_line.split("\f")
        for k, line in enumerate(chunks):
            if k > 0:
                new_page()
            cells = _row_cells(line)
            if cells is not None:
                if para:
                    flush()
                if not _is_rule_row(cells):
                    rows.append(cells)
            elif not line.strip():
                flush()
            elif _CATCHWORD.match(line.strip()):
                new_page()
            else:
                if rows:
                    flush()
                para.append(line)
    flush()
    while len(pages) > 1 and not pages[-1].blocks:
        pages.pop()
    return pages


def read(path: Path, data: bytes, options: ReadOptions) -> list[Page]:
    return parse_text(decode(data))
