"""Table headers: which column holds what, decided from header text, never by position.

Header cells are compared with ``lexicons/table_headers.tsv`` with spaces removed, by rapidfuzz
ratio, or else as the longest synonym that begins the header text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ita.normalise.lexicons import load
from ita.normalise.text import compact
from ita.schema import Table
from rapidfuzz import fuzz, process

MAX_HEADER_CHARS = 60
MEASURE_ROLES = frozenset({"measure", "steps"})
CALENDAR_ROLES = frozenset({"dimension", "issue"})
INDICATOR_ROLES = frozenset({"indicator", "indicator_or_kpi", "number"})


@cache
def _synonyms() -> dict[str, str]:
    return {compact(r["synonym"]): r["role"] for r in load("table_headers")}


def header_role(text: str, prefixes: bool = True) -> str | None:
    """The role of a header cell, or None when it is not a known header.

    >>> header_role("ระยะเวลา ดำเนินการ"), header_role("ผลการวิเคราะห์ตัวชี้วัดตามหลักเกณฑ์การประเมิน")
    ('period', 'analysis')
    >>> header_role("สำนักปลัด") is None
    True
    """
    key = compact(text).strip(".:*")
    if not key or len(key) > MAX_HEADER_CHARS:
        return None
    synonyms = _synonyms()
    if key in synonyms:
        return synonyms[key]
    best = process.extractOne(key, synonyms.keys(), scorer=fuzz.ratio, score_cutoff=85)
    if best is not None:
        return synonyms[best[0]]
    if not prefixes:
        return None
    starts = [s for s in synonyms if len(s) >= 3 and key.startswith(s)]
    if starts:
        return synonyms[max(starts, key=len)]
    return None


@dataclass
class Header:
    row: int  # index of the header row in the table
    roles: dict[int, str]  # column index -> role
    texts: dict[int, str] = field(default_factory=dict)  # column index -> header text
    # a Gantt chart: column -> (month, B.E. year written above it, or 0)
    months: dict[int, tuple[int, int]] = field(default_factory=dict)
    quarters: dict[int, int] = field(default_factory=dict)  # a chart by quarter: column -> 1-4
    chart_row: int | None = None  # the row naming the months or quarters, when below the header

    def column(self, role: str) -> int | None:
        for col, r in self.roles.items():
            if r == role:
                return col
        return None

    @property
    def role_set(self) -> frozenset[str]:
        return frozenset(self.roles.values())


def find_header(table: Table, max_rows: int = 3) -> Header | None:
    """The first of the table's top rows that reads as a header row (two or more known
    column names making up most of the row's filled cells)."""
    for index in range(min(max_rows, len(table.rows))):
        header = header_of_row(table.row_texts(index), index)
        if header is not None:
            return header
    return None


def header_of_row(texts: list[str], index: int = 0) -> Header | None:
    filled = {c: t for c, t in enumerate(texts) if t.strip()}
    roles = {c: role for c, t in filled.items() if (role := header_role(t)) is not None}
    if len(roles) >= 2 and len(roles) >= 0.6 * len(filled):
        return Header(row=index, roles=roles, texts={c: filled[c] for c in roles})
    return None


def table_kind(header: Header) -> str:
    """measure, calendar, indicator or other, from the roles a header names."""
    roles = header.role_set
    if roles & MEASURE_ROLES:
        return "measure"
    if roles & CALENDAR_ROLES and roles & {"period", "responsible"}:
        return "calendar"
    if roles & INDICATOR_ROLES:
        return "indicator"
    return "other"


def strip_header_echo(text: str, header_text: str | None) -> str:
    """Drop a cell's first line when it repeats its column's header (converters do that).

    >>> strip_header_echo("ผู้รับผิดชอบ\\nสำนักปลัด", "ผู้รับผิดชอบ")
    'สำนักปลัด'
    >>> strip_header_echo("ผู้รับผิดชอบ สำนักปลัด", "ผู้รับผิดชอบ")
    'สำนักปลัด'
    >>> strip_header_echo("มาตรการเปิดเผยข้อมูล", "มาตรการ")
    'มาตรการเปิดเผยข้อมูล'
    """
    if not header_text:
        return text
    if "\n" in text:
        first, rest = text.split("\n", 1)
        if fuzz.ratio(compact(first), compact(header_text)) >= 90:
            return rest
    head = compact(header_text)
    echo = re.match(r"\s*" + r"\s*".join(map(re.escape, head)) + r"\s", text)
    if len(head) >= 4 and echo and len(compact(text)) > len(head):
        # the echo then a space: a line-wrap join ("มาตรการเปิดเผย…" is a measure, no echo)
        # the echo joined to the cell's text by a line-wrap join: drop it, spaces and all
        seen = 0
        for end, ch in enumerate(text):
            if not ch.isspace():
                seen += 1
            if seen == len(head):
                return text[end + 1:].lstrip()
    return text


