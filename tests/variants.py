"""Layout variants of the test fixtures, and what the extraction of each should give.

A fixture (``tests/fixtures/seeds/*.txt`` with ``tests/expected.py``; ``tests/fixtures/layouts/
*.txt`` with ``tests/expected_layouts.py`` when they exist) is read into blocks with
``ita.ingest.text.parse_text``; one *variant* rewrites the blocks the way other reports of the
family lay out the same content (the indicator table cut into pieces, ranked, transposed, with
two years; measures written as paragraphs; unrelated tables beside them; prose wrapped ...), and
the blocks are written back in the converter text format.  Every variant returns the new text
and the expectation of the variant: the fixture's own, plus whatever the variant itself added
(a previous year's scores) or rewrote (digits in a measure's first words).

The generator finds what it rewrites with the lexicons (table headers, indicator names, tools)
and the fixture's expected records, never with the parsers it is meant to test.

    python -m tests.variants --report [--format txt|docx|pdf] [--fixture 000] [--variant V]
    python -m tests.variants --write DIR [--docx] [--pdf]
    python -m tests.variants --list
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from statistics import mean
from typing import Any

from ita.ingest.text import decode, parse_text
from ita.normalise.lexicons import load
from ita.schema import Paragraph
from rapidfuzz import fuzz

HERE = Path(__file__).parent
SEEDS = HERE / "fixtures" / "seeds"
LAYOUTS = HERE / "fixtures" / "layouts"


class NotApplicable(Exception):
    """The variant has nothing to rewrite in this fixture."""


class GeneratorError(Exception):
    """The generator misread a fixture: a fault here, not in the program under test."""


# --------------------------------------------------------------------------------------------
# Blocks: the document as a flat list of paragraphs, tables and page breaks


@dataclass
class P:
    text: str


@dataclass
class T:
    rows: list[list[str]]

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


class _Break:
    def __repr__(self) -> str:
        return "BREAK"


BREAK = _Break()
Block = P | T | _Break
Doc = list[Block]


def from_text(text: str) -> Doc:
    """The blocks of converter-style text (parse_text), pages separated by BREAK."""
    doc: Doc = []
    for number, page in enumerate(parse_text(text)):
        if number:
            doc.append(BREAK)
        for block in page.blocks:
            if isinstance(block, Paragraph):
                doc.append(P(block.text))
            else:
                doc.append(T([list(block.row_texts(r)) for r in range(len(block.rows))]))
    return doc


def _cell_text(text: str) -> str:
    lines = [ln.strip() for ln in text.replace("\t", " ").split("\n") if ln.strip()]
    if len(lines) > 1:
        return "".join(f"<p>{ln}</p>" for ln in lines)
    return lines[0] if lines else ""


def _table_text(table: T, pipes: bool) -> str:
    width = max(table.width, 2)  # a one-column row would have no tab and read as a paragraph
    lines = []
    for r, row in enumerate(table.rows):
        cells = [_cell_text(c) for c in row] + [""] * (width - len(row))
        if pipes:
            lines.append("| " + " | ".join(cells) + " |")
            if r == 0:
                lines.append("|" + "---|" * width)
        else:
            lines.append("\t".join(cells))
    return "\n".join(lines)


def to_text(doc: Doc, pipes: bool = False) -> str:
    """Converter-style text: blank lines between blocks, tab rows (or ``| a | b |`` rows),
    ``<p>`` lines in a cell, a form feed before each new page."""
    pages: list[list[str]] = [[]]
    for block in doc:
        if block is BREAK:
            pages.append([])
        elif isinstance(block, P):
            lines = [ln.replace("\t", " ") for ln in block.text.split("\n") if ln.strip()]
            if lines:
                pages[-1].append("\n".join(lines))
        elif isinstance(block, T):
            if block.rows:
                pages[-1].append(_table_text(block, pipes))
    return "\n\f".join("\n\n".join(page) for page in pages) + "\n"


def same_blocks(a: Doc, b: Doc) -> bool:
    return [repr(x) for x in a] == [repr(x) for x in b]


# --------------------------------------------------------------------------------------------
# Small text helpers

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
NUMBER = re.compile(r"[0-9๐-๙]+(?:\.[0-9๐-๙]+)?")
_BLANK = re.compile(r"[\s\-–—.]*")
_ENUM = re.compile(r"^\s*(?:[-–•]\s*|\(?[0-9๐-๙]{1,2}\s*[.)]\s*)")
_THAI_GAP = re.compile(r"(?<=[\u0e00-\u0e7f/])\s+(?=[\u0e00-\u0e7f/])")


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def is_blank(text: str) -> bool:
    return bool(_BLANK.fullmatch(text))


def number_of(text: str) -> float | None:
    match = NUMBER.search(text)
    return float(match.group().translate(TO_ARABIC)) if match else None


def digits(text: str, style: str) -> str:
    return text.translate(TO_THAI if style == "thai" else TO_ARABIC)


def digit_style(text: str) -> str:
    thai = sum(ch in THAI_DIGITS for ch in text)
    arabic = sum(ch.isascii() and ch.isdigit() for ch in text)
    return "thai" if thai > arabic else "arabic"


def fmt(value: float | int, style: str, decimals: int = 2) -> str:
    text = f"{value:.{decimals}f}" if isinstance(value, float) else str(value)
    return digits(text, style)


def strip_enum(text: str) -> str:
    """A measure's text without its leading "๑. " / "- " enumeration."""
    return _ENUM.sub("", text, count=1)


def label(header: str) -> str:
    """A header as a one-line label: its line breaks and the spaces between Thai words go."""
    return _THAI_GAP.sub("", " ".join(header.split()))


def strip_echo(text: str, header: str) -> str:
    """A cell without a first line that repeats its column's header (a converter's echo)."""
    if "\n" in text and header:
        first, rest = text.split("\n", 1)
        if fuzz.ratio(compact(first), compact(header)) >= 90:
            return rest
    return text


def hashed(*key: object) -> int:
    return int(hashlib.md5(":".join(map(str, key)).encode()).hexdigest(), 16)


@cache
def _tokenize(text: str) -> tuple[str, ...]:
    from pythainlp.tokenize import word_tokenize

    return tuple(word_tokenize(text, engine="newmm", keep_whitespace=True))


_NO_BREAK_BEFORE = re.compile(r"^[\s.,:;)\]ๆฯ%]")
_NO_BREAK_AFTER = re.compile(r"[(\[/]$")


def wrap(line: str, width: int) -> list[str]:
    """A line broken at word boundaries (Thai words by dictionary, as word processors do)
    into lines of at most ``width`` characters; the space at a break is dropped."""
    if len(line) <= width:
        return [line]
    out: list[str] = []
    current = ""
    for token in _tokenize(line):
        if (current.strip() and len(current.rstrip()) + len(token.rstrip()) > width
                and not token.isspace() and not _NO_BREAK_BEFORE.match(token)
                and not _NO_BREAK_AFTER.search(current.rstrip())
                and not (current.rstrip()[-1:].isdigit() and token[:1].isdigit())):
            out.append(current.rstrip())
            current = token
        else:
            current += token
    if current.strip():
        out.append(current.rstrip())
    return out


# --------------------------------------------------------------------------------------------
# Lexicons: header roles, indicator names, tools (read here, not through the parsers)


@cache
def header_synonyms() -> tuple[tuple[str, str], ...]:
    return tuple((r["role"], r["synonym"]) for r in load("table_headers"))


@cache
def _role_of_key() -> dict[str, str]:
    return {compact(s): role for role, s in header_synonyms()}


def header_role(text: str) -> str | None:
    key = compact(text).strip(".:*")
    if not key or len(key) > 60:
        return None
    roles = _role_of_key()
    if key in roles:
        return roles[key]
    best = max(roles, key=lambda s: fuzz.ratio(key, s))
    if fuzz.ratio(key, best) >= 85:
        return roles[best]
    starts = [s for s in roles if len(s) >= 3 and key.startswith(s)]
    return roles[max(starts, key=len)] if starts else None


def header_roles(row: list[str]) -> dict[int, str] | None:
    """Column -> role when ``row`` reads as a header row (two or more known column names
    making most of its filled cells), else None."""
    filled = {c: t for c, t in enumerate(row) if t.strip()}
    roles = {c: r for c, t in filled.items() if (r := header_role(t)) is not None}
    if len(roles) >= 2 and len(roles) >= 0.6 * len(filled):
        return roles
    return None


@cache
def indicator_names() -> dict[int, tuple[str, ...]]:
    names: dict[int, tuple[str, ...]] = {}
    for row in load("indicators"):
        spellings = [row["name"], *filter(None, row["variants"].split("|"))]
        names[int(row["indicator_no"])] = tuple(compact(s) for s in spellings)
    return names


@cache
def indicator_tool() -> dict[int, str]:
    return {int(r["indicator_no"]): r["tool"] for r in load("indicators")}


@cache
def canonical_name(k: int) -> str:
    return next(r["name"] for r in load("indicators") if int(r["indicator_no"]) == k)


@cache
def tool_lexicon() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {r["tool"]: (tuple(r["codes"].split("|")), tuple(r["thai_names"].split("|")))
            for r in load("tools")}


TOOLS = ("IIT", "EIT", "OIT")


def tool_heading(tool: str) -> str:
    return f"{tool_lexicon()[tool][1][0]} ({tool})"


def tool_of(text: str) -> str | None:
    """The tool a section row or heading names (its code in brackets or its Thai name)."""
    key = compact(text)
    for tool in TOOLS:
        codes, names = tool_lexicon()[tool]
        if (re.search(rf"\(\s*(?:{'|'.join(map(re.escape, codes))})\s*\)", text)
                or any(compact(n) in key for n in names)
                or (len(key) <= 30 and re.search(rf"(?<![A-Za-z]){tool}(?![A-Za-z])", text))):
            return tool
    return None


def tool_code(text: str) -> str | None:
    """The tool when a cell holds just its code (IIT, EIT, OIT, as reports misspell them)."""
    key = compact(text).upper()
    for tool in TOOLS:
        if key in {c.upper() for c in tool_lexicon()[tool][0]}:
            return tool
    return None


