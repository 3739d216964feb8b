"""The intermediate document model every ingest backend fills and every parser reads.

A :class:`Document` is a list of :class:`Page` objects; a page is a sequence of blocks in
reading order, each a :class:`Paragraph` or a :class:`Table`.  A table is rows of
:class:`Cell` objects that know their spans.  Every block carries its page number and how its
text was obtained (:class:`TextMethod`), so a record parsed from it can say where it came from;
laid-out inputs (PDF, scans) also give where on the page: a :class:`Box` for each paragraph
and cell and the column edges of each table (None for text and DOCX).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class TextMethod(StrEnum):
    """How the text of a page or block was obtained."""

    NATIVE = "native"  # the input was text already (.txt/.md, DOCX runs)
    TEXT_LAYER = "text_layer"  # a PDF's embedded text layer
    OCR = "ocr"  # recognised from an image


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Box(_Model):
    """Where a block or cell lies on its page, in PDF points (72 to the inch) with the origin
    at the page's top-left corner: ``x0`` <= ``x1`` left to right, ``top`` <= ``bottom`` top
    down.  Scans are converted from pixels at the dpi they were read at (px * 72 / dpi)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    x0: float
    top: float
    x1: float
    bottom: float

    @model_validator(mode="after")
    def _ordered(self) -> Box:
        if self.x1 < self.x0 or self.bottom < self.top:
            raise ValueError(f"box corners out of order: {self}")
        return self

    @classmethod
    def of(cls, x0: float, top: float, x1: float, bottom: float) -> Box:
        """A box from its corners as a backend measured them: rounded to hundredths of a
        point, and put in order should a producer hand them over crossed.

        >>> Box.of(10.004, 20, 5, 12.5)
        Box(x0=5.0, top=12.5, x1=10.0, bottom=20.0)
        """
        return cls(x0=round(min(x0, x1), 2), top=round(min(top, bottom), 2),
                   x1=round(max(x0, x1), 2), bottom=round(max(top, bottom), 2))

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def union(self, *others: Box) -> Box:
        """The smallest box holding this one and ``others``.

        >>> Box(x0=0, top=0, x1=1, bottom=1).union(Box(x0=2, top=-1, x1=3, bottom=0.5))
        Box(x0=0.0, top=-1.0, x1=3.0, bottom=1.0)
        """
        boxes = (self, *others)
        return Box(x0=min(b.x0 for b in boxes), top=min(b.top for b in boxes),
                   x1=max(b.x1 for b in boxes), bottom=max(b.bottom for b in boxes))

    @staticmethod
    def enclosing(boxes: Iterable[Box]) -> Box | None:
        """The union of ``boxes``; None when there are none."""
        listed = list(boxes)
        return listed[0].union(*listed[1:]) if listed else None

    def contains(self, other: Box, tolerance: float = 0.0) -> bool:
        """Whether ``other`` lies inside this box (give or take ``tolerance`` points)."""
        return (other.x0 >= self.x0 - tolerance and other.top >= self.top - tolerance
                and other.x1 <= self.x1 + tolerance and other.bottom <= self.bottom + tolerance)


def box_corners(box: Box | None) -> list[float] | None:
    """[x0, top, x1, bottom] of ``box``, as the records keep it; None without a box."""
    return [box.x0, box.top, box.x1, box.bottom] if box is not None else None


class Cell(_Model):
    """One table cell.  ``text`` keeps the cell's own line breaks as ``\\n``."""

    text: str
    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    confidence: float | None = None  # OCR only: mean recognition confidence (0-100)
    # laid-out inputs (PDF, scans): the cell's box on its page, ruling lines included and
    # over all its spans; None where the input has no layout (text, DOCX)
    box: Box | None = None

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
    # laid-out inputs (PDF, scans): the union of the boxes of its lines (PDF) or words
    # (scans) on its page; None where the input has no layout (text, DOCX)
    box: Box | None = None


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
    # laid-out inputs: the x positions (points, as in :class:`Box`) of the grid's column
    # boundaries, left to right, ``n_cols + 1`` values: column ``c`` runs from
    # ``column_edges[c]`` to ``column_edges[c + 1]``; None where the input has no layout
    column_edges: list[float] | None = None

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
