"""The dataset records: one Report per input, its IndicatorScores, Measures and Problems.

Values are normalised (ASCII digits, ISO dates, canonical names); the text they were read from
is kept beside them in ``*_raw`` or ``*_text`` fields.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, Literal

from ita.schema.problem_codes import PROBLEM_CODES
from pydantic import BaseModel, ConfigDict, Field, field_validator

Tool = Literal["IIT", "EIT", "OIT"]
OrgType = Literal[
    "อบจ.", "เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล", "อบต.", "เมืองพัทยา", "กรุงเทพมหานคร"
]
Grade = Literal["AA", "A", "B", "C", "D", "E", "F", "ผ่าน", "ไม่ผ่าน"]


class Severity(StrEnum):
    INFO = "info"  # worth knowing, nothing wrong with the data
    WARNING = "warning"  # the report is inconsistent or something was not found
    ERROR = "error"  # a value or the whole file could not be read


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


def column(meaning: str, example: Any = None, default: Any = ..., **kwargs: Any) -> Any:
    """A record field with its meaning and an example, for docs/DATA.md and ``ita schema``."""
    examples = [example] if example is not None else None
    return Field(default, description=meaning, examples=examples, **kwargs)


REPORT_ID = "First 16 hex digits of the input's SHA-256: the same file always gets the same id"


class Report(_Record):
    """What a report says about itself: one row per input file that is an ITA report."""

    report_id: str = column(REPORT_ID, "42136bed46e24e6d")
    source_file: str = column("The input's path below the folder given to ita extract",
                              "2566/พังงา/ita_report.pdf")
    source_sha256: str = column("SHA-256 of the input file",
                                "42136bed46e24e6d" + "0" * 48)
    format: str = column("Input format: text, docx, doc, pdf, image", "pdf")
    pipeline_version: str = column("Release and code digest of the pipeline that extracted it",
                                   "0.1.0+3f2a9c1b7d")
    page_count: int = column("Pages read", 17, 0)
    doc_kind: Literal["analysis_report", "measures_announcement"] = column(
        "What the document is: an organisation's analysis of its own ITA scores, or an "
        "announcement of its measures (other ITA documents and non-ITA files give no report "
        "row: see problems not_an_analysis_report, not_an_ita_report)", "analysis_report",
        "analysis_report")
    doc_kind_reasons: list[str] = column("The cues that decided doc_kind",
                                         ["title: วิเคราะห์ผลการประเมิน", "ten indicator names "
                                          "with scores"], default_factory=list)
    organisation: str | None = column("Full canonical name of the local government",
                                      "องค์การบริหารส่วนตำบลเหล", None)
    organisation_raw: str | None = column("The name as first written", "อบต.เหล", None)
    org_type: OrgType | None = column("Kind of local government", "อบต.", None)
    district: str | None = column("อำเภอ as the DOPA gazetteer names it (as written when the "
                                  "gazetteer has no such district in the province)", "กะปง",
                                  None)
    district_code: str | None = column("DOPA code of the district (4 digits)", "8203", None)
    district_raw: str | None = column("อำเภอ as the report writes it", "กะปอง", None)
    province: str | None = column("จังหวัด as the DOPA gazetteer names it; filled from the "
                                  "district when only the district is written", "พังงา", None)
    province_code: str | None = column("DOPA code of the province (2 digits)", "82", None)
    province_raw: str | None = column("จังหวัด as the report writes it", "พังงา", None)
    assessment_year: int | None = column("B.E. year whose ITA results are analysed", 2564, None)
    plan_year: int | None = column("B.E. fiscal year the measures are for", 2565, None)
    overall_score: float | None = column("Overall ITA score, 0-100, as the report states it",
                                         84.72, None)
    grade: Grade | None = column("Grade as written: AA…F, or ผ่าน/ไม่ผ่าน from 2567", "B", None)


class IndicatorScore(_Record):
    """One row per indicator score a report gives (ten per report when all are found)."""

    report_id: str = column(REPORT_ID, "42136bed46e24e6d")
    indicator_no: int = column("ITA indicator number, 1-10", 9, ge=1, le=10)
    tool: Tool = column("Assessment tool: IIT (1-5), EIT (6-8), OIT (9-10)", "OIT")
    indicator: str = column("Canonical Thai name of the indicator", "การเปิดเผยข้อมูล")
    name_raw: str = column("The indicator's name as written", "การเปิดเผยข้อมูล")
    score: float | None = column("0-100, two decimals, as the report states", 81.35, None)
    score_raw: str | None = column("The score as written", "๘๑.๓๕", None)
    note: str | None = column("Text written beside the score", "(คะแนนเพิ่มขึ้น)", None)
    analysis: str | None = column("The report's analysis of this indicator",
                                  "หน่วยงานควรเผยแพร่ข้อมูล…", None)
    source: Literal["table", "text"] = column("Where the score was read: a table or the prose",
                                              "table")
    page: int = column("Page the score is on", 3)
    score_confidence: float | None = column("Scanned reports: recognition confidence of the "
                                            "score's cell (0-100); None when the score was not "
                                            "read by OCR from a table", 99.8, None)
    previous_score: float | None = column("The score of an earlier assessment the report "
                                          "states beside this one (a table comparing two "
                                          "years); None when it states none", 79.10, None)
    previous_year: int | None = column("B.E. year of previous_score", 2565, None)
    box: list[float] | None = column("PDFs and scans: where the value was read, [x0, top, "
                                     "x1, bottom] of its cell or paragraph in PDF points "
                                     "(1/72 inch) from the page's top-left corner; None for "
                                     "text and DOCX inputs", [72.0, 310.5, 190.2, 332.0], None)


class Measure(_Record):
    """One row of a measure table (a row continued across a page break is one row)."""

    report_id: str = column(REPORT_ID, "42136bed46e24e6d")
    seq: int = column("Order of the measure within its report, from 1", 1)
    tool: Tool | None = column("Tool of the indicator the measure is for", "IIT", None)
    indicator_no: int | None = column("Indicator the measure is for, 1-10", 1, None, ge=1, le=10)
    indicator: str | None = column("Canonical name of that indicator", "การปฏิบัติหน้าที่", None)
    issue_code: str | None = column("ประเด็น code in plan layouts", "2.3", None)
    measure: str | None = column("The measure, project or activity",
                                 "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", None)
    analysis: str | None = column("The analysis or issue the measure answers",
                                  "ผู้รับบริการเห็นว่า…", None)
    steps: str | None = column("How it will be carried out", "จัดทำคู่มือ…", None)
    kpi: str | None = column("The activity's own indicator (not an ITA one)",
                             "ร้อยละของบุคลากรที่เข้าร่วม", None)
    responsible_units: list[str] = column("Units responsible, canonical names",
                                          ["สำนักปลัด", "กองคลัง"], default_factory=list)
    responsible_raw: str | None = column("The responsible units as written",
                                         "สำนักปลัด/กองคลัง", None)
    period_text: str | None = column("The period as written", "ต.ค. ๖๔ - ก.ย. ๖๕", None)
    period_start: dt.date | None = column(
        "First day of the period (ISO, C.E.); a deadline ('ภายในเดือนมีนาคม', "
        "'ภายในไตรมาสที่ ๒') starts on the plan year's first day", "2021-10-01",
                                          None)
    period_end: dt.date | None = column("Last day of the period (ISO, C.E.)", "2022-09-30",
                                        None)
    monitoring: str | None = column("How the measure is followed up", "รายงานผลทุกไตรมาส", None)
    status: Literal["done", "not_done"] | None = column(
        "Whether the report says it was carried out", "done", None)
    page: int = column("Page the row starts on", 5)
    box: list[float] | None = column("PDFs and scans: where the value was read, [x0, top, "
                                     "x1, bottom] of its cell or paragraph in PDF points "
                                     "(1/72 inch) from the page's top-left corner; None for "
                                     "text and DOCX inputs", [72.0, 310.5, 190.2, 332.0], None)


class Problem(_Record):
    """Anything odd, inconsistent, unparsed or failed: one row per finding."""

    report_id: str | None = column("The report it concerns (None: the file could not be "
                                   "hashed)", "42136bed46e24e6d")
    source_file: str = column("The input's path below the folder given", "2566/ita.pdf")
    page: int | None = column("Page it concerns, when one", 4, None)
    stage: Literal["ingest", "parse", "normalise", "validate", "write"] = column(
        "Pipeline stage that found it", "validate")
    severity: Severity = column("info (worth knowing), warning (inconsistent or not found), "
                                "error (could not be read)", "warning")
    code: str = column("Problem code (the table below lists them)", "overall_score_mismatch")
    message: str = column("What is wrong, in words", "overall 84.72 ≠ 0.3·IIT + 0.3·EIT + 0.4·OIT "
                          "= 85.10")


    @field_validator("code")
    @classmethod
    def _registered(cls, code: str) -> str:
        if code not in PROBLEM_CODES:
            raise ValueError(f"problem code {code!r} is not in schema/problem_codes.py")
        return code


class PageText(_Record):
    """One row per page read."""

    report_id: str = column(REPORT_ID, "42136bed46e24e6d")
    page: int = column("Page number, from 1", 1)
    method: str = column("How the text was got: native, text_layer or ocr", "ocr")
    text: str = column("The page's normalised text, tables as tab-separated rows",
                       "รายงานการวิเคราะห์ผลการประเมิน…")
    quality: float | None = column("Share of Thai characters in dictionary words (0-1); None "
                                   "when the page has no Thai", 0.97, None)
    ocr_confidence: float | None = column("OCR pages: mean recognition confidence of the "
                                          "page's words (0-100, numbers by the numeral "
                                          "reader); None for other pages", 94.1, None)


class ManifestEntry(_Record):
    """One row per input file of the last ``ita extract`` run (``manifest.parquet``)."""

    source_file: str = column("The input's path below the folder given", "2566/ita.pdf")
    sha256: str = column("SHA-256 of its content", "42136bed46e24e6d" + "0" * 48)
    size_bytes: int = column("Size in bytes", 1843200, json_schema_extra={"arrow": "int64"})
    mtime_ns: int = column("Modification time (ns since 1970)", 1763700000000000000,
                           json_schema_extra={"arrow": "int64"})
    status: Literal["done", "rejected", "failed"] = column(
        "done: a report was extracted; rejected: cannot be a report (not retried); failed: "
        "timeout, dead worker or crash (retried)", "done")
    reason: str | None = column("Why it is not done", "timeout: stopped after 1200 s", None)
    pipeline_version: str = column("Pipeline that extracted it", "0.1.0+3f2a9c1b7d")
    report_id: str | None = column(REPORT_ID, "42136bed46e24e6d", None)
    pages: int = column("Pages read", 17)
    seconds: float = column("Seconds its extraction took", 2.41)
    peak_memory_mb: float | None = column("Peak memory of the worker that read it (MB)", 331.9,
                                          None)
    duplicate_of: str | None = column("The file with the same content that holds its report",
                                      "2566/ita_copy.pdf", None)


class Extraction(_Record):
    """Everything extracted from one input file."""

    report: Report | None = None
    indicators: list[IndicatorScore] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    pages: list[PageText] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)
