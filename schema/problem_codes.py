"""Every problem code the pipeline writes, with what it means.

One entry per code: the stage that finds it, its usual severity, whether the file is tried
again by the next run (``retried``), and its meaning for a user.  ``docs/DATA.md`` lists them
(``make docs``); :class:`ita.schema.records.Problem` refuses a code that is not here, so a new
problem is one entry in this table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProblemCode:
    stage: str
    severity: str
    retried: bool
    meaning: str


def _code(stage: str, severity: str, meaning: str, retried: bool = False) -> ProblemCode:
    return ProblemCode(stage, severity, retried, meaning)


PROBLEM_CODES: dict[str, ProblemCode] = {
    # the file itself
    "unreadable_file": _code("ingest", "error", "the file cannot be read: corrupt, empty, "
                             "encrypted, over the size limit, or no text at all"),
    "ingest_crashed": _code("ingest", "error", "reading the file failed unexpectedly (a bug: "
                            "the message has the traceback)", True),
    "parse_crashed": _code("parse", "error", "parsing the document failed unexpectedly (a bug: "
                           "the message has the traceback)", True),
    "timeout": _code("ingest", "error", "the file took longer than --timeout", True),
    "worker_died": _code("ingest", "error", "the worker process died on this file", True),
    "job_crashed": _code("ingest", "error", "the batch job for this file failed", True),
    "result_missing": _code("write", "error", "no stored result for a file of the run", True),
    "duplicate_file": _code("ingest", "info", "the same content as another input: extracted "
                            "once"),
    "mislabelled_file": _code("ingest", "warning", "the file's name says another format than "
                              "its content: read as what it is"),
    "page_cap": _code("ingest", "warning", "pages past --max-pages were left out"),
    "not_an_ita_report": _code("parse", "warning", "the text never mentions the ITA"),
    "not_an_analysis_report": _code("parse", "warning", "an ITA document that is not an "
                                    "organisation's analysis of its own scores or its measures "
                                    "(evidence item, plan, ranking, ministry summary…): no "
                                    "records; the message names the cues"),
    # pages
    "page_not_read": _code("ingest", "warning", "a page with no text layer on which OCR found "
                           "nothing (or Tesseract is not installed)"),
    "damaged_text_layer": _code("ingest", "warning", "a page whose text layer stays damaged "
                                "after repair: records from it may be wrong"),
    # metadata
    "organisation_not_found": _code("parse", "warning", "no local government is named"),
    "organisation_name_variants": _code("parse", "warning", "the organisation is written in "
                                        "several ways; the most frequent is kept"),
    "assessment_year_conflict": _code("parse", "info", "several assessment years are named; "
                                      "the most frequent is kept"),
    "plan_year_conflict": _code("parse", "info", "several plan years are named; the most "
                                "frequent is kept"),
    "plan_year_implied": _code("parse", "info", "the plan year is written only as the next "
                               "fiscal year (ปีงบประมาณถัดไป): the assessment year + 1"),
    "plan_year_not_after_assessment": _code("parse", "warning", "the plan year is not after "
                                            "the assessment year"),
    "overall_score_conflict": _code("parse", "warning", "the report states two overall "
                                    "scores; the first is kept"),
    "grade_conflict": _code("parse", "warning", "the report states two grades; the first is "
                            "kept"),
    "district_spelling": _code("parse", "info", "the district as written was mended to the "
                               "gazetteer's name"),
    "province_spelling": _code("parse", "info", "the province as written was mended to the "
                               "gazetteer's name"),
    "place_from_name": _code("parse", "info", "district or province taken from the "
                             "organisation's name (อบจ. → its province, เทศบาลนคร/เมือง → its "
                             "town's district); the report does not write it"),
    "district_not_in_gazetteer": _code("parse", "warning", "the district is not one of the "
                                       "province's in the DOPA gazetteer: kept as written, no "
                                       "code"),
    "province_not_in_gazetteer": _code("parse", "warning", "the province is not in the DOPA "
                                       "gazetteer: kept as written, no code"),
    # indicator scores
    "indicator_row_unread": _code("parse", "warning", "a row of an indicator table names no "
                                  "indicator"),
    "indicator_number_mismatch": _code("parse", "warning", "the number written beside an "
                                       "indicator is not its number; the name decides"),
    "tool_mismatch": _code("parse", "warning", "an indicator is listed under another tool than "
                           "its own"),
    "indicator_duplicate": _code("parse", "warning", "an indicator appears twice in tables "
                                 "with different scores; the first is kept"),
    "score_unreadable": _code("parse", "error", "an indicator's score cell cannot be read as "
                              "one number: the score is left out"),
    "score_column_ambiguous": _code("parse", "error", "an indicator table has several number "
                                    "columns and none is named as the score: its scores are "
                                    "left out"),
    "score_difference_mismatch": _code("parse", "warning", "a two-year table's stated "
                                       "difference disagrees with its two scores"),
    "tool_score_mismatch": _code("parse", "warning", "a tool's stated total or mean is not the "
                                 "mean of its indicators"),
    "prose_table_mismatch": _code("parse", "warning", "the text gives another score than the "
                                  "table; the table's is kept"),
    "prose_scores_disagree": _code("parse", "warning", "the text gives two scores for one "
                                   "indicator; the first is kept"),
    "score_out_of_range": _code("validate", "error", "a score outside 0-100"),
    "no_indicator_scores": _code("validate", "warning", "no indicator score was found"),
    "indicators_missing": _code("validate", "warning", "scores found for some indicators only"),
    "grade_mismatch": _code("validate", "warning", "2562-2566: the grade is not the band of "
                            "the overall score"),
    "overall_score_mismatch": _code("validate", "warning", "2562-2566: the overall score is "
                                    "not 0.3·IIT + 0.3·EIT + 0.4·OIT of the indicators "
                                    "(±0.02)"),
    # measures
    "no_measures": _code("parse", "warning", "no measure was found"),
    "measure_indicator_unread": _code("parse", "warning", "a measure's indicator cell names no "
                                      "ITA indicator"),
    "period_unread": _code("parse", "warning", "a measure's period names months but cannot be "
                           "read as dates"),
    "earlier_measures_skipped": _code("parse", "info", "a table of an earlier year's measures "
                                      "and their results (its measure column names a year "
                                      "before the plan year, or it only says what was done): "
                                      "not this plan's measures, left out; the message counts "
                                      "its rows"),
}