_NUM_PREFIX = re.compile(r"^(\s*\(?)([0-9๐-๙]{1,2})(?![0-9๐-๙.]*[0-9๐-๙])(\s*[.)]?\s*)(?=\S)")


def split_name(text: str) -> tuple[str, str | None, str, int, str, str] | None:
    """(lead, number, separator, indicator, name, rest) of a cell that names an indicator,
    with or without its number before it: "๑. การปฏิบัติหน้าที่ คะแนน ๑๐๐.๐๐" gives
    ("", "๑", ". ", 1, "การปฏิบัติหน้าที่", " คะแนน ๑๐๐.๐๐")."""
    match = _NUM_PREFIX.match(text)
    lead, number, sep = (match.group(1), match.group(2), match.group(3)) if match else ("", None, "")
    body = text[match.end():] if match else text
    key = compact(body)
    skip = 4 if key.startswith("ด้าน") else 0  # "ด้านการปฏิบัติหน้าที่"
    best: tuple[int, str] | None = None
    for k, spellings in indicator_names().items():
        for spelling in spellings:
            if key[skip:].startswith(spelling) and (best is None or len(spelling) > len(best[1])):
                best = (k, spelling)
    if best is None:
        best = _fuzzy_name(key[skip:])
    if best is None:
        return None
    end = _after_chars(body, skip + len(best[1]))
    return lead, number, sep, best[0], body[:end], body[end:]


def _fuzzy_name(key: str) -> tuple[int, str] | None:
    """(indicator, the beginning of ``key`` that is its misspelt name) for a name with a
    typo ("การใช้งบประมาน", "ประสิทธภาพการสื่อสาร"), by rapidfuzz ratio >= 88."""
    best: tuple[float, int, str] | None = None
    for k, spellings in indicator_names().items():
        for spelling in spellings:
            for size in (len(spelling) - 1, len(spelling), len(spelling) + 1):
                score = fuzz.ratio(key[:size], spelling)
                if score >= 88 and (best is None or score > best[0]):
                    best = (score, k, key[:size])
    return (best[1], best[2]) if best else None


def _after_chars(text: str, count: int) -> int:
    """The index just after the first ``count`` characters of ``text`` that are not spaces."""
    seen = 0
    for index, ch in enumerate(text):
        seen += not ch.isspace()
        if seen == count:
            return index + 1
    return len(text)


# --------------------------------------------------------------------------------------------
# Fixtures and their expectations

Measure = tuple[Any, ...]  # (tool, indicator_no, issue_code, units, period or None, first words)


@dataclass(frozen=True)
class Expect:
    metadata: dict[str, Any]
    scores: dict[int, float | None] | None
    measures: tuple[Measure, ...] | None
    previous: dict[int, float] | None = None
    previous_year: int | None = None
    loose_space: bool = False  # line breaks may have eaten spaces (wrapped text)

    def map_text(self, fn: Callable[[str], str]) -> Expect:
        """The expectation with ``fn`` applied to the measures' first words and units."""
        if self.measures is None:
            return self
        return replace(self, measures=tuple(
            (tool, no, code, [fn(u) for u in units], period, fn(start))
            for tool, no, code, units, period, start in self.measures))


@dataclass(frozen=True)
class Fixture:
    name: str
    path: Path
    expect: Expect

    @property
    def text(self) -> str:
        return decode(self.path.read_bytes())


def _scores(value: Any) -> dict[int, float | None] | None:
    if value is None:
        return None
    if isinstance(value, dict):
        return {int(k): v for k, v in value.items()}
    return {k: v for k, v in enumerate(value, 1)}


def _previous(value: Any, metadata: dict[str, Any]) -> tuple[dict[int, float] | None, int | None]:
    if value is None:
        return None, None
    year = None
    if isinstance(value, dict) and "scores" in value:
        year, value = value.get("year"), value["scores"]
    elif (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], int)
          and not isinstance(value[1], int | float)):
        year, value = value
    if year is None and metadata.get("assessment_year"):
        year = metadata["assessment_year"] - 1
    return _scores(value), year  # type: ignore[return-value]


def _fixtures_of(module: Any, folder: Path) -> dict[str, Fixture]:
    out: dict[str, Fixture] = {}
    files = sorted(folder.glob("*.txt"))
    keys = set(getattr(module, "METADATA", {})) | set(getattr(module, "SCORES", {})) | set(
        getattr(module, "MEASURES", {}))
    for key in sorted(keys):
        found = [f for f in files if f.stem == key or f.stem.startswith(f"{key}_")]
        if len(found) != 1:
            continue
        metadata = dict(getattr(module, "METADATA", {}).get(key, {}))
        measures = getattr(module, "MEASURES", {}).get(key)
        previous, year = _previous(getattr(module, "PREVIOUS", {}).get(key), metadata)
        out[key] = Fixture(key, found[0], Expect(
            metadata=metadata, scores=_scores(getattr(module, "SCORES", {}).get(key)),
            measures=None if measures is None else tuple(measures), previous=previous,
            previous_year=year))
    return out


@cache
def fixtures() -> dict[str, Fixture]:
    """The seeds, and the layout fixtures when tests/expected_layouts.py is there."""
    out = _fixtures_of(importlib.import_module("tests.expected"), SEEDS)
    if (HERE / "expected_layouts.py").exists() and LAYOUTS.is_dir():
        layouts = _fixtures_of(importlib.import_module("tests.expected_layouts"), LAYOUTS)
        for key, fixture in layouts.items():
            out[key if key not in out else f"layouts/{key}"] = fixture
    return out


# --------------------------------------------------------------------------------------------
# The indicator table: located, decomposed into fields, put back together


@dataclass
class IRow:
    kind: str  # header | ind | tool | other
    cells: list[str]
    piece: int = 0
    k: int | None = None
    tool: str | None = None
    num: str | None = None  # the indicator's number as written (before the name or its column)
    lead: str = ""
    sep: str = ""
    name: str = ""
    inline: str = ""  # between the name and the score when the score is in the name's cell
    score: str = ""  # the score as written, with any note after it
    name_c: int = -1  # where the name and the score were read
    score_c: int | None = None
    pre: list[Block] = field(default_factory=list)  # blocks before the row: a new piece


_INLINE = re.compile(r"^(\s*(?:ได้)?(?:คะแนน|ผลคะแนน)?\s*[:=]?\s*)([0-9๐-๙]+(?:\.[0-9๐-๙]+)?.*)$",
                     re.S)
_LONE_NUMBER = re.compile(r"^\s*([0-9๐-๙]{1,2})\s*\.?\s*$")


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) < 0.005


def _read_ind_row(cells: list[str], expected: dict[int, float | None]) -> IRow | None:
    for c, text in enumerate(cells):
        if not text or len(text) > 90 or "\n" in text:
            continue
        parsed = split_name(text)
        if parsed is None:
            continue
        lead, num, sep, k, name, rest = parsed
        want = expected.get(k)
        row = IRow("ind", list(cells), k=k, tool=indicator_tool()[k], num=num, lead=lead, sep=sep,
                   name=name, name_c=c)
        inline = _INLINE.match(rest) if rest.strip() else None
        if inline and (_close(number_of(inline.group(2)), want) or want is None):
            row.inline, row.score = inline.group(1), inline.group(2)
            return row
        row.name += rest
        for c2, other in enumerate(cells):
            if c2 == c or not other or len(other) > 40 or "\n" in other:
                continue
            if _LONE_NUMBER.match(other) and number_of(other) == k:
                continue
            value = number_of(other)
            if NUMBER.match(other.strip()) and (_close(value, want) or (
                    want is None and value is not None and "." in other and value <= 100)):
                row.score, row.score_c = other, c2
                return row
    return None


@dataclass
class IndTable:
    """The indicator table as rows of fields: rows of one ``piece`` make one table, and a row
    with blocks ``pre`` (a page break, a caption) begins a new one."""

    span: tuple[int, int]  # first and last block of the table's pieces in the document
    rows: list[IRow]
    name_col: int
    score_col: int | None  # None: the score is written in the name's cell
    number_col: int | None
    tool_col: int | None
    number_in_name: bool
    style: str  # digits of the scores
    name_fmt: Callable[[IRow], str] | None = None
    tail: list[Block] = field(default_factory=list)  # blocks of dropped rows at the end

    @property
    def width(self) -> int:
        return max(len(r.cells) for r in self.rows)

    @property
    def inds(self) -> list[IRow]:
        return [r for r in self.rows if r.kind == "ind"]

    @property
    def header(self) -> IRow | None:
        return next((r for r in self.rows if r.kind == "header"), None)

    def cols(self) -> dict[str, int | None]:
        return {"name": self.name_col, "score": self.score_col, "number": self.number_col,
                "tool": self.tool_col}

    def set_cols(self, cols: dict[str, int | None]) -> None:
        self.name_col = cols["name"]  # type: ignore[assignment]
        self.score_col, self.number_col, self.tool_col = cols["score"], cols["number"], cols["tool"]

    def name_text(self, row: IRow) -> str:
        name = self.name_fmt(row) if self.name_fmt else row.name
        if self.number_in_name and row.num is not None:
            name = row.lead + row.num + row.sep + name
        if self.score_col is None:
            name += row.inline + row.score
        return name

    def compose(self, row: IRow) -> list[str]:
        cells = list(row.cells)
        if row.kind != "ind":
            return cells
        cells[self.name_col] = self.name_text(row)
        if self.score_col is not None:
            cells[self.score_col] = row.score
        if self.number_col is not None and not self.number_in_name:
            cells[self.number_col] = row.num or ""
        return cells

    # column edits: every row, and the field columns follow
    def insert_col(self, at: int, header: str, value: Callable[[IRow], str]) -> None:
        for row in self.rows:
            text = header if row.kind == "header" else value(row) if row.kind == "ind" else ""
            row.cells.insert(at, text)
        self.set_cols({key: (c + 1 if c is not None and c >= at else c)
                       for key, c in self.cols().items()})

    def drop_col(self, col: int) -> None:
        for row in self.rows:
            text = row.cells[col].strip()
            if row.kind in ("tool", "other") and text and len(row.cells) > 1:
                # a section or total row keeps its text, in the column beside
                side = col + 1 if col + 1 < len(row.cells) else col - 1
                row.cells[side] = " ".join(t for t in (text, row.cells[side].strip()) if t)
            del row.cells[col]
        self.set_cols({key: (None if c == col else c - 1 if c is not None and c > col else c)
                       for key, c in self.cols().items()})

    def permute(self, order: list[int]) -> None:
        """Columns in ``order`` (old indices); section rows keep their text in front."""
        for row in self.rows:
            if row.kind == "tool":
                text = next(t for t in row.cells if t.strip())
                row.cells = [text] + [""] * (len(order) - 1)
            else:
                row.cells = [row.cells[c] for c in order]
        new = {old: i for i, old in enumerate(order)}
        self.set_cols({key: (None if c is None else new[c]) for key, c in self.cols().items()})

    def grid_row(self, name: str, score: str) -> list[str]:
        """A row that is not an indicator (a total) in this table's columns."""
        cells = [""] * self.width
        if self.score_col is None:
            cells[self.name_col] = f"{name} คะแนน {score}"
        else:
            cells[self.name_col] = name
            cells[self.score_col] = score
        return cells

    def blocks(self) -> list[Block]:
        out: list[Block] = []
        grid: list[list[str]] = []
        piece = None
        for row in self.rows:
            if grid and (row.piece != piece or row.pre):
                out.append(T(grid))
                grid = []
            out.extend(row.pre)
            grid.append(self.compose(row))
            piece = row.piece
        if grid:
            out.append(T(grid))
        return out + self.tail

    def drop(self, unwanted: Callable[[IRow], bool]) -> None:
        """Rows left out; the blocks before a row left out (a caption, a page break) stand
        before the next row kept."""
        kept: list[IRow] = []
        carry: list[Block] = []
        for row in self.rows:
            if unwanted(row):
                carry += row.pre
                continue
            row.pre, carry = carry + row.pre, []
            kept.append(row)
        self.rows, self.tail = kept, carry + self.tail

    def captions(self) -> list[Block]:
        """The paragraphs standing between the table's pieces."""
        return [b for r in self.rows for b in r.pre if isinstance(b, P)]


