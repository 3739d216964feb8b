"""Section context that headings and prose give the tables after them.

Reports say which tool or indicator a measure table is about in the paragraph before it
("๒. ด้าน EIT พบว่า…", "ตัวชี้วัดที่ ๓ การใช้อำนาจ"), and plan layouts head each activity table
with its มิติ and ประเด็นที่ x.y.  :class:`SectionContext` follows those headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ita.normalise.dates import find_period
from ita.normalise.digits import thai_to_ascii_digits
from ita.normalise.indicators import find_tool, match_indicator, tool_of
from ita.normalise.lexicons import load
from ita.normalise.text import compact, one_line

# ประเด็นที่ x.y: the major number is the มิติ (one digit); OCR may lose or damage ที่
ISSUE_CODE = (r"ประเด็น(?:[\u0e01-\u0e4e]{1,3}(?=[\s0-9๐-๙]))?\s*"
              r"([0-9๐-๙]\.[0-9๐-๙]{1,2})(?![0-9๐-๙])")
_ISSUE = re.compile(rf"^\s*{ISSUE_CODE}\s*(.*)$", re.S)
_DIMENSION = re.compile(r"^\s*มิติที่\s*([0-9]+)\s*(.*)$", re.S)
_INDICATOR_HEADING = re.compile(r"^\s*(?:\(?[0-9]+\)\s*)?ตัวชี้วัดที่\s*([0-9]{1,2})\s*(.*)$", re.S)
_INDICATOR_AT_END = re.compile(r"\(\s*ตัวชี้วัดที่\s*([0-9]{1,2})\s*\)\s*$")
MEASURE_WORDS = ("มาตรการ", "โครงการ", "กิจกรรม")
_NUMBERED_HEADING = re.compile(r"^\s*[0-9]+(?:\.[0-9]+)*\s*[.)]?\s*\S")

DEFAULT_PERIOD_CHARS = 300
TOOL_WINDOW = 60  # a tool named this close to a paragraph's start heads a section
SHORT_HEADING = 200


_ENUMERATOR = re.compile(r"^\s*(?:\(?[0-9]{1,2}(?:\.[0-9]{1,2})*\s*[.)]|\(?[ก-ฮ]\s*[.)])\s*")
NAME_HEADING_CHARS = 60


def indicator_heading(line: str) -> int | None:
    """The indicator a short heading names: "ประเด็นที่ ๑ การใช้งบประมาณ (ตัวชี้วัดที่ ๒)" (the
    number in brackets at its end), or "ค) ด้านประสิทธิภาพการสื่อสาร" (an enumerator, then
    only the indicator's name, with or without ด้าน).

    >>> indicator_heading("ประเด็นที่ ๑ การใช้งบประมาณ (ตัวชี้วัดที่ ๒)")
    2
    >>> indicator_heading("ค) ด้านประสิทธิภาพการสื่อสาร"), indicator_heading("มาตรการ (ตัวชี้วัดที่ ๙)")
    (7, None)
    >>> indicator_heading("ด้านการเปิดเผยข้อมูล (ตัวชี้วัดที่ ๙)"), indicator_heading("ครบถ้วน (ตัวชี้วัดที่ ๙)")
    (9, None)
    """
    text = one_line(thai_to_ascii_digits(line))
    if len(text) <= SHORT_HEADING and not text.startswith(MEASURE_WORDS) \
            and (match := _INDICATOR_AT_END.search(text)):
        number = int(match.group(1))
        # a heading opens as one; the end of a wrapped title ("ครบถ้วน (ตัวชี้วัดที่ ๙)") does not
        opens = _ENUMERATOR.match(text) or text.startswith(_HEADING_WORDS)
        return number if opens and 1 <= number <= 10 else None
    name = _ENUMERATOR.sub("", text)
    if name == text and not text.startswith(_HEADING_WORDS):
        return None  # a bare name may be the end of a wrapped line ("ใช้งบประมาณ")
    return _names_indicator(name)


_HEADING_WORDS = ("ประเด็น", "ด้าน")


def _names_indicator(name: str) -> int | None:
    """The indicator a short text is the name of ("ด้านประสิทธิภาพการสื่อสาร")."""
    if len(name) > NAME_HEADING_CHARS or not name.strip():
        return None
    try:
        indicator = match_indicator(name.strip(), min_score=92.0)
    except ValueError:
        return None
    return indicator.number


@cache
def _all_measures_cues() -> tuple[str, ...]:
    return tuple(compact(r["words"]) for r in load("all_measures_cues"))


@dataclass
class SectionContext:
    tool: str | None = None
    tool_text: str | None = None  # the paragraph that named the tool, when it analyses it
    indicator_no: int | None = None
    dimension: int | None = None
    issue_code: str | None = None
    issue_title: str | None = None
    # a paragraph that gives every measure below it a period ("มาตรการทุกข้อให้ดำเนินการตลอด
    # ปีงบประมาณ พ.ศ. ๒๕๖๙"): the period of those that state none of their own
    default_period: str | None = None

    def update(self, paragraph: str) -> None:
        """Follow one paragraph of the document."""
        text = thai_to_ascii_digits(paragraph).strip()
        if len(text) <= DEFAULT_PERIOD_CHARS and any(cue in compact(text)
                                                     for cue in _all_measures_cues()) \
                and find_period(text) is not None:
            self.default_period = one_line(paragraph.strip())
            return
        if match := _ISSUE.match(text):
            self.issue_code = match.group(1)
            self.issue_title = one_line(paragraph.strip())
            return
        if match := _DIMENSION.match(text):
            self.dimension = int(match.group(1))
            self.issue_code = self.issue_title = None
            return
        if len(text) <= SHORT_HEADING and (match := _INDICATOR_HEADING.match(text)):
            number = int(match.group(1))
            if 1 <= number <= 10:
                self.indicator_no = number
                self.tool = tool_of(number)
                self.tool_text = None
                return
        if (named := indicator_heading(paragraph)) is not None:
            self.indicator_no = named
            self.tool = tool_of(named)
            self.tool_text = None
            return
        tool = find_tool(text[:TOOL_WINDOW])
        if tool is not None:
            self.tool = tool
            self.indicator_no = None
            self.tool_text = one_line(paragraph) if "พบว่า" in text else None
            return
        if len(text) <= SHORT_HEADING and _NUMBERED_HEADING.match(text):
            # a new numbered section ("๓. การนำผลการวิเคราะห์ไปสู่…") ends the one before
            self.tool = self.tool_text = None
            self.indicator_no = None
