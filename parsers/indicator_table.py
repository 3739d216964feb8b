"""Indicator tables: the ten ITA indicators with their scores, in every shape reports use.

A table is read as indicator scores when its rows name ITA indicators and carry numbers.  The
indicator of a row comes from its name (with or without its number, "(ตัวชี้วัดที่ ๙)", typos);
the score from the column :mod:`ita.parsers.score_columns` names as the score: one number
column, or of several the assessment year's (the year before becomes ``previous_score``), never
a rank, a difference, a grade, the national average or the full mark.  Pieces of one table
(split by a page or by tool rows typed between them) are read with the header of the first
piece when they have none of their own.  Rows that are not indicators (a tool's total or mean,
the overall total, a repeated header, a tool heading) are never taken as one; a stated tool
score is checked against the mean of its indicators.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from statistics import mean

from ita.normalise.digits import NUMBER_PATTERN, thai_to_ascii_digits
from ita.normalise.indicators import (
    Indicator,
    find_tool,
    indicators,
    match_indicator,
    split_numbered_name,
)
from ita.normalise.linebreaks import breaks_inside_word
from ita.normalise.scores import normalise_grade, parse_score
from ita.normalise.text import compact, one_line, spaced_pattern
from ita.parsers.columns import find_header, header_role, is_blank, table_kind
from ita.parsers.findings import Parsed
from ita.parsers.reading import ReadState
from ita.parsers.score_columns import ColumnRole, ScoreColumns, choose_columns, column_role
from ita.schema import Cell, IndicatorScore, Paragraph, Severity, Table
from ita.schema.document import Box, box_corners

MAX_NAME_CHARS = 160  # a cell longer than this is prose, not an indicator's name
HEADER_ROWS = 3
TOOL_SCORE_TOLERANCE = 0.015  # a stated tool mean against the mean of its indicators
DIFFERENCE_TOLERANCE = 0.015

_SCORE_IN_NAME = re.compile(rf"\s*(?:คะแนน|=|:)\s*({NUMBER_PATTERN})\s*(?:คะแนน|%)?\s*(.*)$", re.S)
_TRAILING_SCORE = re.compile(rf"\s+({NUMBER_PATTERN})\s*(?:คะแนน|%)?\s*$")
_SCORE_IN_PARENS = re.compile(
    rf"\s*\(\s*(?:คะแนน\s*)?({NUMBER_PATTERN})\s*(?:คะแนน|%)?\s*\)\s*$")
_NUMBER_IN_PARENS = re.compile(rf"\(\s*(?:{spaced_pattern('ตัวชี้วัดที่')}|ตัวที่|ข้อ)\s*"
                               r"([0-9]{1,2})\s*\)")
_NUMBER_CELL = re.compile(rf"^\s*([+\-−–]?)\s*({NUMBER_PATTERN})\s*(?:%|คะแนน)?\s*(\(.*\)|[^0-9]*)$",
                          re.S)
_TOTAL_WORDS = ("รวม", "เฉลี่ย", "ภาพรวม", "สรุป")
_OVERALL_WORDS = ("ภาพรวม", "ทั้งหมด", "ITA", "คะแนนรวม", "ทั้งหน่วยงาน")
_INTEGER = re.compile(r"^\s*([0-9]{1,2})\s*\.?\s*$")


def indicator_in_cell(text: str) -> tuple[Indicator, str, str | None, int | None] | None:
    """(indicator, name as written, score written after the name, number written) when a
    cell names an ITA indicator; None otherwise.

    >>> found = indicator_in_cell("การเปิดเผยข้อมูล (ตัวชี้วัดที่ ๙)")
    >>> found[0].number, found[3]
    (9, 9)
    >>> indicator_in_cell("๒. การใช้งบประมาณ คะแนน ๙๙.๖๐")[2]
    '๙๙.๖๐'
    >>> indicator_in_cell("รวมคะแนน IIT") is None
    True
    """
    flat = one_line(text)
    if not flat or len(flat) > MAX_NAME_CHARS:
        return None
    number, name = split_numbered_name(flat)
    ascii_name = thai_to_ascii_digits(name)
    if match := _NUMBER_IN_PARENS.search(ascii_name):
        number = number if number is not None else int(match.group(1))
        name = (name[:match.start()] + " " + name[match.end():]).strip()
    name, score_text = split_score_from_name(name)
    try:
        indicator = match_indicator(name, number=number)
    except ValueError:
        return None
    return indicator, name, score_text, number


def split_score_from_name(name: str) -> tuple[str, str | None]:
    """("การปฏิบัติหน้าที่", "๑๐๐.๐๐") from "การปฏิบัติหน้าที่ คะแนน ๑๐๐.๐๐".

    >>> split_score_from_name("การใช้อำนาจ ๙๘.๒๔ คะแนน")
    ('การใช้อำนาจ', '๙๘.๒๔')
    >>> split_score_from_name("การใช้อำนาจ (๑๐๐.๐๐ คะแนน)")
    ('การใช้อำนาจ', '๑๐๐.๐๐')
    """
    for pattern in (_SCORE_IN_NAME, _SCORE_IN_PARENS, _TRAILING_SCORE):
        ascii_name = thai_to_ascii_digits(name)
        match = pattern.search(ascii_name)
        if match and match.start() > 0:
            score_text = name[match.start(1):match.end(1)]
            note = "" if pattern is _SCORE_IN_PARENS else name[match.end(1):].strip()
            if note in ("คะแนน", "%"):
                note = ""
            return name[: match.start()].strip(), (score_text + (" " + note if note else ""))
    return name, None


def number_cell(text: str) -> tuple[float, str] | None:
    """(value, sign) of a cell that holds one number ("๙๕.๕๕", "+1.20", "98.4%", "๘๖.๗๘
    (คะแนนเพิ่มขึ้น)"); None for text.

    >>> number_cell("+๑.๒๐"), number_cell("๙๘.๔ %"), number_cell("สำนักปลัด")
    ((1.2, '+'), (98.4, ''), None)
    """
    match = _NUMBER_CELL.match(thai_to_ascii_digits(one_line(text)))
    if not match:
        return None
    try:
        value = float(match.group(2).replace(",", "."))
    except ValueError:
        return None
    sign = "-" if match.group(1) in ("-", "−", "–") else match.group(1)
    return value, sign


def _is_grade(text: str) -> bool:
    try:
        normalise_grade(text)
        return True
    except ValueError:
        return False


@dataclass
class _Layout:
    """How the pieces of one indicator table are read."""

    n_cols: int
    name_col: int
    roles: dict[int, ColumnRole]
    columns: ScoreColumns


@dataclass
class _Row:
    score: IndicatorScore
    rank_text: str = ""
    number_text: str = ""


@dataclass
class IndicatorTableReader:
    """Reads the indicator-score tables of a document, in reading order."""

    report_id: str
    assessment_year: int | None
    out: Parsed
    layout: _Layout | None = None
    tool: str | None = None  # the tool of the section rows above
    tool_scores: list[tuple[str, float, int]] = field(default_factory=list)
    stated_overall: list[tuple[float, int]] = field(default_factory=list)  # total rows
    stated_grades: list[tuple[str, int]] = field(default_factory=list)  # grade rows
    piece_tools: set[str] = field(default_factory=set)  # tools of the piece being read
    pending_header: tuple[int, dict[int, str]] | None = None  # a header-only piece
    measure_cols: int | None = None  # columns of the measure table just passed over

    def read_table(self, table: Table, measure_header: bool) -> bool:
        """Read ``table`` if it is (a piece of) an indicator table; True when it was."""
        table = _rows_unstacked(_indicators_down(table))
        found = {index: self._indicators_of_row(table, index) for index in range(len(table.rows))}
        rows_with = [i for i, f in found.items() if f]
        if not rows_with:
            if self._blank_or_header(table):
                # a header at the foot of a page, or above rows split off by paragraphs
                self.pending_header = (table.n_cols,
                                       _header_texts(table, list(range(len(table.rows)))))
            else:
                self.layout = self.pending_header = None
            return False
        name_col = _most_common([found[i][0] for i in rows_with])  # type: ignore[index]
        rows_with = [i for i in rows_with if found[i][0] == name_col]  # type: ignore[index]
        layout = self._layout(table, name_col, rows_with)
        if layout is None:
            return False
        score_named = layout.columns.score is not None and layout.roles.get(
            layout.columns.score, ColumnRole("other")).kind in ("score", "year")
        continues_measures = self.measure_cols == table.n_cols and not any(
            _header_texts(table, _header_rows(table, rows_with[0])).values())
        if (measure_header or continues_measures) and not score_named \
                and not any(found[i][1][2] for i in rows_with):  # type: ignore[index]
            self.measure_cols = table.n_cols
            return False  # a measure table naming its indicators (or its next piece)
        scored = layout.columns.score is not None or any(
            found[i][1][2] for i in rows_with)  # type: ignore[index]
        if len(rows_with) < 2 and self.layout is None and not scored:
            return False  # one indicator named in passing, with no score
        self.layout = layout
        self.measure_cols = None
        self._read_rows(table, layout, found)
        return True

    def _indicators_of_row(self, table: Table, index: int
                           ) -> tuple[int, tuple[Indicator, str, str | None, int | None]] | None:
        for col, text in enumerate(table.row_texts(index)):
            if (found := indicator_in_cell(text)) is not None:
                return col, found
        return None

    def _blank_or_header(self, table: Table) -> bool:
        """A piece with no indicator row that does not end the table: blank or header only
        (most of each row's cells name a column)."""
        for i in range(len(table.rows)):
            filled = [t for t in table.row_texts(i) if not is_blank(t)]
            known = [t for t in filled if header_role(t) or column_role(t).kind != "other"]
            if filled and len(known) < 0.6 * len(filled):
                return False
        return True

    def _layout(self, table: Table, name_col: int, rows: list[int]) -> _Layout | None:
        header_rows = _header_rows(table, rows[0])
        headers = _header_texts(table, header_rows)
        numeric = _numeric_columns(table, rows, name_col)
        if not any(headers.values()):
            if self.pending_header is not None and self.pending_header[0] == table.n_cols:
                headers = self.pending_header[1]  # the header-only piece just before
            elif self.layout is not None and self.layout.n_cols == table.n_cols:
                return self.layout  # a piece without a header carries on the table before
        self.pending_header = None
        roles = {col: column_role(text) for col, text in headers.items() if text.strip()}
        for col in _counting_columns(table, rows, numeric - {name_col}):
            roles.setdefault(col, ColumnRole("rank", header=headers.get(col, "")))
        for col in _grade_columns(table, rows, name_col):
            roles[col] = ColumnRole("grade", header=headers.get(col, ""))
        numeric -= {c for c, r in roles.items() if r.kind in ("grade", "reference", "tool")}
        columns = choose_columns(roles, numeric - {name_col}, self.assessment_year)
        if columns.score is None and columns.ambiguous:
            every = _numeric_columns(table, rows, name_col)
            if (percent := _percent_column(table, rows, numeric - {name_col}, every)) \
                    is not None:
                # "คะแนนเต็ม | คะแนนที่ได้ | ร้อยละ": the column that is one over the other is
                # the 0-100 score
                columns = replace(columns, score=percent, ambiguous=None)
        if columns.score is None and columns.ambiguous:
            self.out.problem("score_column_ambiguous",
                             f"an indicator table has {columns.ambiguous}; its scores are left "
                             "out", table.page, Severity.ERROR)
        return _Layout(table.n_cols, name_col, roles, columns)

    def _read_rows(self, table: Table, layout: _Layout, found: dict) -> None:  # type: ignore[type-arg]
        rows: list[_Row] = []
        self.piece_tools = set()
        for index in range(len(table.rows)):
            texts = table.row_texts(index)
            if all(is_blank(t) for t in texts):
                continue
            if found[index] is None or found[index][0] != layout.name_col:
                self._other_row(table, index, texts, layout)
                continue
            rows.append(self._indicator_row(table, index, texts, layout, found[index][1]))
            self.piece_tools.add(rows[-1].score.tool)
        self._check_numbers(rows, layout, table.page)
        self.out.indicators.extend(row.score for row in rows)

    def _other_row(self, table: Table, index: int, texts: list[str], layout: _Layout) -> None:
        filled = [t for t in texts if not is_blank(t)]
        joined = " ".join(filled)
        numbers = [number_cell(t) for t in filled]
        tool = find_tool(joined)
        if tool and not any(numbers):
            self.tool = tool  # a section row naming the tool of the rows below
            return
        if tool is None and (grade := self._grade_row(texts, layout)) is not None:
            self.stated_grades.append((grade, table.page))
            return
        if all(header_role(t) or column_role(t).kind != "other" for t in filled):
            return  # a header row (repeated after a page break, or this piece's own)
        totals = any(word in compact(joined) for word in _TOTAL_WORDS)
        if re.search(r"(?<![A-Za-z])ITA(?![A-Za-z])", joined) or len(
                {t for t in ("IIT", "EIT", "OIT") if t in joined}) >= 2:
            tool, totals = None, True  # "คะแนน ITA (IIT × 0.3 + EIT × 0.3 + OIT × 0.4)": overall
        if totals and tool is None and len(self.piece_tools) == 1 \
                and not any(word in compact(joined) for word in _OVERALL_WORDS):
            tool = next(iter(self.piece_tools))  # "ค่าเฉลี่ย" closing a table of one tool
        if totals or (tool and any(numbers)):
            value = self._cell_number(texts, layout.columns.score)
            if tool and value is not None:
                self.tool_scores.append((tool, value, table.page))
            elif value is not None and layout.columns.score is not None:
                self.stated_overall.append((value, table.page))
            if tool:
                self.tool = tool
            return  # a tool's total or mean, or the overall total: never an indicator
        if tool:
            self.tool = tool  # a section row naming the tool of the rows below
            return
        carried = {c for c in (layout.columns.score, layout.columns.analysis) if c is not None}
        filled_cols = {c for c, t in enumerate(texts) if not is_blank(t)}
        if self.out.indicators and len(filled) == 1 and numbers[0] is not None \
                and self.out.indicators[-1].score is None and index == _first_row(table) \
                and self.out.indicators[-1].page == table.page - 1:
            # "๖ | ประสิทธิภาพการสื่อสาร คะแนน" | page break | " | ๘๗.๖๒": the cut row's score
            last = self.out.indicators[-1]
            try:
                score, note = parse_score(filled[0])
            except ValueError:
                score, note = None, None
            if score is not None:
                self.out.indicators[-1] = last.model_copy(update={
                    "score": score, "score_raw": one_line(filled[0]), "note": note})
                return
        if filled_cols and filled_cols <= carried and self.out.indicators:
            last = self.out.indicators[-1]
            if last.page >= table.page - 1:  # the rest of the row above, cut by a page break
                self.out.indicators[-1] = _carry_on(
                    last, _cell(texts, layout.columns.score),
                    _cell(texts, layout.columns.analysis))
                return
        self.out.problem("indicator_row_unread",
                         f"row {index + 1} of an indicator table names no indicator: "
                         f"{one_line(' | '.join(texts))[:120]!r}", table.page)

    def _grade_row(self, texts: list[str], layout: _Layout) -> str | None:
        """The grade a row such as "ระดับผลการประเมิน | B | A" states in the score column."""
        score_col = layout.columns.score
        label = " ".join(t for c, t in enumerate(texts) if c != score_col)
        if score_col is None or "ระดับ" not in label and "ผลการประเมิน" not in label:
            return None
        filled = [c for c, t in enumerate(texts) if not is_blank(t)]
        # the score column's cell, else, when it is empty, the row's last cell
        # ("ผลการประเมิน | | | ผ่าน")
        col = score_col if score_col in filled or not filled else filled[-1]
        try:
            return normalise_grade(_cell(texts, col))
        except ValueError:
            return None

    def _cell_number(self, texts: list[str], col: int | None) -> float | None:
        cells = [texts[col]] if col is not None and col < len(texts) else texts
        for text in cells:
            if (found := number_cell(text)) is not None and 0 <= found[0] <= 100:
                return found[0]
        return None

    def _indicator_row(self, table: Table, index: int, texts: list[str], layout: _Layout,
                       found: tuple[Indicator, str, str | None, int | None]) -> _Row:
        indicator, name, score_in_name, number_in_name = found
        columns = layout.columns
        written_tool = next((t for c, t in enumerate(texts)
                             if layout.roles.get(c, ColumnRole("other")).kind == "tool"
                             and t.strip()), "")
        if written_tool and (tool := find_tool(written_tool)):
            self.tool = tool
        if self.tool and self.tool != indicator.tool:
            self.out.problem("tool_mismatch",
                             f"indicator {indicator.number} {indicator.name} listed under "
                             f"{self.tool}, but it belongs to {indicator.tool}", table.page)
        if number_in_name is not None and number_in_name != indicator.number:
            self._number_mismatch(index, number_in_name, indicator, table.page)
        score_text = _cell(texts, columns.score) or score_in_name
        score = note = None
        if score_text:
            try:
                score, note = parse_score(score_text)
            except ValueError as exc:
                self.out.problem("score_unreadable", f"indicator {indicator.number}: {exc}",
                                 table.page, Severity.ERROR)
        previous = None
        if columns.previous is not None and (cell := number_cell(_cell(texts, columns.previous))):
            previous = round(cell[0], 2) if 0 <= cell[0] <= 100 else None
        if score is not None and previous is not None and columns.difference is not None:
            self._check_difference(indicator, score, previous,
                                   _cell(texts, columns.difference), table.page)
        record = IndicatorScore(
            report_id=self.report_id,
            indicator_no=indicator.number,
            tool=indicator.tool,  # type: ignore[arg-type]
            indicator=indicator.name,
            name_raw=one_line(name),
            score=score,
            score_raw=one_line(score_text) if score_text else None,
            note=note,
            analysis=_cell(texts, columns.analysis) or None,
            source="table",
            page=table.page,
            score_confidence=_confidence(table, index, columns.score) if score_text else None,
            previous_score=previous,
            previous_year=columns.previous_year if previous is not None else None,
            box=box_of(table, index, columns.score if _cell(texts, columns.score)
                       else layout.name_col),
        )
        return _Row(record, _cell(texts, columns.rank), _cell(texts, columns.number))

    def _check_difference(self, indicator: Indicator, score: float, previous: float,
                          text: str, page: int) -> None:
        stated = number_cell(text)
        if stated is None:
            return
        value, sign = stated
        if "ลด" in text:
            sign = "-"
        change = score - previous
        ok = abs(abs(change) - value) <= DIFFERENCE_TOLERANCE if not sign else \
            abs((-value if sign == "-" else value) - change) <= DIFFERENCE_TOLERANCE
        if not ok:
            self.out.problem("score_difference_mismatch",
                             f"indicator {indicator.number} ({indicator.name}): the table states "
                             f"a difference of {one_line(text)} but {score} − {previous} = "
                             f"{change:+.2f}", page)

    def _number_mismatch(self, index: int, written: int, indicator: Indicator,
                         page: int) -> None:
        self.out.problem("indicator_number_mismatch",
                         f"row {index + 1}: number {written} written beside {indicator.name} "
                         f"(indicator {indicator.number}); the name is kept", page)

    def _check_numbers(self, rows: list[_Row], layout: _Layout, page: int) -> None:
        """A number column must agree with the names; a ลำดับ column that does not is a rank
        when it counts the rows 1, 2, 3… (ranked tables), and a mismatch otherwise."""
        for attr in ("number_text", "rank_text"):
            written = [_integer(getattr(row, attr)) for row in rows]
            if not any(w is not None for w in written):
                continue
            disagree = [(row, w) for row, w in zip(rows, written)
                        if w is not None and w != row.score.indicator_no]
            if not disagree:
                continue
            if attr == "rank_text" and _counts_rows(written):
                continue
            for row, number in disagree:
                indicator = indicators()[row.score.indicator_no]
                self._number_mismatch(rows.index(row), number, indicator, page)

    def check_tool_scores(self) -> None:
        """A tool's stated total or mean against the mean of its indicators' scores."""
        by_tool: dict[str, list[float]] = {}
        for score in self.out.indicators:
            if score.score is not None:
                by_tool.setdefault(score.tool, []).append(score.score)
        needed = {"IIT": 5, "EIT": 3, "OIT": 2}
        for tool, stated, page in self.tool_scores:
            values = by_tool.get(tool, [])
            if len(values) != needed[tool]:
                continue
            computed = mean(values)
            if abs(computed - stated) > TOOL_SCORE_TOLERANCE:
                self.out.problem("tool_score_mismatch",
                                 f"{tool} is stated as {stated}, but the mean of its indicators "
                                 f"is {computed:.2f}", page)


def _first_row(table: Table) -> int:
    """The first row of ``table`` with any text."""
    return next((i for i in range(len(table.rows))
                 if any(not is_blank(t) for t in table.row_texts(i))), 0)


def _integer(text: str) -> int | None:
    match = _INTEGER.match(thai_to_ascii_digits(text))
    return int(match.group(1)) if match else None


def _counts_rows(written: list[int | None]) -> bool:
    values = [w for w in written if w is not None]
    return values == list(range(values[0], values[0] + len(values))) if values else False


def _most_common(values: list[int]) -> int:
    return max(set(values), key=lambda v: (values.count(v), -v))


def _indicators_down(table: Table) -> Table:
    """A table that lists the indicators across (a row of three or more indicator names,
    with rows of tools, numbers and scores) turned so that they run down, one per row."""
    for index in range(len(table.rows)):
        texts = table.row_texts(index)
        names = sum(indicator_in_cell(t) is not None for t in texts)
        numbered = _numbered_indicators(texts)
        if (names >= 3 or numbered) and max(names, len(numbered)) > len(table.rows):
            cells = [[Cell(text=_turned_text(table, row, col, index, numbered), row=col, col=row,
                           confidence=_confidence(table, row, col),
                           box=_cell_box(table, row, col))
                      for row in range(len(table.rows))]
                     for col in range(table.n_cols)]
            return table.model_copy(update={"rows": cells, "column_edges": None})
    return table


def _rows_unstacked(table: Table) -> Table:
    """A table whose row holds several indicators as lines of one cell ("(๑) การปฏิบัติหน้าที่"
    / "(๒) …") and their scores as lines of another, in the same order, split into one row
    per line; the row's one-line cells (its tool, a tool mean) stay on the first."""
    rows: list[list[Cell]] = []
    changed = False
    for cells in table.rows:
        lines = {c.col: [ln for ln in c.text.split("\n") if ln.strip()] for c in cells}
        named = [col for col, ls in lines.items()
                 if len(ls) >= 2 and all(indicator_in_cell(ln) is not None for ln in ls)]
        count = len(lines[named[0]]) if len(named) == 1 else 0
        scored = [col for col, ls in lines.items()
                  if col not in named and len(ls) == count
                  and all(number_cell(ln) is not None for ln in ls)]
        if not count or not scored:
            rows.append(cells)
            continue
        changed = True
        for part in range(count):
            rows.append([c.model_copy(update={
                "text": lines[c.col][part] if len(lines[c.col]) == count
                else (c.text if part == 0 else ""), "row": len(rows)}) for c in cells])
    if not changed:
        return table
    return table.model_copy(update={"rows": [[c.model_copy(update={"row": i}) for c in row]
                                             for i, row in enumerate(rows)]})


def _turned_text(table: Table, row: int, col: int, named_row: int,
                 numbered: dict[int, int]) -> str:
    """A cell's text for the turned table; "(๓)" on the row numbering the indicators becomes
    indicator 3's name (a legend names it elsewhere)."""
    if row == named_row and col in numbered:
        number = numbered[col]
        return f"{number}. {indicators()[number].name}"
    return table.row_texts(row)[col]


_NUMBER_ONLY = re.compile(r"^\s*\(?\s*([0-9]{1,2})\s*\)?\s*$")


def _numbered_indicators(texts: list[str]) -> dict[int, int]:
    """Column -> indicator of a row that numbers the ten indicators across ("(๑)" … "(๑๐)",
    a legend elsewhere names them, or bare numbers on a row labelled "ตัวชี้วัดที่"): eight or
    more numbers counting up from 1 to at most 10."""
    labelled = any("ตัวชี้วัด" in t for t in texts)
    found = {col: int(m.group(1)) for col, t in enumerate(texts)
             if (m := _NUMBER_ONLY.match(thai_to_ascii_digits(t))) and ("(" in t or labelled)}
    numbers = list(found.values())
    if len(numbers) >= 8 and numbers == list(range(1, len(numbers) + 1)) and numbers[-1] <= 10:
        return found
    return {}


def _cell_box(table: Table, index: int, col: int) -> Box | None:
    return next((c.box for c in table.rows[index] if c.col == col), None)


def _counting_columns(table: Table, rows: list[int], candidates: set[int]) -> set[int]:
    """Number columns holding small whole numbers only (1-10: a rank or the indicator's
    number): never the score."""
    counting = set()
    for col in candidates:
        values = [number_cell(table.row_texts(i)[col]) for i in rows]
        texts = [thai_to_ascii_digits(table.row_texts(i)[col]).strip() for i in rows]
        if all(v is not None and v[0] == int(v[0]) and 1 <= v[0] <= 10 for v in values) \
                and all("." not in t.rstrip(".") for t in texts):
            counting.add(col)
    return counting


def _header_rows(table: Table, first_indicator_row: int) -> list[int]:
    """The rows just above the first indicator row that hold no score-sized number (a header
    may name years, "๒๕๖๖"; a row with a number up to 100 is data: a rank, a total)."""
    rows: list[int] = []
    for index in range(first_indicator_row - 1, max(-1, first_indicator_row - 1 - HEADER_ROWS),
                       -1):
        texts = table.row_texts(index)
        numbers = [number_cell(t) for t in texts]
        if any(n is not None and n[0] <= 100 for n in numbers):
            break
        filled = [t for t in texts if not is_blank(t)]
        if len(filled) == 1 and find_tool(filled[0]):
            continue  # a tool's section row between the header and the first indicator
        rows.insert(0, index)
    return rows


def _header_texts(table: Table, rows: list[int]) -> dict[int, str]:
    """Each column's header words over the header rows, a merged cell's text in every column
    it spans."""
    out: dict[int, list[str]] = {}
    for index in rows:
        for cell in table.rows[index]:
            for col in range(cell.col, cell.col + cell.col_span):
                if cell.text.strip():
                    out.setdefault(col, []).append(one_line(cell.text))
    return {col: " ".join(parts) for col, parts in out.items()}


def _percent_column(table: Table, rows: list[int], candidates: set[int], columns: set[int]
                    ) -> int | None:
    """The candidate column whose every value is 100 × one column over another (obtained ÷
    full marks), when exactly one is (the full marks, a reference column, is no candidate)."""
    values = {c: [number_cell(table.row_texts(i)[c]) for i in rows] for c in columns}
    found = set()
    for score in candidates & columns:
        for part in columns - {score}:
            for whole in columns - {score, part}:
                triples = [(s[0], p[0], w[0]) for s, p, w in
                           zip(values[score], values[part], values[whole]) if s and p and w]
                # the parts are rounded to two decimals: a percentage of a small whole
                # (6 marks) may be off by 100 × 0.005 / 6
                if len(triples) >= 2 and all(w and abs(100 * p / w - s) <= 0.6 / w + 0.01
                                             for s, p, w in triples):
                    found.add(score)
    return found.pop() if len(found) == 1 else None


def _numeric_columns(table: Table, rows: list[int], name_col: int) -> set[int]:
    counts: dict[int, int] = {}
    for index in rows:
        for col, text in enumerate(table.row_texts(index)):
            if col != name_col and number_cell(text) is not None:
                counts[col] = counts.get(col, 0) + 1
    return {col for col, n in counts.items() if n >= max(1, len(rows) / 2)}


def _grade_columns(table: Table, rows: list[int], name_col: int) -> set[int]:
    counts: dict[int, int] = {}
    for index in rows:
        for col, text in enumerate(table.row_texts(index)):
            if col != name_col and text.strip() and _is_grade(text.strip()):
                counts[col] = counts.get(col, 0) + 1
    return {col for col, n in counts.items() if n >= max(1, len(rows) / 2)}


def _cell(texts: list[str], col: int | None) -> str:
    return texts[col].strip() if col is not None and col < len(texts) else ""


def _join(before: str | None, after: str) -> str | None:
    if not after:
        return before
    if not before:
        return after
    return before + ("" if breaks_inside_word(before, after) else " ") + after


def _carry_on(score: IndicatorScore, score_text: str, analysis: str) -> IndicatorScore:
    update: dict[str, object] = {"analysis": _join(score.analysis, analysis)}
    if score_text:
        update["score_raw"] = _join(score.score_raw, score_text)
        update["note"] = _join(score.note, score_text)
    return score.model_copy(update=update)


def box_of(table: Table, index: int, col: int | None) -> list[float] | None:
    """[x0, top, x1, bottom] of the cell of row ``index`` at column ``col``, when the input
    has a layout."""
    return box_corners(_cell_box(table, index, col)) if col is not None else None


def _confidence(table: Table, index: int, col: int | None) -> float | None:
    """The OCR confidence of the cell in row ``index`` at column ``col``, if it has one."""
    return next((c.confidence for c in table.rows[index] if c.col == col), None)


SECTION_HEADING_CHARS = 120  # a paragraph this short that names a tool heads the rows below


class IndicatorTables:
    """Reader: indicator-score tables, in every shape (see the module docstring)."""

    name = "indicator_tables"

    def read(self, state: ReadState) -> None:
        reader = IndicatorTableReader(state.doc.report_id, state.metadata.assessment_year,
                                      state.out)
        for block in state.blocks:
            if isinstance(block, Paragraph):
                short = len(block.text.strip()) <= SECTION_HEADING_CHARS
                reader.tool = (find_tool(block.text) or reader.tool) if short else None
                continue
            header = find_header(block)
            measure_header = header is not None and table_kind(header) == "measure"
            if reader.read_table(block, measure_header):
                state.claim(block, self.name, "its rows name ITA indicators beside scores")
        reader.check_tool_scores()
        _drop_repeats(state.out)
        _overall_from_tables(reader, state)


def _overall_from_tables(reader: IndicatorTableReader, state: ReadState) -> None:
    """The overall score and grade a score table's total and grade rows state fill the
    report's when its sentences give none; a different one is a problem."""
    meta = state.metadata
    if reader.stated_overall:
        value, page = reader.stated_overall[-1]  # the overall total closes the table
        if meta.overall_score is None:
            meta.overall_score = value
        elif abs(meta.overall_score - value) > 0.005:
            state.out.problem("overall_score_conflict",
                              f"the report states overall score {meta.overall_score} and a "
                              f"table's total row {value}; {meta.overall_score} is kept", page)
    if reader.stated_grades:
        grade, page = reader.stated_grades[0]
        if meta.grade is None:
            meta.grade = grade
        elif meta.grade != grade:
            state.out.problem("grade_conflict", f"the report states grade {meta.grade} and a "
                              f"table's row {grade}; {meta.grade} is kept", page)


def _drop_repeats(out: Parsed) -> None:
    """An indicator given by two tables keeps its first score; a different second one is a
    problem."""
    kept: dict[int, IndicatorScore] = {}
    for score in out.indicators:
        first = kept.get(score.indicator_no)
        if first is None:
            kept[score.indicator_no] = score
        elif first.score is None and score.score is not None:
            kept[score.indicator_no] = score
        elif score.score is not None and first.score != score.score:
            out.problem("indicator_duplicate",
                        f"indicator {score.indicator_no} appears twice in tables, with "
                        f"{first.score} and {score.score}; the first is kept", score.page)
    out.indicators = sorted(kept.values(), key=lambda s: s.indicator_no)
