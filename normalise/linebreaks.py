"""Line breaks inside a paragraph or a table cell of a PDF: join or keep, decided with
pythainlp's dictionary.

A break that falls inside a Thai word ("หลักธรรมาภิ|บาล", "ประชาสัมพัน|ธ์") or after a word Thai
writes no space after ("การ|ปฏิบัติงาน") is joined without a space; a break before a list item ("1. …", "- …", "(๒) …") is kept; a break between two whole
words becomes a space (so a list of units wrapped over lines stays a list of words).
"""

from __future__ import annotations

import re
from functools import cache

from ita.normalise.lexicons import load
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


@cache
def _open_clause_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    rows = load("open_clause_words")
    return (frozenset(r["word"] for r in rows if r["where"] in ("end", "both")),
            frozenset(r["word"] for r in rows if r["where"] in ("start", "both")),
            frozenset(r["word"] for r in rows if r["wrap"] == "tight"))


def _last_token(text: str) -> str:
    text = text.rstrip()
    tokens = thai_tokens(text[-30:]) if _THAI_END.search(text) else []
    return tokens[-1] if tokens else ""


def wraps_tight(before: str, after: str) -> bool:
    """True when a line wrap between ``before`` and ``after`` stands for no space: the line
    ends with a word Thai writes no space after ("การ", "ของ", "เพื่อ").

    >>> wraps_tight("จัดทำคู่มือการ", "ปฏิบัติงาน"), wraps_tight("สำนักปลัด และ", "กองคลัง")
    (True, False)
    """
    return bool(_THAI_START.search(after.lstrip())) and \
        _last_token(before) in _open_clause_words()[2]


def leaves_phrase_open(before: str, after: str = "") -> bool:
    """True when ``before`` ends with a word that needs more after it ("ได้รับการ"), or
    ``after`` begins with a word that carries on a phrase ("แก่ผู้ทำความดี").

    >>> leaves_phrase_open("มีประชาชนได้รับการ"), leaves_phrase_open("เทศบาลดำเนินการ")
    (True, False)
    >>> leaves_phrase_open("การยกย่องเชิดชูเกียรติ", "แก่ผู้ทำความดี")
    True
    """
    no_end, no_start, _ = _open_clause_words()
    right = thai_tokens(after.lstrip()[:30]) if _THAI_START.search(after.lstrip()) else []
    return _last_token(before) in no_end or bool(right and right[0] in no_start)


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
        elif breaks_inside_word(out, line) or wraps_tight(out, line):
            out += line
        else:
            out += " " + line
    return out
