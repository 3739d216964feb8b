"""Provinces, districts and subdistricts, from the DOPA gazetteer that geothai ships.

Names in reports run on into the next word ("จังหวัดร้อยเอ็ดมี..."), so the functions here look
for the longest gazetteer name that begins a written token.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache

import geothai
from ita.normalise.text import without_small_marks
from rapidfuzz.distance import Levenshtein

DISTRICT_WORD = "อำเภอ"
PROVINCE_WORD = "จังหวัด"
SUBDISTRICT_WORD = "ตำบล"
CAPITAL_DISTRICT = "เมือง"  # อำเภอเมือง: the capital district, named เมืองX after its province
DISTRICT_WINDOW = 40  # characters before จังหวัด looked at for อำเภอX
_THAI_NAME = re.compile(r"[\u0e01-\u0e4e]{2,30}")


@cache
def _province_names() -> dict[str, str]:
    return {p.name_th: p.code for p in geothai.provinces()}


@cache
def _districts_of(province_code: str) -> dict[str, str]:
    """A province's districts: name → DOPA code."""
    return {d.name_th: d.code for d in geothai.districts(province_code)}


@cache
def _province_of_code() -> dict[str, str]:
    return {code: name for name, code in _province_names().items()}


@cache
def _district_names() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for province_code in _province_names().values():
        for d in geothai.districts(province_code):
            out.setdefault(d.name_th, []).append(d.code)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _subdistrict_names() -> frozenset[str]:
    names: set[str] = set()
    for district_codes in _district_names().values():
        for code in district_codes:
            names.update(s.name_th for s in geothai.subdistricts(code))
    return frozenset(names)


def _longest_prefix(token: str, names: Collection[str]) -> str | None:
    for end in range(len(token), 1, -1):
        if token[:end] in names:
            return token[:end]
    return None


def province_prefix(token: str) -> str | None:
    """The province name that begins ``token``, if any.

    >>> province_prefix("ร้อยเอ็ดมีมาตรฐาน")
    'ร้อยเอ็ด'
    """
    return _longest_prefix(token, _province_names())


def district_prefix(token: str, province: str | None = None) -> str | None:
    """The district name that begins ``token`` (within ``province`` when given), if any.

    >>> district_prefix("เมืองร้อยเอ็ด")
    'เมืองร้อยเอ็ด'
    """
    if province and province in _province_names():
        code = _province_names()[province]
        names = _districts_of(code)
        return _longest_prefix(token, names)
    return _longest_prefix(token, _district_names())


@cache
def _all_place_names() -> frozenset[str]:
    return _subdistrict_names() | frozenset(_district_names()) | frozenset(_province_names())


def place_name_prefix(token: str) -> str | None:
    """The longest subdistrict, district or province name that begins ``token``.

    >>> place_name_prefix("นาหนองทุ่มพบว่า"), place_name_prefix("นาหนองหุ้ม")
    ('นาหนองทุ่ม', None)
    """
    return _longest_prefix(token, _all_place_names())


def is_place_name(name: str) -> bool:
    """True when ``name`` is a current subdistrict, district or province name.

    >>> is_place_name("นาหนองทุ่ม"), is_place_name("นาหนองหุ้ม")
    (True, False)
    """
    return name in _all_place_names()


def district_before(text: str) -> str | None:
    """The district written at the end of ``text`` as "อำเภอX" (the text before a province),
    finding the word อำเภอ even with one letter wrong, lost or added by OCR.

    >>> district_before("องค์การบริหารส่วนตำบลเหล อำเภกอกะปอง ")
    'กะปอง'
    >>> district_before("ตำบลกุดบง อำเภอโพธิ์ชัย"), district_before("ตำบลกุดบง")
    ('โพธิ์ชัย', None)
    """
    text = text[-DISTRICT_WINDOW:]
    best: tuple[int, int, int] | None = None  # (distance, -length, -start)
    for start in range(len(text)):
        for length in range(len(DISTRICT_WORD) - 1, len(DISTRICT_WORD) + 2):
            piece = text[start:start + length]
            if len(piece) < length:
                break
            distance = Levenshtein.distance(piece, DISTRICT_WORD)
            key = (distance, -length, -start)
            if distance <= 1 and (best is None or key < best):
                best = key
    if best is None:
        return None
    rest = text[-best[2] - best[1]:].strip()
    return rest if _THAI_NAME.fullmatch(rest) else None


def spelling_of(names: Iterable[str]) -> str | None:
    """The name most written, variants that differ only in small marks counted together, in
    the spelling with the most marks (OCR loses marks far more often than it adds them).

    >>> spelling_of(["โพธิชัย", "โพธิ์ชัย", "โพธิชัย"])
    'โพธิ์ชัย'
    """
    by_skeleton: dict[str, Counter[str]] = {}
    for name in names:
        by_skeleton.setdefault(without_small_marks(name), Counter())[name] += 1
    if not by_skeleton:
        return None
    spellings = max(by_skeleton.values(), key=lambda c: sum(c.values()))
    return max(spellings, key=lambda n: (len(n) - len(without_small_marks(n)), spellings[n]))


