"""How good a page's Thai text is: the share of its Thai characters that fall in dictionary
words (pythainlp's newmm tokeniser and word list).

Clean report text scores about 0.95 (names and typos are not in the dictionary); text layers
with broken marks ("ดำาเนิน", "ตัวชวี้ ัด") or OCR noise score lower, so users can filter pages
on ``pages.quality``.
"""

from __future__ import annotations

import re
from functools import cache

_THAI = re.compile(r"[\u0e01-\u0e4e]")
_NUMBER = re.compile(r"^[0-9๐-๙.,/]+$")


@cache
def _dictionary() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


def thai_tokens(text: str) -> list[str]:
    """Words of ``text`` by pythainlp's newmm tokeniser, white space dropped."""
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(text, engine="newmm", keep_whitespace=False)


def thai_text_quality(text: str) -> float | None:
    """Share (0-1) of Thai characters that belong to dictionary words; None without Thai.

    >>> thai_text_quality("การประเมินคุณธรรมและความโปร่งใส")
    1.0
    >>> thai_text_quality("ดำาเนินการ ตัวชวี้ ัด") < 0.7
    True
    >>> thai_text_quality("ITA 2568") is None
    True
    """
    words = _dictionary()
    thai = [t for t in thai_tokens(text) if _THAI.search(t)]
    if not thai:
        return None
    total = sum(len(t) for t in thai)
    good = sum(len(t) for t in thai if t in words or _NUMBER.match(t))
    return round(good / total, 3)
