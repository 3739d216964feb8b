"""Indicator scores written in prose.

"ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ … โดยรวมได้คะแนนเท่ากับ ๙๕.๕๕", "ด้านการใช้งบประมาณ มีค่าคะแนน
เท่ากับ ๙๙.๖๐", "มีคะแนนในตัวชี้วัดที่ ๒ การใช้งบประมาณ ๙๙.๒๒ คะแนน": an indicator's name,
then, before the next indicator name and within a short window, a number tied to a score word.
Consecutive paragraphs are read as one text, so that a sentence cut by a line or page break
("…การเปิดเผยข้อมูล ได้คะแนน" | page | "๘๑.๓๕ คะแนน") reads as it does on one line.  Prose
scores fill the indicators the tables lack; where both exist the table is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ita.normalise.digits import thai_to_ascii_digits
from ita.normalise.indicators import (
    indicator_name_regex,
    indicator_of_short_name,
    indicator_of_spelling,
    indicators,
    short_name_regex,
)
from ita.normalise.lexicons import load
from ita.normalise.text import one_line
from ita.parsers.findings import Parsed
from ita.parsers.reading import ReadState
from ita.schema import IndicatorScore, Paragraph, Severity
from ita.schema.document import box_corners

WINDOW = 70  # characters after an indicator's name in which its score may stand
_SCORE_AFTER_WORD = re.compile(
    r"(?:คะแนน|เท่ากับ|ร้อยละ|=)\s*(?:เท่ากับ|ที่ได้|รวม|อยู่ที่|คือ|ได้)?\s*"
    r"([0-9]{1,3}(?:\.[0-9]{1,2})?)(?![0-9.]*[0-9])"
)
_SCORE_BEFORE_WORD = re.compile(
    r"(?<![0-9.])([0-9]{1,3}(?:\.[0-9]{1,2})?)\s*(?:คะแนน|%)(?!เต็ม)")
# "การใช้งบประมาณ (๘๖.๔๐)": the score in brackets right after the name
_SCORE_IN_BRACKETS = re.compile(r"^\s*\(\s*([0-9]{1,3}(?:\.[0-9]{1,2})?)\s*(?:คะแนน|%)?\s*\)")
_NUMBER_WORD = re.compile(r"(?:ตัวชี้วัดที่|ตัวที่)\s*$")
# a number after these words is a change or a threshold, not the indicator's score
_NOT_A_SCORE = re.compile(r"(?:เพิ่มขึ้น|ลดลง|สูงกว่า|ต่ำกว่า|น้อยกว่า|มากกว่า|เกิน|ไม่ถึง|เกณฑ์|เป้าหมาย|"
                          r"ผลต่าง|จาก|เต็ม|ตั้งแต่|อย่างน้อย|ผ่าน)[^0-9]{0,12}$")


@cache
def _tool_names() -> re.Pattern[str]:
    """The questionnaires' Thai names ("แบบวัดการเปิดเผยข้อมูลสาธารณะ"): an indicator's name
    inside one is the tool, not the indicator."""
    names = sorted({n for row in load("tools") for n in row["thai_names"].split("|") if n},
                   key=len, reverse=True)
    return re.compile("|".join(r"\s*".join(map(re.escape, n)) for n in names))


@dataclass(frozen=True)
class _Name:
    """An indicator's name found in the text."""

    begin: int
    finish: int
    number: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


@dataclass(frozen=True)
class ProseScore:
    indicator_no: int
    score: float
    text: str  # the words the score was read from
    page: int
    box: list[float] | None = None  # the paragraph's, when the input has a layout


