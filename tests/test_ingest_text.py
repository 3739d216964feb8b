from ita.ingest.text import parse_text
from ita.schema import Paragraph, Table


def blocks(text: str):
    return [b for p in parse_text(text) for b in p.blocks]


def test_paragraphs_and_tables() -> None:
    out = blocks("ชื่อเรื่อง\nบรรทัดสอง\n\nก\tข\nค\tง\n\nท้าย")
    assert [type(b) for b in out] == [Paragraph, Table, Paragraph]
    assert out[0].text == "ชื่อเรื่อง\nบรรทัดสอง"
    table = out[1]
    assert table.n_cols == 2 and table.row_texts(1) == ["ค", "ง"]


def test_cells_with_paragraph_tags_become_lines() -> None:
    (table,) = blocks("<p>หัว</p>\t<p>๑. ก</p> <p>๒. ข</p>")
    assert table.row_texts(0) == ["หัว", "๑. ก\n๒. ข"]


def test_rule_rows_dropped_and_ragged_rows_padded() -> None:
    (table,) = blocks("ก\tข\tค\n---\t---\t---\nง\t")
    assert len(table.rows) == 2 and table.row_texts(1) == ["ง", "", ""]


def test_blank_line_splits_tables() -> None:
    out = blocks("ก\tข\n\nค\tง")
    assert [type(b) for b in out] == [Table, Table]


def test_pipe_tables() -> None:
    (table,) = blocks("| มาตรการ | ผู้รับผิดชอบ |\n|---|---|\n| ก | สำนักปลัด |")
    assert table.row_texts(1) == ["ก", "สำนักปลัด"]


def test_catchword_and_form_feed_start_pages() -> None:
    pages = parse_text("หน้าแรก\n\n/ข้อเสนอแนะ...\n\nข้อเสนอแนะ\fหน้าสาม")
    assert [p.number for p in pages] == [1, 2, 3]
    assert pages[1].blocks[0].text == "ข้อเสนอแนะ"
    assert all("/ข้อเสนอแนะ" not in b.text for p in pages for b in p.blocks
               if isinstance(b, Paragraph))


def test_bold_and_sara_am_cleaned() -> None:
    (para,) = blocks("**ตัวชี้วัดที่ 1** ดําเนินการ")
    assert para.text == "ตัวชี้วัดที่ 1 ดำเนินการ"
