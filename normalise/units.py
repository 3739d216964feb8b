"""Responsible units ("ผู้รับผิดชอบ") as a list of unit names.

A cell may list units numbered ("๑. สำนักปลัด ๒. กองคลัง"), by comma or line, or only by
spaces ("สำนักปลัด กองคลัง กองช่าง"), and a single unit may be broken by a line wrap
("กอง ยุทธศาสตร์ และ งบประมาณ").  Known units (``lexicons/units.tsv``) are matched with spaces
removed, longest first; otherwise a word that starts with a unit head (``lexicons/unit_heads.tsv``:
สำนัก, กอง, งาน ...) begins a new unit and any other word continues the one before.
Slash pairs such as "งานพัสดุ/กองคลัง" and "ทุกสำนัก/กอง" stay one unit.
"""

from __future__ import annotations

import re
from functools import cache

from ita.normalise.digits import thai_to_ascii_digits
from ita.normalise.lexicons import load
from ita.normalise.text import compact, line_skeleton
from rapidfuzz import fuzz, process

_AND = "และ"


@cache
def _known_units() -> dict[str, str]:
    return {compact(r["unit"]): r["unit"] for r in load("units")}


@cache
def _unit_skeletons() -> dict[str, str]:
    """Known units by their line skeleton (marks above and below dropped), where that is
    unambiguous: the spelling OCR leaves when it loses marks."""
    by_skeleton: dict[str, set[str]] = {}
    for unit in _known_units().values():
        by_skeleton.setdefault(line_skeleton(unit), set()).add(unit)
    return {k: next(iter(v)) for k, v in by_skeleton.items() if len(v) == 1 and len(k) >= 5}


@cache
def _heads() -> tuple[str, ...]:
    return tuple(r["head"] for r in load("unit_heads"))


@cache
def _section_of_office() -> re.Pattern[str]:
    """A section and the office it belongs to, one space apart ("งานนิติการ สำนักปลัด")."""
    rows = load("unit_heads")
    section = "|".join(r["head"] for r in rows if r["level"] == "section")
    office = "|".join(r["head"] for r in rows if r["level"] == "office")
    return re.compile(rf"((?:^|(?<=\s))(?:{section})\S+) (?=(?:{office})\S)")


_JOIN = "\u2060"  # a word joiner: keeps a section and its office one word while splitting


def starts_unit(word: str) -> bool:
    """Whether a word begins as a unit's name does ("กอง…", "สำนัก…", "ทุกกอง")."""
    return word.startswith(_heads())


def canonical_unit(name: str) -> str:
    """A unit name in its lexicon spelling; "ฯ" abbreviations expand when one unit fits.

    >>> canonical_unit("กองการ เจ้าหน้าที่")
    'กองการเจ้าหน้าที่'
    >>> canonical_unit("กองการศึกษาฯ")
    'กองการศึกษา ศาสนาและวัฒนธรรม'
    >>> canonical_unit("กองสวัสดิการสังคม")
    'กองสวัสดิการสังคม'
    >>> canonical_unit("กองการเจาหนาท")  # OCR lost the marks
    'กองการเจ้าหน้าที่'
    """
    key = compact(name)
    known = _known_units()
    if key in known:
        return known[key]
    if key.endswith("ฯ"):
        stem = key[:-1]
        longer = [v for k, v in known.items() if k.startswith(stem) and k != stem]
        if len(longer) == 1:
            return longer[0]
        return name.strip()
    best = process.extractOne(key, known.keys(), scorer=fuzz.ratio, score_cutoff=92)
    if best is not None:
        return known[best[0]]
    if (unit := _unit_skeletons().get(line_skeleton(key))) is not None:
        return unit
    return re.sub(r"\s*/\s*", "/", name.strip())


