"""One table from file extension to input format and reader.

A new format is one module in ``ingest/`` with ``read(path, data, options) -> list[Page]`` and
one line in :data:`FORMATS`; this module turns the pages into a :class:`Document`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ita.ingest import doc, docx, ocr, pdf, text
from ita.ingest.errors import IngestError
from ita.schema import Document, Page

__all__ = ["FORMATS", "IngestError", "ReadOptions", "read_document", "supported_extensions"]


@dataclass(frozen=True)
class ReadOptions:
    """Settings every reader accepts (backends ignore what they do not use)."""

    max_pages: int = 500
    ocr_skip: frozenset[str] = frozenset()  # OCR cleaning steps to leave out (ocr.CLEANING_STEPS)


Reader = Callable[[Path, bytes, ReadOptions], list[Page]]


@dataclass(frozen=True)
class SourceInfo:
    report_id: str
    source_file: str
    source_sha256: str


@dataclass(frozen=True)
class Format:
    name: str
    reader: Reader


FORMATS: dict[str, Format] = {
    ".txt": Format("text", text.read),
    ".md": Format("text", text.read),
    ".docx": Format("docx", docx.read),
    ".doc": Format("doc", doc.read),
    ".pdf": Format("pdf", pdf.read),
    ".png": Format("image", ocr.read_image),
    ".jpg": Format("image", ocr.read_image),
    ".jpeg": Format("image", ocr.read_image),
    ".tif": Format("image", ocr.read_image),
    ".tiff": Format("image", ocr.read_image),
}


def supported_extensions() -> tuple[str, ...]:
    return tuple(FORMATS)


def source_info(path: Path, data: bytes) -> SourceInfo:
    digest = hashlib.sha256(data).hexdigest()
    return SourceInfo(report_id=digest[:16], source_file=path.name, source_sha256=digest)


def read_document(path: str | Path, options: ReadOptions | None = None) -> Document:
    """Read ``path`` with the backend its extension names; IngestError if it cannot be read."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise IngestError(f"unsupported file type {path.suffix or '(none)'!r}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from exc
    if not data.strip():
        raise IngestError("file is empty")
    options = options or ReadOptions()
    pages = fmt.reader(path, data, options)
    source = source_info(path, data)
    return Document(
        report_id=source.report_id, source_file=source.source_file,
        source_sha256=source.source_sha256, format=fmt.name,
        pages=pages[: options.max_pages],
        pages_dropped=max(0, len(pages) - options.max_pages),
    )
