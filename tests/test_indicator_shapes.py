"""Indicator score tables in the shapes real reports use, as small hand-written documents.
Expectations are written from the documents below, never from the program's output."""

from __future__ import annotations

from pathlib import Path

from ita.extract import extract_file
from ita.schema import Extraction

HEAD = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖\n"
        "องค์การบริหารส่วนตำบลบ้านใหม่ อำเภอเมืองขอนแก่น จังหวัดขอนแก่น\n\n")
NAMES = ["การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ",
         "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร",
         "การปรับปรุงการทำงาน", "การเปิดเผยข้อมูล", "การป้องกันการทุจริต"]
THIS = [95.10, 88.20, 91.35, 90.00, 86.75, 84.40, 80.15, 79.90, 70.25, 62.50]
LAST = [93.00, 90.20, 91.35, 85.50, 80.00, 86.40, 75.15, 81.90, 68.25, 50.00]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def run(tmp_path: Path, body: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text(HEAD + body, encoding="utf-8")
    return extract_file(path)


def scores(ex: Extraction) -> list[float | None]:
    by_number = {s.indicator_no: s.score for s in ex.indicators}
    return [by_number.get(n) for n in range(1, 11)]


def codes(ex: Extraction) -> list[str]:
    return [p.code for p in ex.problems]


def test_two_years_with_a_difference_column(tmp_path: Path) -> None:
    rows = [f"{n}. {name}\t{last:.2f}\t{this:.2f}\t{this - last:+.2f}".translate(THAI)
            for n, (name, this, last) in enumerate(zip(NAMES, THIS, LAST), start=1)]
    body = "ตัวชี้วัด\tปี ๒๕๖๕\tปี ๒๕๖๖\tผลต่าง (+/-)\n" + "\n".join(rows) + "\n"
    ex = run(tmp_path, body)
    assert scores(ex) == THIS
    assert [s.previous_score for s in ex.indicators] == LAST
    assert {s.previous_year for s in ex.indicators} == {2565}
    assert "score_difference_mismatch" not in codes(ex)


def test_a_wrong_stated_difference_is_a_problem(tmp_path: Path) -> None:
    body = ("ตัวชี้วัด\t๒๕๖๕\t๒๕๖๖\tเพิ่มขึ้น/ลดลง\n"
            "การปฏิบัติหน้าที่\t90.00\t95.00\t+4.00\n"
            "การใช้งบประมาณ\t90.00\t85.00\t-5.00\n")
    ex = run(tmp_path, body)
    assert scores(ex)[:2] == [95.0, 85.0]
    assert codes(ex).count("score_difference_mismatch") == 1


def test_the_assessment_year_decides_when_the_newer_year_comes_first(tmp_path: Path) -> None:
    body = ("ตัวชี้วัด\tผลคะแนน ITA 2566\tผลคะแนน ITA 2565\n"
            "การเปิดเผยข้อมูล\t70.25\t68.25\n"
            "การป้องกันการทุจริต\t62.50\t50.00\n")
    ex = run(tmp_path, body)
    assert scores(ex)[8:] == [70.25, 62.5]
    assert [s.previous_score for s in ex.indicators] == [68.25, 50.0]


def test_ranked_table_takes_the_indicator_from_its_name(tmp_path: Path) -> None:
    ranked = sorted(zip(NAMES, THIS), key=lambda pair: -pair[1])
    rows = [f"{rank}\t{name}\t{score:.2f}" for rank, (name, score) in enumerate(ranked, 1)]
    ex = run(tmp_path, "ลำดับ\tตัวชี้วัด\tคะแนน\n" + "\n".join(rows) + "\n")
    assert scores(ex) == THIS
    assert "indicator_number_mismatch" not in codes(ex)


def test_one_table_per_tool_with_totals_and_tool_rows_between(tmp_path: Path) -> None:
    iit = "\n".join(f"{n}\t{NAMES[n - 1]}\t{THIS[n - 1]}%" for n in range(1, 6))
    eit = "\n".join(f"{n}\t{NAMES[n - 1]}\t{THIS[n - 1]} คะแนน" for n in range(6, 9))
    oit = "\n".join(f"{n}\t{NAMES[n - 1]}\t{THIS[n - 1]}" for n in range(9, 11))
    body = ("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)\n\n"
            f"ที่\tตัวชี้วัด\tคะแนน\n{iit}\n\tรวม (IIT)\t90.28\n\n"
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)\n\n"
            f"{eit}\n\tค่าเฉลี่ย EIT\t90.00\n\n"
            "แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)\n\n"
            f"{oit}\n\tรวม OIT\t66.38\n\tคะแนนรวม\t79.88\n")
    ex = run(tmp_path, body)
    assert scores(ex) == THIS
    # IIT's mean is 90.28 and OIT's 66.375: only EIT's stated 90.00 (mean 81.48) is wrong
    mismatches = [p.message for p in ex.problems if p.code == "tool_score_mismatch"]
    assert len(mismatches) == 1 and "EIT" in mismatches[0]
    assert "indicator_row_unread" not in codes(ex)


