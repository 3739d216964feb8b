"""Input backends: each turns one file into a :class:`ita.schema.Document`.

``read_document(path)`` picks the backend from the registry by file extension.
"""

from ita.ingest.registry import (
    FORMATS,
    IngestError,
    ReadOptions,
    read_document,
    supported_extensions,
)

__all__ = ["FORMATS", "IngestError", "ReadOptions", "read_document", "supported_extensions"]
