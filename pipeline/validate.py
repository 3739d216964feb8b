"""Checks of a report's numbers against each other and the ITA rules.

- every score within 0-100 (the parsers already refuse others);
- 2562-2566: the grade matches the score band, and the overall score equals
  0.3·mean(IIT 1-5) + 0.3·mean(EIT 6-8) + 0.4·mean(OIT 9-10) within ±0.02;
- indicators missing from the report.
Values are never changed: a mismatch becomes a Problem.
"""

from __future__ import annotations

from statistics import mean

from ita.normalise.scores import GRADES, grade_for_score
from ita.parsers.findings import Finding
from ita.schema import IndicatorScore, Report, Severity

FORMULA_YEARS = range(2562, 2567)
FORMULA_TOLERANCE = 0.02
TOOL_WEIGHTS = {"IIT": 0.3, "EIT": 0.3, "OIT": 0.4}


def overall_from_indicators(scores: dict[int, float]) -> float:
    """The 2562-2566 overall score from the ten indicator scores."""
    groups = {"IIT": range(1, 6), "EIT": range(6, 9), "OIT": range(9, 11)}
    return sum(TOOL_WEIGHTS[t] * mean(scores[n] for n in nums) for t, nums in groups.items())


def validate(report: Report, indicators: list[IndicatorScore]) -> list[Finding]:
    findings: list[Finding] = []

    def problem(code: str, message: str, page: int | None = None,
                severity: Severity = Severity.WARNING) -> None:
        findings.append(Finding(code, message, page, severity, stage="validate"))

    for score in indicators:
        if score.score is not None and not 0 <= score.score <= 100:
            problem("score_out_of_range", f"indicator {score.indicator_no}: {score.score}",
                    score.page, Severity.ERROR)
    if report.overall_score is not None and not 0 <= report.overall_score <= 100:
        problem("score_out_of_range", f"overall score {report.overall_score}", None,
                Severity.ERROR)

    found = {s.indicator_no for s in indicators if s.score is not None}
    if not found:
        problem("no_indicator_scores", "no indicator score was found")
    elif len(found) < 10:
        missing = sorted(set(range(1, 11)) - found)
        problem("indicators_missing", f"no score found for indicators {missing}")

    year = report.assessment_year
    if year in FORMULA_YEARS:
        if report.grade in GRADES and report.overall_score is not None:
            expected = grade_for_score(report.overall_score)
            if expected != report.grade:
                problem("grade_mismatch", f"grade {report.grade} stated for overall score "
                        f"{report.overall_score}, whose band is {expected}")
        if report.overall_score is not None and len(found) == 10:
            scores = {s.indicator_no: s.score for s in indicators if s.score is not None}
            computed = overall_from_indicators(scores)  # type: ignore[arg-type]
            if abs(computed - report.overall_score) > FORMULA_TOLERANCE:
                problem("overall_score_mismatch",
                        f"overall score {report.overall_score} stated, but the indicator scores "
                        f"give {computed:.2f} (0.3·IIT + 0.3·EIT + 0.4·OIT, rule of {year})")
    return findings
