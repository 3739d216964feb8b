"""The command line: ``ita extract INPUT... --out DIR`` and ``ita show FILE``."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from ita import __version__
from ita.extract import extract_file
from ita.ingest import supported_extensions
from ita.schema import Extraction, Problem, Severity
from ita.writer import write_dataset


def iter_inputs(inputs: Sequence[str]) -> Iterator[Path]:
    """Files named, and supported files found below folders named, sorted, each once."""
    seen: set[Path] = set()
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in supported_extensions()
                           and not p.name.startswith("."))
        else:
            found = [path]
        for p in found:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                yield p


def extract_all(paths: Sequence[Path], log: bool = True) -> list[Extraction]:
    results: list[Extraction] = []
    seen_ids: dict[str, str] = {}
    for n, path in enumerate(paths, start=1):
        started = time.perf_counter()
        result = extract_file(path)
        if result.report is not None:
            rid = result.report.report_id
            if rid in seen_ids:
                result = Extraction(problems=[Problem(
                    report_id=rid, source_file=path.name, stage="ingest", severity=Severity.INFO,
                    code="duplicate_file",
                    message=f"same content as {seen_ids[rid]}; extracted once")])
            else:
                seen_ids[rid] = path.name
        results.append(result)
        if log:
            errors = sum(p.severity == Severity.ERROR for p in result.problems)
            status = "failed" if result.report is None else f"{len(result.indicators)} indicators, " \
                f"{len(result.measures)} measures, {len(result.problems)} problems"
            print(f"[{n}/{len(paths)}] {path.name}: {status}"
                  f"{f' ({errors} errors)' if errors else ''} in "
                  f"{time.perf_counter() - started:.2f}s", file=sys.stderr)
    return results


def cmd_extract(args: argparse.Namespace) -> int:
    paths = list(iter_inputs(args.inputs))
    if not paths:
        print("no input files found", file=sys.stderr)
        return 2
    results = extract_all(paths)
    written = write_dataset(results, args.out)
    counts = Counter({"reports": sum(r.report is not None for r in results),
                      "indicators": sum(len(r.indicators) for r in results),
                      "measures": sum(len(r.measures) for r in results),
                      "problems": sum(len(r.problems) for r in results)})
    print(f"{len(paths)} files → {counts['reports']} reports, {counts['indicators']} indicator "
          f"scores, {counts['measures']} measures, {counts['problems']} problems")
    for name, path in written.items():
        print(f"  {name:<10} {path}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    result = extract_file(args.file)
    print(json.dumps(result.model_dump(mode="json", exclude={"pages"} if not args.pages else None),
                     ensure_ascii=False, indent=2))
    return 0 if result.report is not None else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ita", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="extract reports into parquet tables")
    p.add_argument("inputs", nargs="+", help="files or folders (searched recursively)")
    p.add_argument("--out", required=True, help="output folder for the parquet files")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("show", help="print one report's records as JSON")
    p.add_argument("file")
    p.add_argument("--pages", action="store_true", help="include the pages' text")
    p.set_defaults(func=cmd_show)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))
