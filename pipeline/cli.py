"""The command line: ``ita extract INPUT... --out DIR`` and ``ita show FILE``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from ita import __version__
from ita.batch import DEFAULT_TIMEOUT, NoInputs, extract_batch, iter_summaries
from ita.extract import extract_file
from ita.ingest.registry import ReadOptions


def cmd_extract(args: argparse.Namespace) -> int:
    try:
        result = extract_batch(args.inputs, args.out, workers=args.workers, force=args.force,
                               timeout=args.timeout or None, max_pages=args.max_pages,
                               max_megabytes=args.max_mb,
                               engine=args.engine, scheduler=args.scheduler)
    except NoInputs as exc:
        print(exc, file=sys.stderr)
        return 2
    for line in iter_summaries(result):
        print(line)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    result = extract_file(args.file)
    print(json.dumps(result.model_dump(mode="json", exclude={"pages"} if not args.pages else None),
                     ensure_ascii=False, indent=2))
    return 0 if result.report is not None else 1


def cmd_schema(args: argparse.Namespace) -> int:
    from ita.datadoc import json_schema

    print(json.dumps(json_schema(args.table), ensure_ascii=False, indent=2))
    return 0


def cmd_sql(args: argparse.Namespace) -> int:
    from ita.query import run_sql

    try:
        text = run_sql(args.query, args.dir, args.format)
        print(text, end="" if text.endswith("\n") else "\n")
    except Exception as exc:  # noqa: BLE001 - DuckDB's own message is the useful one
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from ita.overview import write_report

    try:
        out = write_report(args.dir, args.out or Path(args.dir) / "report.html")
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"report: {out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ita", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="extract reports into parquet tables")
    p.add_argument("inputs", nargs="+", help="files or folders (searched recursively)")
    p.add_argument("--out", required=True,
                   help="output folder for the parquet files (a path or any fsspec URL)")
    p.add_argument("--workers", type=int, default=None,
                   help="worker processes (default: all cores)")
    p.add_argument("--force", action="store_true",
                   help="extract every file again, even those done by this pipeline version")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                   help="seconds one file may take before it is stopped and recorded as "
                        "failed (default %(default)g; 0: no limit; on Dask, checked before "
                        "each page)")
    p.add_argument("--max-pages", type=int, default=ReadOptions.max_pages,
                   help="pages read per file; the rest are left out with a problem row "
                        "(default %(default)d)")
    p.add_argument("--max-mb", type=float, default=ReadOptions.max_megabytes,
                   help="larger files are refused unread, with a problem row "
                        "(default %(default)g)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local processes, or a Dask distributed cluster")
    p.add_argument("--scheduler", default=None,
                   help="Dask scheduler address (tcp://host:8786); without it --engine dask "
                        "starts a local cluster of --workers processes")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("show", help="print one report's records as JSON")
    p.add_argument("file")
    p.add_argument("--pages", action="store_true", help="include the pages' text")
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("schema", help="print the JSON Schema of the tables' rows")
    p.add_argument("--table", choices=("reports", "indicators", "measures", "pages", "problems",
                                       "manifest"), help="one table only")
    p.set_defaults(func=cmd_schema)
    p = sub.add_parser("sql", help="run a DuckDB query over an output folder's tables")
    p.add_argument("query", help='e.g. "SELECT tool, avg(score) FROM indicators GROUP BY tool"')
    p.add_argument("--dir", default="data/processed", help="output folder (default %(default)s)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(func=cmd_sql)
    p = sub.add_parser("report", help="write one self-contained HTML page about an output "
                                      "folder: counts, score plots, lowest indicators, "
                                      "measures, problems, every report")
    p.add_argument("dir", nargs="?", default="data/processed",
                   help="output folder of ita extract (default %(default)s)")
    p.add_argument("--out", default=None, help="HTML file (default DIR/report.html)")
    p.set_defaults(func=cmd_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))
