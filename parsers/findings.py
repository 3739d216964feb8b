"""What a parser hands back: records under construction and problems, with their pages."""

from __future__ import annotations

from dataclasses import dataclass, field

from ita.schema import IndicatorScore, Measure, Severity


@dataclass
class Finding:
    """A problem found while parsing, before it is tied to a report and file."""

    code: str
    message: str
    page: int | None = None
    severity: Severity = Severity.WARNING
    stage: str = "parse"


@dataclass
class Parsed:
    indicators: list[IndicatorScore] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def problem(self, code: str, message: str, page: int | None = None,
                severity: Severity = Severity.WARNING) -> None:
        self.findings.append(Finding(code, message, page, severity))
