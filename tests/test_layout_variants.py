"""Layouts the seeds do not show but the family of reports has, written as small documents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ita.extract import extract_file
from ita.schema import Extraction

HEAD = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖\n"
        "องค์การบริหารส่วนตำบลบ้านใหม่ อำเภอเมืองขอนแก่น จังหวัดขอนแก่น\n\n")


def run(tmp_path: Path, body: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text(HEAD + body, encoding="utf-8")
    return extract_file(path)


def test_score_first_then_name_and_tool_on_first_row_only(tmp_path: Path) -> None:
    rows = "\n".join(
        f"{tool}\t{score}\t{n}. {name}" for tool, score, n, name in [
            ("IIT", "๙๐.๑๐", "๑", "การปฏิบัติหน้าที่"), ("", "๘๐.๐๐", "๒", "การใช้งบประมาณ"),
            ("", "๗๐.๕๐", "๓", "การใช้อำนาจ"), ("", "๖๐", "๔", "การใช้ทรัพย์สินของราชการ"),
            ("", "๕๕.๕๕", "๕", "การแก้ไขปัญหาการทุจริต"), ("EIT", "๙๙.๙๙", "๖", "คุณภาพการดำเนินงาน"),
            ("", "๘๘.๘๘", "๗", "ประสิทธิภาพการสื่อสาร"), ("", "๗๗.๗๗", "๘", "การปรับปรุงการทำงาน"),
            ("OIT", "๖๖.๖๖", "๙", "การเปิดเผยข้อมูล"), ("", "๑๐๐.๐๐", "๑๐", "การป้องกันการทุจริต")])
    ex = run(tmp_path, "เครื่องมือ\tคะแนน\tตัวชี้วัด\n" + rows + "\n")
    assert [s.score for s in ex.indicators] == [90.10, 80.0, 70.5, 60.0, 55.55, 99.99, 88.88,
                                               77.77, 66.66, 100.0]
    assert not [p for p in ex.problems if p.code == "tool_mismatch"]


def test_wrong_tool_and_number_are_reported(tmp_path: Path) -> None:
    body = ("แบบ\tลำดับ\tรายละเอียดตัวชี้วัด\tคะแนน\n"
            "EIT\t1\tการปฏิบัติหน้าที่\t90\n"
            "\t3\tการใช้งบประมาณ\t91\n")
    ex = run(tmp_path, body)
    codes = [p.code for p in ex.problems]
    assert "tool_mismatch" in codes and "indicator_number_mismatch" in codes
    assert [(s.indicator_no, s.tool, s.score) for s in ex.indicators] == [
        (1, "IIT", 90.0), (2, "IIT", 91.0)]
    assert "indicators_missing" in codes


def test_scores_only_in_prose(tmp_path: Path) -> None:
    body = ("ด้าน IIT พบว่า ตัวชี้วัดด้านการใช้งบประมาณ มีค่าต่ำสุด เท่ากับ ๘๔.๑๖ คะแนน\n\n"
            "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้คะแนน ๗๑.๒๕ คะแนน\n")
    ex = run(tmp_path, body)
    assert [(s.indicator_no, s.score, s.source) for s in ex.indicators] == [
        (2, 84.16, "text"), (9, 71.25, "text")]


def test_prose_that_contradicts_itself(tmp_path: Path) -> None:
    body = ("การใช้อำนาจ มีค่าคะแนนเท่ากับ ๙๐.๐๐\n\n"
            "สรุปว่า การใช้อำนาจ ได้คะแนน ๙๑.๐๐ คะแนน\n")
    ex = run(tmp_path, body)
    assert [(s.indicator_no, s.score) for s in ex.indicators] == [(3, 90.0)]
    assert "prose_scores_disagree" in [p.code for p in ex.problems]


def test_status_marks_and_indicator_from_heading(tmp_path: Path) -> None:
    body = ("ตัวชี้วัดที่ ๓ การใช้อำนาจ\n\n"
            "มาตรการ\tผู้รับผิดชอบ\tระยะเวลา\tดำเนินการแล้ว\tยังไม่ได้ดำเนินการ\n"
            "จัดอบรมผู้บริหาร\tสำนักปลัด, กองคลัง\tต.ค. - ธ.ค. ๒๕๖๖\t✓\t\n"
            "ประกาศเจตจำนง\tนายก อบต.\tตลอดปีงบประมาณ พ.ศ. ๒๕๖๗\t\t✓\n")
    ex = run(tmp_path, body)
    assert [(m.indicator_no, m.tool, m.status) for m in ex.measures] == [
        (3, "IIT", "done"), (3, "IIT", "not_done")]
    assert ex.measures[0].responsible_units == ["สำนักปลัด", "กองคลัง"]
    assert (ex.measures[0].period_start, ex.measures[0].period_end) == (
        dt.date(2023, 10, 1), dt.date(2023, 12, 31))
    assert (ex.measures[1].period_start, ex.measures[1].period_end) == (
        dt.date(2023, 10, 1), dt.date(2024, 9, 30))


def test_row_broken_by_a_page_with_repeated_header(tmp_path: Path) -> None:
    body = ("ตัวชี้วัด\tมาตรการ\tขั้นตอน/วิธีดำเนินการ\tผู้รับผิดชอบ\n"
            "๑. การปฏิบัติหน้าที่\tมาตรการ ก\tขั้นที่ ๑\tสำนักปลัด\n"
            "\f"
            "ตัวชี้วัด\tมาตรการ\tขั้นตอน/วิธีดำเนินการ\tผู้รับผิดชอบ\n"
            "\t\tขั้นที่ ๒\tกองคลัง\n"
            "๒. การใช้งบประมาณ\tมาตรการ ข\tขั้นที่ ๑\tกองคลัง\n")
    ex = run(tmp_path, body)
    assert len(ex.measures) == 2
    first = ex.measures[0]
    assert first.steps == "ขั้นที่ ๑\nขั้นที่ ๒"
    assert first.responsible_units == ["สำนักปลัด", "กองคลัง"]
    assert first.page == 1 and ex.measures[1].page == 2


def test_unreadable_period_is_reported(tmp_path: Path) -> None:
    body = ("มาตรการ\tระยะเวลาดำเนินการ\n"
            "จัดอบรม\t๓๑ กันยายน ๒๕๖๖ - ตุลาคม\n")
    ex = run(tmp_path, body)
    assert ex.measures[0].period_start is None
    assert "period_unread" in [p.code for p in ex.problems]


def test_a_gantt_chart_of_months_gives_each_measure_its_period(tmp_path: Path) -> None:
    months = "ต.ค.\tพ.ย.\tธ.ค.\tม.ค.\tก.พ.\tมี.ค.\tเม.ย.\tพ.ค.\tมิ.ย.\tก.ค.\tส.ค.\tก.ย."
    body = ("ที่\tมาตรการ/กิจกรรม\tผู้รับผิดชอบ\tพ.ศ. ๒๕๖๖\t\t\tพ.ศ. ๒๕๖๗\n"
            f"\t\t\t{months}\n"
            "๑\tมาตรการเผยแพร่แผนการใช้จ่ายงบประมาณ\tกองคลัง\t✓\t✓\n"
            "๒\tมาตรการประเมินความเสี่ยงการทุจริต\tสำนักปลัด\t\t\t\t\t\t✓\t\t\t\t\t\t✓\n")
    ex = run(tmp_path, body.replace("ITA", ""))
    assert [(m.period_start, m.period_end) for m in ex.measures] == [
        (dt.date(2023, 10, 1), dt.date(2023, 11, 30)), (dt.date(2024, 3, 1), dt.date(2024, 9, 30))]


def test_fields_written_inside_a_details_cell(tmp_path: Path) -> None:
    body = ("มาตรการ\tรายละเอียด\n"
            "๑. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)\t\n"
            "๑.๑ มาตรการเผยแพร่แผนการใช้จ่ายงบประมาณ\t<p>ประเด็น ตัวชี้วัดที่ ๒ การใช้งบประมาณ</p>"
            "<p>วิธีดำเนินการ สรุปผลการเบิกจ่ายทุกไตรมาส</p><p>ผู้รับผิดชอบ : กองคลัง</p>"
            "<p>ระยะเวลา : ธันวาคม ๒๕๖๖</p>\n")
    ex = run(tmp_path, body)
    assert [(m.tool, m.indicator_no, m.responsible_units, m.period_start, m.period_end)
            for m in ex.measures] == [("IIT", 2, ["กองคลัง"], dt.date(2023, 12, 1),
                                       dt.date(2023, 12, 31))]


def test_review_of_earlier_measures_is_left_out_with_a_note(tmp_path: Path) -> None:
    # the plan is for 2567 (ITA 2566); a table looks back at 2565's measures and their results,
    # another lists results only: neither holds this plan's measures
    body = ("ผลการดำเนินงานตามมาตรการ ปีงบประมาณ พ.ศ. ๒๕๖๕\n\n"
            "มาตรการ ปี ๒๕๖๕\tผลการดำเนินงาน\tหมายเหตุ\n"
            "มาตรการจัดทำคู่มือการให้บริการ\tดำเนินการแล้ว\t-\n"
            "มาตรการสำรวจความพึงพอใจ\tดำเนินการบางส่วน\tสำรวจได้ ๒ ไตรมาส\n\n"
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n\n"
            "มาตรการ\tผู้รับผิดชอบ\tระยะเวลา\n"
            "มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง\tกองคลัง\tมกราคม ๒๕๖๗\n")
    ex = run(tmp_path, body)
    assert [m.measure for m in ex.measures] == ["มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง"]
    notes = [p for p in ex.problems if p.code == "earlier_measures_skipped"]
    assert len(notes) == 1 and "2 rows" in notes[0].message
