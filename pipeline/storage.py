"""Where output goes: a local folder or any fsspec URL, written so no reader sees half a file."""

from __future__ import annotations

import os
import uuid


def filesystem(url: str):
    """The fsspec filesystem and the path inside it for a local path or a URL."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(str(url))
    return fs, root.rstrip("/") or "/"


def atomic_write(fs, path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` so that no reader ever sees part of it: a temporary file
    beside it, then a rename.  On a local disk the file is synced before the rename, so a
    crash or power cut leaves the old file or the new one; object stores write whole objects."""
    from fsspec.implementations.local import LocalFileSystem

    parent, name = path.rsplit("/", 1) if "/" in path else (".", path)
    fs.makedirs(parent, exist_ok=True)
    temporary = f"{parent}/.{name}.tmp-{uuid.uuid4().hex}"
    if isinstance(fs, LocalFileSystem):
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        return
    fs.pipe_file(temporary, data)
    fs.mv(temporary, path)


def remove_temporaries(fs, root: str) -> int:
    """Temporary files a killed run left under ``root``; returns how many were removed."""
    if not fs.exists(root):
        return 0
    found = fs.glob(f"{root}/**/.*.tmp-*")
    for path in found:
        fs.rm(path)
    return len(found)
