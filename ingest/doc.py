"""Legacy Word files (.doc): converted to DOCX by LibreOffice when it is installed
(``soffice --headless --convert-to docx``), then read by the DOCX backend."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ita.ingest.docx import parse_docx
from ita.ingest.errors import IngestError
from ita.schema import Page

if TYPE_CHECKING:
    from ita.ingest.registry import ReadOptions

CONVERT_TIMEOUT = 120  # seconds


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(data: bytes, name: str) -> bytes:
    program = soffice()
    if program is None:
        raise IngestError("a legacy .doc file needs LibreOffice to be read, and it is not "
                          "installed (apt-get install libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"input{Path(name).suffix or '.doc'}"
        source.write_bytes(data)
        try:
            subprocess.run([program, "--headless", "--convert-to", "docx", "--outdir", tmp,
                            str(source)], check=True, capture_output=True,
                           timeout=CONVERT_TIMEOUT)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise IngestError(f"LibreOffice could not convert the file: {exc}") from exc
        converted = Path(tmp) / "input.docx"
        if not converted.exists():
            raise IngestError("LibreOffice produced no DOCX (is the file a Word document?)")
        return converted.read_bytes()


def read(path: Path, data: bytes, options: ReadOptions) -> list[Page]:
    return parse_docx(convert_to_docx(data, path.name))
