"""The intermediate document model every ingest backend fills and every parser reads.

A :class:`Document` is a list of :class:`Page` objects; a page is a sequence of blocks in
reading order, each a :class:`Paragraph` or a :class:`Table`.  A table is rows of
:class:`Cell` objects that know their spans.  Every block carries its page number and how its
text was obtained (:class:`TextMethod`), so a record parsed from it can say where it came from.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class TextMethod(StrEnum):
    """How the text of a page or block was obtained."""

    NATIVE = "native"  # the input was text already (.txt/.md, DOCX runs)
    TEXT_LAYER = "text_layer"  # a PDF's embedded text layer
    OCR = "ocr"  # recognised from an image


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Cell(_Model):
    """One table cell.  ``text`` keeps the cell's own line breaks as ``\\n``."""

    text: str
    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    confidence: float | None = None  # OCR only: mean recognition confidence (0-100)

    @property
    def lines(self) -> list[str]:
        return [line for line in self.text.split("\n") if line.strip()]


class Paragraph(_Model):
    kind: Literal["paragraph"] = "paragraph"
    text: str
    page: int
    method: TextMethod = TextMethod.NATIVE
    heading: bool = False
    confidence: float | None = None  # OCR only: mean recognition confidence (0-100)


class Table(_Model):
    kind: Literal["table"] = "table"
    rows: list[list[Cell]]
    page: int
    method: TextMethod = TextMethod.NATIVE
    # laid-out inputs: whether the table runs to the foot of its page (so its last row may
    # go on, cut, on the next page); None where the input has no layout
    reaches_page_foot: bool | None = None
    # laid-out inputs: whether this table carries on the table that ended the page before
    # (the backend has then rejoined the row the break cut); None where there is no layout
    continues: bool | None = None

    @property
    def n_cols(self) -> int:
        return max((sum(c.col_span for c in row) for row in self.rows), default=0)

    def row_texts(self, index: int) -> list[str]:
        """The texts of row ``index``, one per grid column; a cell's text stands in its first
        column only, and a cell merged down from a row above leaves its columns empty."""
        out = [""] * self.n_cols
        for cell in self.rows[index]:
            if cell.col < len(out):
                out[cell.col] = cell.text
        return out

    def spanning_texts(self, index: int) -> list[str]:
        """Like :meth:`row_texts`, but a cell merged down from a row above gives its text to
        this row too (an indicator cell spanning the rows of its measures)."""
        out = self.row_texts(index)
        for upper in range(index):
            for cell in self.rows[upper]:
                if upper + cell.row_span > index and cell.col < len(out) and not out[cell.col]:
                    out[cell.col] = cell.text
        return out


Block = Annotated[Paragraph | Table, Field(discriminator="kind")]


class Page(_Model):
    number: int
    method: TextMethod = TextMethod.NATIVE
    blocks: list[Block] = Field(default_factory=list)
    confidence: float | None = None  # OCR only: mean recognition confidence (0-100)
    # True when the page held only the rest of a row cut by the page break, now joined to the
    # table on the page before: empty, but not unread
    carried_back: bool = False

    @property
    def text(self) -> str:
        """The page's text: paragraphs as they are, table rows as tab-separated cells."""
        parts: list[str] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                parts.append(block.text)
            else:
                for i in range(len(block.rows)):
                    parts.append("\t".join(t.replace("\n", " ") for t in block.row_texts(i)))
        return "\n".join(parts)


class Document(_Model):
    """One input file, as pages of blocks."""

    report_id: str
    source_file: str
    source_sha256: str
    format: str
    pages: list[Page] = Field(default_factory=list)
    pages_dropped: int = 0  # pages beyond the reader's page cap, not kept
    named_as: str | None = None  # the file's extension when its content is another format

    def blocks(self) -> list[Paragraph | Table]:
        """Every block of every page, in reading order."""
        return [block for page in self.pages for block in page.blocks]