@dataclass(frozen=True)
class Place:
    """A report's district and province resolved against the gazetteer: the DOPA name and
    code of each (None when it cannot be told), and how the report wrote them."""

    district: str | None = None
    district_code: str | None = None
    province: str | None = None
    province_code: str | None = None
    district_raw: str | None = None
    province_raw: str | None = None


def _closest(written: str, names: Iterable[str]) -> str | None:
    """The one name equal to ``written`` but for small marks, or else within a few edits of
    it (one per five letters, at least one: กะปอง → กะปง); None when none is, or when two are
    equally close."""
    names = list(names)
    if written in names:
        return written
    skeleton = without_small_marks(written)
    same = [n for n in names if without_small_marks(n) == skeleton]
    if len(same) == 1:
        return same[0]
    limit = max(1, len(written) // 5)
    scored = sorted((Levenshtein.distance(written, n), n) for n in names)
    scored = [(d, n) for d, n in scored if d <= limit]
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def resolve_province(written: str | None) -> tuple[str, str] | None:
    """The gazetteer name and DOPA code of a province as written (typos and OCR slips within
    a few edits).

    >>> resolve_province("พังงา"), resolve_province("ร้อยเอ็จ")
    (('พังงา', '82'), ('ร้อยเอ็ด', '45'))
    """
    if not written:
        return None
    name = _closest(written, _province_names())
    return (name, _province_names()[name]) if name else None


def resolve_district(written: str | None, province_code: str | None = None
                     ) -> tuple[str, str] | None:
    """The gazetteer name and DOPA code of a district as written, within the province when
    its code is given, else among all districts when the name is found in one province only.

    >>> resolve_district("กะปอง", "82"), resolve_district("โพธิ์ชัย", "45")
    (('กะปง', '8203'), ('โพธิ์ชัย', '4508'))
    >>> resolve_district("โพธิ์ชัย", "43")  # หนองคาย has no such district (โพธิ์ตาก is far)
    >>> resolve_district("กะปง"), resolve_district("เมือง")
    (('กะปง', '8203'), None)
    """
    if not written:
        return None
    if province_code:
        codes = _districts_of(province_code)
        if written == CAPITAL_DISTRICT:
            written = CAPITAL_DISTRICT + _province_of_code().get(province_code, "")
        name = _closest(written, codes)
        return (name, codes[name]) if name else None
    name = _closest(written, _district_names())
    if name is None or len(_district_names()[name]) != 1:
        return None  # a name several provinces have (บ้านนา, เมือง…) needs the province
    return name, _district_names()[name][0]


def resolve_place(district: str | None, province: str | None) -> Place:
    """District and province as written → gazetteer names and codes; the province is filled
    from the district when the report names only the district and no other province has it.

    >>> resolve_place("กะปอง", "พังงา")
    Place(district='กะปง', district_code='8203', province='พังงา', province_code='82', \
district_raw='กะปอง', province_raw='พังงา')
    """
    found_province = resolve_province(province)
    found_district = resolve_district(district, found_province[1] if found_province else None)
    if found_district and not found_province and not province:
        code = found_district[1][:2]
        found_province = (_province_of_code()[code], code)
    return Place(
        district=found_district[0] if found_district else district,
        district_code=found_district[1] if found_district else None,
        province=found_province[0] if found_province else province,
        province_code=found_province[1] if found_province else None,
        district_raw=district, province_raw=province)


TOWN_TYPES = ("เทศบาลนคร", "เทศบาลเมือง")  # named after their town: often the district's
PROVINCE_TYPE = "อบจ."  # named after its province


def place_from_name(org_type: str | None, name: str, province_code: str | None = None
                    ) -> tuple[str | None, str | None]:
    """(district, province) an organisation's own name implies, as the gazetteer names them:
    an อบจ. is its province's; a เทศบาลนคร/เมือง named after a province is in its capital
    district, one named after a district (the only one so called, or the one in the province
    the report names) is in it.

    >>> place_from_name("อบจ.", "ลำปาง"), place_from_name("เทศบาลนคร", "ขอนแก่น")
    ((None, 'ลำปาง'), ('เมืองขอนแก่น', 'ขอนแก่น'))
    >>> place_from_name("เทศบาลเมือง", "บ้านไผ่"), place_from_name("เทศบาลเมือง", "แสนสุข")
    (('บ้านไผ่', 'ขอนแก่น'), (None, None))
    """
    if org_type == PROVINCE_TYPE:
        found = resolve_province(name)
        return (None, found[0]) if found and found[0] == name else (None, None)
    if org_type not in TOWN_TYPES:
        return None, None
    if name in _province_names():
        return CAPITAL_DISTRICT + name, name
    district = resolve_district(name, province_code)
    if district is None or district[0] != name:
        return None, None
    return district[0], _province_of_code()[district[1][:2]]


def districts_with_subdistrict(name: str, province_code: str) -> list[str]:
    """The districts of a province that have a subdistrict called ``name``.

    >>> districts_with_subdistrict("กุดบง", "43")
    ['โพนพิสัย']
    """
    return [d.name_th for d in geothai.districts(province_code)
            if any(s.name_th == name for s in geothai.subdistricts(d.code))]
