"""What kind of document this is: an organisation's own ITA analysis report, its own ITA
measures, another document about the ITA, or not about the ITA at all.

Crawled batches hold many files that mention the ITA without being an organisation's
analysis of its own scores: OIT evidence items (O1-O43), 4-year anti-corruption plans,
procurement analyses, ministry or national summaries quoting the average of each indicator,
ranked lists of many organisations' scores.  Only the first two kinds below give records.

:func:`classify_document` weighs general cues and says which ones it found:

- the **title**: phrases of the cue lexicon (``lexicons/doc_kind.tsv``) in the first short
  paragraphs of the document (its cover or memo header), compared folded so that damaged text
  layers still match; positive for "การวิเคราะห์ผลการประเมิน…" or "มาตรการส่งเสริมคุณธรรม…",
  negative for plans, procurement analyses, codes of ethics, minutes, result announcements;
  an OIT evidence code (O12, MOIT 18) in the title, and a plan over several fiscal years;
- **headings** further on with a report or measures title phrase (a cover lost to OCR);
- **indicator scores** of the organisation itself: an indicator name followed by a score, in a
  table row or in prose; scores in a table or sentence about a national or ministry average
  are counted apart (and count against);
- the organisation's own **overall score** ("ผลคะแนน ๘๔.๗๒ คะแนน");
- **measures tables** (a header with มาตรการ/แนวทาง/กิจกรรม and ผู้รับผิดชอบ/ระยะเวลา/…) and
  analysis words (จุดแข็ง, ประเด็นที่ต้องแก้ไข, การนำผลการประเมินไปสู่การปฏิบัติ);
- **many organisations** given scores (a ranking), **national averages**, **page count**.

Each cue found adds its weight (the lexicon's, or the W_* constants below) to a balance.
A document that never mentions the ITA (or its tools IIT/EIT/OIT) is ``not_ita``.  One that
does is the organisation's own (``analysis_report`` or ``measures_announcement``) when

1. it has at least one anchor: a title or heading cue of weight 3 or more, scores of its own
   for five or more indicators, or a measures table;
2. its title is not decisively another kind (a title cue of weight -4 or less: an
   anti-corruption plan, a procurement analysis, a summary of many organisations; or a plan
   over several fiscal years) unless the title also has an anchor cue of its own kind;
3. the balance is positive.

Anything else is ``other_ita_document``.  Which of the two own kinds: the earlier anchor
phrase of the title (a report title, or a measures title); without one, scores of its own
for five or more indicators or a report heading make an analysis report, else measures.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import PurePath
from typing import Literal

from ita.normalise.digits import thai_to_ascii_digits
from ita.normalise.indicators import match_indicator
from ita.normalise.lexicons import load
from ita.schema import Document, Paragraph, Table

Kind = Literal["analysis_report", "measures_announcement", "other_ita_document", "not_ita"]
KINDS: tuple[Kind, ...] = ("analysis_report", "measures_announcement", "other_ita_document",
                           "not_ita")
RECORD_KINDS: frozenset[str] = frozenset({"analysis_report", "measures_announcement"})


@dataclass(frozen=True)
class DocKind:
    """The kind of a document and the cues that decided it (short English phrases)."""

    kind: Kind
    reasons: tuple[str, ...]

    @property
    def gives_records(self) -> bool:
        """True for the kinds records are made from (an organisation's own report or
        measures)."""
        return self.kind in RECORD_KINDS


# --- tuning ---------------------------------------------------------------------------------
TITLE_BLOCKS = 8  # the title zone: at most this many non-empty blocks from the start
TITLE_LONG = 250  # characters: a paragraph this long is body text and ends the title zone
TITLE_TABLE_ROWS = 3  # a longer table is body, not a title box
HEADING_LONG = 200  # a paragraph up to this long may be a heading
HEADING_SHARE = 0.5  # a heading cue counts this share of the title cue's weight
OWN_SCORES_ANCHOR = 5  # indicators with own scores that make a document its own report
NATIONAL_SCORES_MIN = 3  # indicators with national averages that count against
RANKING_MIN = 8  # organisations given scores that make a ranking
RANKING_LINE = 250  # characters: a longer line is prose, not a row of a ranked list
LONG_PAGES = ((100, -2.0), (60, -1.0))  # (more than this many pages, weight)
W_OWN_SCORES = {8: 4.0, 5: 3.0, 2: 1.0}  # (at least this many indicators: weight)
W_OVERALL = 1.0
W_MEASURES_TABLE = 2.0
W_WORDS_CAP = 2.0
W_NATIONAL_CAP = -3.0
W_NATIONAL_SCORES = -3.0
W_RANKING = -5.0
W_PLAN_YEARS = -3.0
W_CODE_TITLE = -3.0
W_CODE_FILE = -1.0
W_OTHER_TITLE_CAP = -6.0
CONTEXT_BEFORE = 400  # characters before a prose score searched for a national cue
CONTEXT_AFTER = 40


# --- folding --------------------------------------------------------------------------------
_SMALL = frozenset(chr(c) for c in range(0x0E47, 0x0E4F))  # MAITAIKHU … YAMAKKAN, NIKHAHIT


def fold_map(text: str) -> tuple[str, list[int]]:
    """``text`` folded for comparing phrases (white space and small marks removed, SARA AM
    read as SARA AA, Thai digits as ASCII, Latin upper-case), and for each folded character
    its index in ``text``.

    >>> fold_map("ค ว ำ ม โปรงใส ๑")[0]
    'ความโปรงใส1'
    """
    text = thai_to_ascii_digits(text)
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        if ch == "\u0e33":
            ch = "\u0e32"  # ำ as า (and ํา, NIKHAHIT + า, loses its NIKHAHIT below)
        elif ch in _SMALL:
            continue
        elif ch.isascii():
            ch = ch.upper()
        out.append(ch)
        index.append(i)
    return "".join(out), index


def fold(text: str) -> str:
    """
    >>> fold("กำร ประเมิน ITA") == fold("การประเมิน ita")
    True
    """
    return fold_map(text)[0]


# --- the lexicon ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Cue:
    role: str
    weight: float
    label: str
    phrase: str
    folded: str


@cache
def cues() -> tuple[Cue, ...]:
    return tuple(Cue(r["role"], float(r["weight"]), r["label"], r["phrase"], fold(r["phrase"]))
                 for r in load("doc_kind"))


def _role(role: str) -> tuple[Cue, ...]:
    return tuple(c for c in cues() if c.role == role)


def _found(folded: str, role: str) -> list[tuple[int, Cue]]:
    """(position, cue) of every cue of ``role`` in ``folded`` text, earliest first."""
    hits = [(folded.find(c.folded), c) for c in _role(role)]
    return sorted(((p, c) for p, c in hits if p >= 0), key=lambda pc: (pc[0], -len(pc[1].folded)))


_ITA = re.compile(r"(?<![A-Za-z])(?:ITA|IIT|EIT|OIT)(?![A-Za-z])"
                  r"|(?i:integrity\s+and\s+transparency)")


def mentions_ita(doc: Document) -> bool:
    """True when any page names the ITA or its tools: "ITA", "IIT", "EIT", "OIT", "Integrity
    and Transparency", or the Thai names (compared folded, so a damaged text layer counts)."""
    thai = [c.folded for c in _role("ita_marker") if not c.phrase.isascii()]
    for page in doc.pages:
        text = page.text
        if _ITA.search(text):
            return True
        folded = fold(text)
        if any(t in folded for t in thai):
            return True
    return False


