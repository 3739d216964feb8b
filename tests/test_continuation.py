"""Tables cut by a page break (laid-out inputs): pieces joined, the cut row rejoined."""

from __future__ import annotations

from ita.ingest.continuation import is_rest_of_row, join_continued_tables
from ita.schema import Cell, Page, Paragraph, Table

EDGES = (80.0, 200.0, 350.0, 500.0)


def table(page: int, *rows: list[str]) -> Table:
    return Table(page=page, rows=[[Cell(text=t, row=r, col=c) for c, t in enumerate(row)]
                                  for r, row in enumerate(rows)])


def join(pages: list[Page], layouts: dict[int, tuple[tuple[float, ...], bool]]) -> list[Page]:
    """``layouts``: id(table) -> (column edges, whether it reaches the foot of its page)."""
    tables = {id(b): b for p in pages for b in p.blocks if isinstance(b, Table)}
    for key, (_, foot) in layouts.items():
        tables[key].reaches_page_foot = foot
    join_continued_tables(pages, {key: edges for key, (edges, _) in layouts.items()})
    return pages


HEADER = ["ตัวชี้วัด", "มาตรการ", "ผู้รับผิดชอบ"]


def test_empty_first_cell_carries_the_cut_row_on() -> None:
    upper = table(1, HEADER, ["1. การปฏิบัติหน้าที่", "จัดทำคู่มือการ", "สำนักปลัด"])
    lower = table(2, ["", "ปฏิบัติงาน", ""], ["2. การใช้งบประมาณ", "เผยแพร่แผน", "กองคลัง"])
    pages = join([Page(number=1, blocks=[upper]), Page(number=2, blocks=[lower])],
                 {id(upper): (EDGES, True), id(lower): (EDGES, False)})
    assert upper.row_texts(1) == ["1. การปฏิบัติหน้าที่", "จัดทำคู่มือการปฏิบัติงาน", "สำนักปลัด"]
    assert lower.continues is True and upper.continues is False
    assert [lower.row_texts(i)[0] for i in range(len(lower.rows))] == ["2. การใช้งบประมาณ"]
    assert pages[1].blocks == [lower]


def test_a_numbered_row_is_a_row_of_its_own() -> None:
    upper = table(1, HEADER, ["1. การปฏิบัติหน้าที่", "จัดทำคู่มือ", "สำนักปลัด"])
    lower = table(2, ["2. การใช้งบประมาณ", "เผยแพร่แผน", "กองคลัง"])
    join([Page(number=1, blocks=[upper]), Page(number=2, blocks=[lower])],
         {id(upper): (EDGES, True), id(lower): (EDGES, False)})
    assert lower.continues is True and len(upper.rows) == 2 and len(lower.rows) == 1


def test_other_columns_or_no_foot_mean_another_table() -> None:
    for upper_layout, lower_edges in (((EDGES, True), (80.0, 300.0, 500.0)),
                                      ((EDGES, False), EDGES)):
        upper = table(1, HEADER, ["1. การปฏิบัติหน้าที่", "จัดทำคู่มือการ", "สำนักปลัด"])
        lower = table(2, ["", "ปฏิบัติงาน", ""])
        join([Page(number=1, blocks=[upper]), Page(number=2, blocks=[lower])],
             {id(upper): upper_layout, id(lower): (lower_edges, False)})
        assert lower.continues is False and len(lower.rows) == 1


def test_a_row_over_a_whole_page_goes_on_to_the_next() -> None:
    upper = table(1, HEADER, ["2. การใช้งบ", "- มาตรการ", "กอง"])
    middle = table(2, ["ประมาณ", "การเผยแพร่", "คลัง"])
    lower = table(3, ["", "ข้อมูล", ""], ["3. การใช้อำนาจ", "กำหนดหลักเกณฑ์", "กองการเจ้าหน้าที่"])
    pages = [Page(number=1, blocks=[upper]), Page(number=2, blocks=[middle]),
             Page(number=3, blocks=[lower])]
    join(pages, {id(upper): (EDGES, True), id(middle): (EDGES, True),
                 id(lower): (EDGES, False)})
    assert upper.row_texts(1) == ["2. การใช้งบประมาณ", "- มาตรการการเผยแพร่ข้อมูล",
                                  "กองคลัง"]
    assert pages[1].blocks == [] and lower.continues is True
    assert lower.row_texts(0)[0] == "3. การใช้อำนาจ"


def test_a_repeated_header_and_page_numbers_are_passed_over() -> None:
    upper = table(1, HEADER, ["1. การปฏิบัติหน้าที่", "ประชาสัมพันธ์ให้บุคลากรได้รับการ", "สำนักปลัด"])
    lower = table(2, HEADER, ["", "อบรมทุกคน", ""])
    pages = [Page(number=1, blocks=[upper, Paragraph(text="- ๑ -", page=1)]),
             Page(number=2, blocks=[Paragraph(text="หน้า 2", page=2), lower])]
    join(pages, {id(upper): (EDGES, True), id(lower): (EDGES, False)})
    assert lower.continues is True
    assert upper.row_texts(1)[1] == "ประชาสัมพันธ์ให้บุคลากรได้รับการอบรมทุกคน"
    assert len(lower.rows) == 1  # the repeated header stays for the parser to skip


def test_rest_of_row_rules() -> None:
    # a phrase left open at the foot of the page ("ได้รับการ"), every cell going on
    assert is_rest_of_row(["การยกย่องเชิดชูเกียรติ", "เทศบาลดำเนินการ", "มีประชาชนได้รับการ"],
                          ["แก่ผู้ทำความดี", "ติดตามอย่างสม่ำเสมอ", "ยกย่องเชิดชูเกียรติ"])
    # a complete row, then a new one with a cell left empty
    assert not is_rest_of_row(["มีการควบคุมภายใน", "อย่างน้อยปีละ ๑ ครั้ง", "ลดความเสี่ยง"],
                              ["แผนป้องกันความเสี่ยง", "", "ความเสี่ยงด้านการทุจริต"])
    # vertically merged indicator cell left empty, the measure numbered: a row of its own
    assert not is_rest_of_row(["1. การปฏิบัติหน้าที่", "1. จัดทำคู่มือ"], ["", "2. แจ้งเวียน"])
    assert not is_rest_of_row(["ก", "ข"], ["", ""])
