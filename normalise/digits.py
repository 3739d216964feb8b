"""Thai digits (๐-๙) to ASCII digits, and numbers read from Thai text."""

from __future__ import annotations

import re

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ASCII = str.maketrans(THAI_DIGITS, "0123456789")

NUMBER_PATTERN = r"[0-9๐-๙]+(?:[.,][0-9๐-๙]+)?"
_NUMBER = re.compile(NUMBER_PATTERN)


def thai_to_ascii_digits(text: str) -> str:
    """Replace every Thai digit by its ASCII digit; everything else is kept.

    >>> thai_to_ascii_digits("คะแนน ๙๘.๖๓")
    'คะแนน 98.63'
    """
    return text.translate(_TO_ASCII)


_SPLIT_BY_SCRIPT = re.compile(
    r"(?<=[๐-๙]) (?=[0-9]+[.,][0-9๐-๙])|(?<=[0-9]) (?=[๐-๙]+[.,][0-9๐-๙])"  # ๙ 4.๔ | 9 ๔.4
    r"|(?<=[.,][0-9๐-๙])(?<=[๐-๙]) (?=[0-9])|(?<=[.,][0-9๐-๙])(?<=[0-9]) (?=[๐-๙])"  # 4.๔ 5
    r"|(?<=[0-9๐-๙]) (?=\.[0-9๐-๙])|(?<=[0-9๐-๙]\.) (?=[0-9๐-๙])"  # ๙๙ .๖๐ | ๙๙. ๖๐
)


def join_script_split_numbers(text: str) -> str:
    """Rejoin a number whose Thai and Arabic digits a PDF's text layer parted with a space
    (a word processor runs each script in its own font: "๙4.๔5" is drawn as "๙ 4.๔ 5"; the
    point of a Thai-digit number may come from another font too: "๙๙ .๖๐").

    >>> join_script_split_numbers("๙ 4.๔ 5%"), join_script_split_numbers("8 ๒.95")
    ('๙4.๔5%', '8๒.95')
    >>> join_script_split_numbers("๙๙ .๖๐"), join_script_split_numbers("๙๙. ๖๐ คะแนน")
    ('๙๙.๖๐', '๙๙.๖๐ คะแนน')
    >>> join_script_split_numbers("ปี ๒๕๖๖ 2023 ข้อ 3 ๔ คน")
    'ปี ๒๕๖๖ 2023 ข้อ 3 ๔ คน'
    """
    return _SPLIT_BY_SCRIPT.sub("", text)


def parse_number(text: str) -> float:
    """The number written in ``text`` (Thai or ASCII digits, one decimal point).

    >>> parse_number(" ๘๖.๗๘ ")
    86.78
    >>> parse_number("100")
    100.0

    Raises ValueError when ``text`` is not exactly one number.
    """
    cleaned = thai_to_ascii_digits(text).strip()
    if not re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", cleaned):
        raise ValueError(f"not a number: {text!r}")
    return float(cleaned)


def parse_int(text: str) -> int:
    """An integer written in Thai or ASCII digits.

    >>> parse_int("๑๐")
    10
    """
    cleaned = thai_to_ascii_digits(text).strip()
    if not cleaned.isascii() or not cleaned.isdigit():
        raise ValueError(f"not an integer: {text!r}")
    return int(cleaned)