def find_prose_scores(paragraph: str, page: int,
                      pages: list[tuple[int, int, list[float] | None]] | None = None
                      ) -> list[ProseScore]:
    """Every (indicator, score) pair a text states; ``pages`` maps offsets to pages when the
    text joins paragraphs of several pages ((start offset, page, box), ascending).

    >>> [(s.indicator_no, s.score) for s in find_prose_scores(
    ...     "ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน ได้ ๘๕.๒๐ คะแนน ตัวชี้วัดที่ ๗ ประสิทธิภาพ\\n"
    ...     "การสื่อสาร ได้ ๘๐.๑๐ คะแนน", 1)]
    [(6, 85.2), (7, 80.1)]
    >>> [(s.indicator_no, s.score) for s in find_prose_scores(
    ...     "ประกอบด้วย การปฏิบัติหน้าที่ (๙๔.๑๒) การใช้งบประมาณ (๘๖.๔๐) ส่วนการใช้อำนาจผ่าน ๘๕ คะแนน", 1)]
    [(1, 94.12), (2, 86.4)]
    """
    text = thai_to_ascii_digits(paragraph)
    tools = [m.span() for m in _tool_names().finditer(text)]
    names = [(m.start(), m.end(), indicator_of_spelling(m.group(0)).number)
             for m in indicator_name_regex().finditer(text)
             if not any(a <= m.start() < b for a, b in tools)]
    names += [(m.start(1), m.end(1), indicator_of_short_name(m.group(1)).number)
              for m in short_name_regex().finditer(text)
              if not any(a < m.end(1) and m.start(1) < b for a, b, _ in names)]
    matches = [_Name(*found) for found in sorted(names)]
    found: list[ProseScore] = []
    for k, match in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        if k + 1 < len(matches) and (number := _NUMBER_WORD.search(text, 0, end)) \
                and number.end() > match.end():
            end = number.start()  # "… ๘๕.๒๐ คะแนน ตัวชี้วัดที่ ๗ …": stop before the next one's number
        window = text[match.end(): min(end, match.end() + WINDOW)]
        candidates = [m for pattern in (_SCORE_AFTER_WORD, _SCORE_BEFORE_WORD)
                      for m in pattern.finditer(window)
                      if not _NOT_A_SCORE.search(window[:m.start(1)])]
        if (bracketed := _SCORE_IN_BRACKETS.match(window)) is not None:
            candidates.append(bracketed)
        if not candidates:
            continue
        first = min(candidates, key=lambda m: m.start(1))
        value = float(first.group(1))
        if not 0 <= value <= 100:
            continue
        indicator = indicators()[match.number]
        snippet = paragraph[match.start(): match.end() + first.end()]
        at = match.end() + first.start(1)
        on_page, box = page, None
        for start, number_page, paragraph_box in pages or []:
            if start <= at:
                on_page, box = number_page, paragraph_box
        found.append(ProseScore(indicator.number, round(value, 2), " ".join(snippet.split()),
                                on_page, box))
    return found


def paragraph_runs(state: ReadState) -> list[list[Paragraph]]:
    """Runs of consecutive paragraphs (a table ends a run; a page break does not)."""
    runs: list[list[Paragraph]] = [[]]
    for block in state.blocks:
        if isinstance(block, Paragraph):
            runs[-1].append(block)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


class ProseScores:
    """Reader: scores stated in sentences, merged with the tables' (tables first)."""

    name = "prose_scores"

    def read(self, state: ReadState) -> None:
        prose: list[ProseScore] = []
        for run in paragraph_runs(state):
            text, offsets = "", []  # type: ignore[var-annotated]
            for paragraph in run:
                offsets.append((len(text), paragraph.page, box_corners(paragraph.box)))
                text += paragraph.text + "\n"
            prose.extend(find_prose_scores(text, run[0].page, offsets))
            for paragraph in run:
                state.claim(paragraph, self.name, "prose")
        merge_prose(prose, state.doc.report_id, state.out)


def merge_prose(prose: list[ProseScore], report_id: str, out: Parsed) -> None:
    """Prose scores fill indicators the tables lack; where both exist the table is kept."""
    by_number = {score.indicator_no: score for score in out.indicators}
    in_tables = set(by_number)
    seen_prose: dict[int, ProseScore] = {}
    for item in prose:
        if item.indicator_no in seen_prose:
            first_prose = seen_prose[item.indicator_no]
            if first_prose.score != item.score and item.indicator_no not in in_tables:
                out.problem("prose_scores_disagree",
                            f"indicator {item.indicator_no}: the text gives {first_prose.score} "
                            f"and later {item.score}; the first is kept", item.page)
            continue
        seen_prose[item.indicator_no] = item
        table_score = by_number.get(item.indicator_no)
        if table_score is None:
            indicator = indicators()[item.indicator_no]
            by_number[item.indicator_no] = IndicatorScore(
                report_id=report_id, indicator_no=indicator.number,
                tool=indicator.tool,  # type: ignore[arg-type]
                indicator=indicator.name, name_raw=one_line(item.text)[:200],
                score=item.score, score_raw=str(item.score), source="text", page=item.page,
                box=item.box)
        elif table_score.score is None:
            by_number[item.indicator_no] = table_score.model_copy(
                update={"score": item.score, "score_raw": str(item.score), "source": "text",
                        "page": item.page, "box": item.box})
        elif abs(table_score.score - item.score) > 0.005:
            out.problem("prose_table_mismatch",
                        f"indicator {item.indicator_no} ({table_score.indicator}): table "
                        f"{table_score.score}, text {item.score} (\"{item.text[:80]}\"); "
                        "the table is kept", item.page, Severity.WARNING)
    out.indicators = sorted(by_number.values(), key=lambda s: s.indicator_no)
