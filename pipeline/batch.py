"""Batch extraction: thousands of files, several workers, incremental, crash-safe.

The output folder (a local path or any fsspec URL) holds::

    reports.parquet indicators.parquet measures.parquet pages.parquet problems.parquet
    manifest.parquet              one row per input file: its hash, status, reason, timings
    results/ab/<sha256>.json.gz   one Outcome per distinct content: what the tables are built from

Every input is hashed (SHA-256; the last manifest's hash is reused while a file's path, size
and modification time are unchanged).  A content whose Outcome exists for this pipeline version
(:func:`ita.version.pipeline_version`) with status ``done`` or ``rejected`` is not extracted
again; new and changed contents, ``failed`` ones and those extracted by another pipeline
version are (``force`` redoes all).  Workers write each Outcome atomically (temporary file,
then rename) the moment it is ready, so a run killed at any point loses at most the files in
hand; the five tables are then rebuilt from the Outcomes of this run's inputs and written
atomically, and the manifest last (a run that changed nothing leaves them as they are).  The tables therefore always describe exactly the inputs of the last finished run;
Outcomes of files no longer given stay in ``results/`` and are reused if the files come back.

Statuses: ``done`` (a report was extracted; its problems say what was doubtful), ``rejected``
(the file cannot be a report for this pipeline: unreadable, empty, encrypted, not an ITA
report — not retried), ``failed`` (too slow, the worker died, or the pipeline crashed on it —
retried by the next run).
"""

from __future__ import annotations

import gzip
import hashlib
import os
import resource
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, as_completed
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

import pyarrow as pa
import pyarrow.parquet as pq
from ita.extract import extract_file
from ita.ingest import supported_extensions
from ita.ingest.registry import ReadOptions
from ita.schema import Extraction, ManifestEntry, Problem, Severity
from ita.storage import atomic_write, filesystem, remove_temporaries
from ita.version import pipeline_version
from ita.writer import TABLES, parquet_bytes, to_table, write_dataset
from pydantic import BaseModel

Status = Literal["done", "rejected", "failed"]
REJECTING_CODES = {"unreadable_file", "not_an_ita_report", "not_an_analysis_report"}  # the file is at fault, not us
DEFAULT_TIMEOUT = 1200.0  # seconds one file may take (a 500-page scan at 2 s a page fits)
RESULTS = "results"


class NoInputs(Exception):
    """No supported file was found in the inputs given."""


class Outcome(BaseModel):
    """What extracting one content gave, as stored in ``results/``."""

    sha256: str
    pipeline_version: str
    status: Status
    reason: str | None = None
    seconds: float = 0.0
    peak_memory_mb: float | None = None
    extraction: Extraction


@dataclass(frozen=True)
class Source:
    """One input file: where it is, its name in the dataset, its content hash."""

    path: str
    source_file: str  # path relative to the inputs' common folder, with /
    sha256: str
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class Job:
    """One extraction for a worker: picklable, the same for every engine."""

    path: str
    source_file: str
    sha256: str
    out: str  # the output folder (URL) the worker writes the Outcome into
    max_pages: int = ReadOptions.max_pages
    max_megabytes: float = ReadOptions.max_megabytes
    # seconds the job may read before readers stop at the next page (engines that cannot
    # kill a task: Dask); None: no such limit
    read_seconds: float | None = None


@dataclass(frozen=True)
class Summary:
    """What a worker sends back: enough for the progress line and the manifest."""

    sha256: str
    status: Status
    reason: str | None
    pages: int
    seconds: float
    peak_memory_mb: float | None


# --- the output folder ------------------------------------------------------------------

def outcome_path(root: str, sha256: str) -> str:
    return f"{root}/{RESULTS}/{sha256[:2]}/{sha256}.json.gz"


def save_outcome(out: str, outcome: Outcome) -> None:
    fs, root = filesystem(out)
    data = gzip.compress(outcome.model_dump_json().encode(), mtime=0)
    atomic_write(fs, outcome_path(root, outcome.sha256), data)


def load_outcome(fs, root: str, sha256: str) -> Outcome | None:
    """The stored Outcome, or None when there is none or it cannot be read (then redone)."""
    try:
        with fs.open(outcome_path(root, sha256), "rb") as handle:
            return Outcome.model_validate_json(gzip.decompress(handle.read()))
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - a damaged result is redone, not trusted
        return None


