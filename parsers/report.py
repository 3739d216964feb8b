"""A document's records: its metadata, then every layout reader of the registry in turn."""

from __future__ import annotations

from dataclasses import dataclass

from ita.parsers.findings import Parsed
from ita.parsers.metadata import Metadata, parse_metadata
from ita.parsers.reading import ReadState
from ita.parsers.registry import READERS
from ita.schema import Document


@dataclass
class ParsedReport:
    metadata: Metadata
    parsed: Parsed


def parse_document(doc: Document) -> ParsedReport:
    out = Parsed()
    state = ReadState(doc, parse_metadata(doc, out), out)
    for reader in READERS:
        reader.read(state)
    return ParsedReport(state.metadata, out)
