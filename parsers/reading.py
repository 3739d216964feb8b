"""The protocol every layout reader follows, and the state readers share.

A reader looks at the document's blocks, claims those it understands (saying why), and adds
records and problems to :class:`ReadState.out`.  Readers run in the order of
:data:`ita.parsers.registry.READERS`; a block claimed by one is left alone by the later ones
unless they read another aspect of it (a table may give both scores and measures).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from ita.parsers.findings import Parsed
from ita.parsers.furniture import page_furniture
from ita.parsers.measure_table import MeasureRow
from ita.parsers.metadata import Metadata
from ita.parsers.plan_layout import CalendarEntry
from ita.schema import Document, Paragraph, Table


@dataclass
class ReadState:
    doc: Document
    metadata: Metadata
    out: Parsed = field(default_factory=Parsed)
    claims: dict[int, tuple[str, str]] = field(default_factory=dict)  # id(block) -> who, why
    # measures found by the readers of every form, made into records by MeasureAssembly
    measure_rows: list[MeasureRow] = field(default_factory=list)
    calendar: dict[str, CalendarEntry] = field(default_factory=dict)  # plan layouts' ประเด็น
    blocks: list[Paragraph | Table] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        self._index = {id(block): k for k, block in enumerate(self.doc.blocks())}
        furniture = page_furniture(self.doc)
        # the blocks readers read: the document's, without its page numbers and running
        # headers and footers, so that what a page break cut reads on across them
        self.blocks = [b for b in self.doc.blocks() if id(b) not in furniture]

    def index_of(self, block: Paragraph | Table) -> int:
        """The block's place in reading order (to put records of several readers in order)."""
        return self._index.get(id(block), 0)

    def claim(self, block: Paragraph | Table, reader: str, why: str) -> None:
        self.claims.setdefault(id(block), (reader, why))

    def claimed_by(self, block: Paragraph | Table) -> str | None:
        found = self.claims.get(id(block))
        return found[0] if found else None


class Reader(Protocol):
    """One layout family: reads what it recognises in the document into ``state.out``."""

    name: str

    def read(self, state: ReadState) -> None: ...
