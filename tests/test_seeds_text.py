"""The four shared seeds, read as text: every value below was written by hand from the
documents themselves (tests/fixtures/seeds), not copied from the program's output."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest
from ita.extract import extract_file
from ita.schema import Extraction

from .conftest import SEED_FILES

FY2565 = (dt.date(2021, 10, 1), dt.date(2022, 9, 30))
FY2569 = (dt.date(2025, 10, 1), dt.date(2026, 9, 30))

METADATA = {
    "000": dict(organisation="องค์การบริหารส่วนตำบลเหล", org_type="อบต.", district="กะปอง",
                province="พังงา", assessment_year=2564, plan_year=2565, overall_score=84.72,
                grade="B"),
    "002": dict(organisation="เทศบาลเมืองร้อยเอ็ด", org_type="เทศบาลเมือง",
                district="เมืองร้อยเอ็ด", province="ร้อยเอ็ด", assessment_year=2568,
                plan_year=2569, overall_score=93.14, grade="ผ่าน"),
    "003": dict(organisation="องค์การบริหารส่วนตำบลกุดบง", org_type="อบต.", district="โพธิ์ชัย",
                province="หนองคาย", assessment_year=2568, plan_year=2569, overall_score=None,
                grade=None),
    "004": dict(organisation="เทศบาลตำบลนาหนองทุ่ม", org_type="เทศบาลตำบล", district=None,
                province=None, assessment_year=2564, plan_year=2565, overall_score=68.42,
                grade="C"),
}

SCORES = {
    "000": [100.00, 99.60, 100.00, 100.00, 100.00, 97.53, 92.74, 94.50, 81.35, 50.00],
    "002": [95.55, 99.62, 100, 99.96, 99.96, 99.74, 99.64, 99.56, 81.50, 85],
    "003": [98.63, 99.22, 100.00, 98.24, 99.21, 97.12, 95.46, 96.67, 87.00, 100.00],
    "004": [86.78, 37.69, 83.16, 78.68, 37.10, 81.45, 39.37, 38.00, 45.41, 56.25],
}

ALL_000 = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม"]
ROUNDS = "รายงานผลการดำเนินงานตามมาตรการ - รอบ ๖ เดือน - รอบ ๑๒ เดือน"

# (tool, indicator_no, issue_code, responsible_units, (period_start, period_end) or None,
#  the first words of the measure)
MEASURES = {
    "000": [
        ("IIT", None, None, ALL_000, FY2565, "๑. บุคลากรภายในหน่วยงานรับรู้"),
        ("EIT", None, None, ALL_000, FY2565, "๑. การเผยแพร่ข้อมูลของหน่วยงาน"),
        ("EIT", None, None, ALL_000, FY2565, "๒. จัดให้มีช่องทางให้ผู้รับบริการ"),
        ("OIT", None, None, ALL_000, FY2565, "๑. นำข้อมูลต่างๆ ลงให้ครบถ้วน"),
    ],
    "002": [
        ("IIT", 1, None, ["ทุกสำนัก/กอง"], None, "มาตรการปรับปรุงคู่มือ"),
        ("IIT", 2, None, ["งานพัสดุ/กองคลัง"], None, "- มาตรการการเผยแพร่ข้อมูลงบประมาณ"),
        ("IIT", 3, None, ["กองการเจ้าหน้าที่"], None, "- มาตรการกำหนดหลักเกณฑ์"),
        ("IIT", 4, None, ["งานพัสดุ/กองคลัง"], None, "-มาตรการการใช้ทรัพย์สิน"),
        ("IIT", 5, None, ["กองการเจ้าหน้าที่"], None, "- มาตรการเสริมสร้างจิตสำนึก"),
        ("EIT", 6, None, ["ทุกสำนัก/กอง"], None, "- มาตรการปรับปรุงขั้นตอน"),
        ("EIT", 7, None, ["กองยุทธศาสตร์และงบประมาณ"], None, "- มาตรการยกระดับช่องทาง"),
        ("EIT", 8, None, ["ทุกสำนัก/กอง"], None, "- มาตรการส่งเสริมการมีส่วนร่วม"),
        ("OIT", 9, None, ["กองยุทธศาสตร์และงบประมาณ"], None, "- มาตรการปรับปรุงการดำเนินงาน"),
        ("OIT", 10, None, ["กองยุทธศาสตร์และงบประมาณ"], None, "- มาตรการส่งเสริมการป้องกัน"),
    ],
    "003": [
        ("IIT", 1, None, ["สำนักปลัด", "กองคลัง", "กองช่าง"], FY2569, "มาตรการที่ปรับปรุงหรือรักษา"),
        ("IIT", 2, None, ["สำนักปลัด", "กองคลัง", "กองช่าง"], FY2569, "มาตรการปรับปรุงและพัฒนา"),
        ("IIT", 3, None, ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม"],
         FY2569, "มาตรการที่ปรับปรุงหรือรักษา"),
        ("IIT", 4, None, ["สำนักปลัด"], FY2569, "มาตรการรักษาระดับหรือยกระดับ"),
        ("IIT", 5, None, ["สำนักปลัด"], FY2569, "มาตรการส่งเสริมคุณธรรม"),
        ("EIT", 6, None, ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา"], FY2569,
         "มาตรการที่ปรับปรุงหรือรักษา"),
        ("EIT", 7, None, ["สำนักปลัด"], FY2569, "มาตรการปรับปรุงช่องทางเผยแพร่"),
        ("EIT", 8, None, ["สำนักปลัด"], FY2569, "มาตรการกำหนดวิธีการขั้นตอน"),
        ("OIT", 9, None, ["สำนักปลัด"], FY2569, "มาตรการปรับปรุงพัฒนาช่องทาง"),
        ("OIT", 10, None, ["สำนักปลัด"], FY2569, "มาตรการกำหนดวิธีการขั้นตอน"),
    ],
    "004": [
        (None, None, "1.1", ["สำนักปลัด"], FY2565, "การจัดกิจกรรมอบรมให้ความรู้"),
        (None, None, "1.1", ["สำนักปลัด"], FY2565, "การประชุมประจำเดือน"),
        (None, None, "2.1", ["ผู้บริหารท้องถิ่น"], None, "ผู้บริหารมีการแสดงเจตจำนงสุจริต"),
        (None, None, "2.2", ["สำนักปลัด"], FY2565, "การปรับปรุงกลไกการปฏิบัติราชการ"),
        (None, None, "2.3", ["ทุกส่วนราชการ"], FY2565, "การเน้นผลสัมฤทธิ์"),
        (None, None, "2.3", ["ทุกส่วนราชการ"], FY2565, "การประเมินผลการปฏิบัติราชการ"),
        (None, None, "2.4", ["สำนักปลัด"], FY2565, "การจัดให้มีช่องทางการร้องเรียน"),
        (None, None, "3.1", ["ทุกส่วนราชการ"], FY2565, "การเพิ่มช่องทางการสื่อสาร"),
        (None, None, "3.2", ["สำนักปลัด"], (dt.date(2022, 2, 1), dt.date(2022, 4, 30)),
         "การประชุมท้องถิ่น"),
        (None, None, "3.2", ["สำนักปลัด"], (dt.date(2022, 2, 1), dt.date(2022, 4, 30)),
         "การร้องเรียน ร้องทุกข์"),
        (None, None, "3.3", ["ทุกส่วนราชการ"], FY2565, "ประชาชนร่วมเป็นกรรมการ"),
        (None, None, "4.1", ["สำนักปลัด"], FY2565, "มีการควบคุมภายใน"),
        (None, None, "4.1", ["สำนักปลัด"], FY2565, "แผนป้องกันความเสี่ยงการทุจริต"),
        (None, None, "4.2", ["ทุกส่วนราชการ"], FY2565, "ประชาชนมีส่วนร่วมในการบริหารงาน"),
        (None, None, "4.3", ["สำนักปลัด"], FY2565, "สภาท้องถิ่นมีการตรวจสอบ"),
        (None, None, "4.4", ["สำนักปลัด"], FY2565, "การยกย่องเชิดชูเกียรติ"),
    ],
}


@cache
def extraction(seed: str) -> Extraction:
    return extract_file(SEED_FILES[seed])


@pytest.mark.parametrize("seed", sorted(METADATA))
def test_metadata(seed: str) -> None:
    report = extraction(seed).report
    assert report is not None
    for field, expected in METADATA[seed].items():
        assert getattr(report, field) == expected, field


@pytest.mark.parametrize("seed", sorted(SCORES))
def test_indicator_scores_exact(seed: str) -> None:
    indicators = extraction(seed).indicators
    assert [s.indicator_no for s in indicators] == list(range(1, 11))
    assert [s.score for s in indicators] == pytest.approx(SCORES[seed], abs=1e-9)
    assert [s.tool for s in indicators] == ["IIT"] * 5 + ["EIT"] * 3 + ["OIT"] * 2
    assert all(s.source == "table" for s in indicators)


@pytest.mark.parametrize("seed", sorted(MEASURES))
def test_measure_rows(seed: str) -> None:
    measures = extraction(seed).measures
    expected = MEASURES[seed]
    assert len(measures) == len(expected)
    for m, (tool, number, code, units, period, start) in zip(measures, expected):
        assert (m.tool, m.indicator_no, m.issue_code) == (tool, number, code), m.seq
        assert m.responsible_units == units, m.seq
        assert (m.period_start, m.period_end) == (period or (None, None)), m.seq
        assert m.measure is not None and m.measure.startswith(start), m.seq


def test_002_continued_row_joins_the_row_above() -> None:
    budget = extraction("002").measures[1]
    assert budget.steps is not None
    assert budget.steps.startswith("1. จัดให้มีการเปิดเผยข้อมูล")
    assert budget.steps.endswith("ประชาชนทั่วไปได้รับทราบ")
    assert "การจัดซื้อจัดจ้างประจำปีผ่านทางช่องทาง" in budget.steps
    assert [m.period_text for m in extraction("002").measures][0] == ROUNDS


def test_000_header_words_echoed_inside_cells_are_dropped() -> None:
    oit = extraction("000").measures[3]
    assert oit.steps is not None and oit.steps.startswith("๑. เผยแพร่กิจกรรม")
    assert oit.responsible_raw == "สำนักปลัด กองคลัง กองช่าง กองการศึกษา ศาสนาและวัฒนธรรม"
    assert oit.monitoring == "รายงานความก้าวหน้าและสรุปผลการดำเนินงาน ณ สิ้นปีงบประมาณ ๒๕๖๕"


def test_000_measures_take_their_tool_and_analysis_from_the_section() -> None:
    iit = extraction("000").measures[0]
    assert iit.analysis is not None and iit.analysis.startswith("๑. ด้าน IT พบว่า")


def test_004_kpi_column_is_not_an_indicator() -> None:
    measures = extraction("004").measures
    assert measures[0].kpi == "มีการอบรมพนักงานเทศบาลอย่างน้อยปีละครั้ง (เกณฑ์ ITA ข้อที่ ๑ - ๑๐)"
    assert measures[0].monitoring == "มีการจัดทำแบบทดสอบเพื่อประเมินผล"
    assert all(m.indicator_no is None for m in measures)
    assert measures[2].period_text == ("เมื่อเข้ารับตำแหน่ง โดยสอดคล้องกับนโยบายการบริหารงานที่ได้"
                                       "แถลงต่อสภาท้องถิ่น")


def test_004_scores_keep_their_notes() -> None:
    first = extraction("004").indicators[0]
    assert first.note == "(คะแนนเพิ่มขึ้น)"
    assert first.score_raw == "๘๖.๗๘ (คะแนนเพิ่มขึ้น)"


def codes(seed: str) -> list[str]:
    return [p.code for p in extraction(seed).problems]


def test_004_overall_score_disagrees_with_its_indicators() -> None:
    problems = [p for p in extraction("004").problems if p.code == "overall_score_mismatch"]
    assert len(problems) == 1
    assert "68.42" in problems[0].message and "55.62" in problems[0].message


def test_000_overall_score_agrees_with_its_indicators() -> None:
    assert "overall_score_mismatch" not in codes("000")
    assert "grade_mismatch" not in codes("000")


def test_002_prose_and_table_clash_on_eit_7() -> None:
    clashes = [p for p in extraction("002").problems if p.code == "prose_table_mismatch"]
    assert len(clashes) == 1
    assert "indicator 7" in clashes[0].message and "99.64" in clashes[0].message
    assert "99.74" in clashes[0].message
    assert extraction("002").indicators[6].score == 99.64  # the table is kept


def test_000_prose_typos_are_reported_not_used() -> None:
    clashes = [p.message for p in extraction("000").problems if p.code == "prose_table_mismatch"]
    assert len(clashes) == 2
    assert any("99.53" in m for m in clashes) and any("92.94" in m for m in clashes)


def test_004_name_variants_resolved_and_reported() -> None:
    variants = [p for p in extraction("004").problems if p.code == "organisation_name_variants"]
    assert len(variants) == 1
    assert "นาหนองหุ้ม" in variants[0].message and "นาหนองพุ่ม" in variants[0].message


def test_every_record_carries_its_report_id() -> None:
    for seed in SEED_FILES:
        ex = extraction(seed)
        assert ex.report is not None
        rid = ex.report.report_id
        assert SEED_FILES[seed].name.startswith(seed)
        assert all(r.report_id == rid for r in [*ex.indicators, *ex.measures, *ex.pages,
                                                  *ex.problems])
