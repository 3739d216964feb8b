"""Scores and grades as the reports write them."""

from __future__ import annotations

import re

from ita.normalise.digits import thai_to_ascii_digits

GRADES = ("AA", "A", "B", "C", "D", "E", "F")
PASS_GRADES = ("ผ่าน", "ไม่ผ่าน")
GRADE_WORD = "ระดับ"  # "อยู่ในระดับ B": the word a grade follows
# What Tesseract's English model writes for a grade letter on a scan ("อยู่ในระดับ 8")
GRADE_LOOKALIKES = {"8": "B"}
_LEADING_NUMBER = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*(.*)$", re.S)


def parse_score(text: str) -> tuple[float, str | None]:
    """(score, note) from a score cell such as "๘๖.๗๘ (คะแนนเพิ่มขึ้น)".

    The score is rounded to two decimals; raises ValueError outside 0-100.

    >>> parse_score("๘๖.๗๘ (คะแนนเพิ่มขึ้น)")
    (86.78, '(คะแนนเพิ่มขึ้น)')
    >>> parse_score("100")
    (100.0, None)
    """
    match = _LEADING_NUMBER.match(thai_to_ascii_digits(text))
    if not match:
        raise ValueError(f"no score in {text!r}")
    value = round(float(match.group(1)), 2)
    if not 0 <= value <= 100:
        raise ValueError(f"score {value} outside 0-100 in {text!r}")
    note = match.group(2).strip() or None
    if note and re.match(r"^[.,]?[0-9]", note):
        # "๙ 4.๔5": a number cut in pieces, or two numbers: which one is the score is unsure
        raise ValueError(f"more than one number in {text!r}")
    return value, note


def normalise_grade(text: str, ocr: bool = False) -> str:
    """A grade as written ("c", "A A", "ผ่าน") in its canonical form; with ``ocr``, also as
    Tesseract misreads it (8 for B).

    >>> normalise_grade("c"), normalise_grade("ไม่ ผ่าน"), normalise_grade("8", ocr=True)
    ('C', 'ไม่ผ่าน', 'B')
    """
    key = re.sub(r"\s+", "", text)
    if ocr and key in GRADE_LOOKALIKES:
        return GRADE_LOOKALIKES[key]
    if key in PASS_GRADES:
        return key
    if key.upper() in GRADES:
        return key.upper()
    raise ValueError(f"not an ITA grade: {text!r}")


def grade_for_score(score: float) -> str:
    """The 2562-2566 grade band of a score (AA >= 95, A >= 85, ... E >= 50, else F).

    >>> grade_for_score(84.72), grade_for_score(95)
    ('B', 'AA')
    """
    for grade, floor in (("AA", 95), ("A", 85), ("B", 75), ("C", 65), ("D", 55), ("E", 50)):
        if score >= floor:
            return grade
    return "F"
