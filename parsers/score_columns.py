"""What each column of an indicator-score table holds, decided from header words and content.

Real score tables have one number column or several: the scores of two (or more) years with a
difference column, a rank (ลำดับ/อันดับ, which is not the indicator's number), a per-indicator
grade, the national average, the full mark.  Each column gets one :class:`ColumnRole`; the
score is the column of the assessment year when years are written, else the one column that
can only be a score.  A table whose number columns cannot be told apart gives no scores.

>>> column_role("ปี ๒๕๖๖").kind, column_role("ปี ๒๕๖๖").year
('year', 2566)
>>> column_role("ผลต่าง (+/-)").kind, column_role("อันดับ").kind, column_role("ระดับ").kind
('difference', 'rank', 'grade')
>>> column_role("คะแนนเฉลี่ยระดับประเทศ").kind, column_role("คะแนนเต็ม").kind
('reference', 'reference')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ita.normalise.digits import thai_to_ascii_digits
from ita.normalise.lexicons import load
from ita.normalise.text import compact

_YEAR = re.compile(r"(?<![0-9])(25[5-9][0-9])(?![0-9])")
_SHORT_YEAR = re.compile(r"(?:ปี|พ\.ศ\.)\s*([5-9][0-9])(?![0-9])")


@dataclass(frozen=True)
class ColumnRole:
    kind: str  # year, score, difference, rank, number, grade, reference, tool, analysis, other
    year: int | None = None
    header: str = ""


@cache
def _cues() -> tuple[tuple[str, str, bool], ...]:
    """(kind, cue, exact) in the lexicon's order."""
    return tuple((row["kind"], compact(row["cue"]), row["match"] == "exact")
                 for row in load("score_columns"))


def _matches(key: str, cue: str, exact: bool) -> bool:
    return key == cue if exact else cue in key


def year_in(text: str) -> int | None:
    """The B.E. year a header names ("ปี ๒๕๖๖", "พ.ศ. 66", "ITA 2566").

    >>> year_in("ผลคะแนนปี ๖๕"), year_in("คะแนน"), year_in("พ .ศ. ๒๕ ๖๖")
    (2565, None, 2566)
    """
    # a PDF's text layer may part a number's digits ("๒๕ ๖๖")
    ascii_text = re.sub(r"(?<=[0-9]) (?=[0-9])", "", thai_to_ascii_digits(text))
    if match := _YEAR.search(ascii_text):
        return int(match.group(1))
    if match := _SHORT_YEAR.search(ascii_text):
        return 2500 + int(match.group(1))
    return None


def column_role(header: str) -> ColumnRole:
    """The role a header names; ``other`` when it names none (content may decide)."""
    key = compact(header).lower()
    if not key:
        return ColumnRole("other", header=header)
    for kind, cue, exact in _cues():
        if kind in ("difference", "reference") and _matches(key, cue, exact):
            return ColumnRole(kind, header=header)
    year = year_in(header)
    if year is not None:
        return ColumnRole("year", year, header)
    for kind, cue, exact in _cues():
        if kind not in ("difference", "reference") and _matches(key, cue, exact):
            return ColumnRole(kind, header=header)
    return ColumnRole("other", header=header)


@dataclass(frozen=True)
class ScoreColumns:
    """Which columns hold the score, the previous year's score and the stated difference."""

    score: int | None
    previous: int | None = None
    previous_year: int | None = None
    difference: int | None = None
    number: int | None = None  # the indicator's own number ("ตัวชี้วัดที่")
    rank: int | None = None  # ลำดับ/อันดับ: a rank or the number, decided by content
    analysis: int | None = None
    ambiguous: str | None = None  # why no score column could be chosen


def choose_columns(roles: dict[int, ColumnRole], numeric: set[int],
                   assessment_year: int | None) -> ScoreColumns:
    """Pick the score column among ``numeric`` columns from their ``roles``.

    >>> r = {1: column_role("๒๕๖๕"), 2: column_role("๒๕๖๖"), 3: column_role("ผลต่าง")}
    >>> c = choose_columns(r, {1, 2, 3}, 2566)
    >>> (c.score, c.previous, c.previous_year, c.difference)
    (2, 1, 2565, 3)
    >>> choose_columns({1: column_role("คะแนน")}, {1}, None).score
    1
    >>> c = choose_columns({1: column_role("ปี ๒๕๖๕")}, {1}, 2566)
    >>> (c.score, c.previous, c.previous_year)
    (None, 1, 2565)
    """
    def of(kind: str) -> list[int]:
        return [c for c in sorted(roles) if roles[c].kind == kind]

    difference = next((c for c in of("difference") if c in numeric), None)
    number = next(iter(of("number")), None)
    rank = next(iter(of("rank")), None)
    analysis = next(iter(of("analysis")), None)
    years = [c for c in of("year") if c in numeric]
    if years and assessment_year is not None \
            and all((roles[c].year or 0) < assessment_year for c in years):
        # only earlier years are written in columns: this year's score stands elsewhere
        # (in the name cell) or nowhere, never in last year's column
        latest = max(years, key=lambda c: roles[c].year or 0)
        return ScoreColumns(None, latest, roles[latest].year, difference, number, rank,
                            analysis)
    if years:
        by_year = sorted(years, key=lambda c: roles[c].year or 0)
        chosen = by_year[-1]
        if assessment_year is not None:
            chosen = next((c for c in years if roles[c].year == assessment_year), chosen)
        earlier = [c for c in by_year if (roles[c].year or 0) < (roles[chosen].year or 0)]
        previous = earlier[-1] if earlier else None
        return ScoreColumns(chosen, previous,
                            roles[previous].year if previous is not None else None,
                            difference, number, rank, analysis)
    scores = [c for c in of("score") if c in numeric]
    unnamed = [c for c in sorted(numeric) if roles.get(c, ColumnRole("other")).kind == "other"]
    if len(scores) == 1:
        return ScoreColumns(scores[0], None, None, difference, number, rank, analysis)
    if not scores and len(unnamed) == 1:
        return ScoreColumns(unnamed[0], None, None, difference, number, rank, analysis)
    if not scores and not unnamed:
        return ScoreColumns(None, number=number, rank=rank, analysis=analysis)
    named = ", ".join(repr(roles[c].header) if c in roles else f"column {c + 1}"
                      for c in (scores or unnamed))
    return ScoreColumns(None, number=number, rank=rank, analysis=analysis,
                        ambiguous=f"several number columns and none named as the score: {named}")
