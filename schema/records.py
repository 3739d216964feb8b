"""The dataset records: one Report per input, its IndicatorScores, Measures and Problems.

Values are normalised (ASCII digits, ISO dates, canonical names); the text they were read from
is kept beside them in ``*_raw`` or ``*_text`` fields.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

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


class Report(_Record):
    """What a report says about itself."""

    report_id: str = Field(description="First 16 hex digits of the input's SHA-256")
    source_file: str = Field(description="The input's file name")
    source_sha256: str
    format: str = Field(description="Input format: text, docx, pdf, image")
    pipeline_version: str
    page_count: int = 0
    organisation: str | None = Field(None, description="Full canonical name of the local government")
    organisation_raw: str | None = Field(None, description="The name as first written")
    org_type: OrgType | None = None
    district: str | None = Field(None, description="อำเภอ as the DOPA gazetteer names it (as "
                                 "written when the gazetteer has no such district)")
    district_code: str | None = Field(None, description="DOPA code of the district (4 digits)")
    district_raw: str | None = Field(None, description="อำเภอ as the report writes it")
    province: str | None = Field(None, description="จังหวัด as the DOPA gazetteer names it; "
                                 "filled from the district when only the district is written")
    province_code: str | None = Field(None, description="DOPA code of the province (2 digits)")
    province_raw: str | None = Field(None, description="จังหวัด as the report writes it")
    assessment_year: int | None = Field(None, description="B.E. year whose ITA results are analysed")
    plan_year: int | None = Field(None, description="B.E. fiscal year the measures are for")
    overall_score: float | None = None
    grade: Grade | None = None


class IndicatorScore(_Record):
    report_id: str
    indicator_no: int = Field(ge=1, le=10)
    tool: Tool
    indicator: str = Field(description="Canonical Thai name of the indicator")
    name_raw: str = Field(description="The indicator's name as written")
    score: float | None = Field(None, description="0-100, two decimals, as the report states")
    score_raw: str | None = None
    note: str | None = Field(None, description="Text written beside the score, e.g. (คะแนนเพิ่มขึ้น)")
    analysis: str | None = Field(None, description="The report's analysis of this indicator")
    source: Literal["table", "text"]
    page: int
    score_confidence: float | None = Field(None, description="Scanned reports: recognition "
                                           "confidence of the score's cell (0-100); None when "
                                           "the score was not read by OCR from a table")


class Measure(_Record):
    """One row of a measure table (a row continued across a page break is one row)."""

    report_id: str
    seq: int = Field(description="Order of the measure within its report, from 1")
    tool: Tool | None = None
    indicator_no: int | None = Field(None, ge=1, le=10)
    indicator: str | None = None
    issue_code: str | None = Field(None, description='ประเด็น code in plan layouts, e.g. "2.3"')
    measure: str | None = Field(None, description="The measure, project or activity")
    analysis: str | None = Field(None, description="The analysis or issue the measure answers")
    steps: str | None = None
    kpi: str | None = Field(None, description="The activity's own indicator (not an ITA one)")
    responsible_units: list[str] = Field(default_factory=list)
    responsible_raw: str | None = None
    period_text: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    monitoring: str | None = None
    status: Literal["done", "not_done"] | None = None
    page: int


class Problem(_Record):
    report_id: str | None
    source_file: str
    page: int | None = None
    stage: Literal["ingest", "parse", "normalise", "validate", "write"]
    severity: Severity
    code: str
    message: str


class PageText(_Record):
    report_id: str
    page: int
    method: str = Field(description="How the text was got: native, text_layer or ocr")
    text: str = Field(description="The page's normalised text, tables as tab-separated rows")
    quality: float | None = Field(None, description="Share of Thai characters in dictionary "
                                  "words (0-1); None when the page has no Thai")
    ocr_confidence: float | None = Field(None, description="OCR pages: mean recognition "
                                         "confidence of the page's words (0-100, numbers by "
                                         "the numeral reader); None for other pages")


class Extraction(_Record):
    """Everything extracted from one input file."""

    report: Report | None = None
    indicators: list[IndicatorScore] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    pages: list[PageText] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)
