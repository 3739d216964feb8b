"""Segmentation of a Document into records: metadata, indicator tables, prose scores, measure
tables and plan layouts.  Parsers read only the document model."""

from ita.parsers.report import ParsedReport, parse_document

__all__ = ["ParsedReport", "parse_document"]