def unglue(word: str) -> list[str]:
    """A word holding several known units written together (a PDF cell's lines joined with
    no space) split into them; other words are kept whole.

    >>> unglue("กองยุทธศาสตร์และงบประมาณงานประชาสัมพันธ์")
    ['กองยุทธศาสตร์และงบประมาณ', 'งานประชาสัมพันธ์']
    >>> unglue("กองคลังและสำนักปลัดเทศบาล")
    ['กองคลัง', 'สำนักปลัดเทศบาล']
    >>> unglue("กองคลัง"), unglue("งานพัสดุ/กองคลัง")
    (['กองคลัง'], ['งานพัสดุ/กองคลัง'])
    """
    known = _known_units()
    if word in known or "/" in word:
        return [word]
    for cut in range(len(word) - 2, 2, -1):
        head, rest = word[:cut], word[cut:]
        if head in known and starts_unit(rest):
            return [head, *unglue(rest)]
        if head in known and rest.startswith(_AND) and starts_unit(rest[len(_AND):]):
            return [head, *unglue(rest[len(_AND):])]  # "กองคลังและสำนักปลัด"
    return [word]


@cache
def _org_abbreviations() -> frozenset[str]:
    return frozenset(a for r in load("org_types") for a in r["abbreviations"].split("|") if a)


def _split_words(words: list[str]) -> list[str]:
    known = _known_units()
    words = [piece for word in words for piece in unglue(word)]
    units: list[str] = []
    i = 0
    while i < len(words):
        if units and words[i] in _org_abbreviations():
            units[-1] = f"{units[-1]} {words[i]}"  # "สำนักปลัด อบจ.": whose office it is
            i += 1
            continue
        for j in range(len(words), i, -1):
            key = "".join(words[i:j])
            if key in known:
                units.append(known[key])
                i = j
                break
        else:
            current = words[i]
            i += 1
            while i < len(words) and not starts_unit(words[i]):
                if any("".join(words[i:j]) in known for j in range(i + 1, len(words) + 1)):
                    break
                if words[i] == _AND and i + 1 < len(words) and starts_unit(words[i + 1]):
                    i += 1
                    break
                current += words[i]
                i += 1
            units.append(canonical_unit(current))
    return units


_LETTER = re.compile(r"[\u0e01-\u0e2eA-Za-z]")
_LIST_MARK = re.compile(r"(?:^|\s)[0-9]{1,2}\s*[.)]\s*")


def split_units(text: str) -> list[str]:
    """The units named in a responsible-units cell, in order, without duplicates.

    >>> split_units("สำนักปลัด กองคลัง กองช่าง กองการศึกษา ศาสนาและวัฒนธรรม")
    ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา ศาสนาและวัฒนธรรม']
    >>> split_units("๑. สำนักปลัด ๒. กองคลัง")
    ['สำนักปลัด', 'กองคลัง']
    >>> split_units("งานพัสดุ/ กองคลัง")
    ['งานพัสดุ/กองคลัง']
    >>> split_units("กอง ยุทธศาสตร์ และ งบประมาณ")
    ['กองยุทธศาสตร์และงบประมาณ']
    >>> split_units("สำนักปลัด . กองคลัง")
    ['สำนักปลัด', 'กองคลัง']
    >>> split_units("งานนิติการ สำนักปลัด, กองคลัง")
    ['งานนิติการ สำนักปลัด', 'กองคลัง']
    >>> split_units("สำนักปลัด อบจ. และหน่วยตรวจสอบภายใน")
    ['สำนักปลัด อบจ.', 'หน่วยตรวจสอบภายใน']
    """
    text = thai_to_ascii_digits(text)
    text = re.sub(r"\s*/\s*", "/", text)
    text = _section_of_office().sub(rf"\1{_JOIN}", text)
    pieces = re.split(r"[,;、]+|" + _LIST_MARK.pattern, text)
    units: list[str] = []
    for piece in pieces:
        words = [w for w in piece.split() if _LETTER.search(w)]  # no "-", "•", OCR's "."
        if words and words[0] == _AND:
            words = words[1:]
        for unit in _split_words(words):
            unit = re.sub(r"^" + _AND, "", unit) if starts_unit(unit[len(_AND):]) else unit
            unit = " ".join(canonical_unit(part) for part in unit.split(_JOIN))
            if unit and unit not in units:
                units.append(unit)
    return units
