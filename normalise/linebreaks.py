"""Line breaks inside a paragraph or a table cell of a PDF: join or keep, decided with
pythainlp's dictionary.

A break that falls inside a Thai word ("หลักธรรมาภิ|บาล", "ประชาสัมพัน|ธ์") is joined without a
space; a break before a list item ("1. …", "- …", "(๒) …") is kept; a break between two whole
words becomes a space (so a list of units wrapped over lines stays a list of words).
"""

from __future__ import annotations

import re

from ita.normalise.quality import _dictionary, thai_tokens

_LIST_ITEM = re.compile(r"^\s*(?:[0-9๐-๙]{1,2}\s*[.)](?![0-9๐-๙])|\([0-9๐-๙]{1,2}\)|[-•▪●–])\s*")
_THAI_END = re.compile(r"[\u0e01-\u0e4e]$")
_THAI_START = re.compile(r"^[\u0e01-\u0e4e]")


def breaks_inside_word(before: str, after: str) -> bool:
    """True when the end of ``before`` and the start of ``after`` are parts of one Thai word.

    >>> breaks_inside_word("หลักธรรมาภิ", "บาล"), breaks_inside_word("สำนักปลัด", "กองคลัง")
    (True, False)
    """
    if not (_THAI_END.search(before.rstrip()) and _THAI_START.search(after.lstrip())):
        return False
    words = _dictionary()
    left = thai_tokens(before.rstrip()[-20:])
    right = thai_tokens(after.lstrip()[:20])
    if not left or not right:
        return False
    if left[-1] + right[0] in words:
        return True
    return left[-1] not in words or right[0] not in words


def join_lines(text: str) -> str:
    """Join the wrapped lines of a paragraph or a table cell.

    >>> join_lines("ประชาสัมพัน\\nธ์ให้ทราบ")
    'ประชาสัมพันธ์ให้ทราบ'
    >>> join_lines("1. ก\\n2. ข")
    '1. ก\\n2. ข'
    >>> join_lines("สำนักปลัด\\nกองคลัง")
    'สำนักปลัด กองคลัง'
    """
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if not lines:
        return ""
    out = lines[0]
    for line in lines[1:]:
        if _LIST_ITEM.match(line):
            out += "\n" + line
        elif breaks_inside_word(out, line):
            out += line
        else:
            out += " " + line
    return out
