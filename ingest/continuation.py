"""Tables that run over a page break, for laid-out inputs (PDF, and scans in #4).

A table at the top of a page carries on the table that ended the page before when that table
reached the foot of its page and the two have the same columns at the same x-positions, or
when the new piece opens with the old header repeated.  The row the break cut in two is then
rejoined: its rest is the first row of the new piece (after any repeated header) when

- its first cell is empty while the cut row's is not, and no cell opens a numbered item of
  its own (LibreOffice and Word leave a cell empty on the new page once its text is done);
- the table numbers its rows in the first column ("2. การใช้งบ") and this row does not
  ("ประมาณ"): the first cell itself was cut;
- a cell leaves a phrase open ("ได้รับการ" | "ยกย่อง…"; "… เกียรติ" | "แก่ผู้ทำความดี");
- a cell carries on a Thai word that the break cut ("งบ" | "ประมาณ"), by the dictionary, and
  some other cell has nothing more on the new page.

Before all these, a column that numbers the rows decides: when the cut row has a bare
number there ("๔") and the new row the next one ("๕"), the new row is a row of its own.
Otherwise the first row is a row of its own.  Each piece of the table is marked
``continues=True`` so the parsers treat the pieces as one table; the rows are already joined,
so parsers need not guess.  A rejoined cell keeps the box of its first piece (see
``_join_row``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ita.normalise.digits import thai_to_ascii_digits
from ita.normalise.linebreaks import breaks_inside_word, join_lines, leaves_phrase_open
from ita.normalise.text import compact, is_page_number
from ita.schema import Block, Cell, Page, Paragraph, Table

COLUMN_TOLERANCE = 4.0  # points: column edges this close are the same column
_NUMBERED = re.compile(r"^\s*(?:[0-9๐-๙]{1,2}\s*[.)]|\([0-9๐-๙]{1,2}\)|[-•])")
def same_columns(a: Sequence[float], b: Sequence[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= COLUMN_TOLERANCE for x, y in zip(a, b))


def _texts(table: Table, index: int) -> list[str]:
    return [compact(t) for t in table.row_texts(index)]


HEAD_ROWS = 3  # rows at the top of a table that may be its header, compared when repeated


def _head(table: Table) -> list[list[str]]:
    return [_texts(table, i) for i in range(min(HEAD_ROWS, len(table.rows) - 1))]


def _repeated_header_rows(head: list[list[str]], lower: Table) -> int:
    """How many rows at the top of ``lower`` repeat the first rows (``head``) of the table."""
    count = 0
    while (count < len(lower.rows) and count < len(head)
           and any(_texts(lower, count)) and _texts(lower, count) == head[count]):
        count += 1
    return count


def is_rest_of_row(cut: list[str], rest: list[str]) -> bool:
    """Whether ``rest`` (row texts on the new page) carries on ``cut`` (the last row of the page
    before), by the rules in the module docstring.

    >>> is_rest_of_row(["2. การใช้งบ", "มาตรการ"], ["ประมาณ", "เผยแพร่"])
    True
    >>> is_rest_of_row(["1. ก", "มาตรการ"], ["", "ข้อมูล"])
    True
    >>> is_rest_of_row(["1. การปฏิบัติหน้าที่", "มาตรการ"], ["2. การใช้งบประมาณ", "มาตรการ"])
    False
    """
    if not any(t.strip() for t in rest):
        return False
    if _numbers_next(cut, rest):
        return False
    first_cut, first_rest = cut[0].strip() if cut else "", rest[0].strip()
    if not first_rest and first_cut:
        if not any(_NUMBERED.match(t) for t in rest[1:2] if t.strip()):
            return True
    if first_rest and _NUMBERED.match(first_cut) and not _NUMBERED.match(first_rest):
        return True
    pairs = [(a, b) for a, b in zip(cut, rest) if a.strip() and b.strip()]
    if any(leaves_phrase_open(a, b) for a, b in pairs):
        return True
    if not any(a.strip() and not b.strip() for a, b in zip(cut, rest)):
        return False  # every cell goes on: more likely a row of its own
    return any(breaks_inside_word(a, b) for a, b in pairs)


_ROW_NUMBER = re.compile(r"^\s*([0-9๐-๙]{1,3})\s*[.)]?\s*$")


def _numbers_next(cut: list[str], rest: list[str]) -> bool:
    """Whether some column numbers the rows and ``rest`` has the number after ``cut``'s
    ("๔" | "๕" in a ลำดับ column): the new page opens the next row, whatever its cells say.

    >>> _numbers_next(["-", "๔", "มาตรการ"], ["ตรวจทาน", "๕", "มาตรการ"])
    True
    """
    for a, b in zip(cut, rest):
        ma, mb = _ROW_NUMBER.match(a), _ROW_NUMBER.match(b)
        if ma and mb and int(thai_to_ascii_digits(mb.group(1))) \
                == int(thai_to_ascii_digits(ma.group(1))) + 1:
            return True
    return False


def _cell_at(row: list[Cell], col: int) -> Cell | None:
    for cell in row:
        if cell.col <= col < cell.col + cell.col_span:
            return cell
    return None


def _join_row(upper: list[Cell], lower: list[Cell]) -> None:
    # Boxes: a joined cell keeps the box of its first piece, on the page before, where its
    # table is (``Table.page``); the rest's box, on the next page, is dropped, as a box is on
    # one page and a cell has no page of its own.  For the same reason a cell that exists
    # only in the rest (no cell above it in the cut row) gets no box.
    for cell in lower:
        if not cell.text.strip():
            continue
        target = _cell_at(upper, cell.col)
        if target is None:
            upper.append(cell.model_copy(update={"row": upper[0].row if upper else 0,
                                                 "box": None}))
        elif target.text.strip():
            if target.confidence is not None and cell.confidence is not None:
                shares = len(target.text), len(cell.text)
                target.confidence = round((shares[0] * target.confidence + shares[1]
                                           * cell.confidence) / sum(shares), 1)
            target.text = join_lines(target.text + "\n" + cell.text)
        else:
            target.text, target.confidence = cell.text, cell.confidence
    upper.sort(key=lambda c: c.col)


def _edge_table(blocks: Iterable[Block]) -> Table | None:
    """The first of ``blocks`` when it is a table (page numbers before it do not count)."""
    for block in blocks:
        if isinstance(block, Paragraph) and is_page_number(block.text):
            continue
        return block if isinstance(block, Table) else None
    return None


def _first_table(page: Page) -> Table | None:
    return _edge_table(page.blocks)


def _last_table(page: Page) -> Table | None:
    return _edge_table(reversed(page.blocks))


def join_continued_tables(pages: list[Page], column_edges: dict[int, tuple[float, ...]]
                          ) -> None:
    """Mark table pieces that carry on the table of the page before and rejoin the row the
    break cut.  ``column_edges`` maps ``id(table)`` to its column x-edges (tables without
    them are left to the parsers); whether a table reaches the foot of its page is its own
    ``reaches_page_foot``.  Edits ``pages`` in place."""
    open_table: Table | None = None  # the table that reached the foot of the page before
    heads: dict[int, list[list[str]]] = {}  # id(piece) -> first rows of the table it belongs to
    for page in pages:
        upper, lower = open_table, _first_table(page)
        open_table = None
        if upper is not None and lower is not None and id(lower) in column_edges:
            if id(upper) not in heads:
                heads[id(upper)] = _head(upper)
            head = heads[id(upper)]
            header_rows = _repeated_header_rows(head, lower)
            if header_rows or same_columns(column_edges[id(upper)], column_edges[id(lower)]):
                lower.continues = True
                heads[id(lower)] = head
                first = header_rows
                if first < len(lower.rows) and upper.rows and is_rest_of_row(
                        upper.row_texts(len(upper.rows) - 1), lower.row_texts(first)):
                    _join_row(upper.rows[-1], lower.rows.pop(first))
                    for r, row in enumerate(lower.rows):
                        for cell in row:
                            cell.row = r
                if not any(c.text.strip() for row in lower.rows for c in row):
                    # the piece was only the rest of the cut row: the table goes on from upper
                    page.blocks = [b for b in page.blocks if b is not lower]
                    page.carried_back = not page.blocks
                    if lower.reaches_page_foot and _last_table(page) is None:
                        open_table = upper  # the row filled the whole page
                        continue
        last = _last_table(page)
        if last is not None and id(last) in column_edges and last.reaches_page_foot:
            open_table = last
    for page in pages:
        for block in page.blocks:
            if isinstance(block, Table) and block.continues is None \
                    and id(block) in column_edges:
                block.continues = False
