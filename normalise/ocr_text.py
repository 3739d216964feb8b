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
from functools import cache

from ita.normalise.lexicons import load
from ita.normalise.quality import thai_dictionary, thai_tokens
from ita.normalise.scores import GRADE_WORD, GRADES
from ita.normalise.text import SMALL_MARKS, without_small_marks
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


def lenient(word: str) -> str:
    """A regular expression for ``word`` as OCR may write it: small marks lost or changed,
    single spaces inside (คะแนนภาพ รวม, อยู่ที).

    >>> bool(re.fullmatch(lenient("คะแนนภาพรวมอยู่ที่"), "คะแนนภาพ รวมอยู่ที"))
    True
    """
    skeleton = without_small_marks(word.replace(" ", ""))
    return " ?".join(re.escape(ch) + f"[{SMALL_MARKS}]*" for ch in skeleton)


@cache
def _vocabulary() -> tuple[re.Pattern[str], dict[str, str]]:
    """The report's closed vocabularies (table headers, indicator names, months, units), as
    one pattern matching each word with any of its small marks lost or changed."""
    words: set[str] = set()
    for row in load("table_headers"):
        words.add(row["synonym"])
    for row in load("indicators"):
        words.update([row["name"], *row["variants"].split("|")])
    for row in load("months"):
        words.add(row["full"])
    for row in load("units"):
        words.add(row["unit"])
    by_skeleton: dict[str, str] = {}
    for word in words:
        word = word.replace(" ", "")
        if len(word) >= 4:
            by_skeleton.setdefault(without_small_marks(word), word)
    alternatives = [lenient(skeleton) for skeleton in sorted(by_skeleton, key=len, reverse=True)]
    return re.compile("|".join(alternatives)), by_skeleton


def restore_vocabulary_marks(text: str) -> str:
    """ตัวชีวัด → ตัวชี้วัด, ขันตอน → ขั้นตอน, ประเด นทีต้องแก ไข → ประเด็นที่ต้องแก้ไข: a word
    of the closed vocabularies read with a tone mark or THANTHAKHAT lost or wrong, or with
    spaces inside, is written as the vocabulary has it.

    >>> restore_vocabulary_marks("ตัวชีวัดของการประเมิน ขันตอน กองคลัง")
    'ตัวชี้วัดของการประเมิน ขั้นตอน กองคลัง'
    >>> restore_vocabulary_marks("ประเด นทีต้องแก ไข/ ปรับปรุง")
    'ประเด็นที่ต้องแก้ไข/ ปรับปรุง'
    """
    pattern, by_skeleton = _vocabulary()
    return pattern.sub(
        lambda m: by_skeleton.get(without_small_marks(m.group(0).replace(" ", "")), m.group(0)), text)


_LETTER_SPACE_DOT = re.compile(r"(?<![\u0e01-\u0e4e])([\u0e01-\u0e2e]) +\.")
_DOT_SPACE_LETTER = re.compile(r"(?<![\u0e01-\u0e4e])([\u0e01-\u0e2e]\.) +(?=[\u0e01-\u0e2e]\.)")


def join_abbreviations(text: str) -> str:
    """พ .ศ . → พ.ศ., ป.ป .ช . → ป.ป.ช.: no space inside an abbreviation of single letters
    and dots; and Tesseract's Latin readings of พ.ศ. ("WA.") before a number put right
    (lexicon ``ocr_misreadings``).

    >>> join_abbreviations("ประจำปี พ .ศ . ๒๕๖๘ และ WA. ๒๕๖๕ สำนักงาน ป.ป .ช .")
    'ประจำปี พ.ศ. ๒๕๖๘ และ พ.ศ. ๒๕๖๕ สำนักงาน ป.ป.ช.'
    """
    for _ in range(2):
        text = _DOT_SPACE_LETTER.sub(r"\1", _LETTER_SPACE_DOT.sub(r"\1.", text))
    return _misreading_pattern().sub(lambda m: _misreadings()[m.group(1)], text)


@cache
def _misreadings() -> dict[str, str]:
    return {row["read"]: row["meant"] for row in load("ocr_misreadings")}


@cache
def _misreading_pattern() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(r) for r in sorted(_misreadings(), key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])({alternatives})(?=\s*[{DIGITS}])")


_SPECK = re.compile(r"^(?:[a-z]{1,3}|['\"`!|~^;_]{1,2}|[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+)$")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e2e]")


def drop_specks(text: str) -> str:
    """Drop what Tesseract read from specks and stray marks beside Thai words: lone lower-case
    Latin letters (up to three), quote-like signs and Thai marks standing as words, when a
    Thai word is next to them, or the line has nothing else.

    >>> drop_specks("็ aly ้ ry v ประเด็นที่ต้องแก้ไข")
    'ประเด็นที่ต้องแก้ไข'
    >>> drop_specks("็ aly ้ ry v\\nประเด็นที่ต้องแก้ไข")
    'ประเด็นที่ต้องแก้ไข'
    >>> drop_specks("! ส al ผลคะแนน OIT พบว่า")
    'ส ผลคะแนน OIT พบว่า'
    >>> drop_specks("ระบบ e-service และ Line")
    'ระบบ e-service และ Line'
    >>> drop_specks("อยู่ในระดับ c โดยมี")
    'อยู่ในระดับ c โดยมี'
    """
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        speck = [bool(w) and bool(_SPECK.match(w)) for w in words]
        if all(speck[i] or not w for i, w in enumerate(words)) and any(speck):
            continue  # a line of nothing but specks (the marks above a line, read apart)
        keep = []
        for i, word in enumerate(words):
            if speck[i] and _beside_thai(words, speck, i) and not _grade_letter(words, i):
                continue
            keep.append(word)
        out.append(" ".join(keep))
    return "\n".join(out)


def _grade_letter(words: list[str], i: int) -> bool:
    """"อยู่ในระดับ c": a lone letter of the grade scale after the grade word is no speck."""
    return (words[i].upper() in GRADES and i > 0
            and words[i - 1].endswith(GRADE_WORD))


def _beside_thai(words: list[str], speck: list[bool], i: int) -> bool:
    """A Thai word is the first non-speck word on one side of word ``i``."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(words) and (speck[j] or not words[j]):
            j += step
        if 0 <= j < len(words) and _THAI_LETTER.search(words[j]):
            return True
    return False


def repair_ocr_text(text: str) -> str:
    """The OCR rules in order: specks, marks on digits, impossible spaces, abbreviations,
    spaces inside words, marks of vocabulary words.

    >>> repair_ocr_text("การใช้อำ น าจ ค ะแนน ๙่๙.๖๐")
    'การใช้อำนาจ คะแนน ๙๙.๖๐'
    """
    text = join_abbreviations(drop_impossible_spaces(drop_marks_after_digits(drop_specks(text))))
    return restore_vocabulary_marks(drop_spaces_inside_words(text))
