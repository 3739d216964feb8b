"""Pydantic models: the intermediate document model and the dataset records."""

from ita.schema.document import Block, Cell, Document, Page, Paragraph, Table, TextMethod
from ita.schema.records import (
    Extraction,
    IndicatorScore,
    ManifestEntry,
    Measure,
    PageText,
    Problem,
    Report,
    Severity,
)

__all__ = [
    "Block",
    "Cell",
    "Document",
    "Extraction",
    "IndicatorScore",
    "ManifestEntry",
    "Measure",
    "Page",
    "PageText",
    "Paragraph",
    "Problem",
    "Report",
    "Severity",
    "Table",
    "TextMethod",
]
