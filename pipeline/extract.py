"""One input file → one :class:`Extraction`: ingest → parse → normalise → validate.

Nothing here raises to the caller: a file that cannot be read becomes an Extraction with no
report and an error Problem; any unexpected failure is caught the same way.
"""

from __future__ import annotations

import hashlib
import traceback
from dataclasses import asdict
from pathlib import Path

from ita.ingest import IngestError, read_document
from ita.ingest.errors import ReadTimeout
from ita.ingest.registry import ReadOptions
from ita.normalise.quality import text_damage, thai_text_quality
from ita.parsers import parse_document
from ita.parsers.doc_kind import classify_document
from ita.parsers.findings import Finding
from ita.schema import Document, Extraction, PageText, Problem, Report, Severity, TextMethod
from ita.validate import validate
from ita.version import pipeline_version


def _problem(doc_id: str | None, source_file: str, finding: Finding) -> Problem:
    return Problem(report_id=doc_id, source_file=source_file, page=finding.page,
                   stage=finding.stage,  # type: ignore[arg-type]
                   severity=finding.severity, code=finding.code, message=finding.message)


def _failed(path: Path, stage: str, code: str, message: str) -> Extraction:
    try:
        report_id: str | None = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        report_id = None
    finding = Finding(code, message, None, Severity.ERROR, stage)
    return Extraction(problems=[_problem(report_id, path.name, finding)])


def _file_findings(doc: Document) -> list[Finding]:
    """What is wrong with the file itself, whatever its content: a name that lies about its
    format, pages beyond the page cap."""
    findings = []
    if doc.named_as:
        findings.append(Finding("mislabelled_file", f"the file is named {doc.named_as} but is "
                                f"a {doc.format} file; read as {doc.format}", None,
                                Severity.WARNING, "ingest"))
    if doc.pages_dropped:
        findings.append(Finding("page_cap", f"only the first {len(doc.pages)} pages were read; "
                                f"{doc.pages_dropped} more were left out", None, Severity.WARNING,
                                "ingest"))
    return findings


def extract_document(doc: Document) -> Extraction:
    kind = classify_document(doc)
    if not kind.gives_records:
        if kind.kind == "not_ita":
            finding = Finding("not_an_ita_report", "the text never mentions the ITA "
                              "(การประเมินคุณธรรมและความโปร่งใส); skipped", None,
                              Severity.WARNING, "parse")
        else:
            finding = Finding("not_an_analysis_report", "an ITA document that is not an "
                              "organisation's analysis of its own scores or its measures ("
                              f"{'; '.join(kind.reasons)}); skipped", None, Severity.WARNING,
                              "parse")
        return Extraction(problems=[_problem(doc.report_id, doc.source_file, f)
                                    for f in [finding, *_file_findings(doc)]])
    parsed = parse_document(doc)
    meta = parsed.metadata
    report = Report(
        report_id=doc.report_id,
        source_file=doc.source_file,
        source_sha256=doc.source_sha256,
        format=doc.format,
        pipeline_version=pipeline_version(),
        page_count=len(doc.pages),
        doc_kind=kind.kind,  # type: ignore[arg-type]
        doc_kind_reasons=list(kind.reasons),
        organisation=meta.organisation,
        organisation_raw=meta.organisation_raw,
        org_type=meta.org_type,  # type: ignore[arg-type]
        **asdict(meta.place),  # district, province, their codes and their written forms
        assessment_year=meta.assessment_year,
        plan_year=meta.plan_year,
        overall_score=meta.overall_score,
        grade=meta.grade,  # type: ignore[arg-type]
    )
    findings = (parsed.parsed.findings + validate(report, parsed.parsed.indicators)
                + _file_findings(doc))
    if not parsed.parsed.measures:
        findings.append(Finding("no_measures", "no measure table was found"))
    pages = [PageText(report_id=doc.report_id, page=p.number, method=p.method.value, text=p.text,
                      quality=thai_text_quality(p.text), ocr_confidence=p.confidence)
             for p in doc.pages]
    findings += _page_findings(doc, pages)
    return Extraction(
        report=report,
        indicators=parsed.parsed.indicators,
        measures=parsed.parsed.measures,
        pages=pages,
        problems=[_problem(doc.report_id, doc.source_file, f) for f in findings],
    )


def _page_findings(doc: Document, pages: list[PageText]) -> list[Finding]:
    """Pages whose text could not be read: no text layer and nothing found by OCR (or no
    Tesseract), or a text layer still damaged after repair."""
    findings = []
    for page, text in zip(doc.pages, pages):
        if page.method is TextMethod.OCR and not page.blocks and not page.carried_back:
            findings.append(Finding("page_not_read", f"page {page.number} has no text layer and "
                                    "OCR found no text on it (is tesseract-ocr-tha installed?)",
                                    page.number, Severity.WARNING, "ingest"))
        elif page.method is TextMethod.TEXT_LAYER and (
                damage := text_damage(text.text, text.quality)):
            findings.append(Finding("damaged_text_layer", f"page {page.number}: the text layer "
                                    f"stays damaged after repair ({'; '.join(damage)}); "
                                    "records from it may be wrong", page.number,
                                    Severity.WARNING, "ingest"))
    return findings


def extract_file(path: str | Path, options: ReadOptions | None = None) -> Extraction:
    """Extract one file; every failure is returned as a Problem, never raised."""
    path = Path(path)
    try:
        doc = read_document(path, options)
    except IngestError as exc:
        return _failed(path, "ingest", "unreadable_file", str(exc))
    except ReadTimeout as exc:
        return _failed(path, "ingest", "timeout", str(exc))
    except Exception as exc:  # noqa: BLE001 - a bad file must not stop the batch
        return _failed(path, "ingest", "ingest_crashed",
                       f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)}")
    try:
        return extract_document(doc)
    except Exception as exc:  # noqa: BLE001
        return _failed(path, "parse", "parse_crashed",
                       f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)}")
