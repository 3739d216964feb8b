"""Plan layouts: activities under มิติ / ประเด็นที่ x.y headings, and a calendar table
(มิติ | ประเด็น | ระยะเวลา | หน่วยดำเนินการ) that gives each ประเด็น its period and units.

Activities are joined to the calendar by ประเด็น code.  A calendar cell may carry the end of
one ประเด็น and the start of the next ("<p>…ที่ดี</p><p>ประเด็นที่ ๒.๔ …</p>"): text before a
code continues the ประเด็น above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ita.normalise.digits import thai_to_ascii_digits
from ita.normalise.text import one_line
from ita.parsers.columns import Header, header_of_row, is_blank
from ita.parsers.context import ISSUE_CODE
from ita.schema import Table

_ISSUE_START = re.compile(ISSUE_CODE)
_CODE = re.compile(rf"^\s*(?:{ISSUE_CODE}|([0-9๐-๙]+\.[0-9๐-๙]+)(?![0-9๐-๙]))")


def _issue_lines(text: str) -> list[str]:
    """The cell's lines, cut again where a ประเด็นที่ x.y starts inside one."""
    pieces: list[str] = []
    for line in text.split("\n"):
        starts = [m.start() for m in _ISSUE_START.finditer(line)]
        pieces.extend(line[a:b] for a, b in zip([0, *starts], [*starts, len(line)]) if b > a)
    return pieces


@dataclass
class CalendarEntry:
    code: str
    title: str
    page: int
    period_text: str = ""
    responsible: str = ""

    def add(self, period: str, responsible: str) -> None:
        if period:
            self.period_text = f"{self.period_text} {period}".strip()
        if responsible:
            self.responsible = f"{self.responsible}\n{responsible}".strip()


def parse_calendar(table: Table, header: Header, first_row: int,
                   entries: dict[str, CalendarEntry], last: CalendarEntry | None
                   ) -> CalendarEntry | None:
    """Add the table's ประเด็น entries to ``entries``; return the entry open at the end."""
    issue_col = header.column("issue")
    period_col = header.column("period")
    unit_col = header.column("responsible")
    for index in range(first_row, len(table.rows)):
        texts = table.row_texts(index)
        if all(is_blank(t) for t in texts) or header_of_row(texts) is not None:
            continue
        issue_text = texts[issue_col] if issue_col is not None else ""
        period = texts[period_col].strip() if period_col is not None else ""
        units = texts[unit_col].strip() if unit_col is not None else ""
        started: list[CalendarEntry] = []
        for line in _issue_lines(issue_text):
            if not line.strip():
                continue
            match = _CODE.match(line)
            if match:
                code = thai_to_ascii_digits(match.group(1) or match.group(2))
                last = CalendarEntry(code, one_line(line), table.page)
                entries.setdefault(last.code, last)
                last = entries[last.code]
                started.append(last)
            elif last is not None:
                last.title = f"{last.title} {one_line(line)}"
        for entry in started:
            entry.add(period, units)
        if not started and last is not None:
            last.add(period, units)
    return last
