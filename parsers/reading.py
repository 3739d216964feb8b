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
from ita.parsers.metadata import Metadata
from ita.schema import Document, Paragraph, Table


@dataclass
class ReadState:
    doc: Document
    metadata: Metadata
    out: Parsed = field(default_factory=Parsed)
    claims: dict[int, tuple[str, str]] = field(default_factory=dict)  # id(block) -> who, why

    def claim(self, block: Paragraph | Table, reader: str, why: str) -> None:
        self.claims.setdefault(id(block), (reader, why))

    def claimed_by(self, block: Paragraph | Table) -> str | None:
        found = self.claims.get(id(block))
        return found[0] if found else None


class Reader(Protocol):
    """One layout family: reads what it recognises in the document into ``state.out``."""

    name: str

    def read(self, state: ReadState) -> None: ...
