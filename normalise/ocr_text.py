"""Repairs for Thai text read by OCR, one rule per function; :func:`repair_ocr_text` chains
them.

Tesseract cuts Thai into syllables and clusters and the OCR backend puts a space where their
boxes stand apart, so words come out broken ("ค ะแนน", "ดำเนิ น"); on scans a speck over a
digit becomes a tone mark ("๙่๙").  White space between Thai words is rare but real (it
separates phrases), so a space is only dropped when it cannot be one: before a vowel that
never starts a syllable, after one that never ends it, or where the dictionary reads the two
sides as one word better than as two.
"""

from __future__ import annotations

import re

from ita.normalise.quality import thai_dictionary, thai_tokens
from ita.normalise.thai_repair import COMBINING

FOLLOWING_VOWELS = "ะาำๅ"  # written after the consonant they follow: never start a syllable
LEADING_VOWELS = "เแโใไ"  # written before the consonant they precede: never end a syllable
DIGITS = "0-9๐-๙"

_SPACE_BEFORE_FOLLOWING = re.compile(rf"(?<=[\u0e01-\u0e4e]) +(?=[{FOLLOWING_VOWELS}])")
_SPACE_AFTER_LEADING = re.compile(rf"(?<=[{LEADING_VOWELS}]) +(?=[\u0e01-\u0e2e])")
_MARK_AFTER_DIGIT = re.compile(rf"(?<=[{DIGITS}])[{COMBINING}]+")
_THAI_SPACE = re.compile(r"(?<=[\u0e01-\u0e4e]) (?=[\u0e01-\u0e2e\u0e40-\u0e44])")
_THAI_RUN = re.compile(r"[\u0e01-\u0e4e]+")
CONTEXT = 16  # Thai characters looked at on each side of a space


def drop_impossible_spaces(text: str) -> str:
    """ค ะแนน → คะแนน, เ ป็น → เป็น: a space before SARA A/AA/AM or after a leading vowel.

    >>> drop_impossible_spaces("ค ะแนน ก า ร เ ป็น")
    'คะแนน กา ร เป็น'
    """
    return _SPACE_AFTER_LEADING.sub("", _SPACE_BEFORE_FOLLOWING.sub("", text))


def drop_marks_after_digits(text: str) -> str:
    """๙่๙.๖๐ → ๙๙.๖๐: no Thai mark sits on a digit, so one read there is a speck.

    >>> drop_marks_after_digits("๙่๙.๖๐")
    '๙๙.๖๐'
    """
    return _MARK_AFTER_DIGIT.sub("", text)


def _unknown(tokens: list[str]) -> int:
    words = thai_dictionary()
    return sum(len(t) for t in tokens if t not in words)


def joins_a_word(left: str, right: str) -> bool:
    """Whether the Thai text either side of a space reads better without it: the dictionary
    then needs fewer words and leaves no more characters unknown.

    >>> joins_a_word("การดำเนิ", "น")
    True
    >>> joins_a_word("ปรับปรุง", "การทำงาน")
    False
    """
    apart = thai_tokens(left) + thai_tokens(right)
    together = thai_tokens(left + right)
    return len(together) < len(apart) and _unknown(together) <= _unknown(apart) \
        and _unknown(together) < len(left + right)


def drop_spaces_inside_words(text: str) -> str:
    """Spaces between Thai characters that split a dictionary word are dropped, left to right.

    >>> drop_spaces_inside_words("คุณภาพการดำเนิ น งาน ปรับปรุง การทำงาน")
    'คุณภาพการดำเนินงาน ปรับปรุง การทำงาน'
    """
    out: list[str] = []
    last = 0
    for match in _THAI_SPACE.finditer(text):
        before = "".join(out) + text[last:match.start()]
        left = _THAI_RUN.findall(before[-CONTEXT:])
        right = _THAI_RUN.match(text, match.end())
        if left and right and before.endswith(left[-1]) and joins_a_word(
                left[-1], right.group(0)[:CONTEXT]):
            out.append(text[last:match.start()])
        else:
            out.append(text[last:match.end()])
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def repair_ocr_text(text: str) -> str:
    """The OCR rules in order: marks on digits, impossible spaces, spaces inside words.

    >>> repair_ocr_text("การใช้อำ น าจ ค ะแนน ๙่๙.๖๐")
    'การใช้อำนาจ คะแนน ๙๙.๖๐'
    """
    return drop_spaces_inside_words(drop_impossible_spaces(drop_marks_after_digits(text)))