# --- numbers --------------------------------------------------------------------------------
_NUM = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{1,2})?)(?![\d/]|\.\d|,\d)")
_NOT_A_SCORE_AFTER = re.compile(
    r"\s*(?:[.)]\s*(?!\d)|ปี|ข้อ|ครั้ง|คน|ราย|เรื่อง|วัน|เดือน|บาท|หมู่|แห่ง|หน่วยงาน|ตัวชี้วัด"
    r"|ต\.ค|พ\.ย|ธ\.ค|ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|[ก-ฮ]\.)")
_INDICATOR_NUMBER = re.compile(r"\(?\s*ตัวชี้วัด(?:ที่)?\s*\d{1,2}(?:\.\d)?\s*\)?")
_SCORE_WORD = re.compile(r"คะแนน|เท่ากับ|ร้อยละ|อยู่ที่")
_SCORE_CELL_REST = re.compile(r"\s*%?\s*(?:คะแนน)?\s*(?:\([^()]{0,40}\))?\s*(?:[A-E]\+?|ผ่าน\S*|"
                              r"ไม่ผ่าน|ดีเยี่ยม|ดีมาก|ดี|พอใช้|ต้องปรับปรุง)?\s*$")


def _score_in(window: str, prose: bool) -> tuple[float, int] | None:
    """The score (and its end in ``window``) written right after an indicator name: the first
    number, with no other number and at most 60 characters before it; in prose it needs a
    score word or two decimals."""
    window = _INDICATOR_NUMBER.sub(lambda m: " " * len(m.group(0)), window)
    match = _NUM.search(window)
    if match is None:
        return None
    between = window[: match.start()]
    if len(between) > 60 or re.search(r"\d", between):
        return None
    value = float(match.group(1))
    if value > 100 or _NOT_A_SCORE_AFTER.match(window, match.end()):
        return None
    if prose:  # a score word, or two decimals close after the name
        after = window[match.end():].lstrip()
        worded = _SCORE_WORD.search(between) or after.startswith(("คะแนน", "%"))
        two_decimals = re.search(r"\.\d\d$", match.group(1)) is not None
        if not worded and (not two_decimals or len(between.strip()) > 15):
            return None
    return value, match.end()