def _mode(values: Iterable[int | None]) -> int | None:
    counts = Counter(values)
    return counts.most_common(1)[0][0] if counts else None


def find_indicator_table(doc: Doc, expect: Expect) -> IndTable:
    expected = expect.scores or {}
    found: dict[int, list[IRow]] = {}
    for i, block in enumerate(doc):
        if isinstance(block, T):
            rows = [_read_ind_row(r, expected) for r in block.rows]
            if any(rows):
                found[i] = rows  # type: ignore[assignment]
    if not found:
        raise NotApplicable("no indicator table")
    runs: list[list[int]] = []
    for i in sorted(found):
        between = doc[runs[-1][-1] + 1:i] if runs else [T([])]
        captions = [b for b in between if isinstance(b, P)]
        if (runs and all(b is BREAK or isinstance(b, P) for b in between) and len(captions) <= 2
                and all(len(b.text) <= 120 for b in captions)):
            runs[-1].append(i)
        else:
            runs.append([i])
    run = max(runs, key=lambda r: len({x.k for i in r for x in found[i] if x}))
    # pieces of one column layout only (the field columns are the table's)
    same: list[list[int]] = []
    for i in run:
        if same and doc[i].width == doc[same[-1][-1]].width:  # type: ignore[union-attr]
            same[-1].append(i)
        else:
            same.append([i])
    run = max(same, key=lambda r: len({x.k for i in r for x in found[i] if x}))
    rows: list[IRow] = []
    for piece, i in enumerate(run):
        table = doc[i]
        assert isinstance(table, T)
        width = table.width
        for r, cells in enumerate(table.rows):
            cells = cells + [""] * (width - len(cells))
            read = found[i][r]
            first = next((t for t in cells if t.strip()), "")
            if read is not None:
                read.piece = piece
                rows.append(read)
            elif header_roles(cells) is not None or (r == 0 and any(map(header_role, cells))):
                rows.append(IRow("header", list(cells), piece))
            elif len([t for t in cells if t.strip()]) == 1 and tool_of(first):
                rows.append(IRow("tool", list(cells), piece, tool=tool_of(first)))
            else:
                rows.append(IRow("other", list(cells), piece, tool=tool_of(first)))
            if r == 0 and piece:
                rows[-1].pre = list(doc[run[piece - 1] + 1:i])
    inds = [r for r in rows if r.kind == "ind"]
    name_col = _mode(r.name_c for r in inds)
    score_col = _mode(r.score_c for r in inds)
    assert name_col is not None
    number_in_name = any(r.num for r in inds)
    number_col = _mode(
        next((c for c, t in enumerate(r.cells) if c not in (name_col, r.score_c)
              and _LONE_NUMBER.match(t)), None) for r in inds)
    if number_col is not None and not number_in_name:
        for r in inds:
            match = _LONE_NUMBER.match(r.cells[number_col])
            r.num = match.group(1) if match else None
    tool_col = next((c for c in range(len(rows[0].cells)) if c not in (name_col, score_col)
                     and any(tool_code(r.cells[c]) for r in inds)), None)
    table = IndTable(span=(run[0], run[-1]), rows=rows, name_col=name_col,
                     score_col=score_col, number_col=number_col, tool_col=tool_col,
                     number_in_name=number_in_name,
                     style=digit_style("".join(r.score for r in inds)))
    # the decomposition must give the table back as it was
    for piece, i in enumerate(run):
        original = doc[i]
        assert isinstance(original, T)
        again = [table.compose(r) for r in rows if r.piece == piece]
        if again != [c + [""] * (original.width - len(c)) for c in original.rows]:
            raise GeneratorError(f"the indicator table does not recompose: {again} != "
                                 f"{original.rows}")
    return table


# --------------------------------------------------------------------------------------------
# Measure tables


MEASURE_ROLES = {"measure", "steps"}


@dataclass
class MGroup:
    pieces: list[int]  # blocks: the first has the header; the others carry it on
    header: list[str]
    roles: dict[int, str]
    head_rows: dict[int, int | None]  # block -> index of its header row (None: none)

    def col(self, *roles: str) -> int | None:
        for role in roles:
            for c, r in self.roles.items():
                if r == role:
                    return c
        return None


@dataclass
class MRec:
    group: int
    cells: list[str]


def _head_row(table: T) -> tuple[int, dict[int, str]] | None:
    for r in range(min(3, len(table.rows))):
        roles = header_roles(table.rows[r])
        if roles is not None:
            return r, roles
    return None


def measure_groups(doc: Doc) -> list[MGroup]:
    groups: list[MGroup] = []
    for i, block in enumerate(doc):
        if not isinstance(block, T):
            continue
        head = _head_row(block)
        if head is not None and set(head[1].values()) & MEASURE_ROLES:
            header = block.rows[head[0]] + [""] * (block.width - len(block.rows[head[0]]))
            groups.append(MGroup([i], header, head[1], {i: head[0]}))
        elif (head is None and groups and block.width == len(groups[-1].header)
              and all(b is BREAK for b in doc[groups[-1].pieces[-1] + 1:i])):
            groups[-1].pieces.append(i)
            groups[-1].head_rows[i] = None
    return groups


def _column(doc: Doc, group: MGroup, col: int) -> list[str]:
    """The filled cells of a column of a measure table, its header rows left out."""
    return [row[col] for i, r in data_rows(doc, group)
            if col < len(row := doc[i].rows[r]) and row[col].strip()]  # type: ignore[union-attr]


def _holds_indicators(doc: Doc, group: MGroup, col: int) -> bool:
    values = _column(doc, group, col)
    return sum(split_name(v.split("\n")[0]) is not None for v in values) > len(values) / 2


def enumeration_cols(doc: Doc, group: MGroup) -> set[int]:
    """Columns that only number the rows (ลำดับ, ที่)."""
    return {c for c, role in group.roles.items() if role == "number"
            and all(_LONE_NUMBER.match(v) for v in _column(doc, group, c))}


def indicator_col(doc: Doc, group: MGroup) -> int | None:
    col = group.col("indicator", "indicator_or_kpi")
    return col if col is not None and _holds_indicators(doc, group, col) else None


def data_rows(doc: Doc, group: MGroup) -> list[tuple[int, int]]:
    out = []
    for i in group.pieces:
        table = doc[i]
        assert isinstance(table, T)
        head = group.head_rows[i]
        for r in range(0 if head is None else head + 1, len(table.rows)):
            row = table.rows[r]
            if all(is_blank(t) for t in row) or header_roles(row) is not None:
                continue
            out.append((i, r))
    return out


def is_continuation(row: list[str], group: MGroup, icol: int | None) -> bool:
    mcol = group.col("measure", "steps")
    assert mcol is not None
    return is_blank(row[mcol]) and (icol is None or is_blank(row[icol]))


def measure_records(doc: Doc, groups: list[MGroup]) -> list[MRec]:
    recs: list[MRec] = []
    for g, group in enumerate(groups):
        icol = indicator_col(doc, group)
        for i, r in data_rows(doc, group):
            row = doc[i].rows[r]  # type: ignore[union-attr]
            row = row + [""] * (len(group.header) - len(row))
            if is_continuation(row, group, icol) and recs:
                last = recs[-1]
                last.cells = [a if is_blank(b) else (f"{a}\n{b}" if a.strip() else b)
                              for a, b in zip(last.cells, row)]
            else:
                recs.append(MRec(g, list(row)))
    return recs


# --------------------------------------------------------------------------------------------
# Variant context and registry