def test_mixed_digits_names_with_number_in_parentheses(tmp_path: Path) -> None:
    body = ("ตัวชี้วัด\tคะแนน\n"
            "การเปิดเผยข้อมูล (ตัวชี้วัดที่ ๙)\t๙4.๔5\n"
            "การแก้ไขปัญหาทุจริต (ตัวชี้วัดที่ ๕)\t๘๘.๐๐\n")
    ex = run(tmp_path, body)
    assert [(s.indicator_no, s.score) for s in ex.indicators] == [(5, 88.0), (9, 94.45)]


def test_national_average_and_grade_columns_are_not_scores(tmp_path: Path) -> None:
    body = ("ตัวชี้วัด\tคะแนนเฉลี่ยระดับประเทศ\tคะแนนที่ได้\tระดับ\n"
            "การปฏิบัติหน้าที่\t89.10\t95.10\tAA\n"
            "การใช้งบประมาณ\t85.00\t88.20\tA\n")
    ex = run(tmp_path, body)
    assert scores(ex)[:2] == [95.10, 88.20]


def test_two_unnamed_number_columns_give_no_score(tmp_path: Path) -> None:
    body = ("ตัวชี้วัด\tคะแนน\tคะแนนที่ได้\n"
            "การปฏิบัติหน้าที่\t89.10\t95.10\n"
            "การใช้งบประมาณ\t85.00\t88.20\n")
    ex = run(tmp_path, body)
    assert scores(ex)[:2] == [None, None]
    assert "score_column_ambiguous" in codes(ex)


def test_prose_list_cut_by_line_and_page_breaks(tmp_path: Path) -> None:
    body = ("ผลการประเมิน ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน ได้ ๘๔.๔๐ คะแนน ตัวชี้วัดที่ ๗\n"
            "ประสิทธิภาพการสื่อสาร ได้ ๘๐.๑๕ คะแนน และตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน ได้คะแนน\n"
            "\f"
            "๗๙.๙๐ คะแนน ส่วนตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\n\nได้คะแนน ๗๐.๒๕ คะแนน\n")
    ex = run(tmp_path, body)
    assert [(s.indicator_no, s.score, s.page) for s in ex.indicators] == [
        (6, 84.4, 1), (7, 80.15, 1), (8, 79.9, 2), (9, 70.25, 2)]


def test_full_marks_obtained_and_percent_the_percent_is_the_score(tmp_path: Path) -> None:
    body = ("ตัวชี้วัด\tคะแนนเต็ม\tคะแนนที่ได้\tร้อยละ\n"
            "การปฏิบัติหน้าที่\t๖\t๕.๖๒\t๙๓.๖๔\n"
            "การใช้งบประมาณ\t๖\t๕.๒๗\t๘๗.๙๐\n"
            "การเปิดเผยข้อมูล\t๒๐\t๑๖.๕๐\t๘๒.๕๐\n")
    ex = run(tmp_path, body)
    assert [(s.indicator_no, s.score) for s in ex.indicators] == [(1, 93.64), (2, 87.9),
                                                                 (9, 82.5)]
    assert "score_column_ambiguous" not in codes(ex)


def test_an_indicator_name_inside_a_tool_name_is_not_its_score(tmp_path: Path) -> None:
    body = ("แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) กำหนดให้หน่วยงานที่ได้คะแนนตั้งแต่ ๘๕ คะแนน "
            "ผ่านเกณฑ์\n\nด้านการเปิดเผยข้อมูล ร้อยละ ๘๒.๕๐\n")
    ex = run(tmp_path, body)
    assert [(s.indicator_no, s.score) for s in ex.indicators] == [(9, 82.5)]


def test_short_names_after_the_word_indicator(tmp_path: Path) -> None:
    body = ("แบบวัด EIT ได้คะแนนเฉลี่ยร้อยละ ๘๖.๑๒ ตัวชี้วัดคุณภาพการดำเนินงานได้ร้อยละ ๙๐.๑๔ "
            "ตัวชี้วัดการสื่อสารได้ร้อยละ ๘๕.๕๐\n\n"
            "มาตรการสื่อสารข้อมูลผ่านช่องทางออนไลน์ ได้รับงบประมาณ ๕๐ คะแนน\n")
    ex = run(tmp_path, body)
    assert [(s.indicator_no, s.score) for s in ex.indicators] == [(6, 90.14), (7, 85.5)]


def test_bullet_list_of_scores_with_equals_signs(tmp_path: Path) -> None:
    body = ("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)\n\n"
            "• ตัวชี้วัดที่ ๓ การใช้อำนาจ = ๙๒.๑๐\n• ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ = ๘๘.๐๕\n")
    ex = run(tmp_path, body)
    assert [(s.indicator_no, s.score) for s in ex.indicators] == [(3, 92.1), (4, 88.05)]