def _score_cell(text: str) -> float | None:
    """The score a table cell holds: a number first, then at most a grade or a short note."""
    text = thai_to_ascii_digits(text).strip()
    match = _NUM.match(text)
    if match and float(match.group(1)) <= 100 and _SCORE_CELL_REST.match(text, match.end()):
        return float(match.group(1))
    return None


@cache
def _folded_spellings() -> dict[str, int]:
    """Every written form of the ten indicator names (lexicons/indicators.tsv), folded."""
    out: dict[str, int] = {}
    for row in load("indicators"):
        for spelling in [row["name"], *row["variants"].split("|")]:
            if spelling:
                out[fold(spelling)] = int(row["indicator_no"])
    return out


@cache
def _indicator_regex() -> re.Pattern[str]:
    spellings = sorted(_folded_spellings(), key=len, reverse=True)
    return re.compile("|".join(re.escape(s) for s in spellings))


def _indicator_of(folded_name: str) -> int:
    return _folded_spellings()[folded_name]


def _names(text: str, fuzzy: bool = False) -> Iterator[tuple[int, int, int, str]]:
    """(indicator number, start, end in ``text`` with ASCII digits, ``text`` with ASCII digits)
    of each indicator name in ``text``; with ``fuzzy``, a short text with no exact name is
    matched as a whole (a table cell with a typo: "ประสิทธภาพการสื่อสาร")."""
    ascii_text = thai_to_ascii_digits(text)
    folded, index = fold_map(ascii_text)
    found = False
    for match in _indicator_regex().finditer(folded):
        found = True
        yield (_indicator_of(match.group(0)), index[match.start()], index[match.end() - 1] + 1,
               ascii_text)
    if fuzzy and not found and ascii_text.strip():
        yield from _fuzzy_name(ascii_text)


