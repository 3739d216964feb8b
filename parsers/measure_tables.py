"""Reader: measure tables and plan layouts (activity tables under มิติ/ประเด็น headings with a
calendar table), in reading order.

Section headings update a :class:`SectionContext`; consecutive table pieces (a table broken
by a page, or by a blank line in extracted text) share their header and open row, so that
repeated headers are skipped and continued rows are joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ita.normalise.digits import thai_to_ascii_digits
from ita.normalise.lexicons import load
from ita.normalise.text import compact
from ita.parsers.columns import (
    Header,
    find_header,
    month_columns,
    quarter_columns,
    table_kind,
)
from ita.parsers.context import SectionContext
from ita.parsers.findings import Parsed
from ita.parsers.measure_paragraphs import is_heading
from ita.parsers.measure_table import (
    MeasureRow,
    build_measure,
    collect_rows,
    is_total_row,
    resolve_indicator_column,
    split_listed_measures,
)
from ita.parsers.plan_layout import CalendarEntry, parse_calendar
from ita.parsers.reading import ReadState
from ita.schema import Paragraph, Severity, Table

_BE_YEAR = re.compile(r"(?<![0-9])25[5-9][0-9](?![0-9])")


@dataclass
class _Piece:
    """The table just parsed, so that the next piece can continue it."""

    kind: str
    header: Header
    n_cols: int
    page: int = 0
    reaches_page_foot: bool | None = None


class MeasureTables:
    name = "measure_tables"

    def read(self, state: ReadState) -> None:
        context = SectionContext()
        measure_rows = state.measure_rows
        open_row: MeasureRow | None = None
        calendar = state.calendar
        open_entry: CalendarEntry | None = None
        previous: _Piece | None = None
        caption = ""  # the paragraph just above the table
        for block in state.blocks:
            if isinstance(block, Paragraph):
                caption = block.text
                context.update(block.text)
                for line in block.text.split("\n")[1:]:
                    if is_heading(line):  # a heading merged into the paragraph above it
                        context.update(line)
                previous, open_row, open_entry = None, None, None
                continue
            piece = _classify(block, previous)
            caption, above = "", caption  # a caption names the one table below it
            kind = caption_kind(above) if piece is not None and piece is not previous \
                and piece.kind == "measure" else None
            if kind == "timeline":
                state.claim(block, self.name, "the assessment's calendar (its caption)")
                previous = None
                continue
            if piece is not None and piece.kind == "measure" and piece is not previous \
                    and (kind == "review"
                         or reviews_earlier_measures(piece.header, state.metadata.plan_year)):
                piece.kind = "review"
                state.claim(block, self.name, "a review of an earlier year's measures")
                state.out.problem("earlier_measures_skipped", f"a table of "
                                  f"{len(block.rows) - piece.header.row - 1} rows headed "
                                  f"{' | '.join(piece.header.texts.values())[:100]!r} reviews "
                                  "an earlier year's measures: left out", block.page,
                                  Severity.INFO)
            if piece is not None and piece.kind == "review":
                previous = piece  # its pieces on the next pages are left out too
                continue
            if piece is None or (piece.kind != "measure"
                                 and state.claimed_by(block) == "indicator_tables"):
                previous = None
                continue
            first_row = piece.header.row + 1 if piece is not previous else 0
            if block.continues is not None:  # the layout decided, and rejoined the cut row
                split_by_page = bool(block.continues and previous is not None
                                     and previous.kind == piece.kind)
            else:
                split_by_page = (previous is not None and previous.kind == piece.kind
                                 and previous.n_cols == block.n_cols
                                 and block.page > previous.page
                                 and previous.reaches_page_foot is not False)
            if piece.kind == "measure":
                if piece is not previous and piece.header.row > 0 and split_by_page \
                        and previous is not None:
                    # rows above a repeated header carry on the table of the page before
                    rows, open_row = collect_rows(block, previous.header, 0, context, open_row,
                                                  True, end_row=piece.header.row)
                    _place(rows, state.index_of(block))
                    measure_rows.extend(rows)
                    split_by_page = False
                rows, open_row = collect_rows(block, piece.header, first_row, context, open_row,
                                              split_by_page, cut_known=previous is not None
                                              and previous.reaches_page_foot is True,
                                              rows_joined=block.continues is not None)
                _place(rows, state.index_of(block))
                measure_rows.extend(rows)
                state.claim(block, self.name, "its header names measure columns")
            elif piece.kind == "calendar":
                open_entry = parse_calendar(block, piece.header, first_row, calendar, open_entry)
                state.claim(block, self.name, "a calendar of ประเด็น")
            previous = _Piece(piece.kind, piece.header, block.n_cols, block.page,
                              block.reaches_page_foot)



class MeasureAssembly:
    """Last reader: the measure rows every form gave, joined with the plan layout's calendar
    (period and units of their ประเด็น), made into Measure records in reading order; ประเด็น
    the calendar lists with no activity become measures of their own."""

    name = "measure_assembly"

    def read(self, state: ReadState) -> None:
        rows = sorted(state.measure_rows, key=lambda r: r.order)  # stable: a form's order kept
        _join_calendar(rows, state.calendar)
        out = state.out
        for row in [part for whole in rows if not is_total_row(whole)
                    for part in split_listed_measures(whole)]:
            out.measures.append(build_measure(row, len(out.measures) + 1, state.doc.report_id,
                                              out, state.metadata.plan_year))
        _add_calendar_only(state.calendar, rows, state.doc.report_id, out,
                           state.metadata.plan_year)


@cache
def _captions() -> tuple[tuple[str, str], ...]:
    return tuple((r["kind"], compact(r["words"])) for r in load("table_captions"))


def caption_kind(caption: str) -> str | None:
    """"timeline" or "review" when the paragraph above a measure-like table says it holds the
    assessment's calendar or an earlier year's measures with their results
    (``lexicons/table_captions.tsv``); None otherwise.

    >>> caption_kind("๔. ปฏิทินการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    'timeline'
    >>> caption_kind("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๘") is None
    True
    """
    key = compact(caption)
    if len(key) > CAPTION_CHARS:
        return None
    return next((kind for kind, words in _captions() if words in key), None)


CAPTION_CHARS = 200


def reviews_earlier_measures(header: Header, plan_year: int | None) -> bool:
    """A measure table that looks back: its measure column names a year before the plan year
    ("มาตรการ ปี ๒๕๖๕" in a plan for 2566), or it has a column of results (ผลการดำเนินงาน)
    and none for who does the measure or when."""
    roles = header.role_set
    if "status" in roles and not roles & {"period", "responsible", "steps"}:
        return True
    if plan_year is None:
        return False
    for col, role in header.roles.items():
        if role == "measure":
            years = [int(y) for y in _BE_YEAR.findall(thai_to_ascii_digits(header.texts[col]))]
            if years and max(years) < plan_year:
                return True
    return False


def _place(rows: list[MeasureRow], index: int) -> None:
    for row in rows:
        row.order = index


def _classify(table: Table, previous: _Piece | None) -> _Piece | None:
    header = find_header(table)
    if header is None:
        if previous is not None and previous.n_cols == table.n_cols:
            # a piece that continues the table before it, with no header
            if previous.kind == "measure":
                resolve_indicator_column(table, previous.header, 0)  # if still undecided
            return previous
        return None
    kind = table_kind(header)
    if kind == "measure":
        header = resolve_indicator_column(table, header)
        header.months = month_columns(table, header)
        if not header.months:
            header.quarters = quarter_columns(table, header)
        for col in (*header.months, *header.quarters):
            header.roles.pop(col, None)  # "ระยะเวลา" spanning the chart: its ticks, not text
    if kind == "other":
        return None
    return _Piece(kind, header, table.n_cols, table.page)


def _join_calendar(rows: list[MeasureRow], calendar: dict[str, CalendarEntry]) -> None:
    for row in rows:
        entry = calendar.get(row.context.issue_code or "")
        if entry is None:
            continue
        if "period" not in row.cells and entry.period_text:
            row.cells["period"] = entry.period_text
        if "responsible" not in row.cells and entry.responsible:
            row.cells["responsible"] = entry.responsible


def _add_calendar_only(calendar: dict[str, CalendarEntry], rows: list[MeasureRow],
                       report_id: str, out: Parsed, plan_year: int | None) -> None:
    """ประเด็น listed in the calendar with no activity table become measures of their own."""
    covered = {row.context.issue_code for row in rows}
    for code, entry in calendar.items():
        if code in covered:
            continue
        row = MeasureRow(page=entry.page, context=SectionContext(issue_code=code))
        row.cells = {"measure": entry.title, "period": entry.period_text,
                     "responsible": entry.responsible}
        out.measures.append(build_measure(row, len(out.measures) + 1, report_id, out,
                                          plan_year))
