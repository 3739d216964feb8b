"""``ita sql``: DuckDB over an output folder, one view per table (reports, indicators,
measures, pages, problems, manifest), so analysts query the parquet files by name."""

from __future__ import annotations

from pathlib import Path

from ita.datadoc import DOCUMENTED


def connect(folder: str | Path):
    """An in-memory DuckDB connection with a view for each table found in ``folder``."""
    import duckdb

    connection = duckdb.connect()
    for name in DOCUMENTED:
        path = Path(folder) / f"{name}.parquet"
        if path.exists():
            quoted = str(path).replace("'", "''")
            connection.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{quoted}')")
    return connection


def run_sql(query: str, folder: str | Path, output: str = "table") -> str:
    """The result of ``query`` as a text table, CSV or JSON lines."""
    relation = connect(folder).sql(query)
    if relation is None:
        return ""
    if output == "csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(relation.columns)
        writer.writerows(relation.fetchall())
        return buffer.getvalue()
    if output == "json":
        import json

        return "\n".join(json.dumps(dict(zip(relation.columns, row)), ensure_ascii=False,
                                    default=str) for row in relation.fetchall())
    return str(relation)