_CELL_NAME = re.compile(r"^\s*(?:ตัวชี้วัดที่\s*)?(?:\d{1,2}\s*[.)]?\s*)?(?:ด้าน)?"
                        r"([\u0e01-\u0e4e][\u0e01-\u0e4e ]{5,45}?)\s*(?=$|\d|\(|คะแนน)")


def _fuzzy_name(ascii_text: str) -> Iterator[tuple[int, int, int, str]]:
    match = _CELL_NAME.match(ascii_text)
    if match is None:
        return
    try:
        number = match_indicator(match.group(1)).number
    except ValueError:
        return
    yield number, match.start(1), match.end(1), ascii_text


# --- the document's parts -------------------------------------------------------------------
def _block_text(block: Paragraph | Table, rows: int | None = None) -> str:
    if isinstance(block, Paragraph):
        return block.text
    n = len(block.rows) if rows is None else min(rows, len(block.rows))
    return "\n".join("  ".join(t for t in block.row_texts(i) if t.strip()) for i in range(n))


def _title_zone(doc: Document) -> tuple[str, int]:
    """The text of the document's first short paragraphs (its cover or memo header), and the
    number of blocks they take.  The zone ends at the first long paragraph, at one that opens
    like a sentence of the body (ตามที่…, จากผลการ…), or at a table of more than
    TITLE_TABLE_ROWS rows (a title box or a stamp is smaller)."""
    parts: list[str] = []
    blocks = doc.blocks()
    taken = 0
    openers = tuple(c.folded for c in _role("body_opener"))
    for block in blocks:
        if len(parts) >= TITLE_BLOCKS:
            break
        text = _block_text(block, rows=2).strip()
        if isinstance(block, Table):
            if len(block.rows) > TITLE_TABLE_ROWS:
                break
        elif fold(text[:80]).startswith(openers):
            break
        elif len(text) > TITLE_LONG:
            if not parts:  # a title run into the body's first paragraph: its start stands in
                parts.append(text.split("\n")[0][:TITLE_LONG // 2])
                taken += 1
            break
        taken += 1
        if text:
            parts.append(text)
    return "\n".join(parts), taken


@dataclass
class _Scores:
    own: dict[int, float]
    national: dict[int, float]


def _national(text: str) -> bool:
    folded = fold(text)
    return any(c.folded in folded for c in _role("national"))


def _indicator_scores(doc: Document) -> _Scores:
    own: dict[int, float] = {}
    national: dict[int, float] = {}
    recent: list[str] = []  # the last short paragraphs: captions and headings
    for block in doc.blocks():
        if isinstance(block, Paragraph):
            _prose_scores(block.text, recent, own, national)
            recent = (recent + [block.text])[-2:] if len(block.text) <= HEADING_LONG else []
        else:
            _table_scores(block, any(_national(t) for t in recent), own, national)
    return _Scores(own, national)


def _prose_scores(text: str, recent: list[str], own: dict[int, float],
                  national: dict[int, float]) -> None:
    names = list(_names(text))
    heading_national = any(_national(t) for t in recent)
    for i, (number, start, end, ascii_text) in enumerate(names):
        stop = names[i + 1][1] if i + 1 < len(names) else len(ascii_text)
        found = _score_in(ascii_text[end:min(stop, end + 80)], prose=True)
        if found is None:
            continue
        context = ascii_text[max(0, start - CONTEXT_BEFORE): end + found[1] + CONTEXT_AFTER]
        target = national if heading_national or _national(context) else own
        target.setdefault(number, found[0])


def _table_scores(table: Table, caption_national: bool, own: dict[int, float],
                  national: dict[int, float]) -> None:
    """Scores of indicators named in the rows of ``table``: written after the name in its
    cell, or alone in the next filled cell of the row.  A score in a column headed by a
    national average, or in a table whose caption speaks of one, is national."""
    national_cols: set[int] = set()
    seen_name = False
    for r in range(len(table.rows)):
        texts = table.row_texts(r)
        hits = [(col, name) for col, text in enumerate(texts)
                for name in _names(text, fuzzy=True)]
        if not hits:
            if not seen_name:  # a header row
                national_cols |= {c for c, t in enumerate(texts) if _national(t)}
            continue
        seen_name = True
        for n, (col, (number, _start, end, ascii_text)) in enumerate(hits):
            following = hits[n + 1] if n + 1 < len(hits) else None
            stop = following[1][1] if following and following[0] == col else len(ascii_text)
            found = _score_in(ascii_text[end:stop][:80], prose=False)
            score_col, value = (col, found[0]) if found else (None, None)
            if found is None and (following is None or following[0] != col):
                later = [(c, t) for c, t in enumerate(texts) if c > col and t.strip()]
                if later and (following is None or following[0] > later[0][0]) \
                        and (value := _score_cell(later[0][1])) is not None:
                    score_col = later[0][0]
            if score_col is None or value is None:
                continue
            is_national = (score_col in national_cols
                           or (caption_national and not national_cols)
                           or _national(ascii_text))
            (national if is_national else own).setdefault(number, value)


_OVERALL = re.compile(r"(?:คะแนนภาพรวม|คะแนนรวม|ผลคะแนน|ได้คะแนน|มีคะแนน|ค่าคะแนน)"
                      r"(?:ภาพรวม|รวม|เฉลี่ย)?\D{0,25}?(\d{2,3}(?:\.\d{1,2})?)\s*(?:คะแนน|ระดับ|อยู่)")


def _overall_score(doc: Document) -> float | None:
    """The organisation's own overall score written in prose, outside a national context."""
    for block in doc.blocks():
        if not isinstance(block, Paragraph):
            continue
        text = thai_to_ascii_digits(block.text)
        for match in _OVERALL.finditer(text):
            value = float(match.group(1))
            if value <= 100 and not _national(text[max(0, match.start() - 150): match.end() + 40]):
                return value
    return None


def _is_measures_table(table: Table) -> bool:
    for r in range(min(2, len(table.rows))):
        folded = [fold(t) for t in table.row_texts(r)]
        measure = {c for c, t in enumerate(folded)
                   for cue in _role("measures_header") if cue.label == "measure" and cue.folded in t}
        detail = {c for c, t in enumerate(folded)
                  for cue in _role("measures_header") if cue.label == "detail" and cue.folded in t}
        if measure and detail - measure:
            return True
    return False


_SCORE_FOR_RANKING = re.compile(r"(?<![\d.,/])(\d{1,3}\.\d\d)(?![\d/]|\.\d|,\d)")


@cache
def _org_regex() -> re.Pattern[str]:
    heads = sorted({re.escape(c.phrase) for c in _role("org_head")}, key=len, reverse=True)
    return re.compile(rf"(?<![\u0e01-\u0e4e])(?:{'|'.join(heads)})\s?[\u0e01-\u0e4e]{{2,}}")


def _organisations_scored(doc: Document) -> int:
    """How many different organisations are given a score (a number with two decimals), one
    per table row or short text line; names that run on into the next words count once."""
    names: list[str] = []
    lines: list[str] = []
    for block in doc.blocks():
        if isinstance(block, Paragraph):
            lines.extend(block.text.split("\n"))
        else:
            lines.extend("\t".join(block.row_texts(r)) for r in range(len(block.rows)))
    for line in lines:
        if len(line) > RANKING_LINE:
            continue
        ascii_line = thai_to_ascii_digits(line)
        scores = [float(s) for s in _SCORE_FOR_RANKING.findall(ascii_line) if float(s) <= 100]
        if not scores:
            continue
        for match in _org_regex().finditer(ascii_line):
            names.append(re.sub(r"\s+", "", match.group(0))[:40])
    distinct: list[str] = []
    for name in sorted(set(names), key=len):
        if not any(name.startswith(d) or d.startswith(name) for d in distinct):
            distinct.append(name)
    return len(distinct)


_CODE = re.compile(r"(?<![A-Za-z0-9])(?:[Oo]\s?([1-9]\d?)|(?:MOIT|EB)\s?-?(\d{1,2}))"
                   r"(?![0-9])(?![A-Za-z])")


def _evidence_code(text: str) -> str | None:
    for match in _CODE.finditer(text):
        if match.group(1) and int(match.group(1)) > 50:
            continue
        return re.sub(r"\s+", "", match.group(0)).upper()
    return None


_PLAN_YEARS = re.compile(r"แผน[^\n]{0,80}?(?:(25\d\d)\s*[-–—]\s*(?:พ\.\s?ศ\.\s*)?(25\d\d)"
                         r"|(?<!\d)(\d{1,2})\s*ปี)")


def _plan_years(title: str) -> int | None:
    """How many fiscal years a plan named in the title runs over: a year range or "N ปี"
    after the word แผน (None: no plan over several years).

    >>> _plan_years("แผนปฏิบัติการป้องกันการทุจริต ๔ ปี (พ.ศ. ๒๕๖๑ – ๒๕๖๔)")
    4
    >>> _plan_years("แผนอัตรากำลัง (พ.ศ. 2567 - 2569)"), _plan_years("มาตรการ ปี 2567-2568")
    (3, None)
    """
    spans = []
    for start, end, years in _PLAN_YEARS.findall(thai_to_ascii_digits(title)):
        spans.append(int(end) - int(start) + 1 if start else int(years))
    spans = [n for n in spans if 2 <= n <= 10]
    return max(spans) if spans else None


_COUNT_WORDS = {10: "ten", 9: "nine", 8: "eight", 7: "seven", 6: "six", 5: "five", 4: "four",
                3: "three", 2: "two", 1: "one"}


def _count(n: int) -> str:
    return _COUNT_WORDS.get(n, str(n))


# --- the decision ---------------------------------------------------------------------------
ANCHOR_TITLE = 3.0  # a title or heading cue of at least this weight is an anchor
DECISIVE_OTHER = -4.0  # an other-kind title cue this heavy (or a multi-year plan) decides
#                        alone when the title has no anchor cue


def classify_document(doc: Document) -> DocKind:
    """The kind of ``doc`` and the cues found (see the module's docstring)."""
    if not mentions_ita(doc):
        return DocKind("not_ita", ("never mentions the ITA",))
    reasons: list[str] = ["mentions the ITA"]
    balance = 0.0
    anchors = 0
    own_title: list[tuple[int, str]] = []  # (position in the title zone, kind) of anchor cues

    def add(weight: float, reason: str) -> None:
        nonlocal balance
        balance += weight
        reasons.append(reason)

    # the title zone: the organisation's own report or measures, or another kind of document
    title, taken = _title_zone(doc)
    folded_title = fold(title)
    for role, title_kind in (("report_title", "analysis_report"),
                             ("measures_title", "measures_announcement")):
        hits = _found(folded_title, role)
        if hits:
            best = max(hits, key=lambda pc: pc[1].weight)
            add(best[1].weight, f"title: {best[1].phrase}")
            if best[1].weight >= ANCHOR_TITLE:
                own_title.append((best[0], title_kind))
                anchors += 1
    other: dict[str, Cue] = {}
    found_other = [c for _p, c in _found(folded_title, "other_title")]
    for cue in found_other:
        if any(cue.folded in o.folded and cue.folded != o.folded for o in found_other):
            continue  # การจัดซื้อจัดจ้าง inside วิเคราะห์การจัดซื้อจัดจ้าง
        if cue.label not in other or cue.weight < other[cue.label].weight:
            other[cue.label] = cue
    if other:
        add(max(W_OTHER_TITLE_CAP, sum(c.weight for c in other.values())),
            "; ".join(f"title: {c.phrase} ({c.label})" for c in other.values()))
    decisive = any(c.weight <= DECISIVE_OTHER for c in other.values())
    if (years := _plan_years(title)) is not None:
        add(W_PLAN_YEARS, f"plan for {_count(years)} fiscal years")
        decisive = True
    if code := _evidence_code(title):
        add(W_CODE_TITLE, f"evidence item code {code} in title")
    elif code := _evidence_code(PurePath(doc.source_file).stem):
        add(W_CODE_FILE, f"evidence item code {code} in file name")

    # a heading further on, when the title zone has none (a cover lost to OCR)
    heading_kind: str | None = None
    if not own_title:
        heading_kind = _heading(doc.blocks()[taken:], add)
        anchors += heading_kind is not None

    # the body: scores of its own, national averages, measures, many organisations, length
    scores = _indicator_scores(doc)
    own = len(scores.own)
    if own:
        add(next((w for n, w in W_OWN_SCORES.items() if own >= n), 0.0),
            f"{_count(own)} indicator names with scores")
        anchors += own >= OWN_SCORES_ANCHOR
    if len(scores.national) >= NATIONAL_SCORES_MIN:
        add(W_NATIONAL_SCORES, f"national averages for {_count(len(scores.national))} indicators")
    if (overall := _overall_score(doc)) is not None:
        add(W_OVERALL, f"overall score {overall:g} of its own")
    tables = sum(_is_measures_table(b) for b in doc.blocks() if isinstance(b, Table))
    if tables:
        add(W_MEASURES_TABLE, "measures table" if tables == 1 else f"{tables} measures tables")
        anchors += 1
    folded_text = fold("\n".join(page.text for page in doc.pages))
    words = {c.phrase: c.weight for _p, c in _found(folded_text, "measures_word")}
    if words:
        add(min(W_WORDS_CAP, sum(words.values())),
            "analysis and measures words: " + ", ".join(words))
    national = [c.phrase for _p, c in _found(folded_text, "national")]
    if national:
        add(max(W_NATIONAL_CAP, -float(len(national))),
            "national or ministry averages: " + ", ".join(national))
    if (orgs := _organisations_scored(doc)) >= RANKING_MIN:
        add(W_RANKING, f"scores of {orgs} organisations")
    pages = len(doc.pages) + doc.pages_dropped
    for limit, weight in LONG_PAGES:
        if pages > limit:
            add(weight, f"{pages} pages")
            break

    reasons.append(f"balance {balance:+.1f}")
    if not anchors:
        reasons.append("no title, scores or measures of its own")
        return DocKind("other_ita_document", tuple(reasons))
    if not own_title and decisive:
        reasons.append("titled as another kind of document")
        return DocKind("other_ita_document", tuple(reasons))
    if balance <= 0:
        return DocKind("other_ita_document", tuple(reasons))
    kind: Kind
    if own_title:
        kind = "analysis_report" if min(own_title)[1] == "analysis_report" \
            else "measures_announcement"
    elif own >= OWN_SCORES_ANCHOR or heading_kind == "analysis_report":
        kind = "analysis_report"
    else:
        kind = "measures_announcement"
    return DocKind(kind, tuple(reasons))


def _heading(blocks: list[Paragraph | Table], add: Callable[[float, str], None]) -> str | None:
    """The kind the first heading with an anchor-weight report or measures phrase names."""
    for block in blocks:
        if not isinstance(block, Paragraph) or len(block.text) > HEADING_LONG:
            continue
        folded = fold(block.text)
        for role, kind in (("report_title", "analysis_report"),
                           ("measures_title", "measures_announcement")):
            hits = [(p, c) for p, c in _found(folded, role) if c.weight >= ANCHOR_TITLE]
            if hits:
                add(hits[0][1].weight * HEADING_SHARE, f"heading: {hits[0][1].phrase}")
                return kind
    return None
