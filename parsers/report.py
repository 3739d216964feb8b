"""Walk a document's blocks in reading order and hand each table to the parser for its kind.

Section headings update a :class:`SectionContext`; consecutive table pieces (a table broken
by a page, or by a blank line in extracted text) share their header and open row, so that
repeated headers are skipped and continued rows are joined.
"""

from __future__ import annotations

from dataclasses import dataclass

from ita.normalise.indicators import indicators
from ita.normalise.text import one_line
from ita.parsers.columns import Header, find_header, table_kind
from ita.parsers.context import SectionContext
from ita.parsers.findings import Parsed
from ita.parsers.indicator_table import IndicatorTableState, parse_indicator_rows
from ita.parsers.measure_table import (
    MeasureRow,
    build_measure,
    collect_rows,
    resolve_indicator_column,
)
from ita.parsers.metadata import Metadata, parse_metadata
from ita.parsers.plan_layout import CalendarEntry, parse_calendar
from ita.parsers.prose_scores import ProseScore, find_prose_scores
from ita.schema import Document, IndicatorScore, Paragraph, Severity, Table


@dataclass
class ParsedReport:
    metadata: Metadata
    parsed: Parsed


@dataclass
class _Piece:
    """The table just parsed, so that the next piece can continue it."""

    kind: str
    header: Header
    n_cols: int
    page: int = 0
    reaches_page_foot: bool | None = None


def parse_document(doc: Document) -> ParsedReport:
    out = Parsed()
    metadata = parse_metadata(doc, out)
    context = SectionContext()
    indicator_state = IndicatorTableState()
    measure_rows: list[MeasureRow] = []
    open_row: MeasureRow | None = None
    calendar: dict[str, CalendarEntry] = {}
    open_entry: CalendarEntry | None = None
    prose: list[ProseScore] = []
    previous: _Piece | None = None

    for block in doc.blocks():
        if isinstance(block, Paragraph):
            context.update(block.text)
            prose.extend(find_prose_scores(block.text, block.page))
            previous, open_row, open_entry = None, None, None
            continue
        piece = _classify(block, previous)
        if piece is None:
            previous = None
            continue
        first_row = piece.header.row + 1 if piece is not previous else 0
        if block.continues is not None:  # the layout decided, and rejoined the cut row
            split_by_page = block.continues and previous is not None \
                and previous.kind == piece.kind
        else:
            split_by_page = (previous is not None and previous.kind == piece.kind
                             and previous.n_cols == block.n_cols and block.page > previous.page
                             and previous.reaches_page_foot is not False)
        if piece.kind == "indicator":
            parse_indicator_rows(block, piece.header, first_row, doc.report_id,
                                 indicator_state, out)
        elif piece.kind == "measure":
            if piece is not previous and piece.header.row > 0 and split_by_page \
                    and previous is not None:
                # rows above a repeated header carry on the table of the page before
                rows, open_row = collect_rows(block, previous.header, 0, context, open_row,
                                              True, end_row=piece.header.row)
                measure_rows.extend(rows)
                split_by_page = False
            rows, open_row = collect_rows(block, piece.header, first_row, context, open_row,
                                          split_by_page, cut_known=previous is not None
                                          and previous.reaches_page_foot is True,
                                          rows_joined=block.continues is not None)
            measure_rows.extend(rows)
        elif piece.kind == "calendar":
            open_entry = parse_calendar(block, piece.header, first_row, calendar, open_entry)
        previous = _Piece(piece.kind, piece.header, block.n_cols, block.page,
                          block.reaches_page_foot)

    _join_calendar(measure_rows, calendar)
    for seq, row in enumerate(measure_rows, start=1):
        out.measures.append(build_measure(row, seq, doc.report_id, out))
    _add_calendar_only(calendar, measure_rows, doc.report_id, out)
    _merge_prose(prose, doc.report_id, out)
    return ParsedReport(metadata, out)


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
                       report_id: str, out: Parsed) -> None:
    """ประเด็น listed in the calendar with no activity table become measures of their own."""
    covered = {row.context.issue_code for row in rows}
    for code, entry in calendar.items():
        if code in covered:
            continue
        row = MeasureRow(page=entry.page, context=SectionContext(issue_code=code))
        row.cells = {"measure": entry.title, "period": entry.period_text,
                     "responsible": entry.responsible}
        out.measures.append(build_measure(row, len(out.measures) + 1, report_id, out))


def _merge_prose(prose: list[ProseScore], report_id: str, out: Parsed) -> None:
    """Prose scores fill indicators the tables lack; where both exist the table is kept."""
    by_number: dict[int, IndicatorScore] = {}
    for score in out.indicators:
        if score.indicator_no in by_number:
            first = by_number[score.indicator_no]
            if first.score != score.score:
                out.problem("indicator_duplicate",
                            f"indicator {score.indicator_no} appears twice in tables, with "
                            f"{first.score} and {score.score}; the first is kept", score.page)
            continue
        by_number[score.indicator_no] = score
    out.indicators = sorted(by_number.values(), key=lambda s: s.indicator_no)

    in_tables = set(by_number)
    seen_prose: dict[int, ProseScore] = {}
    for item in prose:
        if item.indicator_no in seen_prose:
            first_prose = seen_prose[item.indicator_no]
            if first_prose.score != item.score and item.indicator_no not in in_tables:
                out.problem("prose_scores_disagree",
                            f"indicator {item.indicator_no}: the text gives {first_prose.score} "
                            f"and later {item.score}; the first is kept", item.page)
            continue
        seen_prose[item.indicator_no] = item
        table_score = by_number.get(item.indicator_no)
        if table_score is None:
            indicator = indicators()[item.indicator_no]
            by_number[item.indicator_no] = IndicatorScore(
                report_id=report_id, indicator_no=indicator.number,
                tool=indicator.tool,  # type: ignore[arg-type]
                indicator=indicator.name, name_raw=one_line(item.text)[:200],
                score=item.score, score_raw=str(item.score), source="text", page=item.page)
        elif table_score.score is None:
            by_number[item.indicator_no] = table_score.model_copy(
                update={"score": item.score, "score_raw": str(item.score), "source": "text"})
        elif abs(table_score.score - item.score) > 0.005:
            out.problem("prose_table_mismatch",
                        f"indicator {item.indicator_no} ({table_score.indicator}): table "
                        f"{table_score.score}, text {item.score} (\"{item.text[:80]}\"); "
                        "the table is kept", item.page, Severity.WARNING)
    out.indicators = sorted(by_number.values(), key=lambda s: s.indicator_no)