_EMPTY_MARK = re.compile(r"^[\s\-–—.]*$")


def is_blank(text: str) -> bool:
    return bool(_EMPTY_MARK.match(text))


MONTH_COLUMNS = 6  # a header row naming this many months makes the table a Gantt chart
QUARTER_COLUMNS = 3  # … or this many quarters ("ไตรมาส ๑ (ต.ค.–ธ.ค. ๖๗)")
_QUARTER_HEAD = re.compile(r"^\s*ไตรมาส(?:ที่)?\s*([1-4๑-๔])(?![0-9๐-๙])")


def is_chart_row(texts: list[str]) -> bool:
    """A row that names a chart's months or quarters (repeated under a header on a new page)."""
    from ita.normalise.dates import month_number

    def is_month(text: str) -> bool:
        try:
            month_number(text.strip())
        except ValueError:
            return False
        return True

    return (sum(1 for t in texts if _QUARTER_HEAD.match(t)) >= QUARTER_COLUMNS
            or sum(1 for t in texts if t.strip() and is_month(t)) >= MONTH_COLUMNS)


def quarter_columns(table: Table, header: Header) -> dict[int, int]:
    """Columns headed by a quarter of the fiscal year ("ไตรมาส ๑" … "ไตรมาส ๔"), on the header
    row or the row below it: a chart whose ticked cells say in which quarters an activity
    runs (quarter 1 = October-December).

    >>> from ita.schema import Cell
    >>> names = ["มาตรการ", "ไตรมาส ๑ (ต.ค.-ธ.ค. ๖๘)", "ไตรมาส ๒", "ไตรมาสที่ 3", "ไตรมาส 4"]
    >>> t = Table(page=1, rows=[[Cell(text=n, row=0, col=c) for c, n in enumerate(names)]])
    >>> quarter_columns(t, Header(row=0, roles={}))
    {1: 1, 2: 2, 3: 3, 4: 4}
    """
    from ita.normalise.digits import thai_to_ascii_digits

    for index in range(header.row, min(header.row + 2, len(table.rows))):
        found = {col: int(thai_to_ascii_digits(m.group(1)))
                 for col, text in enumerate(table.row_texts(index))
                 if (m := _QUARTER_HEAD.match(text))}
        if len(found) >= QUARTER_COLUMNS:
            if index > header.row:
                header.chart_row = index
            return found
    return {}


def month_columns(table: Table, header: Header) -> dict[int, tuple[int, int]]:
    """Columns headed by a month name ("ต.ค." … "ก.ย."), on the header row or the row below it:
    a chart whose ticked cells say when each activity runs.

    >>> from ita.schema import Cell
    >>> names = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค."]
    >>> t = Table(page=1, rows=[[Cell(text=n, row=0, col=c) for c, n in enumerate(names)]])
    >>> month_columns(t, Header(row=0, roles={}))[3]
    (1, 0)
    """
    from ita.normalise.dates import month_number
    from ita.parsers.score_columns import year_in

    for index in range(header.row, min(header.row + 2, len(table.rows))):
        found = {}
        for col, text in enumerate(table.row_texts(index)):
            try:
                found[col] = month_number(text.strip())
            except ValueError:
                continue
        if len(found) >= MONTH_COLUMNS:
            if index > header.row:
                header.chart_row = index
            years: dict[int, int] = {}
            if index > 0:  # "พ.ศ. ๒๕๖๗" over its months, a merged cell's text in its first one
                current = 0
                for col, text in enumerate(table.row_texts(index - 1)):
                    current = year_in(text) or current
                    years[col] = current
            return {col: (month, years.get(col, 0)) for col, month in found.items()}
    return {}
