"""How good a page's Thai text is: the share of its Thai characters that fall in dictionary
words (pythainlp's newmm tokeniser and word list).

Clean report text scores about 0.95 (names and typos are not in the dictionary); text layers
with broken marks ("ดำาเนิน", "ตัวชวี้ ัด") or OCR noise score lower, so users can filter pages
on ``pages.quality``.
"""

from __future__ import annotations

import math
import re
from functools import cache

_THAI = re.compile(r"[\u0e01-\u0e4e]")
_NUMBER = re.compile(r"^[0-9๐-๙.,/]+$")


@cache
def thai_dictionary() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


def thai_tokens(text: str) -> list[str]:
    """Words of ``text`` by pythainlp's newmm tokeniser, white space dropped."""
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(text, engine="newmm", keep_whitespace=False)


@cache
def _frequencies() -> dict[str, int]:
    from pythainlp.corpus import tnc

    return dict(tnc.word_freqs())


@cache
def _corpus_size() -> int:
    return sum(_frequencies().values())


def text_likelihood(text: str) -> tuple[float, float]:
    """How Thai a reading is, to choose between readings of the same damaged text: its
    dictionary quality, then its log-probability as a sequence of words under a unigram model
    of the Thai National Corpus (pythainlp's bundled ``tnc_freq``, add-one smoothed), so that
    one common word beats two rare ones.

    >>> text_likelihood("ที่เกี่ยวข้อง") > text_likelihood("ทู่เกี่ยวข้อง")
    True
    >>> text_likelihood("คู่มือ") > text_likelihood("คี่มือ")
    True
    """
    tokens = [t for t in thai_tokens(text) if _THAI.search(t)]
    if not tokens:
        return 0.0, -math.inf
    frequencies, size = _frequencies(), _corpus_size()
    log_probability = sum(math.log((frequencies.get(t, 0) + 1) / size) for t in tokens)
    return _dictionary_share(tokens), log_probability


def is_dictionary_text(text: str) -> bool:
    """Whether every Thai word of ``text`` is a dictionary word.

    >>> is_dictionary_text("คู่มือ"), is_dictionary_text("ค่มือ")
    (True, False)
    """
    words = thai_dictionary()
    tokens = [t for t in thai_tokens(text) if _THAI.search(t)]
    return bool(tokens) and all(t in words for t in tokens)


def thai_text_quality(text: str) -> float | None:
    """Share (0-1) of Thai characters that belong to dictionary words; None without Thai.

    >>> thai_text_quality("การประเมินคุณธรรมและความโปร่งใส")
    1.0
    >>> thai_text_quality("ดำาเนินการ ตัวชวี้ ัด") < 0.7
    True
    >>> thai_text_quality("ITA 2568") is None
    True
    """
    thai = [t for t in thai_tokens(text) if _THAI.search(t)]
    return _dictionary_share(thai) if thai else None


def _dictionary_share(thai: list[str]) -> float:
    """Share of the characters of Thai tokens that belong to dictionary words (or numbers)."""
    words = thai_dictionary()
    total = sum(len(t) for t in thai)
    good = sum(len(t) for t in thai if t in words or _NUMBER.match(t))
    return round(good / total, 3)


DAMAGE_QUALITY = 0.85  # pages of clean reports score 0.95-1.0; raw legacy text layers 0.67-0.92
_DAMAGE_PATTERNS = {
    "Private Use Area glyphs": re.compile(r"[\uf700-\uf8ff]"),
    "split SARA AM": re.compile("\u0e4d\u0e32"),
    "marks after a space": re.compile(r"(?<= )[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]"),
    "replacement characters": re.compile("[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]"),
    "Latin-1 mojibake": re.compile(r"[\u00a1-\u00fb]{3,}"),
}


def text_damage(text: str, quality: float | None) -> list[str]:
    """What looks damaged in a page's text after repair: low dictionary quality and the
    patterns broken text layers leave (each with its count); empty when the text looks clean.

    >>> text_damage("การประเมิน", 1.0)
    []
    >>> text_damage("ดําเนิน \\uf70a", 0.5)
    ['quality 0.50 < 0.85', 'Private Use Area glyphs ×1', 'split SARA AM ×1']
    """
    found = [f"quality {quality:.2f} < {DAMAGE_QUALITY}"] if quality is not None \
        and quality < DAMAGE_QUALITY else []
    for name, pattern in _DAMAGE_PATTERNS.items():
        if count := len(pattern.findall(text)):
            found.append(f"{name} ×{count}")
    return found
