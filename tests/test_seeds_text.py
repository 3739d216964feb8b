"""The four shared seeds, read as text: every value below was written by hand from the
documents themselves (tests/fixtures/seeds), not copied from the program's output."""

from __future__ import annotations

from functools import cache

import pytest
from ita.extract import extract_file
from ita.schema import Extraction

from .conftest import SEED_FILES
from .expected import MEASURES, METADATA, ROUNDS, SCORES


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