@dataclass
class Ctx:
    fixture: Fixture
    variant: str
    doc: Doc
    expect: Expect
    pipes: bool = False

    @property
    def style(self) -> str:
        return digit_style(to_text(self.doc))

    def indicator_table(self) -> IndTable:
        return find_indicator_table(self.doc, self.expect)

    def put(self, table: IndTable) -> None:
        first, last = table.span
        self.doc[first:last + 1] = table.blocks()

    def groups(self) -> list[MGroup]:
        groups = measure_groups(self.doc)
        if not groups:
            raise NotApplicable("no measure table")
        return groups

    def year(self) -> int:
        year = self.expect.metadata.get("assessment_year")
        if not year:
            raise NotApplicable("no assessment year expected")
        return int(year)


Transform = Callable[[Ctx], Expect]
VARIANTS: dict[str, Transform] = {}
TEXT_ONLY = {"pipe_tables"}  # the same DOCX as the fixture's own
PDF_VARIANTS = ("identity", "tool_rows_as_paragraphs", "headerless_pieces", "rank_order",
                "two_year_columns", "tool_totals", "measure_header_synonyms",
                "measures_as_numbered_paragraphs", "unrelated_tables", "page_break_mid_row",
                "prose_wrapped_40")


def variant(fn: Transform) -> Transform:
    VARIANTS[fn.__name__] = fn
    return fn


@variant
def identity(ctx: Ctx) -> Expect:
    """The fixture read and written back: a check of the serialiser."""
    return ctx.expect


# ---- the indicator table -------------------------------------------------------------------


def _tool_groups(table: IndTable) -> list[tuple[str, list[IRow]]]:
    """The rows of each tool in table order (its section row, if any, first); rows that are
    neither go with the tool before them."""
    groups: list[tuple[str, list[IRow]]] = []
    for row in table.rows:
        if row.kind == "header":
            continue
        if row.tool and (not groups or groups[-1][0] != row.tool):
            groups.append((row.tool, []))
        if groups:
            groups[-1][1].append(row)
    return groups


def _named_before(ctx: Ctx, table: IndTable, row: IRow, tool: str) -> bool:
    """Whether a caption just before ``row`` (or before the table, for its first row)
    names ``tool`` already ("ตารางที่ ๒ แบบวัด... (EIT)")."""
    blocks = list(row.pre)
    if row is next(r for r in table.rows if r.kind != "header") and table.span[0] > 0:
        blocks.append(ctx.doc[table.span[0] - 1])
    return any(isinstance(b, P) and tool_of(b.text) == tool for b in blocks)


def _section_texts(table: IndTable) -> dict[str, str]:
    return {r.tool: next(t for t in r.cells if t.strip()) for r in table.rows
            if r.kind == "tool" and r.tool}


@variant
def tool_rows_as_paragraphs(ctx: Ctx) -> Expect:
    """Section rows ("แบบวัด... (IIT)") out of the table, as paragraphs between its pieces
    (written from the tool lexicon where the table had none)."""
    table = ctx.indicator_table()
    sections = _section_texts(table)
    header = table.header
    table.drop(lambda r: r.kind == "tool" or (r.kind == "header" and r is not header))
    for n, (tool, members) in enumerate(_tool_groups(table), 1):
        first = members[0]
        if not _named_before(ctx, table, first, tool):
            first.pre.append(P(sections.get(tool) or tool_heading(tool)))
        for row in members:
            row.piece = n
    ctx.put(table)
    return ctx.expect


@variant
def headerless_pieces(ctx: Ctx) -> Expect:
    """The table cut into one piece per tool; only the first piece has a header row."""
    table = ctx.indicator_table()
    header = table.header
    table.drop(lambda r: r.kind == "header" and r is not header)
    for n, (_tool, members) in enumerate(_tool_groups(table)):
        for row in members:
            row.piece = n
    ctx.put(table)
    return ctx.expect


@variant
def one_table_per_tool(ctx: Ctx) -> Expect:
    """A heading and a whole table (its header row too) for each tool."""
    table = ctx.indicator_table()
    sections = _section_texts(table)
    header = table.header
    table.drop(lambda r: r.kind in ("tool", "header"))
    rows: list[IRow] = []
    for n, (tool, members) in enumerate(_tool_groups(table)):
        first = members[0]
        pre = list(first.pre)
        if not _named_before(ctx, table, first, tool):
            pre.append(P(sections.get(tool) or tool_heading(tool)))
        first.pre = []
        if header is not None:
            rows.append(replace(header, cells=list(header.cells), piece=n, pre=pre))
        else:
            first.pre = pre
        for row in members:
            row.piece = n
        rows += members
    table.rows = rows
    ctx.put(table)
    return ctx.expect


@variant
def reversed_columns(ctx: Ctx) -> Expect:
    """The indicator table's columns in reverse order (score first, name last ...)."""
    table = ctx.indicator_table()
    table.permute(list(reversed(range(table.width))))
    ctx.put(table)
    return ctx.expect


@variant
def rotated_columns(ctx: Ctx) -> Expect:
    """The indicator table's first column moved to the end."""
    table = ctx.indicator_table()
    if table.width < 3:
        raise NotApplicable("two columns: the same as reversed_columns")
    table.permute([*range(1, table.width), 0])
    ctx.put(table)
    return ctx.expect


def _header_text(table: IndTable, col: int | None, default: str) -> str:
    header = table.header
    if header is None or col is None or not header.cells[col].strip():
        return default
    return header.cells[col]


def _others(table: IndTable) -> list[tuple[str, str]]:
    """(label, value) of the table's rows that are not indicators nor sections (totals,
    the overall score, the grade), read in the name's and the score's columns."""
    out = []
    for row in table.rows:
        if row.kind == "other":
            name = row.cells[table.name_col] or next((t for t in row.cells if t.strip()), "")
            value = row.cells[table.score_col] if table.score_col is not None else ""
            out.append((name, value))
    return out


def _one_grid(ctx: Ctx, table: IndTable, grid: list[list[str]]) -> Expect:
    first, last = table.span
    ctx.doc[first:last + 1] = [*table.captions(), T(grid), *table.tail]
    # a table rebuilt with this year's scores only: the other year is no longer there
    return replace(ctx.expect, previous=None, previous_year=None)


@variant
def rank_order(ctx: Ctx) -> Expect:
    """Indicators sorted by score, best first, under a ลำดับ column of ranks 1-10, named
    without their numbers (other columns dropped; totals kept at the foot)."""
    table = ctx.indicator_table()
    inds = sorted(table.inds, key=lambda r: (-(number_of(r.score) or 0), r.k))
    name_head = _header_text(table, table.name_col, "ตัวชี้วัด")
    score_head = _header_text(table, table.score_col, "คะแนน")
    grid = [["ลำดับ", name_head, score_head]]
    grid += [[fmt(n, table.style), r.name, r.score] for n, r in enumerate(inds, 1)]
    grid += [["", name, value] for name, value in _others(table)]
    return _one_grid(ctx, table, grid)


@variant
def transposed(ctx: Ctx) -> Expect:
    """One column per indicator: rows of tools, numbers, names and scores."""
    table = ctx.indicator_table()
    inds = sorted(table.inds, key=lambda r: r.k or 0)
    grid = [["เครื่องมือ", *[r.tool or "" for r in inds]],
            ["ตัวชี้วัดที่", *[fmt(r.k or 0, table.style) for r in inds]],
            ["ตัวชี้วัด", *[r.name for r in inds]],
            [label(_header_text(table, table.score_col, "คะแนน")), *[r.score for r in inds]]]
    others = _others(table)
    if others:
        grid.append([""] * len(grid[0]))
        grid += [[name, value] + [""] * (len(grid[0]) - 2) for name, value in others]
    return _one_grid(ctx, table, grid)


def _unnumber(table: IndTable) -> None:
    if table.number_col is None and not table.number_in_name:
        raise NotApplicable("the indicators have no numbers")
    table.number_in_name = False
    if table.number_col is not None:
        table.drop_col(table.number_col)


@variant
def names_without_numbers(ctx: Ctx) -> Expect:
    """Indicators named without their numbers (number column and "๑." prefixes gone)."""
    table = ctx.indicator_table()
    _unnumber(table)
    ctx.put(table)
    return ctx.expect


@variant
def indicator_number_in_parentheses(ctx: Ctx) -> Expect:
    """"การเปิดเผยข้อมูล (ตัวชี้วัดที่ ๙)": the number after the name, in brackets."""
    table = ctx.indicator_table()
    style = table.style
    if any("ตัวชี้วัดที่" in r.name for r in table.inds):
        raise NotApplicable("the names carry their numbers already")
    if table.number_col is not None or table.number_in_name:
        _unnumber(table)
    table.name_fmt = lambda r: f"{r.name} (ตัวชี้วัดที่ {fmt(r.k or 0, style)})"
    ctx.put(table)
    return ctx.expect


@variant
def names_spaced(ctx: Ctx) -> Expect:
    """Names broken by a space between words, as wrapped cells are joined
    ("การใช้ ทรัพย์สินของ ราชการ")."""
    table = ctx.indicator_table()
    changed = 0
    for row in table.inds:
        if " " in row.name.strip():
            continue
        tokens = [t for t in _tokenize(row.name) if t.strip()]
        if len(tokens) < 2 and row.name.startswith("การ") and len(row.name) > 6:
            tokens = ["การ", row.name[3:]]
        if len(tokens) < 2:
            continue
        cut = min(range(1, len(tokens)),
                  key=lambda n: abs(len("".join(tokens[:n])) - len(row.name) / 2))
        row.name = "".join(tokens[:cut]) + " " + "".join(tokens[cut:])
        changed += 1
    if not changed:
        raise NotApplicable("no name to break")
    ctx.put(table)
    return ctx.expect


@variant
def score_in_name_cell(ctx: Ctx) -> Expect:
    """"การปฏิบัติหน้าที่ คะแนน ๙๐.๑๐" in one cell, the score column dropped (a table that
    already does so writes "การปฏิบัติหน้าที่ (๙๐.๑๐ คะแนน)")."""
    table = ctx.indicator_table()
    if ctx.expect.previous:
        raise NotApplicable("two years: the score column's header says which year it is")
    if table.score_col is None:
        for row in table.inds:
            row.inline, row.score = " (", f"{row.score} คะแนน)"
    else:
        for row in table.inds:
            row.inline = " คะแนน "
        score_col = table.score_col
        for row in table.rows:
            if row.kind == "other" and row.cells[score_col].strip():
                name = row.cells[table.name_col].strip()
                row.cells[table.name_col] = f"{name} {row.cells[score_col].strip()}".strip()
            if row.kind in ("ind", "other"):
                row.cells[score_col] = ""
        table.score_col = None
        table.drop_col(score_col)
    ctx.put(table)
    return ctx.expect


