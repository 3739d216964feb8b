"""Parquet output: one file per table, with pyarrow schemas derived from the records.

Column types: text → string, whole numbers → int32, scores → float64, dates → date32,
lists → list<string>.  Every file is written to a temporary name and renamed
(``storage.atomic_write``), so a reader never sees half a file.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from ita.schema import Extraction, IndicatorScore, Measure, PageText, Problem, Report
from ita.storage import atomic_write, filesystem
from pydantic import BaseModel

TABLES: dict[str, type[BaseModel]] = {
    "reports": Report,
    "indicators": IndicatorScore,
    "measures": Measure,
    "pages": PageText,
    "problems": Problem,
}


def _arrow_type(annotation: object) -> pa.DataType:
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):
        return _arrow_type(args[0])
    if origin is typing.Literal:
        return pa.string()
    if origin is list:
        return pa.list_(_arrow_type(args[0]))
    if annotation is str or (isinstance(annotation, type) and issubclass(annotation, enum.Enum)):
        return pa.string()
    if annotation is bool:
        return pa.bool_()
    if annotation is int:
        return pa.int32()
    if annotation is float:
        return pa.float64()
    if annotation is dt.date:
        return pa.date32()
    raise TypeError(f"no Arrow type for {annotation!r}")


def arrow_schema(model: type[BaseModel]) -> pa.Schema:
    """The Arrow schema of a record model, one column per field, in field order (a field
    marked ``json_schema_extra={"arrow": "int64"}`` is int64: sizes, times in ns)."""
    fields = []
    for name, info in model.model_fields.items():
        required = info.is_required() and typing.get_origin(info.annotation) not in (
            typing.Union, types.UnionType)
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        arrow = pa.int64() if extra.get("arrow") == "int64" else _arrow_type(info.annotation)
        fields.append(pa.field(name, arrow, nullable=not required))
    return pa.schema(fields)


def to_table(model: type[BaseModel], records: Iterable[BaseModel]) -> pa.Table:
    rows = [r.model_dump(mode="python") for r in records]
    for row in rows:
        for key, value in row.items():
            if isinstance(value, enum.Enum):
                row[key] = value.value
    return pa.Table.from_pylist(rows, schema=arrow_schema(model))


def parquet_bytes(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return sink.getvalue().to_pybytes()


def write_dataset(extractions: list[Extraction], out_dir: str | Path, fs=None
                  ) -> dict[str, str]:
    """Write the five tables of ``extractions`` into ``out_dir`` (a local folder, or a path
    inside the fsspec filesystem ``fs``), each atomically; returns their paths.  Rows are in
    report_id order, so the same extractions always give the same bytes."""
    if fs is None:
        fs, root = filesystem(str(out_dir))
    else:
        root = str(out_dir).rstrip("/")
    ordered = sorted(extractions, key=lambda e: (e.report.report_id if e.report else "",
                                                 e.problems[0].source_file if e.problems else ""))
    records: dict[str, list[BaseModel]] = {name: [] for name in TABLES}
    for ex in ordered:
        if ex.report is not None:
            records["reports"].append(ex.report)
        records["indicators"].extend(ex.indicators)
        records["measures"].extend(ex.measures)
        records["pages"].extend(ex.pages)
        records["problems"].extend(ex.problems)
    paths = {}
    for name, model in TABLES.items():
        paths[name] = f"{root}/{name}.parquet"
        atomic_write(fs, paths[name], parquet_bytes(to_table(model, records[name])))
    return paths
