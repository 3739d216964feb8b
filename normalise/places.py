"""Provinces, districts and subdistricts, from the DOPA gazetteer that geothai ships.

Names in reports run on into the next word ("จังหวัดร้อยเอ็ดมี..."), so the functions here look
for the longest gazetteer name that begins a written token.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

import geothai


@cache
def _province_names() -> dict[str, str]:
    return {p.name_th: p.code for p in geothai.provinces()}


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
        names = {d.name_th: d.code for d in geothai.districts(code)}
        return _longest_prefix(token, names)
    return _longest_prefix(token, _district_names())


def is_place_name(name: str) -> bool:
    """True when ``name`` is a current subdistrict, district or province name.

    >>> is_place_name("นาหนองทุ่ม"), is_place_name("นาหนองหุ้ม")
    (True, False)
    """
    return name in _subdistrict_names() or name in _district_names() or name in _province_names()