def _separate_score(table: IndTable) -> int:
    """The score column, made beside the name when the score was in the name's cell."""
    if table.score_col is None:
        table.insert_col(table.name_col + 1, "คะแนน", lambda r: "")
        table.score_col = table.name_col + 1
        for row in table.inds:
            row.inline = ""
    return table.score_col


def _previous_score(fixture: str, row: IRow) -> float:
    current = number_of(row.score) or 0.0
    h = hashed(fixture, "previous", row.k)
    step = (h % 700) / 100 + 0.5
    rises = "เพิ่มขึ้น" in row.score or ("ลดลง" not in row.score and (h >> 16) % 3 != 0)
    previous = current - step if rises else current + step
    if previous > 100:
        previous = current - step
    return round(min(100.0, max(0.0, previous)), 2)


@variant
def two_year_columns(ctx: Ctx) -> Expect:
    """A previous year's column (scores invented, deterministic) before this year's, and a
    ผลต่าง difference column; the headers carry the years."""
    table = ctx.indicator_table()
    year = ctx.year()
    if ctx.expect.previous:
        raise NotApplicable("the table has two years already")
    if table.header is None:
        raise NotApplicable("no header row to carry the years")
    score_col = _separate_score(table)
    base = label(_header_text(table, score_col, "คะแนน"))
    base = base if len(base) <= 12 else "คะแนน"
    style = table.style
    previous = {r.k: _previous_score(ctx.fixture.name, r) for r in table.inds}
    for header in (r for r in table.rows if r.kind == "header"):
        header.cells[score_col] = f"{base} ปี {fmt(year, style)}"
    table.insert_col(score_col, f"{base} ปี {fmt(year - 1, style)}",
                     lambda r: fmt(previous[r.k], style))
    table.insert_col(table.score_col + 1, "ผลต่าง",  # type: ignore[operator]
                     lambda r: digits(f"{(number_of(r.score) or 0) - previous[r.k]:+.2f}",
                                      style))
    ctx.put(table)
    return replace(ctx.expect, previous=previous, previous_year=year - 1)  # type: ignore[arg-type]


def _totals(ctx: Ctx, tool_label: str, overall_label: str) -> Expect:
    table = ctx.indicator_table()
    if len(table.inds) < 10:
        raise NotApplicable("not all ten indicators in the table")
    if any(r.kind == "other" for r in table.rows):
        raise NotApplicable("the table has total rows already")
    rows: list[IRow] = []
    groups = _tool_groups(table)
    tools_done = set()
    for row in table.rows:
        rows.append(row)
        for tool, members in groups:
            inds = [r for r in members if r.kind == "ind"]
            if inds and row is inds[-1] and tool not in tools_done:
                tools_done.add(tool)
                value = mean(number_of(r.score) or 0 for r in inds)
                rows.append(IRow("other", table.grid_row(f"{tool_label} {tool}",
                                                          fmt(round(value, 2), table.style)),
                                 row.piece))
    overall = ctx.expect.metadata.get("overall_score")
    if overall is not None:
        rows.append(IRow("other", table.grid_row(overall_label, fmt(float(overall),
                                                                     table.style)),
                         rows[-1].piece))
    table.rows = rows
    ctx.put(table)
    return ctx.expect


@variant
def tool_totals(ctx: Ctx) -> Expect:
    """A "รวม IIT" row after each tool's indicators (the tool's mean) and a "คะแนนรวม" row
    with the report's overall score."""
    return _totals(ctx, "รวม", "คะแนนรวม")


@variant
def tool_means(ctx: Ctx) -> Expect:
    """As tool_totals, labelled "ค่าเฉลี่ย IIT" ... and "ค่าเฉลี่ยรวม"."""
    return _totals(ctx, "ค่าเฉลี่ย", "ค่าเฉลี่ยรวม")


@variant
def tool_code_column(ctx: Ctx) -> Expect:
    """A แบบวัด column with IIT/EIT/OIT on every indicator row; no section rows."""
    table = ctx.indicator_table()
    table.drop(lambda r: r.kind == "tool")
    if table.tool_col is None:
        table.insert_col(0, "แบบวัด", lambda r: r.tool or "")
        table.tool_col = 0
    else:
        for row in table.inds:
            row.cells[table.tool_col] = row.tool or ""
    ctx.put(table)
    return ctx.expect


@variant
def per_indicator_grade_column(ctx: Ctx) -> Expect:
    """A ระดับ column after the score: each indicator's band (AA ... F; ผ่าน/ไม่ผ่าน from
    2567)."""
    table = ctx.indicator_table()
    year = ctx.year()
    score_col = _separate_score(table)

    def grade(row: IRow) -> str:
        value = number_of(row.score) or 0
        if year >= 2567:
            return "ผ่าน" if value >= 85 else "ไม่ผ่าน"
        for band, floor in (("AA", 95), ("A", 85), ("B", 75), ("C", 65), ("D", 55), ("E", 50)):
            if value >= floor:
                return band
        return "F"

    table.insert_col(score_col + 1, "ระดับ", grade)
    ctx.put(table)
    return ctx.expect


def _suffixed(ctx: Ctx, suffix: str) -> Expect:
    """Every score followed by ``suffix`` (those that are already keep theirs)."""
    table = ctx.indicator_table()
    changed = 0
    for row in table.inds:
        match = NUMBER.search(row.score)
        assert match is not None
        after = row.score[match.end():]
        if not after.lstrip().startswith(suffix.strip()):
            row.score = row.score[:match.end()] + suffix + after
            changed += 1
    if not changed:
        raise NotApplicable(f"the scores are written with {suffix.strip()} already")
    ctx.put(table)
    return ctx.expect


@variant
def percent_suffix(ctx: Ctx) -> Expect:
    """Scores written "๙๐.๑๐%"."""
    return _suffixed(ctx, "%")


@variant
def points_suffix(ctx: Ctx) -> Expect:
    """Scores written "๙๐.๑๐ คะแนน"."""
    return _suffixed(ctx, " คะแนน")


def _all_digits(ctx: Ctx, table: dict[int, str]) -> Expect:
    for block in ctx.doc:
        if isinstance(block, P):
            block.text = block.text.translate(table)
        elif isinstance(block, T):
            block.rows = [[c.translate(table) for c in row] for row in block.rows]
    return ctx.expect.map_text(lambda s: s.translate(table))


@variant
def arabic_digits(ctx: Ctx) -> Expect:
    """Every Thai digit of the document written as an Arabic digit."""
    return _all_digits(ctx, TO_ARABIC)


@variant
def thai_digits(ctx: Ctx) -> Expect:
    """Every Arabic digit of the document written as a Thai digit."""
    return _all_digits(ctx, TO_THAI)


@variant
def mixed_digits(ctx: Ctx) -> Expect:
    """In the indicator table, odd indicators with an Arabic number and a Thai score, even
    ones the other way round."""
    table = ctx.indicator_table()
    for row in table.inds:
        odd = (row.k or 0) % 2 == 1
        if row.num is not None:
            row.num = digits(row.num, "arabic" if odd else "thai")
        row.score = digits(row.score, "thai" if odd else "arabic")
    ctx.put(table)
    return ctx.expect


# ---- page breaks in tables -----------------------------------------------------------------


def _break_indicator_table(ctx: Ctx, repeat_header: bool) -> bool:
    try:
        table = ctx.indicator_table()
    except NotApplicable:
        return False
    at = len(table.rows) // 2
    if at < 2:
        return False
    piece = max(r.piece for r in table.rows) + 1
    cut = table.rows[at].piece
    for row in table.rows[at:]:
        if row.piece != cut or row.pre:
            break
        row.piece = piece
    if repeat_header and table.header is not None:
        table.rows.insert(at, replace(table.header, cells=list(table.header.cells), piece=piece))
    table.rows[at].pre = [BREAK] + table.rows[at].pre
    ctx.put(table)
    return True


def _break_measure_tables(ctx: Ctx, repeat_header: bool) -> bool:
    try:
        groups = ctx.groups()
    except NotApplicable:
        return False
    done = False
    for group in reversed(groups):
        icol = indicator_col(ctx.doc, group)
        for i in reversed(group.pieces):
            table = ctx.doc[i]
            assert isinstance(table, T)
            head = group.head_rows[i]
            first = 0 if head is None else head + 1
            if len(table.rows) - first < 2:
                continue
            at = first + (len(table.rows) - first + 1) // 2
            while at < len(table.rows) and is_continuation(
                    table.rows[at] + [""] * len(group.header), group, icol):
                at += 1
            if at >= len(table.rows):
                continue
            rest = table.rows[at:]
            if repeat_header:
                rest = [list(group.header)] + rest
            ctx.doc[i:i + 1] = [T(table.rows[:at]), BREAK, T(rest)]
            done = True
    return done


@variant
def page_break_repeat_header(ctx: Ctx) -> Expect:
    """A page break inside the indicator table and each measure table of two or more rows;
    the header row repeated on the new page."""
    measures = _break_measure_tables(ctx, True)
    if not (_break_indicator_table(ctx, True) or measures):
        raise NotApplicable("no table to break")
    return ctx.expect


@variant
def page_break_no_header(ctx: Ctx) -> Expect:
    """As page_break_repeat_header, the table going on without its header."""
    measures = _break_measure_tables(ctx, False)
    if not (_break_indicator_table(ctx, False) or measures):
        raise NotApplicable("no table to break")
    return ctx.expect


