"""Section context that headings and prose give the tables after them.

Reports say which tool or indicator a measure table is about in the paragraph before it
("๒. ด้าน EIT พบว่า…", "ตัวชี้วัดที่ ๓ การใช้อำนาจ"), and plan layouts head each activity table
with its มิติ and ประเด็นที่ x.y.  :class:`SectionContext` follows those headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ita.normalise.digits import thai_to_ascii_digits
from ita.normalise.indicators import find_tool, tool_of
from ita.normalise.text import one_line

# ประเด็นที่ x.y: the major number is the มิติ (one digit); OCR may lose or damage ที่
ISSUE_CODE = (r"ประเด็น(?:[\u0e01-\u0e4e]{1,3}(?=[\s0-9๐-๙]))?\s*"
              r"([0-9๐-๙]\.[0-9๐-๙]{1,2})(?![0-9๐-๙])")
_ISSUE = re.compile(rf"^\s*{ISSUE_CODE}\s*(.*)$", re.S)
_DIMENSION = re.compile(r"^\s*มิติที่\s*([0-9]+)\s*(.*)$", re.S)
_INDICATOR_HEADING = re.compile(r"^\s*(?:\(?[0-9]+\)\s*)?ตัวชี้วัดที่\s*([0-9]{1,2})\s*(.*)$", re.S)
_NUMBERED_HEADING = re.compile(r"^\s*[0-9]+(?:\.[0-9]+)*\s*[.)]?\s*\S")

TOOL_WINDOW = 60  # a tool named this close to a paragraph's start heads a section
SHORT_HEADING = 200


@dataclass
class SectionContext:
    tool: str | None = None
    tool_text: str | None = None  # the paragraph that named the tool, when it analyses it
    indicator_no: int | None = None
    dimension: int | None = None
    issue_code: str | None = None
    issue_title: str | None = None

    def update(self, paragraph: str) -> None:
        """Follow one paragraph of the document."""
        text = thai_to_ascii_digits(paragraph).strip()
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
