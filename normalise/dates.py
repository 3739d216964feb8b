"""Thai dates to ISO dates: day-month-year, ranges, and fiscal-year phrases.

Years are Buddhist Era (B.E. = C.E. + 543), written with 4 digits (๒๕๖๔) or 2 (๖๔ = 2564);
a 4-digit year below 2400 is taken as C.E.  Months come from ``lexicons/months.tsv``: full
names and abbreviations with or without dots (ต.ค. ตค ต.ค).  The Thai fiscal year N (B.E.) runs
from 1 October of N-1 to 30 September of N.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache

from ita.normalise.digits import thai_to_ascii_digits
from ita.normalise.lexicons import load

BE_OFFSET = 543


@cache
def _month_forms() -> list[tuple[str, int]]:
    """(regex for one spelling, month number), longest spellings first."""
    forms: list[tuple[str, int]] = []
    for row in load("months"):
        month = int(row["month"])
        forms.append((re.escape(row["full"]), month))
        for abbr in row["abbreviations"].split("|"):
            letters = [ch for ch in abbr if ch != "."]
            # ต.ค. / ตค / ต.ค / ต. ค. : optional dot and space between letters and at the end
            forms.append((r"\.?\s?".join(map(re.escape, letters)) + r"\.?", month))
    forms.sort(key=lambda f: -len(f[0]))
    return forms


@cache
def _month_pattern() -> str:
    return "|".join(f"(?P<m{i}>{form})" for i, (form, _) in enumerate(_month_forms()))


def _month_of(match: re.Match[str]) -> int:
    forms = _month_forms()
    for name, value in match.groupdict().items():
        if name.startswith("m") and name[1:].isdigit() and value is not None:
            return forms[int(name[1:])][1]
    raise ValueError("no month in match")


def month_number(name: str) -> int:
    """The month number of a Thai month name or abbreviation.

    >>> month_number("ต.ค."), month_number("กันยายน"), month_number("ตค")
    (10, 9, 10)
    """
    match = re.fullmatch(_month_pattern(), name.strip())
    if not match:
        raise ValueError(f"not a Thai month: {name!r}")
    return _month_of(match)


def be_year_to_ce(year_text: str) -> int:
    """A written year as a C.E. year: 2- or 4-digit B.E., or 4-digit C.E.

    >>> be_year_to_ce("๒๕๖๔"), be_year_to_ce("69"), be_year_to_ce("2021")
    (2021, 2026, 2021)
    """
    digits = thai_to_ascii_digits(year_text).strip()
    if not digits.isdigit():
        raise ValueError(f"not a year: {year_text!r}")
    year = int(digits)
    if len(digits) == 2:
        return 2500 + year - BE_OFFSET
    if len(digits) == 4 and 2400 <= year <= 2700:
        return year - BE_OFFSET
    if len(digits) == 4 and 1900 <= year < 2400:
        return year
    raise ValueError(f"not a year: {year_text!r}")


_DAY = r"(?P<day>[0-9]{1,2})"
_YEAR = r"(?P<year>[0-9]{4}|[0-9]{2})(?![0-9])"


@cache
def _date_regex() -> re.Pattern[str]:
    # day? month year?   e.g. "1 ตุลาคม 2564", "30 ก.ย.69", "ตุลาคม 2564", "1 ต.ค."
    return re.compile(
        rf"(?:{_DAY}\s*)?(?:{_month_pattern()})\s*(?:(?:พ\.\s?ศ\.\s?)?{_YEAR})?"
    )


def _partial_date(text: str) -> tuple[int | None, int, int | None]:
    """(day, month, C.E. year) of one written date; day and year may be missing."""
    cleaned = thai_to_ascii_digits(text).strip()
    match = _date_regex().fullmatch(cleaned)
    if not match:
        raise ValueError(f"not a Thai date: {text!r}")
    day = int(match.group("day")) if match.group("day") else None
    year = be_year_to_ce(match.group("year")) if match.group("year") else None
    return day, _month_of(match), year


def _make_date(day: int | None, month: int, year: int, end: bool) -> dt.date:
    if day is None:
        day = calendar.monthrange(year, month)[1] if end else 1
    return dt.date(year, month, day)  # raises ValueError for 31 กันยายน


def parse_thai_date(text: str) -> dt.date:
    """One Thai date with day, month and year.

    >>> parse_thai_date("๑ ตุลาคม ๒๕๖๔")
    datetime.date(2021, 10, 1)
    >>> parse_thai_date("30 ก.ย.69")
    datetime.date(2026, 9, 30)
    """
    day, month, year = _partial_date(text)
    if day is None or year is None:
        raise ValueError(f"incomplete date: {text!r}")
    return _make_date(day, month, year, end=False)


_RANGE_SEP = r"\s*(?:-|–|—|ถึง|จนถึง|ถึงวันที่)\s*(?:เดือน\s*)?"


def parse_thai_date_range(text: str) -> tuple[dt.date, dt.date]:
    """A range of two Thai dates; the start may leave out its year (taken from the end).

    A missing day means the first day of the month at the start and the last at the end.

    >>> parse_thai_date_range("๑ ต.ค.๖๘-๓๐ ก.ย.๖๙")
    (datetime.date(2025, 10, 1), datetime.date(2026, 9, 30))
    >>> parse_thai_date_range("ตุลาคม - ธันวาคม 2565")
    (datetime.date(2022, 10, 1), datetime.date(2022, 12, 31))
    """
    cleaned = thai_to_ascii_digits(text).strip()
    cleaned = re.sub(r"^(?:ตั้งแต่|วันที่)\s*", "", cleaned)
    parts = re.split(_RANGE_SEP, cleaned, maxsplit=1)
    if len(parts) != 2:
        raise ValueError(f"not a date range: {text!r}")
    start_text = re.sub(r"^วันที่\s*", "", parts[0])
    end_text = re.sub(r"^วันที่\s*", "", parts[1])
    d1, m1, y1 = _partial_date(start_text)
    d2, m2, y2 = _partial_date(end_text)
    if y2 is None:
        raise ValueError(f"date range without a year: {text!r}")
    if y1 is None:
        y1 = y2 if m1 <= m2 else y2 - 1
    start, end = _make_date(d1, m1, y1, end=False), _make_date(d2, m2, y2, end=True)
    if end < start:
        raise ValueError(f"date range ends before it starts: {text!r}")
    return start, end


def fiscal_year_range(be_year: int) -> tuple[dt.date, dt.date]:
    """First and last day of Thai fiscal year ``be_year`` (B.E.).

    >>> fiscal_year_range(2569)
    (datetime.date(2025, 10, 1), datetime.date(2026, 9, 30))
    """
    ce = be_year - BE_OFFSET
    return dt.date(ce - 1, 10, 1), dt.date(ce, 9, 30)


_FISCAL = re.compile(r"ปีงบประมาณ\s*(?:พ\.\s?ศ\.\s?)?([0-9]{4}|[0-9]{2})(?![0-9])")


def parse_fiscal_year_phrase(text: str) -> tuple[dt.date, dt.date]:
    """The dates of a fiscal-year phrase such as "ปีงบประมาณ พ.ศ. ๒๕๖๙".

    >>> parse_fiscal_year_phrase("ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙")
    (datetime.date(2025, 10, 1), datetime.date(2026, 9, 30))
    """
    match = _FISCAL.search(thai_to_ascii_digits(text))
    if not match:
        raise ValueError(f"no fiscal year in {text!r}")
    return fiscal_year_range(be_year_to_ce(match.group(1)) + BE_OFFSET)


@cache
def _range_search_regex() -> re.Pattern[str]:
    months = "|".join(form for form, _ in _month_forms())
    year = r"(?:(?:พ\.\s?ศ\.\s?)?(?:[0-9]{4}|[0-9]{2})(?![0-9]))?"
    date = rf"(?:[0-9]{{1,2}}\s*)?(?:{months})\s*{year}"
    return re.compile(rf"{date}{_RANGE_SEP}{date}")


_WHOLE_YEAR = re.compile(r"ตลอด(?:ทั้ง)?ปี(?:งบประมาณ)?|ทั้งปีงบประมาณ")
_BY_DATE = re.compile(r"(?:ภายใน|ไม่เกิน|ก่อน)\s*(?:วันที่\s*)?[0-9]")
# "ภายในเดือนมีนาคม", "ภายในไตรมาสที่ ๒": a deadline that is a month or a quarter
_BY_PERIOD = re.compile(r"(?:ภายใน|ไม่เกิน|ก่อน(?:สิ้น)?)\s*(?:เดือน|ไตรมาส)")
_QUARTER = re.compile(r"ไตรมาส(?:ที่)?\s*([1-4])(?:\s*(-|–|ถึง|และ|,)\s*(?:ไตรมาส(?:ที่)?)?\s*([1-4]))?"
                      r"(?![0-9])")


def quarter_range(quarter: int, be_fiscal_year: int) -> tuple[dt.date, dt.date]:
    """Quarter 1-4 of Thai fiscal year ``be_fiscal_year`` (quarter 1 = October-December).

    >>> quarter_range(2, 2567)
    (datetime.date(2024, 1, 1), datetime.date(2024, 3, 31))
    """
    start, _ = fiscal_year_range(be_fiscal_year)
    first_month = start.month + 3 * (quarter - 1)
    year = start.year + (first_month - 1) // 12
    month = (first_month - 1) % 12 + 1
    return (dt.date(year, month, 1),
            dt.date(year, month + 2, calendar.monthrange(year, month + 2)[1]))


@cache
def _single_month_regex() -> re.Pattern[str]:
    year = r"(?:(?:พ\.\s?ศ\.\s?)?(?P<year>[0-9]{4}|[0-9]{2})(?![0-9]))?"
    return re.compile(rf"(?:(?P<day>[0-9]{{1,2}})\s*)?(?:(?<=เดือน)|(?<![ก-๙]))"
                      rf"(?:{_month_pattern()})\s*{year}")


def _fiscal_year_in(text: str, fiscal_year: int | None) -> int | None:
    match = _FISCAL.search(text)
    if match:
        return be_year_to_ce(match.group(1)) + BE_OFFSET
    return fiscal_year


def find_period(text: str, fiscal_year: int | None = None) -> tuple[dt.date, dt.date] | None:
    """The period a cell of free text states: a date range, a quarter of the fiscal year, a
    fiscal-year phrase, else one month.  A deadline ("ภายใน ๓๑ มีนาคม", "ภายในเดือนมีนาคม",
    "ภายในไตรมาสที่ ๒") runs from the start of the plan's fiscal year ``fiscal_year`` to it;
    without ``fiscal_year`` it is that day, month or quarter.
    ``fiscal_year`` (B.E.) places a quarter or a month the text gives without its year.

    Returns None when the text names no dates ("รอบ ๖ เดือน", "เมื่อเข้ารับตำแหน่ง").

    >>> find_period("ดำเนินการ ๑ ตุลาคม ๒๕๖๔ – ๓๐ กันยายน ๒๕๖๕")
    (datetime.date(2021, 10, 1), datetime.date(2022, 9, 30))
    >>> find_period("รายงานผล รอบ ๖ เดือน") is None
    True
    >>> find_period("ภายในเดือนธันวาคม ๒๕๖๕")
    (datetime.date(2022, 12, 1), datetime.date(2022, 12, 31))
    >>> find_period("ไตรมาสที่ ๒", fiscal_year=2567)
    (datetime.date(2024, 1, 1), datetime.date(2024, 3, 31))
    >>> find_period("ธันวาคม", fiscal_year=2567)
    (datetime.date(2023, 12, 1), datetime.date(2023, 12, 31))
    >>> find_period("ภายใน ๓๑ มีนาคม ๒๕๖๗", fiscal_year=2567)
    (datetime.date(2023, 10, 1), datetime.date(2024, 3, 31))
    >>> find_period("ภายในเดือนมีนาคม ๒๕๖๗", fiscal_year=2567)
    (datetime.date(2023, 10, 1), datetime.date(2024, 3, 31))
    >>> find_period("ตั้งแต่เดือนมกราคม ถึงเดือนมิถุนายน ๒๕๖๖")
    (datetime.date(2023, 1, 1), datetime.date(2023, 6, 30))
    >>> find_period("ไตรมาสที่ ๑ – ๔", fiscal_year=2567)
    (datetime.date(2023, 10, 1), datetime.date(2024, 9, 30))
    >>> find_period("ตลอดปีงบประมาณ", fiscal_year=2567)
    (datetime.date(2023, 10, 1), datetime.date(2024, 9, 30))
    >>> find_period("ภายในไตรมาสที่ ๒", fiscal_year=2567)
    (datetime.date(2023, 10, 1), datetime.date(2024, 3, 31))
    """
    cleaned = " ".join(thai_to_ascii_digits(text).split())
    for match in _range_search_regex().finditer(cleaned):
        try:
            return parse_thai_date_range(match.group(0))
        except ValueError:
            continue
    quarters = sorted({q for first, sep, last in _QUARTER.findall(cleaned)
                       for q in (range(int(first), int(last) + 1) if sep in ("-", "–", "ถึง")
                                 else [int(first), *([int(last)] if last else [])])})
    year = _fiscal_year_in(cleaned, fiscal_year)
    if quarters and year is not None and quarters == list(range(quarters[0], quarters[-1] + 1)):
        opening = 1 if _BY_PERIOD.search(cleaned) and len(quarters) == 1 else quarters[0]
        return quarter_range(opening, year)[0], quarter_range(quarters[-1], year)[1]
    try:
        return parse_fiscal_year_phrase(cleaned)
    except ValueError:
        pass
    if fiscal_year is not None and _WHOLE_YEAR.search(cleaned) and not _any_month_regex().search(
            cleaned):
        return fiscal_year_range(fiscal_year)  # "ตลอดปีงบประมาณ" with no year: the plan's
    months = list(_single_month_regex().finditer(cleaned))
    by = _BY_DATE.search(cleaned)
    if by and len(months) == 1 and months[0].group("day") and fiscal_year is not None:
        # "ภายใน ๓๑ มีนาคม ๒๕๖๙": from the start of the plan's fiscal year to that day
        try:
            deadline: dt.date | None = parse_thai_date(months[0].group(0))
        except ValueError:
            deadline = None
        start, end = fiscal_year_range(fiscal_year)
        if deadline is not None and start <= deadline <= end:
            return start, deadline
    if len(months) == 1:
        match = months[0]
        month = _month_of(match)
        if match.group("year"):
            ce_year = be_year_to_ce(match.group("year"))
        elif fiscal_year is not None:
            start, _ = fiscal_year_range(fiscal_year)
            ce_year = start.year if month >= 10 else start.year + 1
        else:
            return None
        day = int(match.group("day")) if match.group("day") else None
        try:
            first, last = _make_date(day, month, ce_year, False), _make_date(day, month, ce_year, True)
        except ValueError:
            return None
        if day is None and fiscal_year is not None and _BY_PERIOD.search(cleaned):
            start, end = fiscal_year_range(fiscal_year)
            if start <= last <= end:
                return start, last  # "ภายในเดือนมีนาคม": from the plan year's start to its end
        return first, last
    return None


@cache
def _any_month_regex() -> re.Pattern[str]:
    names = [r["full"] for r in load("months")]
    names += [a for r in load("months") for a in r["abbreviations"].split("|") if a]
    return re.compile("|".join(re.escape(n) for n in names))


def month_mentioned(text: str) -> bool:
    """True when ``text`` names a month (full name, or an abbreviation with dots).

    >>> month_mentioned("๑ ต.ค.๖๘"), month_mentioned("รอบ ๖ เดือน")
    (True, False)
    """
    return _any_month_regex().search(text) is not None
