"""The data dictionary (``docs/DATA.md``) and the JSON Schema (``ita schema``), both made from
the record models in ``schema/records.py``, so they cannot drift from what is written.

``make docs`` (``python -m ita.datadoc``) rewrites docs/DATA.md; a test fails when the file
differs from what the models say.
"""

from __future__ import annotations

import json
import sys
import typing
from pathlib import Path

from ita.schema import ManifestEntry
from ita.schema.problem_codes import PROBLEM_CODES
from ita.writer import TABLES, arrow_schema
from pydantic import BaseModel

DOCUMENTED: dict[str, type[BaseModel]] = {**TABLES, "manifest": ManifestEntry}
DATA_MD = Path("docs") / "DATA.md"

INTRO = """# Data dictionary

`ita extract … --out DIR` writes the tables below as parquet files in DIR. Every table but the
manifest has `report_id`, the first 16 hex digits of the input file's SHA-256, to join on.
Years are B.E. (พ.ศ.); dates are ISO C.E. (`date32`); scores are `float64` as the reports
state them; lists are `list<string>`. `null` means the report does not say, or it could not be
read (then `problems.parquet` says why).

This file is generated from the pydantic models in `schema/records.py` by `make docs`
(`python -m ita.datadoc`); `tests/test_datadoc.py` fails when it is out of date. The JSON
Schema of the same models: `ita schema`.
"""


def _allowed(annotation: object) -> list[str]:
    """The values a Literal (or an enum) column may take."""
    for arg in (annotation, *typing.get_args(annotation)):
        if typing.get_origin(arg) is typing.Literal:
            return [str(v) for v in typing.get_args(arg)]
        if isinstance(arg, type) and hasattr(arg, "__members__"):
            return [str(m.value) for m in arg.__members__.values()]  # type: ignore[attr-defined]
    return []


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def data_dictionary() -> str:
    """docs/DATA.md as the models describe it: per table, each column's Arrow type, whether it
    may be null, its meaning (with the values it may take) and an example."""
    parts = [INTRO]
    for table, model in DOCUMENTED.items():
        schema = arrow_schema(model)
        doc = (model.__doc__ or "").strip().splitlines()[0]
        parts.append(f"\n## `{table}.parquet`\n\n{doc}\n\n"
                     "| column | type | null | meaning | example |\n|---|---|---|---|---|")
        for name, info in model.model_fields.items():
            field = schema.field(name)
            meaning = info.description or ""
            if allowed := _allowed(info.annotation):
                meaning += f" (one of: {', '.join(allowed)})"
            example = json.dumps(info.examples[0], ensure_ascii=False) if info.examples else ""
            parts.append(f"| `{name}` | {field.type} | {'yes' if field.nullable else 'no'} | "
                         f"{_cell(meaning)} | {_cell(example)} |")
    parts.append("\n## Problem codes\n\nEvery `code` of `problems.parquet` (from "
                 "`schema/problem_codes.py`; a code not listed there cannot be written). "
                 "*Retried*: the next `ita extract` tries the file again.\n\n"
                 "| code | stage | severity | retried | meaning |\n|---|---|---|---|---|")
    for code, entry in PROBLEM_CODES.items():
        parts.append(f"| `{code}` | {entry.stage} | {entry.severity} | "
                     f"{'yes' if entry.retried else 'no'} | {_cell(entry.meaning)} |")
    return "\n".join(parts) + "\n"


def json_schema(table: str | None = None) -> dict:
    """The JSON Schema of one table's rows, or of every table's."""
    if table is not None:
        return DOCUMENTED[table].model_json_schema()
    return {name: model.model_json_schema() for name, model in DOCUMENTED.items()}


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA_MD
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(data_dictionary(), encoding="utf-8")
    print(f"written {out}")


if __name__ == "__main__":
    main()
