"""Line breaks inside a paragraph or a table cell of a PDF: join or keep, decided with
pythainlp's dictionary.

A break before a list item ("1. …", "- …", "(๒) …") is kept.  A break that falls inside a Thai
word ("หลักธรรมาภิ|บาล", "ประชาสัมพัน|ธ์") is joined without a space, and so is a break between
two Thai words (Thai writes no space between most words: "เทศบาลตำบลนาหนอง|ทุ่ม"), except
where Thai usually writes one (before a unit name such as "กอง…" in a list of units).  Any other break (numbers, Latin) becomes a space.
"""

from __future__ import annotations

import re
from functools import cache

from ita.normalise.lexicons import load
from ita.normalise.quality import thai_dictionary, thai_tokens

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
    words = thai_dictionary()
    left = thai_tokens(before.rstrip()[-20:])
    right = thai_tokens(after.lstrip()[:20])
    if not left or not right:
        return False
    if left[-1] + right[0] in words:
        return True
    return left[-1] not in words or right[0] not in words


@cache
def _open_clause_words() -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                  frozenset[str]]:
    """(cannot end a phrase, cannot start one, written without a space after, with one)"""
    rows = load("open_clause_words")
    return (frozenset(r["word"] for r in rows if r["where"] in ("end", "both")),
            frozenset(r["word"] for r in rows if r["where"] in ("start", "both")),
            frozenset(r["word"] for r in rows if r["wrap"] == "tight"),
            frozenset(r["word"] for r in rows if r["wrap"] == "space"))


def _last_token(text: str) -> str:
    text = text.rstrip()
    tokens = thai_tokens(text[-30:]) if _THAI_END.search(text) else []
    return tokens[-1] if tokens else ""


def wraps_tight(before: str, after: str) -> bool:
    """True when a line wrap between two Thai words stands for no space.

    Thai writes no space between most words, and a line breaker wraps at the last word
    boundary that fits, so most wraps fall where the text had no space (about 4 in 5 in the
    seed PDFs).  A space is kept before a word that opens the name of a unit ("กอง", "สำนัก":
    lists of units in a cell) and around words listed with wrap = space in
    ``lexicons/open_clause_words.tsv`` (none today: even "และ" is mostly written tight).

    >>> wraps_tight("จัดทำคู่มือการ", "ปฏิบัติงาน"), wraps_tight("เทศบาลตำบลนาหนอง", "ทุ่ม")
    (True, True)
    >>> wraps_tight("สำนักปลัด", "กองคลัง")
    False
    """
    if not (_THAI_END.search(before.rstrip()) and _THAI_START.search(after.lstrip())):
        return False
    spaced = _open_clause_words()[3]
    right = thai_tokens(after.lstrip()[:30])
    first = right[0] if right else ""
    return not (_last_token(before) in spaced or first in spaced or first in _unit_heads())


@cache
def _unit_heads() -> frozenset[str]:
    # "งาน" also opens everyday words ("งานของ…", "งานให้…") far more often than a unit name
    return frozenset(r["head"] for r in load("unit_heads")) - {"งาน"}


def leaves_phrase_open(before: str, after: str = "") -> bool:
    """True when ``before`` ends with a word that needs more after it ("ได้รับการ"), or
    ``after`` begins with a word that carries on a phrase ("แก่ผู้ทำความดี").

    >>> leaves_phrase_open("มีประชาชนได้รับการ"), leaves_phrase_open("เทศบาลดำเนินการ")
    (True, False)
    >>> leaves_phrase_open("การยกย่องเชิดชูเกียรติ", "แก่ผู้ทำความดี")
    True
    """
    no_end, no_start, _, _ = _open_clause_words()
    right = thai_tokens(after.lstrip()[:30]) if _THAI_START.search(after.lstrip()) else []
    return _last_token(before) in no_end or bool(right and right[0] in no_start)


_CUT_NUMBER = re.compile(r"^[0-9๐-๙]{1,3}[.,][0-9๐-๙]?$")
_NUMBER_REST = re.compile(r"^[0-9๐-๙]{1,2}(?![0-9๐-๙.,])")


def join_lines(text: str) -> str:
    """Join the wrapped lines of a paragraph or a table cell.

    >>> join_lines("ประชาสัมพัน\\nธ์ให้ทราบ")
    'ประชาสัมพันธ์ให้ทราบ'
    >>> join_lines("1. ก\\n2. ข")
    '1. ก\\n2. ข'
    >>> join_lines("สำนักปลัด\\nกองคลัง")
    'สำนักปลัด กองคลัง'
    >>> join_lines("๙๐.๑\\n๒")
    '๙๐.๑๒'
    """
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if not lines:
        return ""
    out = lines[0]
    for previous, line in zip(lines, lines[1:]):
        if _CUT_NUMBER.match(previous) and _NUMBER_REST.match(line):
            out += line  # "๙๐.๑" | "๒": a narrow cell broke the number
        elif _LIST_ITEM.match(line):
            out += "\n" + line
        elif breaks_inside_word(out, line) or wraps_tight(out, line):
            out += line
        else:
            out += " " + line
    return out
