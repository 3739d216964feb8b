"""Indicator tables: the ten ITA indicators with their scores, in the shapes reports use.

Handled: score in its own column or inside the name cell ("๑. การปฏิบัติหน้าที่ คะแนน
๑๐๐.๐๐"), a note after the score ("๘๖.๗๘ (คะแนนเพิ่มขึ้น)"), the tool only on the first row
of its group or as a section row ("แบบวัดการรับรู้…ภายใน (IIT)"), numbers in their own column
or before the name, any column order.
"""

from __future__ import annotations

import re

from ita.normalise.digits import NUMBER_PATTERN, thai_to_ascii_digits
from ita.normalise.indicators import find_tool, match_indicator, split_numbered_name
from ita.normalise.linebreaks import breaks_inside_word
from ita.normalise.scores import parse_score
from ita.normalise.text import one_line
from ita.parsers.columns import Header, is_blank
from ita.parsers.findings import Parsed
from ita.schema import IndicatorScore, Severity, Table

_SCORE_IN_NAME = re.compile(rf"\s*(?:คะแนน|=|:)\s*({NUMBER_PATTERN})\s*(?:คะแนน)?\s*(.*)$", re.S)
_TRAILING_SCORE = re.compile(rf"\s+({NUMBER_PATTERN})\s*(?:คะแนน)?\s*$")


class IndicatorTableState:
    """What carries from one row (or one table piece) to the next."""

    def __init__(self) -> None:
        self.tool: str | None = None


def _cell(texts: list[str], col: int | None) -> str:
    return texts[col].strip() if col is not None and col < len(texts) else ""


def _split_score_from_name(name: str) -> tuple[str, str | None]:
    """("การปฏิบัติหน้าที่", "๑๐๐.๐๐") from "การปฏิบัติหน้าที่ คะแนน ๑๐๐.๐๐"."""
    for pattern in (_SCORE_IN_NAME, _TRAILING_SCORE):
        ascii_name = thai_to_ascii_digits(name)
        match = pattern.search(ascii_name)
        if match and match.start() > 0:
            score_text = name[match.start(1):match.end(1)]
            note = name[match.end(1):].strip()
            return name[: match.start()].strip(), (score_text + (" " + note if note else ""))
    return name, None


def parse_indicator_rows(
    table: Table, header: Header, first_row: int, report_id: str, state: IndicatorTableState,
    out: Parsed,
) -> None:
    """Append an IndicatorScore for each indicator row of ``table`` from ``first_row`` on."""
    tool_col = header.column("tool")
    number_col = header.column("number")
    name_col = header.column("indicator")
    if name_col is None:
        name_col = header.column("indicator_or_kpi")
    score_col = header.column("score")
    analysis_col = header.column("analysis")

    for index in range(first_row, len(table.rows)):
        texts = table.row_texts(index)
        if all(is_blank(t) for t in texts):
            continue
        written_tool = _cell(texts, tool_col)
        name_text = _cell(texts, name_col)
        if name_col is None:
            # no name column: the first cell that names an indicator
            name_text = next((t for t in texts if _names_indicator(t)), "")
        if written_tool:
            tool = find_tool(written_tool)
            if tool:
                state.tool = tool
        if not name_text or not _names_indicator(name_text):
            filled = {c for c, t in enumerate(texts) if not is_blank(t)}
            carried = {c for c in (score_col, analysis_col) if c is not None}
            if filled and filled <= carried and out.indicators \
                    and out.indicators[-1].page >= table.page - 1:
                # the rest of the row above, cut by a page break
                out.indicators[-1] = _carry_on(out.indicators[-1], _cell(texts, score_col),
                                               _cell(texts, analysis_col))
                continue
            section_tool = find_tool(" ".join(texts))
            if section_tool and not _cell(texts, score_col):
                state.tool = section_tool
                continue
            if any(not is_blank(t) for t in texts):
                out.problem("indicator_row_unread",
                            f"row {index + 1} of an indicator table names no indicator: "
                            f"{one_line(' | '.join(texts))[:120]!r}", table.page)
            continue
        _add_indicator(texts, index, name_text, number_col, score_col, analysis_col,
                       written_tool, table, report_id, state, out)


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


def _names_indicator(text: str) -> bool:
    number, name = split_numbered_name(text)
    name, _ = _split_score_from_name(name)
    try:
        match_indicator(name, number=number)
        return True
    except ValueError:
        return False


def _add_indicator(texts: list[str], index: int, name_text: str, number_col: int | None,
                   score_col: int | None, analysis_col: int | None, written_tool: str,
                   table: Table, report_id: str, state: IndicatorTableState,
                   out: Parsed) -> None:
    number_in_name, name = split_numbered_name(name_text)
    name, score_in_name = _split_score_from_name(name)
    indicator = match_indicator(name, number=number_in_name)
    written_number = number_in_name
    number_text = _cell(texts, number_col)
    if number_text:
        digits = thai_to_ascii_digits(number_text).strip().rstrip(".")
        if digits.isdigit():
            written_number = int(digits)
    if written_number is not None and written_number != indicator.number:
        out.problem("indicator_number_mismatch",
                    f"row {index + 1}: number {written_number} written beside "
                    f"{indicator.name} (indicator {indicator.number}); the name is kept",
                    table.page)
    tool_written = find_tool(written_tool) if written_tool else state.tool
    if tool_written and tool_written != indicator.tool:
        out.problem("tool_mismatch",
                    f"indicator {indicator.number} {indicator.name} listed under "
                    f"{tool_written}, but it belongs to {indicator.tool}", table.page)
    score_text = _cell(texts, score_col) or score_in_name
    score = note = None
    if score_text:
        try:
            score, note = parse_score(score_text)
        except ValueError as exc:
            out.problem("score_unreadable", f"indicator {indicator.number}: {exc}", table.page,
                        Severity.ERROR)
    analysis = _cell(texts, analysis_col) or None
    out.indicators.append(IndicatorScore(
        report_id=report_id,
        indicator_no=indicator.number,
        tool=indicator.tool,  # type: ignore[arg-type]
        indicator=indicator.name,
        name_raw=one_line(name),
        score=score,
        score_raw=one_line(score_text) if score_text else None,
        note=note,
        analysis=analysis,
        source="table",
        page=table.page,
        score_confidence=_confidence(table, index, score_col) if score_text else None,
    ))


def _confidence(table: Table, index: int, col: int | None) -> float | None:
    """The OCR confidence of the cell in row ``index`` at column ``col``, if it has one."""
    return next((c.confidence for c in table.rows[index] if c.col == col), None)
