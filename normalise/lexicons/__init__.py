"""Thai word lists and synonym tables, as UTF-8 TSV files beside this module.

Each file starts with ``#`` comment lines saying where its entries came from, then a header
row.  :func:`load` returns the rows as dicts and caches them.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def load(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``<name>.tsv`` as dicts keyed by the header row (comments and blanks skipped)."""
    text = files(__name__).joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        values = line.split("\t")
        values += [""] * (len(header) - len(values))
        rows.append(dict(zip(header, (v.strip() for v in values))))
    return tuple(rows)
