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
    max_megabytes: float = 1024  # a larger file is refused before it is read into memory
    deadline: float | None = None  # time.monotonic() after which readers stop (ReadTimeout)
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


# The first bytes of each binary format: a file's content, not its name, says what it is.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", ".pdf"), (b"PK\x03\x04", ".docx"), (b"\xd0\xcf\x11\xe0", ".doc"),
    (b"\xff\xd8\xff", ".jpg"), (b"\x89PNG", ".png"), (b"II*\x00", ".tif"), (b"MM\x00*", ".tif"),
)


def supported_extensions() -> tuple[str, ...]:
    return tuple(FORMATS)


def sniff(data: bytes) -> str | None:
    """The extension of the binary format ``data`` starts with (a PDF's header may follow
    up to 1 KiB of junk), or None (text, or a format we do not read)."""
    for signature, extension in SIGNATURES:
        if data.startswith(signature) or (extension == ".pdf" and signature in data[:1024]):
            return extension
    return None


def source_info(path: Path, data: bytes) -> SourceInfo:
    digest = hashlib.sha256(data).hexdigest()
    return SourceInfo(report_id=digest[:16], source_file=path.name, source_sha256=digest)


def read_document(path: str | Path, options: ReadOptions | None = None) -> Document:
    """Read ``path`` with the backend its extension names, or the one its content names when
    that is another supported format (``Document.named_as`` then keeps the extension);
    IngestError if it cannot be read."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise IngestError(f"unsupported file type {path.suffix or '(none)'!r}")
    options = options or ReadOptions()
    try:
        size = path.stat().st_size
        if size > options.max_megabytes * 2**20:
            raise IngestError(f"file is {size / 2**20:.0f} MB, over the limit of "
                              f"{options.max_megabytes:g} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from exc
    if not data.strip():
        raise IngestError("file is empty")
    named_as = None
    actual = sniff(data)
    if actual is not None and FORMATS[actual].name != fmt.name:
        named_as, fmt = path.suffix.lower(), FORMATS[actual]  # a JPEG called .pdf
    pages = fmt.reader(path, data, options)
    source = source_info(path, data)
    return Document(
        report_id=source.report_id, source_file=source.source_file,
        source_sha256=source.source_sha256, format=fmt.name, named_as=named_as,
        pages=pages[: options.max_pages],
        pages_dropped=max(0, len(pages) - options.max_pages),
    )
