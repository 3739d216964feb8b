"""Repairs for Thai text taken from PDF text layers, one rule per function.

:func:`repair_thai` chains them in a fixed order; each can be used on its own.
What goes wrong in text layers (issue #3): legacy fonts put shifted marks in the Private Use
Area, SARA AM comes doubled (ดำาเนิน), split (ํา) or without its NIKHAHIT ("ค าน า"), spaces
appear before combining marks ("ถ ึง"), tone marks precede the vowel they sit on, and fonts
with no ToUnicode map give TIS-620 bytes read as Latin-1 (``¡ÒÃ`` for การ).
"""

from __future__ import annotations

import re
from functools import cache

from ita.normalise.lexicons import load
from ita.normalise.text import NIKHAHIT, SARA_AA, SARA_AM, TONE_MARKS, join_sara_am

CONSONANTS = "\u0e01-\u0e2e"
ABOVE_BELOW_VOWELS = "\u0e31\u0e34-\u0e3a\u0e47"
COMBINING = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"


@cache
def _pua_table() -> dict[int, str]:
    return {int(r["pua"], 16): chr(int(r["char"], 16)) for r in load("thai_pua")}


def map_pua(text: str) -> str:
    """Replace legacy-font Private Use Area glyphs by the Thai characters they draw.

    >>> map_pua("\\uf70f") == "\\u0e0d", map_pua("ที\\uf70b") == "ที\\u0e49"
    (True, True)
    """
    return text.translate(_pua_table())


_DOUBLED_AM = re.compile(SARA_AM + SARA_AA)


def fix_doubled_sara_am(text: str) -> str:
    """ดำาเนิน → ดำเนิน: a SARA AA repeated after SARA AM is the AM's own second half.

    >>> fix_doubled_sara_am("ดำาเนินการ")
    'ดำเนินการ'
    """
    return _DOUBLED_AM.sub(SARA_AM, text)


_SPACE_BEFORE_MARK = re.compile(rf"(?<=[\u0e01-\u0e4e]) +(?=[{COMBINING}])")


def drop_space_before_marks(text: str) -> str:
    """ถ ึง → ถึง: a combining mark never starts a word, so a space before it is an artefact.

    >>> drop_space_before_marks("ถ ึง")
    'ถึง'
    """
    return _SPACE_BEFORE_MARK.sub("", text)


_LOST_NIKHAHIT = re.compile(rf"(?<=[{CONSONANTS}])([{TONE_MARKS}]?) {SARA_AA}")


def restore_lost_nikhahit(text: str) -> str:
    """ค าน า → คำนำ: SARA AA never follows a space inside Thai text; where it does, the space
    stands for the NIKHAHIT of a SARA AM the text layer lost.

    >>> restore_lost_nikhahit("ค าน า")
    'คำนำ'
    """
    return _LOST_NIKHAHIT.sub(lambda m: m.group(1) + SARA_AM, text)


_TONE_BEFORE_VOWEL = re.compile(rf"([{TONE_MARKS}\u0e4c])([{ABOVE_BELOW_VOWELS}])")


def order_marks(text: str) -> str:
    """Put a vowel mark before the tone mark on the same consonant (Unicode order).

    >>> order_marks("ช\\u0e49\\u0e35") == "ช\\u0e35\\u0e49"
    True
    """
    return _TONE_BEFORE_VOWEL.sub(r"\2\1", text)


_DUPLICATE_MARK = re.compile(rf"([{COMBINING}])\1+")


def drop_repeated_marks(text: str) -> str:
    """The same combining mark twice in a row is never meant (ค่่มือ → ค่มือ; the lost SARA UU
    of คู่มือ needs the dictionary or a second source to come back).

    >>> drop_repeated_marks("ค\\u0e48\\u0e48มือ") == "ค\\u0e48มือ"
    True
    """
    return _DUPLICATE_MARK.sub(r"\1", text)


_LATIN1_THAI = re.compile(r"[\u00a1-\u00fb]{2,}")


def fix_tis620_mojibake(text: str) -> str:
    """¡ÒÃ → การ: TIS-620 bytes that were decoded as Latin-1 (fonts with no ToUnicode map).

    Only runs of two or more such characters in text that has no Thai letters are converted.

    >>> fix_tis620_mojibake("¡ÒÃ»ÃÐàÁÔ¹")
    'การประเมิน'
    """
    if re.search("[\u0e01-\u0e5b]", text):
        return text

    def convert(match: re.Match[str]) -> str:
        try:
            return match.group(0).encode("latin-1").decode("cp874")
        except UnicodeError:
            return match.group(0)

    return _LATIN1_THAI.sub(convert, text)


def repair_thai(text: str) -> str:
    """The whole chain, in order: mojibake, PUA, SARA AM (split, doubled, lost), spaces before
    marks, mark order, repeated marks.

    >>> repair_thai("ดํ าเนินการ ต\\uf70bอง")
    'ดำเนินการ ต้อง'
    """
    text = fix_tis620_mojibake(text)
    text = map_pua(text)
    text = drop_space_before_marks(text.replace(NIKHAHIT + " ", NIKHAHIT))
    text = join_sara_am(text)
    text = fix_doubled_sara_am(text)
    text = restore_lost_nikhahit(text)
    text = order_marks(text)
    return drop_repeated_marks(text)