@variant
def page_break_mid_row(ctx: Ctx) -> Expect:
    """A measure row cut by a page break: the rest of its longest cell (steps, analysis,
    follow-up) goes on, alone in its row, under the repeated header on the next page."""
    groups = ctx.groups()
    done = False
    for group in reversed(groups):
        cols = [c for c, r in group.roles.items()
                if r in ("steps", "analysis", "monitoring")]
        if not cols:
            continue
        for i in reversed(group.pieces):
            table = ctx.doc[i]
            assert isinstance(table, T)
            head = group.head_rows[i]
            for r in range(0 if head is None else head + 1, len(table.rows)):
                row = table.rows[r]
                col = max(cols, key=lambda c: len(row[c]) if c < len(row) else 0)
                text = row[col] if col < len(row) else ""
                lines = text.split("\n")
                if len(lines) >= 2:
                    keep, carry = ("\n".join(lines[:(len(lines) + 1) // 2]),
                                   "\n".join(lines[(len(lines) + 1) // 2:]))
                elif len(text) >= 40:
                    parts = wrap(text, len(text) // 2 + 1)
                    keep, carry = parts[0], " ".join(parts[1:])
                else:
                    continue
                if not carry.strip():
                    continue
                top = [list(c) for c in table.rows[:r + 1]]
                top[r][col] = keep
                tail = [""] * len(row)
                tail[col] = carry
                rest = [list(group.header), tail] + table.rows[r + 1:]
                ctx.doc[i:i + 1] = [T(top), BREAK, T(rest)]
                done = True
                break
            else:
                continue
            break
    if not done:
        raise NotApplicable("no measure cell long enough to cut")
    return ctx.expect


# ---- measures ------------------------------------------------------------------------------


def _synonym(role: str, current: str) -> str:
    spellings = [s for r, s in header_synonyms() if r == role]
    if len(spellings) < 2:
        return current
    at = max(range(len(spellings)), key=lambda n: fuzz.ratio(compact(current), spellings[n]))
    for step in range(max(1, len(spellings) // 2), len(spellings) + max(1, len(spellings) // 2)):
        choice = spellings[(at + step) % len(spellings)]
        if compact(choice) != compact(current):
            return re.sub(r"(?<=[\u0e00-\u0e7f])(?=[A-Z])", " ", choice)
    return current


@variant
def measure_header_synonyms(ctx: Ctx) -> Expect:
    """Measure tables under other headers from the lexicon (ผู้รับผิดชอบ → หน่วยงานที่
    รับผิดชอบ ...), their columns in reverse order, and an extra หมายเหตุ column."""
    groups = ctx.groups()
    for group in groups:
        icol = indicator_col(ctx.doc, group)
        new_header = list(group.header)
        for c, role in group.roles.items():
            if role == "indicator_or_kpi" and c == icol:
                role = "indicator"
            new_header[c] = _synonym(role, group.header[c])
        order = list(reversed(range(len(group.header))))
        for i in group.pieces:
            table = ctx.doc[i]
            assert isinstance(table, T)
            head = group.head_rows[i]
            rows = []
            for r, row in enumerate(table.rows):
                row = row + [""] * (len(group.header) - len(row))
                if r == head or header_roles(row) is not None:
                    row = list(new_header) + ["หมายเหตุ"]
                else:
                    row = [new_header[c] + "\n" + cell.split("\n", 1)[1]
                           if "\n" in cell and strip_echo(cell, group.header[c]) != cell
                           else cell for c, cell in enumerate(row)]
                    row.append("" if all(is_blank(t) for t in row) or is_continuation(
                        row, group, icol) else "-")
                rows.append([row[c] for c in order] + [row[-1]])
            table.rows = rows
    return ctx.expect


def _replace_groups(ctx: Ctx, render: Callable[[MGroup, list[MRec]], list[Block]]) -> None:
    groups = ctx.groups()
    recs = measure_records(ctx.doc, groups)
    if len(recs) == 0:
        raise NotApplicable("no measure rows")
    if ctx.expect.measures is not None and len(recs) != len(ctx.expect.measures):
        raise NotApplicable(f"the measure tables hold {len(recs)} rows, "
                            f"{len(ctx.expect.measures)} measures expected")
    blocks = [render(group, [r for r in recs if r.group == g]) for g, group in enumerate(groups)]
    for group, new in reversed(list(zip(groups, blocks))):
        first, last = group.pieces[0], group.pieces[-1]
        breaks = [b for b in ctx.doc[first:last + 1] if b is BREAK]
        ctx.doc[first:last + 1] = new + breaks


def _fields(doc: Doc, group: MGroup, rec: MRec) -> list[tuple[int, str, str]]:
    """(column, label, value) of a measure row, header echoes and row numbers dropped."""
    out = []
    skip = enumeration_cols(doc, group)
    for c, value in enumerate(rec.cells):
        if c in skip:
            continue
        value = strip_echo(value, group.header[c]).strip()
        if not is_blank(value):
            out.append((c, label(group.header[c]) or "หมายเหตุ", value))
    return out


def _indicator_heading(value: str, style: str) -> str:
    parsed = split_name(value.split("\n")[0])
    if parsed is None:
        return value
    _lead, number, _sep, k, name, _rest = parsed
    return f"ตัวชี้วัดที่ {number or fmt(k, style)} {name.strip()}"


@variant
def measures_as_numbered_paragraphs(ctx: Ctx) -> Expect:
    """Each measure as "มาตรการที่ ๑ ..." (the label taking the place of its own "๑." / "-";
    further items of the cell as "- ..." lines), followed by labelled lines "ผู้รับผิดชอบ: ..." /
    "ระยะเวลาดำเนินการ: ...", under a "ตัวชี้วัดที่ ๑ ..." heading where the table had an
    indicator column.  The label is part of the measure's text, as in the layout fixtures."""
    style = ctx.style
    labels: list[str] = []

    def render(group: MGroup, recs: list[MRec]) -> list[Block]:
        mcol = group.col("measure", "steps")
        icol = indicator_col(ctx.doc, group)
        out: list[Block] = []
        heading = None
        for rec in recs:
            fields = _fields(ctx.doc, group, rec)
            if icol is not None and rec.cells[icol].strip():
                text = _indicator_heading(rec.cells[icol], style)
                if text != heading:
                    out.append(P(text))
                    heading = text
            labels.append(f"มาตรการที่ {fmt(len(labels) + 1, style)} ")
            measure = next((v for c, _l, v in fields if c == mcol), "")
            first, *rest = measure.split("\n")
            out.append(P("\n".join([labels[-1] + strip_enum(first),
                                    *[f"- {strip_enum(line)}" for line in rest]])))
            labelled = []
            for c, name, value in fields:
                if c in (mcol, icol):
                    continue
                first, *rest = value.split("\n")
                labelled += [f"{name}: {first}", *rest]
            if labelled:
                out.append(P("\n".join(labelled)))
        return out

    _replace_groups(ctx, render)
    expect = ctx.expect
    if expect.measures is None:
        return expect
    return replace(expect, measures=tuple(
        (*m[:5], labels[n] + strip_enum(m[5])) for n, m in enumerate(expect.measures)))


@variant
def measures_labelled_inline(ctx: Ctx) -> Expect:
    """Each measure as one paragraph of "label: value" lines in the table's column order."""
    def render(group: MGroup, recs: list[MRec]) -> list[Block]:
        out: list[Block] = []
        for rec in recs:
            lines = []
            for _c, name, value in _fields(ctx.doc, group, rec):
                first, *rest = value.split("\n")
                lines += [f"{name}: {first}", *rest]
            out.append(P("\n".join(lines)))
        return out

    _replace_groups(ctx, render)
    return ctx.expect


@variant
def measures_labels_own_line(ctx: Ctx) -> Expect:
    """Each field of each measure as a label paragraph (no colon) and a value paragraph."""
    def render(group: MGroup, recs: list[MRec]) -> list[Block]:
        out: list[Block] = []
        for rec in recs:
            for _c, name, value in _fields(ctx.doc, group, rec):
                out += [P(name), P(value)]
        return out

    _replace_groups(ctx, render)
    return ctx.expect


SECTION_CHARS = 160  # a heading; longer prose between two tables keeps them apart


@variant
def measure_sections_as_rows(ctx: Ctx) -> Expect:
    """The measure tables of a section merged into one table; the headings between them
    ("ประเด็นที่ ๑.๑ ...", "ตัวชี้วัดที่ ๙ ...") become section rows, text in the first cell
    (a page break cuts the table, which goes on without its header)."""
    groups = ctx.groups()
    runs: list[list[MGroup]] = []
    for group in groups:
        if runs:
            last = runs[-1][-1]
            between = ctx.doc[last.pieces[-1] + 1:group.pieces[0]]
            if (all(b is BREAK or (isinstance(b, P) and len(b.text) <= SECTION_CHARS)
                    for b in between)
                    and [last.roles.get(c) for c in range(len(last.header))]
                    == [group.roles.get(c) for c in range(len(group.header))]):
                runs[-1].append(group)
                continue
        runs.append([group])
    changed = False
    for run in reversed(runs):
        first, last = run[0].pieces[0], run[-1].pieces[-1]
        if first == last:
            continue
        width = len(run[0].header)
        head_of = {i: g.head_rows[i] for g in run for i in g.pieces}
        tables: list[Block] = []
        rows: list[list[str]] = [list(run[0].header)]
        for i in range(first, last + 1):
            block = ctx.doc[i]
            if block is BREAK:
                tables += [T(rows), BREAK]
                rows = []
            elif isinstance(block, P):
                rows.append([" ".join(block.text.split("\n"))] + [""] * (width - 1))
            elif isinstance(block, T):
                head = head_of.get(i)
                rows += [r + [""] * (width - len(r)) for r in block.rows[
                    0 if head is None else head + 1:]]
        if rows:
            tables.append(T(rows))
        ctx.doc[first:last + 1] = tables
        changed = True
    if not changed:
        raise NotApplicable("one measure table, nothing between")
    return ctx.expect


# ---- unrelated tables near the measures ----------------------------------------------------

OIT_ITEMS = (
    "โครงสร้าง", "ข้อมูลผู้บริหาร", "อำนาจหน้าที่", "แผนพัฒนาท้องถิ่น", "ข้อมูลการติดต่อ",
    "กฎหมายที่เกี่ยวข้อง", "ข่าวประชาสัมพันธ์", "Q&A", "Social Network", "แผนดำเนินงานประจำปี",
    "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ ๖ เดือน", "รายงานผลการดำเนินงานประจำปี",
    "คู่มือหรือมาตรฐานการปฏิบัติงาน", "คู่มือหรือมาตรฐานการให้บริการ",
    "ข้อมูลเชิงสถิติการให้บริการ", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", "E-Service",
    "แผนการใช้จ่ายงบประมาณประจำปี",
    "รายงานการกำกับติดตามการใช้จ่ายงบประมาณประจำปี รอบ ๖ เดือน",
    "รายงานผลการใช้จ่ายงบประมาณประจำปี", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ",
    "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ",
    "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน",
    "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", "นโยบายการบริหารทรัพยากรบุคคล",
    "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
    "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี",
    "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี",
    "ช่องทางการรับฟังความคิดเห็น", "การเปิดโอกาสให้เกิดการมีส่วนร่วม",
    "เจตจำนงสุจริตของผู้บริหาร", "การมีส่วนร่วมของผู้บริหาร",
    "การประเมินความเสี่ยงการทุจริตประจำปี", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต",
    "การเสริมสร้างวัฒนธรรมองค์กร", "แผนปฏิบัติการป้องกันการทุจริต",
    "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ ๖ เดือน",
    "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี",
    "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
)


def _timeline(ctx: Ctx) -> list[Block]:
    year, style = ctx.year(), ctx.style
    y = fmt(year, style)
    return [P(f"ปฏิทินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. {y}"),
            T([["ช่วงเวลา", "กิจกรรม"],
               [f"มีนาคม – เมษายน {y}", "หน่วยงานเปิดเผยข้อมูลสาธารณะ (OIT) บนเว็บไซต์"],
               [f"พฤษภาคม – กรกฎาคม {y}",
                "ผู้มีส่วนได้ส่วนเสียภายในและภายนอกตอบแบบวัด IIT และ EIT"],
               [f"สิงหาคม {y}", "สำนักงาน ป.ป.ช. ตรวจและให้คะแนน"],
               [f"กันยายน {y}", "ประกาศผลการประเมิน"]])]


def _checklist(ctx: Ctx) -> list[Block]:
    rows = [["ข้อ", "รายการข้อมูล", "ผลการประเมิน"]]
    for n, item in enumerate(OIT_ITEMS, 1):
        passed = hashed(ctx.fixture.name, "oit", n) % 6 != 0
        rows.append([f"O{n}", item if ctx.style == "thai" else item.translate(TO_ARABIC),
                     "ผ่าน" if passed else "ไม่ผ่าน"])
    return [P("ผลการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) รายข้อ"), T(rows)]


def _budget(ctx: Ctx) -> list[Block]:
    style = ctx.style
    year = ctx.expect.metadata.get("plan_year") or ctx.year() + 1
    return [P(f"งบประมาณดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. {fmt(int(year), style)}"),
            T([["โครงการ", "งบประมาณ (บาท)", "แหล่งงบประมาณ"],
               ["โครงการอบรมส่งเสริมคุณธรรมจริยธรรมแก่บุคลากร", digits("30,000", style),
                "ข้อบัญญัติงบประมาณรายจ่ายประจำปี"],
               ["โครงการประชาสัมพันธ์การเปิดเผยข้อมูลสาธารณะ", digits("15,000", style),
                "ข้อบัญญัติงบประมาณรายจ่ายประจำปี"],
               ["รวม", digits("45,000", style), ""]])]


def _after_indicators(ctx: Ctx) -> int:
    try:
        return ctx.indicator_table().span[1] + 1
    except NotApplicable:
        groups = measure_groups(ctx.doc)
        return groups[0].pieces[0] if groups else len(ctx.doc)


def _after_measures(ctx: Ctx) -> int:
    groups = measure_groups(ctx.doc)
    return groups[-1].pieces[-1] + 1 if groups else len(ctx.doc)


@variant
def timeline_table(ctx: Ctx) -> Expect:
    """An assessment timeline table (ช่วงเวลา | กิจกรรม) after the indicator table: no
    measures in it."""
    blocks = _timeline(ctx)
    at = _after_indicators(ctx)
    ctx.doc[at:at] = blocks
    return ctx.expect


@variant
def oit_checklist(ctx: Ctx) -> Expect:
    """The O1-O43 ผ่าน/ไม่ผ่าน checklist after the indicator table: no scores, no grade."""
    blocks = _checklist(ctx)
    at = _after_indicators(ctx)
    ctx.doc[at:at] = blocks
    return ctx.expect


@variant
def budget_table(ctx: Ctx) -> Expect:
    """A budget table (โครงการ | งบประมาณ) after the last measure table: no new measures."""
    blocks = _budget(ctx)
    at = _after_measures(ctx)
    ctx.doc[at:at] = blocks
    return ctx.expect


@variant
def unrelated_tables(ctx: Ctx) -> Expect:
    """timeline_table, oit_checklist and budget_table together."""
    budget, timeline, checklist = _budget(ctx), _timeline(ctx), _checklist(ctx)
    at = _after_measures(ctx)
    ctx.doc[at:at] = budget
    at = _after_indicators(ctx)
    ctx.doc[at:at] = timeline + checklist
    return ctx.expect


# ---- prose and page layout -----------------------------------------------------------------


def _wrapped(width: int) -> Transform:
    def transform(ctx: Ctx) -> Expect:
        for block in ctx.doc:
            if isinstance(block, P):
                block.text = "\n".join(part for line in block.text.split("\n")
                                       for part in wrap(line, width))
        return replace(ctx.expect, loose_space=True)

    transform.__doc__ = f"Every paragraph broken into lines of at most {width} characters."
    transform.__name__ = f"prose_wrapped_{width}"
    return transform


prose_wrapped_40 = variant(_wrapped(40))
prose_wrapped_70 = variant(_wrapped(70))


@variant
def cells_wrapped(ctx: Ctx) -> Expect:
    """Every table cell broken into lines of at most 24 characters (<p> lines), as narrow
    columns do."""
    for block in ctx.doc:
        if isinstance(block, T):
            block.rows = [["\n".join(p for line in cell.split("\n") for p in wrap(line, 24))
                           for cell in row] for row in block.rows]
    return replace(ctx.expect, loose_space=True)


@variant
def lines_as_paragraphs(ctx: Ctx) -> Expect:
    """Each line of a paragraph its own paragraph."""
    out: Doc = []
    for block in ctx.doc:
        if isinstance(block, P) and "\n" in block.text:
            out += [P(line) for line in block.text.split("\n") if line.strip()]
        else:
            out.append(block)
    if len(out) == len(ctx.doc):
        raise NotApplicable("no paragraph of several lines")
    ctx.doc[:] = out
    return ctx.expect


@variant
def prose_joined(ctx: Ctx) -> Expect:
    """The lines of each paragraph joined with a space."""
    changed = False
    for block in ctx.doc:
        if isinstance(block, P) and "\n" in block.text:
            block.text = " ".join(block.text.split("\n"))
            changed = True
    if not changed:
        raise NotApplicable("no paragraph of several lines")
    return ctx.expect


@variant
def page_breaks_with_numbers(ctx: Ctx) -> Expect:
    """More pages (a break between two paragraphs every 12 blocks) and "- ๒ -" page numbers
    at the head of every page but the first."""
    style = ctx.style
    out: Doc = []
    since = 0
    for n, block in enumerate(ctx.doc):
        following = ctx.doc[n + 1] if n + 1 < len(ctx.doc) else None
        out.append(block)
        since = 0 if block is BREAK else since + 1
        if since >= 12 and isinstance(block, P) and isinstance(following, P):
            out.append(BREAK)
            since = 0
    numbered: Doc = []
    page = 1
    for block in out:
        numbered.append(block)
        if block is BREAK:
            page += 1
            numbered.append(P(f"- {fmt(page, style)} -"))
    ctx.doc[:] = numbered
    return ctx.expect


@variant
def pipe_tables(ctx: Ctx) -> Expect:
    """Tables written as markdown pipe rows (| a | b |) with a rule under the first row."""
    for block in ctx.doc:
        if isinstance(block, T) and any("|" in c for row in block.rows for c in row):
            raise NotApplicable("a cell holds a |")
    if not any(isinstance(b, T) for b in ctx.doc):
        raise NotApplicable("no table")
    ctx.pipes = True
    return ctx.expect


# --------------------------------------------------------------------------------------------
# Building variants, writing them, reading them back


@dataclass(frozen=True)
class Built:
    fixture: str
    variant: str
    text: str
    expect: Expect


@cache
def build(fixture: str, name: str) -> Built:
    """The variant ``name`` of ``fixture``; raises NotApplicable when it changes nothing."""
    fx = fixtures()[fixture]
    base = from_text(fx.text)
    ctx = Ctx(fx, name, from_text(fx.text), fx.expect)
    expect = VARIANTS[name](ctx)
    if name != "identity" and not ctx.pipes and same_blocks(ctx.doc, base):
        raise NotApplicable("the variant changes nothing")
    return Built(fixture, name, to_text(ctx.doc, pipes=ctx.pipes), expect)


def built_or_reason(fixture: str, name: str) -> Built | str:
    try:
        return build(fixture, name)
    except NotApplicable as reason:
        return f"n/a: {reason}"


def write_docx(built: Built, path: Path) -> Path:
    from tests.fixtures.make_docx import text_to_docx

    return text_to_docx(built.text, path)


def soffice() -> str | None:
    from tests.fixtures.make_pdf import soffice as find

    return find()


def docx_to_pdfs(docs: list[Path], out_dir: Path) -> list[Path]:
    """All ``docs`` to PDF in one LibreOffice run (its start-up is most of the cost)."""
    program = soffice()
    if program is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    out_dir.mkdir(parents=True, exist_ok=True)
    if docs:
        subprocess.run([program, "--headless", "--convert-to", "pdf", "--outdir", str(out_dir),
                        *map(str, docs)], check=True, capture_output=True, timeout=1200)
    return [out_dir / (d.stem + ".pdf") for d in docs]


def case_stem(fixture: str, name: str) -> str:
    return f"{fixture.replace('/', '_')}__{name}"


# --------------------------------------------------------------------------------------------
# Comparing an extraction with the expectation

_MISSING = object()


def _short(value: Any, width: int = 48) -> str:
    text = repr(value)
    return text if len(text) <= width else text[:width - 1] + "…"


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float | int):
        return abs(a - b) < 1e-6
    return a == b


def compare(extraction: Any, expect: Expect) -> list[str]:
    """What differs, one short line each: "score …", "previous …", "meta …", "measure …"."""
    diffs: list[str] = []
    report = extraction.report
    if expect.metadata:
        if report is None:
            diffs.append("meta: no report record")
        else:
            for name, want in expect.metadata.items():
                got = getattr(report, name, _MISSING)
                if got is _MISSING or not _same(got, want):
                    diffs.append(f"meta {name}: {_short(got)} != {_short(want)}")
    if expect.scores is not None:
        got_scores: dict[int, float | None] = {}
        for record in extraction.indicators:
            if record.indicator_no in got_scores:
                diffs.append(f"score {record.indicator_no}: read twice "
                             f"({got_scores[record.indicator_no]}, {record.score})")
            got_scores.setdefault(record.indicator_no, record.score)
        for k in range(1, 11):
            want, got = expect.scores.get(k), got_scores.get(k)
            if want is None and got is None:
                continue
            if want is None or got is None or abs(got - want) > 1e-9:
                diffs.append(f"score {k}: {got} != {want}")
    if expect.previous is not None:
        records = {r.indicator_no: r for r in extraction.indicators}
        if records and not hasattr(next(iter(records.values())), "previous_score"):
            diffs.append("previous: IndicatorScore has no previous_score")
        else:
            for k, want in sorted(expect.previous.items()):
                record = records.get(k)
                got = getattr(record, "previous_score", None)
                year = getattr(record, "previous_year", None)
                if got is None or abs(got - want) > 1e-9:
                    diffs.append(f"previous {k}: {got} != {want}")
                elif year != expect.previous_year:
                    diffs.append(f"previous {k} year: {year} != {expect.previous_year}")
    if expect.measures is not None:
        diffs += _compare_measures(extraction.measures, expect)
    return diffs


def _compare_measures(measures: list[Any], expect: Expect) -> list[str]:
    assert expect.measures is not None
    diffs = []
    squash = compact if expect.loose_space else (lambda s: s)
    if len(measures) != len(expect.measures):
        diffs.append(f"measures: {len(measures)} rows != {len(expect.measures)}")
    for n, (m, want) in enumerate(zip(measures, expect.measures), 1):
        tool, number, code, units, period, start = want
        if (m.tool, m.indicator_no, m.issue_code) != (tool, number, code):
            diffs.append(f"measure {n} tool/indicator/issue: "
                         f"{(m.tool, m.indicator_no, m.issue_code)} != {(tool, number, code)}")
        if [squash(u) for u in m.responsible_units or []] != [squash(u) for u in units]:
            diffs.append(f"measure {n} units: {_short(m.responsible_units)} != {_short(units)}")
        if (m.period_start, m.period_end) != (period or (None, None)):
            diffs.append(f"measure {n} period: {m.period_start}..{m.period_end} != "
                         f"{period[0] if period else None}..{period[1] if period else None}")
        if m.measure is None or not squash(m.measure).startswith(squash(start)):
            diffs.append(f"measure {n} text: {_short((m.measure or '')[:len(start) + 8])} "
                         f"!~ {_short(start)}")
    return diffs


def summary(diffs: list[str]) -> str:
    """"ok", or counts per kind: S scores, Y previous year, M metadata, R measure rows."""
    if not diffs:
        return "ok"
    def kind(diff: str) -> str:
        for start, letter in (("score", "S"), ("previous", "Y"), ("meta", "M"),
                              ("measure", "R")):
            if diff.startswith(start):
                return letter
        return "?"

    kinds = Counter(kind(d) for d in diffs)
    return " ".join(f"{k}{kinds[k]}" for k in "SYMR?" if kinds[k])


def extract(path: Path) -> Any:
    from ita.extract import extract_file

    return extract_file(path)


def run_case(fixture: str, name: str, fmt_: str, folder: Path) -> tuple[str, list[str]]:
    """(summary, diffs) of one variant in one format: "txt", "docx", or "pdf" (read from
    ``folder``, where pdf_cases put it)."""
    built = built_or_reason(fixture, name)
    if isinstance(built, str):
        return built, []
    if fmt_ != "txt" and name in TEXT_ONLY:
        return "n/a: text only", []
    path = folder / f"{case_stem(fixture, name)}.{fmt_}"
    if fmt_ == "txt":
        path.write_text(built.text, encoding="utf-8")
    elif fmt_ == "docx":
        write_docx(built, path)
    elif not path.exists():
        return "n/a: no PDF made", []
    try:
        diffs = compare(extract(path), built.expect)
    except Exception as error:  # the matrix goes on; the cell says what broke
        diffs = [f"?error {type(error).__name__}: {error}"[:100]]
    return summary(diffs), diffs


def pdf_cases(cases: Iterable[tuple[str, str]], folder: Path) -> None:
    """The PDFs of ``cases`` (fixture, variant) in ``folder``, made in one LibreOffice run."""
    docs = []
    for fixture, name in cases:
        built = built_or_reason(fixture, name)
        if not isinstance(built, str) and name not in TEXT_ONLY:
            docs.append(write_docx(built, folder / f"{case_stem(fixture, name)}.docx"))
    docx_to_pdfs(docs, folder)


# --------------------------------------------------------------------------------------------
# Command line


def _report(names: list[str], kinds: list[str], fmt_: str) -> None:
    started = time.time()
    cells: dict[tuple[str, str], tuple[str, list[str]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if fmt_ == "pdf":
            pdf_cases([(n, k) for n in names for k in kinds], Path(tmp))
        for name in names:
            for kind in kinds:
                cells[name, kind] = run_case(name, kind, fmt_, Path(tmp))
    width = max(len(k) for k in kinds) + 1
    col = max([9, *(len(c[0]) + 1 for c in cells.values() if not c[0].startswith("n/a"))])
    short = {n: n if len(n) < col else n[:col - 2] + "…" for n in names}
    print(f"variant × fixture, {fmt_}: ok, n/a, or what differs "
          "(S scores, Y previous year, M metadata, R measure rows; counts)")
    if any(short[n] != n for n in names):
        print("fixtures: " + ", ".join(f"{short[n]} = {n}" for n in names if short[n] != n))
    print("\n" + " " * width + "".join(short[n].ljust(col) for n in names))
    for kind in kinds:
        row = [cells[n, kind][0] for n in names]
        print(kind.ljust(width) + "".join(
            ("n/a" if c.startswith("n/a") else c).ljust(col) for c in row).rstrip())
    failing = [(k, n) for k in kinds for n in names
               if cells[n, k][0] not in ("ok",) and not cells[n, k][0].startswith("n/a")]
    ok = sum(1 for c in cells.values() if c[0] == "ok")
    na = sum(1 for c in cells.values() if c[0].startswith("n/a"))
    print(f"\n{ok} ok, {len(failing)} differ, {na} n/a  ({time.time() - started:.0f} s)\n")
    for kind, name in failing:
        diffs = cells[name, kind][1]
        more = f"  (+{len(diffs) - 2} more)" if len(diffs) > 2 else ""
        print(f"{kind} / {name}: " + " | ".join(diffs[:2]) + more)
    not_applicable = [(k, n, cells[n, k][0]) for k in kinds for n in names
                      if cells[n, k][0].startswith("n/a")]
    if not_applicable:
        print()
        for kind, name, reason in not_applicable:
            print(f"{kind} / {name}: {reason}")


def _write(out: Path, names: list[str], kinds: list[str], docx: bool, pdf: bool) -> None:
    docs = []
    for name in names:
        folder = out / name.replace("/", "_")
        folder.mkdir(parents=True, exist_ok=True)
        for kind in kinds:
            built = built_or_reason(name, kind)
            if isinstance(built, str):
                continue
            (folder / f"{kind}.txt").write_text(built.text, encoding="utf-8")
            if docx or pdf:
                docs.append(write_docx(built, folder / f"{kind}.docx"))
    if pdf:
        for name in names:
            folder = out / name.replace("/", "_")
            docx_to_pdfs([d for d in docs if d.parent == folder], folder)
    print(f"wrote {out}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.variants", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--report", action="store_true", help="extract every variant, print "
                        "the matrix")
    parser.add_argument("--write", type=Path, metavar="DIR", help="write every variant as .txt")
    parser.add_argument("--list", action="store_true", help="list the variants")
    parser.add_argument("--format", choices=("txt", "docx", "pdf"), default="txt",
                        help="--report: the format read (pdf: the PDF_VARIANTS unless "
                        "--variant, one LibreOffice run)")
    parser.add_argument("--docx", action="store_true", help="--write: DOCX too")
    parser.add_argument("--pdf", action="store_true", help="--write: PDF too (LibreOffice)")
    parser.add_argument("--fixture", action="append", help="only these fixtures")
    parser.add_argument("--variant", action="append", help="only these variants")
    args = parser.parse_args(argv)
    names = args.fixture or list(fixtures())
    kinds = args.variant or list(PDF_VARIANTS if args.format == "pdf" else VARIANTS)
    unknown = [k for k in kinds if k not in VARIANTS] + [n for n in names if n not in fixtures()]
    if unknown:
        parser.error(f"unknown: {', '.join(unknown)}")
    if args.list:
        for kind in kinds:
            doc = " ".join((VARIANTS[kind].__doc__ or "").split())
            print(f"{kind:34} {doc}")
    if args.write:
        _write(args.write, names, kinds, args.docx, args.pdf)
    if args.report:
        _report(names, kinds, args.format)
    if not (args.list or args.write or args.report):
        parser.print_help()


if __name__ == "__main__":
    sys.exit(main())
