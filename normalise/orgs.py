"""Names of local governments: find them in text, expand abbreviations, pick one spelling.

An organisation is written in full ("องค์การบริหารส่วนตำบลกุดบง") or abbreviated
("อบต.กุดบง", "ทต.", "ทม.", "ทน.", "อบจ."), see ``lexicons/org_types.tsv``.  Thai has no spaces
between words, so a name found in running text may carry the following words with it
("เทศบาลเมืองร้อยเอ็ดมีมาตรฐาน..."); :func:`choose_name` settles on the name most mentions share.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ita.normalise.lexicons import load
from ita.normalise.ocr_text import lenient
from ita.normalise.places import is_place_name, place_name_prefix
from rapidfuzz import fuzz

_THAI_LETTERS = "[\u0e01-\u0e4e]+"
_SPECIAL = ("เมืองพัทยา", "กรุงเทพมหานคร")


@dataclass(frozen=True)
class OrgMention:
    org_type: str
    name: str  # the place part, e.g. "กุดบง"
    raw: str  # as written

    @property
    def full_name(self) -> str:
        return full_name(self.org_type, self.name)


@cache
def _prefixes() -> list[tuple[str, str]]:
    """(written prefix regex, org_type), longest first."""
    out: list[tuple[str, str]] = []
    for row in load("org_types"):
        if row["org_type"] in _SPECIAL:
            continue
        out.append((lenient(row["prefix"]), row["org_type"]))  # OCR: เทศบาลตำ บล
        for abbr in filter(None, row["abbreviations"].split("|")):
            letters = abbr.rstrip(".")
            out.append((re.escape(letters) + r"(?:\.\s?|\s)", row["org_type"]))
    out.sort(key=lambda p: -len(p[0]))
    return out


@cache
def _mention_regex() -> re.Pattern[str]:
    alternatives = "|".join(f"(?P<p{i}>{p})" for i, (p, _) in enumerate(_prefixes()))
    return re.compile(rf"(?:{alternatives})\s?(?P<name>{_THAI_LETTERS})(?P<rest> {_THAI_LETTERS})?")


def full_name(org_type: str, name: str) -> str:
    """The full canonical name of an organisation.

    >>> full_name("อบต.", "กุดบง")
    'องค์การบริหารส่วนตำบลกุดบง'
    """
    for row in load("org_types"):
        if row["org_type"] == org_type:
            return row["prefix"] if org_type in _SPECIAL else row["prefix"] + name
    raise ValueError(f"unknown org_type {org_type!r}")


def find_mentions(text: str) -> list[OrgMention]:
    """Every mention of a local government in ``text``, in order.

    >>> [m.full_name for m in find_mentions("อบต.กุดบง จะดำเนินการ")]
    ['องค์การบริหารส่วนตำบลกุดบง']
    >>> find_mentions("ของเทศบาลตำบลนาหนองทุ่ม พบว่า")[0].org_type
    'เทศบาลตำบล'
    >>> [m.name for m in find_mentions("เทศบาลตำ บลนาหนอง ทุ่มจัดทำ เทศบาลตำบลนาหนอง หุ้ม")]
    ['นาหนองทุ่มจัดทำ', 'นาหนอง']
    >>> [m.name for m in find_mentions("เทศบาลตำบลพนมทวน … เทศบาลตำบลฯ จะดำเนินการ")]
    ['พนมทวน']
    """
    mentions = []
    prefixes = _prefixes()
    for match in _mention_regex().finditer(text):
        group = next(k for k, v in match.groupdict().items() if v is not None and k != "name")
        org_type = prefixes[int(group[1:])][1]
        name, raw = match.group("name"), match.group(0)
        if match.group("rest"):  # นาหนอง ทุ่ม: OCR's space inside a name, if a place says so
            joined = name + match.group("rest")[1:]
            if len(place_name_prefix(joined) or "") > len(place_name_prefix(name) or name):
                name = joined
            else:
                raw = raw[:-len(match.group("rest"))]
        if name.startswith("ฯ"):
            continue  # "เทศบาลตำบลฯ": the organisation named in full elsewhere, not a name
        mentions.append(OrgMention(org_type, name, raw))
    for special in _SPECIAL:
        for match in re.finditer(special, text):
            mentions.append(OrgMention(special, "", match.group(0)))
    return mentions


@dataclass(frozen=True)
class ChosenName:
    mention: OrgMention
    variants: tuple[str, ...]  # other spellings of the same organisation, full names


def _similar(a: str, b: str) -> bool:
    return fuzz.ratio(a, b) >= 75


def choose_name(mentions: list[OrgMention]) -> ChosenName | None:
    """The organisation a report is about, from all its mentions.

    A mention whose name merely extends a shorter mention's name (the next words run on) counts
    for the shorter one.  Spellings that differ by a letter or two (OCR slips, typos) are one
    organisation: the spelling that is a real place name in the gazetteer wins, then the most
    frequent, then the first; the others are returned as variants.
    """
    if not mentions:
        return None
    names = [m.name for m in mentions]
    distinct = set(names)

    def base(name: str) -> str:
        if place := place_name_prefix(name):
            return place  # นาหนองทุ่มพบว่า… → นาหนองทุ่ม, though นาหนอง is written too
        shorter = [n for n in distinct if n != name and name.startswith(n) and len(n) >= 2]
        return min(shorter, key=len) if shorter else name

    bases = [(m.org_type, base(m.name)) for m in mentions]
    counts = Counter(bases)
    order = {key: i for i, key in reversed(list(enumerate(bases)))}
    clusters: list[list[tuple[str, str]]] = []
    for key in sorted(counts, key=lambda k: (-counts[k], order[k])):
        for cluster in clusters:
            head = cluster[0]
            if head[0] == key[0] and _similar(head[1], key[1]):
                cluster.append(key)
                break
        else:
            clusters.append([key])

    def weight(cluster: list[tuple[str, str]]) -> tuple[int, int]:
        return sum(counts[k] for k in cluster), -min(order[k] for k in cluster)

    best = max(clusters, key=weight)
    best.sort(key=lambda k: (not is_place_name(k[1]), -counts[k], order[k]))
    org_type, name = best[0]
    exact = [m for m in mentions if (m.org_type, m.name) == (org_type, name)]
    if exact:
        chosen = exact[0]
    else:  # every mention runs on into the next words: keep the written prefix and the name
        first = next(m for m in mentions if (m.org_type, base(m.name)) == (org_type, name))
        chosen = OrgMention(org_type, name, first.raw[: len(first.raw) - len(first.name)] + name)
    variants = tuple(full_name(t, n) for t, n in best[1:])
    return ChosenName(chosen, variants)


def org_type_of(name: str) -> str | None:
    """The org_type of a full or abbreviated organisation name.

    >>> org_type_of("เทศบาลเมืองร้อยเอ็ด")
    'เทศบาลเมือง'
    """
    mentions = find_mentions(name)
    return mentions[0].org_type if mentions else None
