"""Measure tables: one Measure per row, columns found by their header text.

- the header word ตัวชี้วัด names either an ITA indicator ("๓.การใช้ อำนาจ") or an activity's
  own KPI ("ประชุมประจำเดือนทุกเดือน (เกณฑ์ ITA ข้อที่ ๑, ๙)"): decided by the column's content;
- a header row repeated after a page break is skipped; a row whose key cells are empty
  continues the row above, also across table pieces;
- tool, indicator and ประเด็น come from the section context when the table has no such column.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field, replace

from ita.normalise.dates import BE_OFFSET, find_period, fiscal_year_range, month_mentioned
from ita.normalise.digits import thai_to_ascii_digits
from ita.normalise.indicators import (
    Indicator,
    find_tool,
    indicator_name_regex,
    indicator_of_spelling,
    indicators,
    match_indicator,
    split_numbered_name,
)
from ita.normalise.linebreaks import breaks_inside_word
from ita.normalise.text import compact, one_line, spaced_pattern
from ita.normalise.units import split_units, starts_unit
from ita.parsers.columns import (
    Header,
    header_of_row,
    header_role,
    is_blank,
    is_chart_row,
    strip_header_echo,
)
from ita.parsers.context import SectionContext
from ita.parsers.findings import Parsed
from ita.schema import Measure, Table
from ita.schema.document import box_corners

KEY_ROLES = ("measure", "indicator", "issue")
DONE_MARKS = ("✓", "✔", "☑", "/", "ดำเนินการแล้ว", "เสร็จสิ้น")
NOT_DONE_MARKS = ("✗", "✘", "×", "ยังไม่ได้ดำเนินการ", "ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ")


@dataclass
class MeasureRow:
    """A measure row being assembled (continuation rows append to it)."""

    page: int
    cells: dict[str, str] = field(default_factory=dict)
    context: SectionContext = field(default_factory=SectionContext)
    box: list[float] | None = None  # the row's first cell (or paragraph), laid-out inputs
    order: int = 0  # the place of the block it starts in, in reading order

    def extend(self, role: str, text: str) -> None:
        if not text:
            return
        before = self.cells.get(role, "")
        self.cells[role] = f"{before}\n{text}" if before else text


def _names_indicator_start(text: str) -> bool:
    """ "3.การใช้": a numbered indicator whose name a page break cut short."""
    number, name = split_numbered_name(text.replace("\n", " "))
    if number is None or number not in indicators() or not compact(name):
        return False
    return compact(indicators()[number].name).startswith(compact(name))


_BARE_NUMBER = re.compile(r"^\s*\(?([0-9๐-๙]{1,2})\)?\s*$")


def _indicator_of(text: str) -> Indicator | None:
    """The indicator a cell names: by its number and name, or by its number alone ("๙", in
    an indicator column)."""
    if (bare := _BARE_NUMBER.match(text)) is not None:
        return indicators().get(int(thai_to_ascii_digits(bare.group(1))))
    number, name = split_numbered_name(text.replace("\n", " "))
    try:
        indicator = match_indicator(name, number=number)
    except ValueError:
        return None
    if number is not None and number != indicator.number:
        return None
    return indicator


def cell_indicator(text: str) -> Indicator | None:
    """The indicator an indicator cell names: the whole cell, else its first line ("การเปิดเผย
    ข้อมูล (ตัวชี้วัดที่ ๙)" over the problem found), else the one indicator it names."""
    first = text.strip().split("\n", 1)[0]
    return _indicator_of(text) or _indicator_of(first) or indicator_named_in(first) \
        or indicator_named_in(text)


def resolve_indicator_column(table: Table, header: Header, first_row: int | None = None
                             ) -> Header:
    """Decide what an ambiguous ตัวชี้วัด column holds: ITA indicators or activity KPIs, from
    the rows of ``table`` from ``first_row`` (by default the row below the header)."""
    named = any(role in ("indicator", "indicator_or_kpi") for role in header.roles.values())
    for number_col, role in list(header.roles.items()):
        if (role == "number" and not named
                and compact(header.texts.get(number_col, "")).startswith("ตัวชี้วัด")):
            # "ตัวชี้วัดที่ | ๒" is the indicator's number, unless another column names it
            header.roles[number_col] = "indicator"
    col = header.column("indicator_or_kpi")
    if col is None:
        return header
    start = header.row + 1 if first_row is None else first_row
    values = [table.row_texts(i)[col] for i in range(start, len(table.rows))]
    values = [v for v in values if v.strip()]
    if not values:
        return header  # a header at the foot of a page: the next piece decides
    hits = sum(_indicator_of(v) is not None or _names_indicator_start(v) for v in values)
    role = "indicator" if hits >= 0.5 * len(values) else "kpi"
    header.roles[col] = role
    return header


def _status(cells: dict[str, str]) -> str | None:
    text = cells.get("status", "")
    if any(mark in text for mark in NOT_DONE_MARKS):
        return "not_done"
    if any(mark in text for mark in DONE_MARKS):
        return "done"
    if cells.get("status_done", "").strip():
        return "done"
    if cells.get("status_not_done", "").strip():
        return "not_done"
    return None


_ROW_START = re.compile(r"^\s*(?:[0-9๐-๙]{1,2}\s*[.)]|[-•]|ประเด็นที่|[0-9๐-๙]+\.[0-9๐-๙]+)")


def _rest_of_header(header: Header, texts: list[str]) -> bool:
    """True when a row completes the header row above it ("มาตรการ/" + "แนวทาง")."""
    filled = [(c, t) for c, t in enumerate(texts) if t.strip()]
    joined = [header_role(header.texts.get(c, "") + t, prefixes=False) == header.roles.get(c)
              for c, t in filled if c in header.roles]
    return bool(joined) and sum(joined) >= 0.5 * len(filled)


def _cut_by_page(row: MeasureRow, cells: dict[str, str]) -> bool:
    """Signs that ``cells`` are the rest of ``row``: its indicator is not whole yet, some of its
    columns have nothing more to say, or a cell carries on a word the page break cut
    ("งบ" | "ประมาณ")."""
    if "indicator" in row.cells and _indicator_of(row.cells["indicator"]) is None:
        return True
    if any(role not in cells for role in row.cells):
        return True  # short cells ended on the page before; only the long ones carry on
    return any(breaks_inside_word(row.cells[role], value)
               for role, value in cells.items() if row.cells.get(role))


def starts_new_row(cells: dict[str, str]) -> bool:
    """Whether the first row on a new page begins a row of its own, rather than carrying on
    the row the page break cut: it names an indicator, or its key cell opens with a number."""
    if "indicator" in cells and cell_indicator(cells["indicator"]) is not None:
        return True
    if re.fullmatch(r"\s*[0-9๐-๙]{1,3}\s*[.)]?\s*", cells.get("number", "")):
        return True  # its own number in the ลำดับ column
    return any(_ROW_START.match(cells.get(role, "")) for role in KEY_ROLES)


def collect_rows(table: Table, header: Header, first_row: int, context: SectionContext,
                 open_row: MeasureRow | None, split_by_page: bool = False,
                 end_row: int | None = None, cut_known: bool = False,
                 rows_joined: bool = False) -> tuple[list[MeasureRow], MeasureRow | None]:
    """The measure rows a table piece starts (and continues ``open_row`` with).

    ``split_by_page``: the piece carries on the table of the page before, so its first row
    may be the rest of a row the page break cut; ``cut_known``: the layout says the table ran
    to the foot of that page, so a first row that does not open a new row is its rest;
    ``rows_joined``: the backend has already rejoined a row the break cut (laid-out input).
    Returns the new rows and the row still open for continuation at the end of the piece.
    """
    rows: list[MeasureRow] = []
    current = open_row
    first_data_row = True
    above: dict[str, str] = {}  # the cells of the row above, for ditto marks
    two_marks = _uses_two_marks(table, header)
    for index in range(first_row, len(table.rows) if end_row is None else end_row):
        texts = table.row_texts(index)
        if all(is_blank(t) for t in texts) or is_chart_row(texts):
            continue
        if header_of_row(texts) is not None:
            continue  # a header repeated after a page break
        spanning = table.spanning_texts(index)
        cells = {}
        for col, role in header.roles.items():
            if col < len(texts):
                text = spanning[col] if role == "indicator" and any(
                    texts[c].strip() for c, r in header.roles.items() if r == "measure") \
                    else texts[col]
                value = strip_header_echo(text.strip(), header.texts.get(col))
                if DITTO.fullmatch(value) and role in above:
                    value = above[role]  # "〃": the same as the row above
                if not is_blank(value):
                    cells[role] = value
        ticks = [f"{month}/{year}" for col, (month, year) in header.months.items()
                 if col < len(texts) and _ticked(texts[col], two_marks)]
        ticks += [f"{month}/0" for col, quarter in header.quarters.items()
                  if col < len(texts) and _ticked(texts[col], two_marks)
                  for month in _QUARTER_MONTHS[quarter]]
        if not cells:
            continue
        above = dict(cells)
        if ticks and "period" not in cells:
            cells["months"] = ",".join(ticks)
        if _is_section_row(table, index, cells, context):
            first_data_row = False  # a heading row: the row the page break cut has ended
            continue
        if split_by_page and first_data_row and current is None \
                and _rest_of_header(header, texts):
            first_data_row = False
            continue  # the header row itself was cut by the page break
        carries_on = (split_by_page and first_data_row and current is not None
                      and not rows_joined
                      and not starts_new_row(cells)
                      and (cut_known or _cut_by_page(current, cells)))
        first_data_row = False
        if not carries_on and (any(role in cells for role in KEY_ROLES) or current is None):
            if "indicator" not in cells and "measure" in cells and current is not None \
                    and "indicator" in current.cells and "indicator" in header.role_set:
                # an empty indicator cell under a named one: the source merged the cell down
                cells["indicator"] = current.cells["indicator"]
            current = MeasureRow(page=table.page, context=replace(context),
                                 box=_row_box(table, index, header))
            rows.append(current)
        assert current is not None
        for role, value in cells.items():
            current.extend(role, value)
    return rows, current


def _row_box(table: Table, index: int, header: Header) -> list[float] | None:
    """The box of the row's measure cell, else of its first cell with text."""
    col = header.column("measure")
    cells = sorted(table.rows[index], key=lambda c: (c.col != col, c.col))
    cell = next((c for c in cells if c.text.strip() and c.box is not None), None)
    return box_corners(cell.box) if cell else None


SECTION_ROW_CHARS = 120


def is_tool_heading(text: str) -> bool:
    """A short text that is a tool's name or heading ("แบบวัดการรับรู้…ภายใน (IIT)").

    >>> is_tool_heading("แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)")
    True
    >>> is_tool_heading("มาตรการเผยแพร่ข้อมูล OIT ทุกเดือน")
    False
    """
    flat = re.sub(r"^[0-9๐-๙]{1,2}\s*[.)]\s*", "", one_line(text))  # "๑. แบบวัด…"
    return len(flat) <= SECTION_ROW_CHARS and flat.startswith(("แบบวัด", "แบบตรวจ", "เครื่องมือ")) \
        and find_tool(flat) is not None


def _is_section_row(table: Table, index: int, cells: dict[str, str],
                    context: SectionContext) -> bool:
    """A row of one cell that is no measure: a tool or indicator heading (kept as context),
    or a full-width row such as a total."""
    measure = cells.get("measure", "")
    if measure and is_tool_heading(measure) and set(cells) <= {"measure", "number"}:
        context.tool, context.indicator_no = find_tool(measure), None
        return True  # "๑ | แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)": a tool's section
    filled = [t for t in table.row_texts(index) if t.strip()]
    if len(filled) == 1 and "measure" not in cells:
        # "ด้านการใช้งบประมาณ (ตัวชี้วัดที่ ๒)" alone on its row, in whatever column
        named = _indicator_of(filled[0]) or indicator_named_in(filled[0], by_name=False)
        if named is not None and len(filled[0]) <= SECTION_ROW_CHARS:
            context.tool, context.indicator_no = named.tool, named.number
            return True
    if len(cells) != 1 or "measure" in cells:
        return False
    text = next(iter(cells.values()))
    if (tool := find_tool(text)) is not None:
        context.tool, context.indicator_no = tool, None
        return True
    if "indicator" in cells and (indicator := _indicator_of(text)) is not None:
        if table.spanning_texts(index) == table.row_texts(index):  # not a merged cell's echo
            context.tool, context.indicator_no = indicator.tool, indicator.number
            return True
        return False
    filled = [c for c in table.rows[index] if c.text.strip()]
    return len(filled) == 1 and filled[0].col_span >= table.n_cols


_INDICATOR_NUMBER = re.compile(rf"{spaced_pattern('ตัวชี้วัด')}(?:\s*ที่)?\s*([0-9๐-๙]{{1,2}})"
                               r"(?![0-9๐-๙.])")


def indicator_named_in(text: str, by_name: bool = True) -> Indicator | None:
    """The one ITA indicator a text names by number ("(ตัวชี้วัดที่ ๙)") or, with ``by_name``,
    by name; None when it names none or several.

    >>> indicator_named_in("ปรับปรุงเว็บไซต์ (ตัวชี้วัดที่ ๙)").number
    9
    >>> indicator_named_in("ตัวชี้วัดที่ ๙ และตัวชี้วัดที่ ๑๐") is None
    True
    """
    numbers = {int(thai_to_ascii_digits(n)) for n in _INDICATOR_NUMBER.findall(text)}
    numbers &= set(indicators())
    if not numbers and by_name:
        numbers = {indicator_of_spelling(m.group(0)).number
                   for m in indicator_name_regex().finditer(text)}
    return indicators()[numbers.pop()] if len(numbers) == 1 else None


def _fields_from_details(cells: dict[str, str]) -> dict[str, str]:
    """A details cell whose lines carry labelled fields ("ผู้รับผิดชอบ : กองคลัง", "ระยะเวลา …",
    "ประเด็น ตัวชี้วัดที่ ๒ …") gives them to the roles the table has no column for."""
    from ita.parsers.measure_paragraphs import labelled_fields

    text = cells.get("steps")
    if not text:
        return cells
    out, kept = dict(cells), []
    for line in text.split("\n"):
        fields = labelled_fields(line) or []
        roles = [role for role, value in fields if value]
        if roles and not any(role in cells for role in roles):
            for role, value in fields:
                role = "indicator" if role == "indicator_or_kpi" and indicator_named_in(value) \
                    else role
                if value and role in ("responsible", "period", "indicator", "monitoring",
                                      "kpi", "analysis"):
                    out[role] = f"{out[role]}\n{value}" if role in out else value
        elif "indicator" not in out and len(line) <= 80 and re.match(
                r"^\s*(?:ประเด็น|ตัวชี้วัด)", line) and indicator_named_in(line):
            out["indicator"] = line  # "ประเด็น ตัวชี้วัดที่ ๒ การใช้งบประมาณ", "ประเด็น การ…"
        else:
            kept.append(line)
    out["steps"] = "\n".join(kept)
    return out


DITTO = re.compile(r"\s*(?:〃|״|\"|”|“|-\"-|''|ๆ)\s*")
_QUARTER_MONTHS = {1: (10, 11, 12), 2: (1, 2, 3), 3: (4, 5, 6), 4: (7, 8, 9)}


HOLLOW_MARKS = frozenset("○◯□☐◇△▢")


def _uses_two_marks(table: Table, header: Header) -> bool:
    """Whether a chart marks its months both filled (●) and hollow (○): then the filled ones
    are the work and the hollow ones follow-up or plan, as chart legends say."""
    cols = set(header.months) | set(header.quarters)
    marks = {t.strip() for i in range(len(table.rows)) for c, t in enumerate(table.row_texts(i))
             if c in cols and t.strip() and len(t.strip()) <= 2}
    return bool(marks & HOLLOW_MARKS) and bool(marks - HOLLOW_MARKS)


def _ticked(text: str, two_marks: bool) -> bool:
    if not text.strip() or is_blank(text):
        return False
    return not (two_marks and text.strip() in HOLLOW_MARKS)


def ticked_period(months: str, plan_year: int | None) -> tuple[dt.date, dt.date] | None:
    """From the first to the last month ticked in a Gantt chart ("month/B.E. year" items; a
    year of 0, none written above the month, is placed in the plan's fiscal year).

    >>> ticked_period("3/0,9/0", 2568)
    (datetime.date(2025, 3, 1), datetime.date(2025, 9, 30))
    >>> ticked_period("10/2567,11/2567", None)
    (datetime.date(2024, 10, 1), datetime.date(2024, 11, 30))
    """
    dates = []
    for item in re.split(r"[,\n]", months):
        if not item.strip():
            continue
        month, year = (int(x) for x in item.split("/"))
        if not year:
            if plan_year is None:
                return None
            start, _ = fiscal_year_range(plan_year)
            year = (start.year if month >= 10 else start.year + 1) + BE_OFFSET
        dates.append((year - BE_OFFSET, month))
    if not dates:
        return None
    (y1, m1), (y2, m2) = min(dates), max(dates)
    return dt.date(y1, m1, 1), dt.date(y2, m2, calendar.monthrange(y2, m2)[1])


_LISTED_MEASURE = re.compile(r"^\s*\(?([0-9๐-๙]{1,2})\s*[.)]\s*(?:มาตรการ|โครงการ|กิจกรรม)")
# "7.1 …", "7.2 …": measures numbered under their indicator's number, whatever their words
_SUB_NUMBERED = re.compile(r"^\s*([0-9๐-๙]{1,2})\.([0-9๐-๙]{1,2})(?![0-9๐-๙])\s*[.)]?\s*\S")
_LINE_NUMBER_ONLY = re.compile(r"^\s*\(?[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})?\s*[.)]?\s+")
_LINE_NUMBER = re.compile(r"^\s*\(?[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})?\s*[.)]?\s+\S")


def _listed_number(line: str) -> tuple[int, int] | None:
    """(parent, number) of a line opening a listed measure: (0, n) for "๑) มาตรการ…",
    (7, n) for "7.n …"."""
    if match := _SUB_NUMBERED.match(line):
        return int(thai_to_ascii_digits(match.group(1))), int(thai_to_ascii_digits(match.group(2)))
    if match := _LISTED_MEASURE.match(line):
        return 0, int(thai_to_ascii_digits(match.group(1)))
    return None


def _numbered_parts(text: str) -> list[str]:
    """A cell's numbered lines, each with the unnumbered lines after it."""
    parts: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if _LINE_NUMBER.match(line) or not parts:
            parts.append(line.strip())
        else:
            parts[-1] = f"{parts[-1]}\n{line.strip()}"
    return parts


def split_listed_measures(row: MeasureRow) -> list[MeasureRow]:
    """A measure cell listing several measures ("๑) มาตรการ…" / "๒) มาตรการ…", or "7.1 …" /
    "7.2 …", on lines of their own, numbered from one) gives one row per measure.  Another
    cell with as many numbered lines ("1) ต.ค. – ธ.ค. 67" / "2) ม.ค. – มี.ค. 68") gives each
    measure its line; other cells are shared.  A cell with one measure, or steps numbered
    under a title, stays whole."""
    text = row.cells.get("measure", "")
    items: list[str] = []
    parent: int | None = None
    for line in text.split("\n"):
        number = _listed_number(line)
        if number and number[1] == len(items) + 1 and parent in (None, number[0]):
            items.append(line.strip())
            parent = number[0]
        elif items and line.strip():
            items[-1] = f"{items[-1]}\n{line.strip()}"  # a wrapped line of the item above
        elif line.strip():
            return [row]  # a title before the list: one measure with numbered parts
    if len(items) < 2:
        return [row]
    parallel = {role: parts for role, value in row.cells.items() if role != "measure"
                and len(parts := _numbered_parts(value)) == len(items)}
    return [replace(row, cells={**row.cells, "measure": item,
                                **{role: _LINE_NUMBER_ONLY.sub("", parts[k], count=1)
                                   for role, parts in parallel.items()}})
            for k, item in enumerate(items)]


def is_total_row(row: MeasureRow) -> bool:
    """A row with no measure of its own ("รวมงบประมาณ | | | 47,000"): nothing in the measure
    or steps columns and no indicator named."""
    return not (row.cells.get("measure") or row.cells.get("steps")) and (
        "indicator" not in row.cells or _indicator_of(row.cells["indicator"]) is None
        and indicator_named_in(row.cells["indicator"]) is None)


def doers(text: str | None) -> str | None:
    """Who carries a measure out, from a responsible cell that may also name who oversees it
    ("ผู้กำกับ : ปลัดเทศบาล" / "ผู้ปฏิบัติ : กองคลัง" → "กองคลัง")."""
    from ita.parsers.measure_paragraphs import labelled_fields

    if not text:
        return text
    fields = [labelled_fields(line) for line in text.split("\n")]
    if not any(f and any(role == "supervisor" for role, _ in f) for f in fields):
        return text
    found = [value for f in fields if f for role, value in f if role == "responsible" and value]
    return "\n".join(found) or None


_TRAILING_BRACKET = re.compile(r"\(([^()]{2,120})\)\s*$")


def units_in_brackets(text: str) -> str | None:
    """The units a measure names in brackets at its end ("… ประจำปี (สำนักปลัด, กองช่าง)"),
    or None when the brackets hold anything else.

    >>> units_in_brackets("7.2 ติดตั้งป้ายประชาสัมพันธ์ (สำนักปลัด, กองช่าง)")
    'สำนักปลัด, กองช่าง'
    >>> units_in_brackets("มาตรการเผยแพร่ข้อมูล (ตัวชี้วัดที่ ๙)") is None
    True
    """
    match = _TRAILING_BRACKET.search(text.strip())
    if match is None:
        return None
    units = split_units(match.group(1))
    return match.group(1).strip() if units and all(starts_unit(u) for u in units) else None


def build_measure(row: MeasureRow, seq: int, report_id: str, out: Parsed,
                  plan_year: int | None = None) -> Measure:
    """The Measure of an assembled row; ``plan_year`` places periods written without a year
    (a quarter, a month)."""
    cells = _fields_from_details(row.cells)
    ctx = row.context
    indicator: Indicator | None = None
    if "indicator" in cells:
        indicator = cell_indicator(cells["indicator"])
        if indicator is None:
            out.problem("measure_indicator_unread",
                        f"measure {seq}: indicator cell {one_line(cells['indicator'])[:80]!r} "
                        "names no ITA indicator", row.page)
    elif ctx.indicator_no is not None:
        indicator = indicators()[ctx.indicator_no]
    else:
        # a measure's own words may mention any indicator; only "(ตัวชี้วัดที่ ๙)" in the
        # measure or in the issue it answers says which
        indicator = indicator_named_in(cells.get("measure", ""), by_name=False) \
            or indicator_named_in(cells.get("analysis", ""), by_name=False)
    tool = indicator.tool if indicator else ctx.tool
    responsible_raw = doers(cells.get("responsible")) \
        or units_in_brackets(cells.get("measure", ""))
    period_text = cells.get("period")
    period = find_period(period_text, plan_year) if period_text else None
    if period is None and cells.get("months"):
        period = ticked_period(cells["months"], plan_year)  # period_text stays None: unwritten
    own_words = cells.get("measure") or ""
    if period is None and not period_text and month_mentioned(own_words) \
            and (period := find_period(own_words, plan_year)) is not None:
        period_text = own_words  # "… ให้แล้วเสร็จภายใน ๓๑ มีนาคม ๒๕๖๙": the measure's own words
    if period is None and not period_text and ctx.default_period:
        period_text = ctx.default_period  # "มาตรการทุกข้อให้ดำเนินการตลอดปีงบประมาณ …"
        period = find_period(period_text, plan_year)
    if period_text and period is None and month_mentioned(period_text):
        out.problem("period_unread", f"measure {seq}: cannot read dates in "
                    f"{one_line(period_text)[:80]!r}", row.page)
    analysis = cells.get("analysis") or ctx.issue_title or ctx.tool_text
    return Measure(
        report_id=report_id,
        seq=seq,
        tool=tool,  # type: ignore[arg-type]
        indicator_no=indicator.number if indicator else None,
        indicator=indicator.name if indicator else None,
        issue_code=ctx.issue_code,
        measure=cells.get("measure"),
        analysis=analysis,
        steps=cells.get("steps"),
        kpi=cells.get("kpi"),
        responsible_units=split_units(responsible_raw) if responsible_raw else [],
        responsible_raw=one_line(responsible_raw) if responsible_raw else None,
        period_text=one_line(period_text) if period_text else None,
        period_start=period[0] if period else None,
        period_end=period[1] if period else None,
        monitoring=cells.get("monitoring"),
        status=_status(cells),  # type: ignore[arg-type]
        page=row.page,
        box=row.box,
    )
