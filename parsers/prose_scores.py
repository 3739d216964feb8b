"""Indicator scores written in prose.

"ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ … โดยรวมได้คะแนนเท่ากับ ๙๕.๕๕", "ด้านการใช้งบประมาณ มีค่าคะแนน
เท่ากับ ๙๙.๖๐", "มีคะแนนในตัวชี้วัดที่ ๒ การใช้งบประมาณ ๙๙.๒๒ คะแนน": an indicator's name,
then, before the next indicator name and within a short window, a number tied to a score word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ita.normalise.digits import thai_to_ascii_digits
from ita.normalise.indicators import indicator_name_regex, indicator_of_spelling

WINDOW = 70  # characters after an indicator's name in which its score may stand
_SCORE_AFTER_WORD = re.compile(
    r"(?:คะแนน|เท่ากับ)\s*(?:เท่ากับ|ที่ได้|รวม|อยู่ที่|คือ)?\s*([0-9]{1,3}(?:\.[0-9]{1,2})?)(?![0-9.])"
)
_SCORE_BEFORE_WORD = re.compile(r"(?<![0-9.])([0-9]{1,3}(?:\.[0-9]{1,2})?)\s*คะแนน(?!เต็ม)")


@dataclass(frozen=True)
class ProseScore:
    indicator_no: int
    score: float
    text: str  # the words the score was read from
    page: int


def find_prose_scores(paragraph: str, page: int) -> list[ProseScore]:
    """Every (indicator, score) pair a paragraph states."""
    text = thai_to_ascii_digits(paragraph)
    matches = list(indicator_name_regex().finditer(text))
    found: list[ProseScore] = []
    for k, match in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        window = text[match.end(): min(end, match.end() + WINDOW)]
        candidates = [m for m in (_SCORE_AFTER_WORD.search(window),
                                  _SCORE_BEFORE_WORD.search(window)) if m]
        if not candidates:
            continue
        first = min(candidates, key=lambda m: m.start(1))
        value = float(first.group(1))
        if not 0 <= value <= 100:
            continue
        indicator = indicator_of_spelling(match.group(0))
        snippet = paragraph[match.start(): match.end() + first.end()]
        found.append(ProseScore(indicator.number, round(value, 2), " ".join(snippet.split()), page))
    return found
