"""The pipeline's version as recorded in every report and in the batch manifest.

``pipeline_version()`` is the release number and a digest of the code and data the pipeline
runs on (every ``.py``, lexicon and model file of its packages), so an improved parser changes
it and ``ita extract`` re-extracts the reports an older pipeline made, without anyone having to
remember to bump a number.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import import_module
from pathlib import Path

from ita import __version__

PACKAGES = ("ita", "ita.ingest", "ita.parsers", "ita.schema", "ita.normalise")
CODE_SUFFIXES = (".py", ".tsv", ".npz")


@cache
def pipeline_version() -> str:
    """``0.1.0+`` and the first 10 hex digits of the SHA-256 of the pipeline's files."""
    digest = hashlib.sha256()
    for package in PACKAGES:
        root = Path(import_module(package).__file__ or "").parent
        for path in sorted(p for p in root.rglob("*") if p.suffix in CODE_SUFFIXES
                           and "__pycache__" not in p.parts):
            digest.update(f"{package}/{path.relative_to(root).as_posix()}\0".encode())
            digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:10]}"