# --- finding and hashing the inputs -------------------------------------------------------

def find_inputs(inputs: Sequence[str | Path]) -> list[tuple[Path, str]]:
    """Supported files named, or found below folders named, each once, with their name in
    the dataset: the path relative to the folder the inputs share (a folder given counts as
    its own root, a file as its folder's), so two ``ita2566.pdf`` in two folders stay apart."""
    roots = [Path(i).resolve() if Path(i).is_dir() else Path(i).resolve().parent for i in inputs]
    common = Path(os.path.commonpath(roots)) if roots else Path(".")
    found: dict[Path, str] = {}
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            paths = sorted(p for p in path.rglob("*") if p.is_file()
                           and p.suffix.lower() in supported_extensions()
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            paths = [path]
        for p in paths:
            resolved = p.resolve()
            found.setdefault(resolved, resolved.relative_to(common).as_posix())
    return sorted(((p, name) for p, name in found.items()), key=lambda pn: pn[1])


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def hash_sources(found: list[tuple[Path, str]], known: dict[str, tuple[int, int, str]]
                 ) -> tuple[list[Source], list[Problem]]:
    """Sources with their hashes (``known``: the last manifest's size, mtime and hash by
    name, reused while both match); files that cannot be opened become Problems."""
    sources, problems = [], []
    for path, name in found:
        try:
            stat = path.stat()
            previous = known.get(name)
            if previous and previous[:2] == (stat.st_size, stat.st_mtime_ns):
                sha = previous[2]
            else:
                sha = file_sha256(path)
        except OSError as exc:
            problems.append(Problem(report_id=None, source_file=name, stage="ingest",
                                    severity=Severity.ERROR, code="unreadable_file",
                                    message=f"cannot read file: {exc.strerror or exc}"))
            continue
        sources.append(Source(str(path), name, sha, stat.st_size, stat.st_mtime_ns))
    return sources, problems


# --- one job, in a worker -----------------------------------------------------------------

def peak_memory_mb() -> float:
    """This process's peak resident memory so far (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def status_of(extraction: Extraction) -> tuple[Status, str | None]:
    if extraction.report is not None:
        return "done", None
    if not extraction.problems:
        return "failed", "no report and no reason"
    first = next((p for p in extraction.problems if p.code in REJECTING_CODES),
                 extraction.problems[0])
    return ("rejected" if first.code in REJECTING_CODES else "failed"), \
        f"{first.code}: {first.message.splitlines()[0]}"


def run_job(job: Job) -> Summary:
    """Extract one file and store its Outcome: the task every engine runs."""
    started = time.perf_counter()
    deadline = time.monotonic() + job.read_seconds if job.read_seconds else None
    extraction = extract_file(job.path, ReadOptions(max_pages=job.max_pages,
                                                    max_megabytes=job.max_megabytes,
                                                    deadline=deadline))
    status, reason = status_of(extraction)
    outcome = Outcome(sha256=job.sha256, pipeline_version=pipeline_version(), status=status,
                      reason=reason, seconds=round(time.perf_counter() - started, 3),
                      peak_memory_mb=peak_memory_mb(), extraction=extraction)
    save_outcome(job.out, outcome)
    return summary_of(outcome)


def summary_of(outcome: Outcome) -> Summary:
    return Summary(outcome.sha256, outcome.status, outcome.reason,
                   len(outcome.extraction.pages), outcome.seconds, outcome.peak_memory_mb)


def failed_outcome(job: Job, code: str, message: str) -> Outcome:
    """The Outcome of a job whose worker gave nothing back."""
    problem = Problem(report_id=job.sha256[:16], source_file=job.source_file, stage="ingest",
                      severity=Severity.ERROR, code=code, message=message)
    return Outcome(sha256=job.sha256, pipeline_version=pipeline_version(), status="failed",
                   reason=f"{code}: {message}", extraction=Extraction(problems=[problem]))


Task = Callable[[Job], Summary]
OnResult = Callable[[Job, Summary], None]


# --- engines ------------------------------------------------------------------------------

def run_local(jobs: list[Job], workers: int, timeout: float | None, on_result: OnResult,
              task: Task = run_job) -> None:
    """Jobs on ``workers`` processes (pebble): a job over ``timeout`` seconds is stopped and
    its worker replaced, a worker that dies is replaced; both become failed Outcomes."""
    from pebble import ProcessExpired, ProcessPool

    with ProcessPool(max_workers=workers) as pool:
        futures: dict[Future[Summary], Job] = {
            pool.schedule(task, args=(job,), timeout=timeout): job for job in jobs}
        for future in as_completed(futures):
            job = futures[future]
            try:
                summary = future.result()
            except FutureTimeout:
                summary = _record_failure(job, "timeout", f"stopped after {timeout:g} s "
                                          "(--timeout); a scan this long may need more")
            except ProcessExpired as exc:
                summary = _record_failure(job, "worker_died", "the worker process died while "
                                          f"reading this file (exit code {exc.exitcode})")
            except Exception as exc:  # noqa: BLE001 - e.g. the Outcome could not be written
                summary = _record_failure(job, "job_crashed", f"{type(exc).__name__}: {exc}")
            on_result(job, summary)


def run_dask(jobs: list[Job], scheduler: str | None, workers: int, on_result: OnResult,
             task: Task = run_job) -> None:
    """Jobs on a Dask distributed cluster (``scheduler``: its address; None starts a local
    cluster of ``workers`` processes).  Workers must see the input paths and the output URL.
    A job whose workers keep dying ends as a failed Outcome (Dask's KilledWorker).  A running
    Dask task cannot be stopped from outside, so the per-file time limit is kept by the
    readers themselves (``Job.read_seconds``: checked before each page)."""
    from distributed import Client, LocalCluster
    from distributed import as_completed as dask_completed

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            futures = {}
            for job in jobs:
                future = client.submit(task, job, key=f"ita-{job.sha256}", pure=False)
                futures[future.key] = (future, job)
            for future in dask_completed([f for f, _ in futures.values()]):
                job = futures[future.key][1]
                try:
                    summary = future.result()
                except Exception as exc:  # noqa: BLE001 - KilledWorker, a crash, a lost file
                    code = "worker_died" if type(exc).__name__ == "KilledWorker" else "job_crashed"
                    summary = _record_failure(job, code, f"{type(exc).__name__}: {exc}")
                on_result(job, summary)
    finally:
        if cluster is not None:
            cluster.close()


def warm_up() -> None:
    """Build the word dictionary, gazetteer and compiled patterns once in the parent, before
    the workers are forked, so each worker does not spend its first second on them."""
    from ita.extract import extract_document
    from ita.ingest import numerals
    from ita.schema import Document, Page, Paragraph

    text = ("รายงานผลการประเมินคุณธรรมและความโปร่งใส (ITA) องค์การบริหารส่วนตำบลตัวอย่าง "
            "อำเภอเมือง จังหวัดพังงา ประจำปีงบประมาณ พ.ศ. ๒๕๖๖")
    extract_document(Document(report_id="0" * 16, source_file="warm-up", source_sha256="0" * 64,
                              format="text", pages=[Page(number=1, blocks=[
                                  Paragraph(text=text, page=1)])]))
    numerals.classifier()


def _record_failure(job: Job, code: str, message: str) -> Summary:
    outcome = failed_outcome(job, code, message)
    save_outcome(job.out, outcome)
    return summary_of(outcome)


# --- progress -----------------------------------------------------------------------------

@dataclass
class Progress:
    """Files, pages, pages/s, ETA and failures: a bar on a terminal, log lines otherwise."""

    total: int
    mode: str = "auto"  # bar, lines, off, or auto: bar on a terminal, else lines
    done: int = 0
    pages: int = 0
    failures: int = 0
    started: float = field(default_factory=time.perf_counter)

    def __post_init__(self) -> None:
        if self.mode == "auto":
            self.mode = "bar" if sys.stderr.isatty() else "lines"
        self.bar = None
        if self.mode == "bar" and self.total:
            from tqdm import tqdm

            self.bar = tqdm(total=self.total, unit="file", dynamic_ncols=True, file=sys.stderr)

    def update(self, job: Job, summary: Summary) -> None:
        self.done += 1
        self.pages += summary.pages
        self.failures += summary.status != "done"
        rate = self.pages / max(1e-9, time.perf_counter() - self.started)
        if self.bar is not None:
            self.bar.set_postfix(pages=self.pages, pages_s=f"{rate:.1f}", failed=self.failures,
                                 refresh=False)
            self.bar.update(1)
            return
        if self.mode == "off":
            return
        note = f"{summary.pages} pages" if summary.status == "done" else \
            f"{summary.status}: {summary.reason}"
        print(f"[{self.done}/{self.total}] {job.source_file}: {note} in {summary.seconds:.2f}s "
              f"({rate:.1f} pages/s, {self.failures} not done)", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# --- the batch ----------------------------------------------------------------------------

@dataclass
class BatchResult:
    sources: int
    extracted: int  # jobs run in this call
    reused: int  # contents whose stored Outcome was kept
    statuses: dict[str, int]
    tables: dict[str, str]
    seconds: float


def read_manifest(fs, root: str) -> list[dict]:
    """The last finished run's manifest rows ([] when there is none or it is damaged)."""
    try:
        with fs.open(f"{root}/manifest.parquet", "rb") as handle:
            return pq.read_table(handle).to_pylist()
    except (FileNotFoundError, pa.ArrowInvalid, OSError):
        return []


def plan(sources: list[Source], fs, root: str, out: str, force: bool, options: ReadOptions,
         manifest: list[dict]) -> tuple[list[Job], int]:
    """The jobs to run (one per content that needs extracting) and how many are reused.  The
    last manifest vouches for the stored Outcomes it lists (it is written after them); others
    are opened to see their version and status."""
    version = pipeline_version()
    listed = {r["sha256"]: r for r in manifest if r["duplicate_of"] is None}
    first: dict[str, Source] = {}
    for source in sources:
        first.setdefault(source.sha256, source)
    jobs, reused = [], 0
    for sha, source in first.items():
        if not force:
            row = listed.get(sha)
            if row and row["pipeline_version"] == version and row["status"] != "failed" \
                    and fs.exists(outcome_path(root, sha)):
                reused += 1
                continue
            stored = None if row else load_outcome(fs, root, sha)
            if stored and stored.pipeline_version == version and stored.status != "failed":
                reused += 1
                continue
        jobs.append(Job(source.path, source.source_file, sha, out, options.max_pages,
                        options.max_megabytes))
    return jobs, reused


def count_statuses(manifest: Iterable[dict]) -> dict[str, int]:
    """Contents done, rejected and failed: the manifest's rows that are not duplicates."""
    statuses = {"done": 0, "rejected": 0, "failed": 0}
    for row in manifest:
        if row["duplicate_of"] is None:
            statuses[row["status"]] += 1
    return statuses


def unchanged(sources: list[Source], manifest: list[dict], fs, root: str
              ) -> dict[str, int] | None:
    """When nothing was extracted and the last manifest lists exactly these files as they are
    now, by this pipeline version, its tables stand (the manifest is written after them): the
    statuses to report; else None."""
    version = pipeline_version()
    now = [(s.source_file, s.sha256, s.size, s.mtime_ns) for s in sources]
    then = [(r["source_file"], r["sha256"], r["size_bytes"], r["mtime_ns"]) for r in manifest]
    if now != then or any(r["pipeline_version"] != version for r in manifest) or not all(
            fs.exists(f"{root}/{name}.parquet") for name in TABLES):
        return None
    return count_statuses(manifest)


def with_source_file(extraction: Extraction, name: str) -> Extraction:
    """The records of an Outcome named after the file as it is called now (renamed files)."""
    report = extraction.report.model_copy(update={"source_file": name}) \
        if extraction.report else None
    problems = [p.model_copy(update={"source_file": name}) for p in extraction.problems]
    return extraction.model_copy(update={"report": report, "problems": problems})


def rebuild(sources: list[Source], unread: list[Problem], fs, root: str
            ) -> tuple[dict[str, str], dict[str, int]]:
    """The five tables and the manifest, from the stored Outcomes of ``sources`` (each content
    read once, however many files hold it)."""
    extractions: list[Extraction] = [Extraction(problems=[p]) for p in unread]
    rows: list[dict] = []
    first: dict[str, tuple[Source, Outcome]] = {}
    for source in sources:
        if source.sha256 not in first:
            outcome = load_outcome(fs, root, source.sha256)
            if outcome is None:  # cannot happen after a run; a damaged store says so
                outcome = failed_outcome(Job(source.path, source.source_file, source.sha256, ""),
                                         "result_missing", "no stored result for this file")
            first[source.sha256] = (source, outcome)
        original, outcome = first[source.sha256]
        duplicate = original is not source
        if duplicate:
            extractions.append(Extraction(problems=[Problem(
                report_id=source.sha256[:16], source_file=source.source_file, stage="ingest",
                severity=Severity.INFO, code="duplicate_file",
                message=f"same content as {original.source_file}; extracted once")]))
        else:
            extractions.append(with_source_file(outcome.extraction, source.source_file))
        rows.append({
            "source_file": source.source_file, "sha256": source.sha256,
            "size_bytes": source.size, "mtime_ns": source.mtime_ns, "status": outcome.status,
            "reason": outcome.reason, "pipeline_version": outcome.pipeline_version,
            "report_id": outcome.extraction.report.report_id
            if outcome.extraction.report else None,
            "pages": len(outcome.extraction.pages), "seconds": outcome.seconds,
            "peak_memory_mb": outcome.peak_memory_mb,
            "duplicate_of": original.source_file if duplicate else None})
    tables = write_dataset(extractions, root, fs=fs)
    manifest = to_table(ManifestEntry, [ManifestEntry(**row) for row in rows])
    tables["manifest"] = f"{root}/manifest.parquet"
    atomic_write(fs, tables["manifest"], parquet_bytes(manifest))
    return tables, count_statuses(rows)


def extract_batch(inputs: Sequence[str | Path], out: str, *, workers: int | None = None,
                  force: bool = False, timeout: float | None = DEFAULT_TIMEOUT,
                  max_pages: int = ReadOptions.max_pages,
                  max_megabytes: float = ReadOptions.max_megabytes, engine: str = "local",
                  scheduler: str | None = None, task: Task = run_job,
                  progress: str = "auto") -> BatchResult:
    """Extract every input into ``out`` incrementally (see the module's docstring);
    NoInputs when no input file is found (nothing is written then).  ``progress``: ``bar``, ``lines`` (one log line per file), ``off``, or ``auto`` (a bar on
    a terminal, lines otherwise)."""
    started = time.perf_counter()
    found = find_inputs(inputs)
    if not found:
        raise NoInputs("no input files found")
    workers = workers or os.cpu_count() or 1
    fs, root = filesystem(str(out))
    fs.makedirs(root, exist_ok=True)
    remove_temporaries(fs, root)
    manifest = read_manifest(fs, root)
    known = {r["source_file"]: (r["size_bytes"], r["mtime_ns"], r["sha256"]) for r in manifest}
    sources, unread = hash_sources(found, known)
    jobs, reused = plan(sources, fs, root, str(out), force,
                        ReadOptions(max_pages=max_pages, max_megabytes=max_megabytes), manifest)
    bar = Progress(len(jobs), mode=progress)
    if jobs and engine == "local":
        warm_up()
    try:
        if engine == "dask":  # a Dask task cannot be killed: readers stop by themselves
            jobs = [replace(job, read_seconds=timeout) for job in jobs]
            run_dask(jobs, scheduler, workers, bar.update, task)
        elif engine == "local":
            run_local(jobs, workers, timeout, bar.update, task)
        else:
            raise ValueError(f"unknown engine {engine!r}: local or dask")
    finally:
        bar.close()
    statuses = None if jobs or unread else unchanged(sources, manifest, fs, root)
    if statuses is not None:
        tables = {name: f"{root}/{name}.parquet" for name in [*TABLES, "manifest"]}
    else:
        tables, statuses = rebuild(sources, unread, fs, root)
    return BatchResult(len(sources), len(jobs), reused, statuses, tables,
                       round(time.perf_counter() - started, 3))


def iter_summaries(result: BatchResult) -> Iterable[str]:
    yield (f"{result.sources} files: {result.extracted} extracted, {result.reused} unchanged "
           f"and reused; {result.statuses['done']} reports, {result.statuses['rejected']} "
           f"rejected, {result.statuses['failed']} failed ({result.seconds:.1f} s)")
    for name, path in result.tables.items():
        yield f"  {name:<10} {path}"
