"""The ten ITA indicators and three tools: canonical names, numbers and codes.

Names are matched with spaces removed and a leading ด้าน dropped, exactly against the
spellings in ``lexicons/indicators.tsv`` and then by rapidfuzz similarity, so that OCR slips
and small variants ("ใช้อำนาจ", "การปรับปรุงระบบการทำงาน") find their indicator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ita.normalise.digits import thai_to_ascii_digits
from ita.normalise.lexicons import load
from ita.normalise.text import compact, line_skeleton
from rapidfuzz import fuzz, process

TOOLS = ("IIT", "EIT", "OIT")
NUMBERED_SCORE = 70.0  # similarity enough for a damaged name written with its number


@dataclass(frozen=True)
class Indicator:
    number: int
    tool: str
    name: str


@cache
def indicators() -> dict[int, Indicator]:
    """The ten indicators by number.

    >>> indicators()[7].name
    'ประสิทธิภาพการสื่อสาร'
    """
    return {
        int(r["indicator_no"]): Indicator(int(r["indicator_no"]), r["tool"], r["name"])
        for r in load("indicators")
    }


@cache
def _spellings() -> dict[str, int]:
    out: dict[str, int] = {}
    for row in load("indicators"):
        number = int(row["indicator_no"])
        for spelling in [row["name"], *row["variants"].split("|")]:
            if spelling:
                out[compact(spelling)] = number
    return out


def tool_of(number: int) -> str:
    """The tool an indicator number belongs to (1-5 IIT, 6-8 EIT, 9-10 OIT).

    >>> tool_of(8)
    'EIT'
    """
    if number not in indicators():
        raise ValueError(f"no ITA indicator {number}")
    return indicators()[number].tool


def _key(name: str) -> str:
    key = compact(name)
    key = re.sub(r"^ด้าน", "", key)
    return key.strip(".:-")


@cache
def _skeletons() -> dict[str, int]:
    return {line_skeleton(spelling): number for spelling, number in _spellings().items()}


def match_indicator(name: str, min_score: float = 85.0, number: int | None = None
                    ) -> Indicator:
    """The indicator a written name means; ``number``, when the name was written with one,
    lets a name damaged by OCR through if it is still near that indicator's (NUMBERED_SCORE).

    >>> match_indicator("ใช้อำนาจ").number
    3
    >>> match_indicator("การปรับปรุงระบบการทำงาน").name
    'การปรับปรุงการทำงาน'
    >>> match_indicator("การเปิดเผยข้อมุล").number
    9
    >>> match_indicator("การปฏิบัติบ a หนาท", number=1).number
    1
    """
    key = _key(name)
    if not key:
        raise ValueError("empty indicator name")
    spellings = _spellings()
    if key in spellings:
        return indicators()[spellings[key]]
    best = process.extractOne(key, spellings.keys(), scorer=fuzz.ratio, score_cutoff=min_score)
    if best is not None:
        return indicators()[spellings[best[0]]]
    skeleton = line_skeleton(key)
    if skeleton:
        found = process.extractOne(skeleton, _skeletons().keys(), scorer=fuzz.ratio,
                                   score_cutoff=min_score if number is None else NUMBERED_SCORE)
        if found is not None and (number is None or _skeletons()[found[0]] == number):
            return indicators()[_skeletons()[found[0]]]
    raise ValueError(f"not an ITA indicator name: {name!r}")


@cache
def indicator_name_regex() -> re.Pattern[str]:
    """A regex finding any indicator spelling in running text: spaces allowed anywhere, and
    any mark above or below the line lost, added or changed (a typist's "ประสิทธภาพ", OCR's
    "การเจาหนาท"); :func:`indicator_of_spelling` maps what it finds back.

    >>> indicator_name_regex().search("ได้แก่ ประสิทธภาพการสื่อสาร (๘๓.๒๗)").group(0)
    'ประสิทธภาพการสื่อสาร'
    """
    skeletons = sorted({line_skeleton(s) for s in _spellings()}, key=len, reverse=True)
    marks = f"[{_MARKS}]*"
    alternatives = [r"\s*".join(re.escape(ch) + marks for ch in s) for s in skeletons if s]
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # the vowels and marks above and below the line


@cache
def short_name_regex() -> re.Pattern[str]:
    """Short names ("การสื่อสาร") that mean an indicator only right after ตัวชี้วัด or ด้าน;
    group 1 is the short name.

    >>> short_name_regex().search("ตัวชี้วัดการสื่อสารได้ร้อยละ ๘๐").group(1)
    'การสื่อสาร'
    >>> short_name_regex().search("มาตรการสื่อสารข้อมูล") is None
    True
    """
    shorts = sorted((s for r in load("indicators") for s in r.get("short", "").split("|") if s),
                    key=len, reverse=True)
    return re.compile(r"(?:ตัวชี้วัด|ด้าน)\s*(" + "|".join(map(re.escape, shorts)) + ")")


def indicator_of_short_name(short: str) -> Indicator:
    """The indicator a short name from :func:`short_name_regex` means."""
    for row in load("indicators"):
        if short in row.get("short", "").split("|"):
            return indicators()[int(row["indicator_no"])]
    raise ValueError(f"not a short indicator name: {short!r}")


def indicator_of_spelling(found: str) -> Indicator:
    """The indicator of a spelling found by :func:`indicator_name_regex`."""
    key = compact(found)
    number = _spellings().get(key) or _skeletons()[line_skeleton(key)]
    return indicators()[number]


_NUMBERED = re.compile(r"^\s*(?:ตัวชี้วัดที่\s*)?([0-9]{1,2})\s*[.)]?\s*(.*)$", re.S)


def split_numbered_name(text: str) -> tuple[int | None, str]:
    """Split "๓.การใช้ อำนาจ" into (3, "การใช้ อำนาจ"); text with no leading number -> (None, text).

    >>> split_numbered_name("๑๐.การป้องกันการทุจริต")
    (10, 'การป้องกันการทุจริต')
    >>> split_numbered_name("การเปิดเผยข้อมูล")
    (None, 'การเปิดเผยข้อมูล')
    """
    ascii_text = thai_to_ascii_digits(text)
    match = _NUMBERED.match(ascii_text)
    if match and match.group(2).strip() and not match.group(2).lstrip()[:1].isdigit():
        number = int(match.group(1))
        rest_start = len(ascii_text) - len(match.group(2))
        return number, text[rest_start:].strip()
    return None, text.strip()


@cache
def _tool_codes() -> dict[str, str]:
    return {code.upper(): row["tool"] for row in load("tools") for code in row["codes"].split("|")}


def normalise_tool(text: str) -> str:
    """A tool code as written (IIT, IIIT, IT, ETT, 0IT ...) as IIT, EIT or OIT.

    >>> normalise_tool("IIIT"), normalise_tool(" ETT "), normalise_tool("IT")
    ('IIT', 'EIT', 'IIT')
    """
    key = re.sub(r"[^0-9A-Za-z]", "", text).upper()
    if key in _tool_codes():
        return _tool_codes()[key]
    raise ValueError(f"not an ITA tool code: {text!r}")


_CODE_IN_TEXT = re.compile(r"(?<![A-Za-z0-9])([IEO0][A-Za-z0-9]{0,3}T)(?![A-Za-z0-9])")


def find_tool(text: str) -> str | None:
    """The tool a heading or section row names, by code or by the questionnaire's Thai name.

    >>> find_tool("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)")
    'EIT'
    >>> find_tool("๑. ด้าน IT พบว่า ผลคะแนน")
    'IIT'
    >>> find_tool("แบบวัดการเปิดเผยข้อมูลสาธารณะ")
    'OIT'
    """
    for match in _CODE_IN_TEXT.finditer(text):
        try:
            return normalise_tool(match.group(1))
        except ValueError:
            continue
    key = compact(text)
    for row in load("tools"):
        if any(compact(name) in key for name in row["thai_names"].split("|")):
            return row["tool"]
    return None
