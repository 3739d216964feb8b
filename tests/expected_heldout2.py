"""What the second held-out set says (tests/fixtures/heldout2), written by hand from the
documents themselves, not from the program's output.  Like tests/expected_heldout.py, these
reports measure how the pipeline does on layouts and wordings it was not tuned on
(tests/fixtures/heldout2/README.md lists them); do not tune the parsers against them.  The
writer did not read the parsers and did not run the pipeline on them.  The keys are the file
stems and the shapes are those of tests/expected_layouts.py:

- METADATA[key]: the ten report fields;
- SCORES[key]: indicators 1..10 of the assessment year;
- PREVIOUS[key]: (year, scores 1..10) for fixtures whose tables also give another year;
- MEASURES[key]: (tool, indicator_no, issue_code, responsible_units, (start, end) or None,
  the first words of the measure), in document order;
- NOT_MEASURES[key]: texts that are not measures (SWOT cells, working-meeting
  recommendations, score bullets, analysis paragraphs); no measure's text may be or contain
  one of them.

Periods: a month is its first to last day; a fiscal year N runs 1 Oct (N-1) to 30 Sep N;
a quarter belongs to the plan year (quarter 1 = Oct-Dec, 2 = Jan-Mar, 3 = Apr-Jun,
4 = Jul-Sep); "ภายใน <day month year>" runs from the first day of the plan fiscal year to
that day, and "ภายในไตรมาสที่ N" / "ภายในเดือน X" likewise run from the first day of the plan
fiscal year to the end of that quarter / month.  "ทุกเดือน" names no dates: period None.
A measure's tool follows from its indicator (1-5 IIT, 6-8 EIT, 9-10 OIT) when the document
only gives the indicator.  Overall scores are 0.3·mean(IIT) + 0.3·mean(EIT) + 0.4·mean(OIT)
rounded to two decimals; from 2567 the result is ผ่าน / ไม่ผ่าน.
"""

from __future__ import annotations

import datetime as dt

D = dt.date


def fiscal_year(be: int) -> tuple[dt.date, dt.date]:
    """1 October of the year before to 30 September of B.E. fiscal year ``be``."""
    ce = be - 543
    return D(ce - 1, 10, 1), D(ce, 9, 30)


FY2565 = fiscal_year(2565)
FY2567 = fiscal_year(2567)
FY2568 = fiscal_year(2568)

METADATA = {
    # ITA 2564 → plan 2565, grade B.  The full name is in the title block and the signature;
    # the body writes "อบต.บ้านกาศ".  ตำบลบ้านกาศ exists twice in the gazetteer (สูงเม่น,
    # แพร่ = 5404 and แม่สะเรียง, แม่ฮ่องสอน = 5804): the title's second line "อำเภอสูงเม่น
    # จังหวัดแพร่" settles it.  The overall sentence also gives 2563's 71.04 (C), which is not
    # this report's score.
    "abt_bankat_bullets_swot": dict(
        organisation="องค์การบริหารส่วนตำบลบ้านกาศ", org_type="อบต.", district="สูงเม่น",
        district_code="5404", province="แพร่", province_code="54", assessment_year=2564,
        plan_year=2565, overall_score=76.91, grade="B"),
    # ITA 2566 → plan 2567, grade A.  The full name "เทศบาลตำบลพนมทวน" is written once, in the
    # title line together with อำเภอ and จังหวัด; after that the text says only "เทศบาลตำบลฯ".
    # The signature gives the mayor's title "นายกเทศมนตรีตำบลพนมทวน", not the organisation.
    # 2565's 81.02 (B) in the same sentence is the previous year's overall, not this one.
    "tt_phanomthuan_two_column": dict(
        organisation="เทศบาลตำบลพนมทวน", org_type="เทศบาลตำบล", district="พนมทวน",
        district_code="7109", province="กาญจนบุรี", province_code="71", assessment_year=2566,
        plan_year=2567, overall_score=85.33, grade="A"),
    # ITA 2567 → plan 2568, ผ่าน.  An อบจ.: the district is where its office is, written only
    # in the address line at the very end ("ตำบลในเมือง อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก").
    # The overall sentence also gives 2566's 91.02 "ระดับ A"; the grade is this year's ผ่าน.
    "pao_phitsanulok_halves": dict(
        organisation="องค์การบริหารส่วนจังหวัดพิษณุโลก", org_type="อบจ.",
        district="เมืองพิษณุโลก", district_code="6501", province="พิษณุโลก",
        province_code="65", assessment_year=2567, plan_year=2568, overall_score=89.99,
        grade="ผ่าน"),
}

SCORES = {
    # bullet paragraphs "• ตัวชี้วัดที่ N ชื่อ = คะแนน" under three tool headings that carry
    # the tool mean ("คะแนนเฉลี่ย ๘๘.๓๓"); the IIT bullets are one paragraph each, the EIT and
    # OIT bullets are lines of one paragraph.  Indicator 10's bullet ends "(ต่ำที่สุด)".  The
    # formula line "(๘๘.๓๓ × ๐.๓) + …" gives tool means and weights, not indicator scores.
    "abt_bankat_bullets_swot": [94.35, 85.12, 92.10, 88.47, 81.60, 87.25, 80.93, 78.40,
                                72.50, 56.25],
    # the ค่าคะแนน column of ลำดับ | เครื่องมือ | ตัวชี้วัด | ค่าคะแนน | ระดับ (Arabic digits;
    # the tool cell repeats "IIT"/"EIT"/"OIT" on every row and ระดับ is a per-indicator
    # grade letter, not a score)
    "tt_phanomthuan_two_column": [96.12, 88.40, 93.75, 90.06, 86.93, 91.48, 84.22, 83.65,
                                  91.67, 68.75],
    # given twice and the same both times: as "NN.NN%" in the per-tool prose paragraphs (IIT
    # with "ตัวชี้วัดที่ N", EIT and OIT by name only, each after the tool mean) and in the
    # side-by-side table ตัวชี้วัด | คะแนน | ตัวชี้วัด | คะแนน (1-5 left, 6-10 right, Thai
    # digits).  The measures table repeats some scores in brackets "(๘๙.๐๕ คะแนน)".
    "pao_phitsanulok_halves": [95.83, 90.12, 96.40, 92.77, 89.05, 93.60, 88.35, 86.94,
                               95.00, 81.25],
}

SCORE_SOURCE = {
    "abt_bankat_bullets_swot": "text",   # bullet paragraphs, no score table
    "tt_phanomthuan_two_column": "table",
    "pao_phitsanulok_halves": "table",   # the two-halves table; the prose agrees with it
}

PREVIOUS = {
    # none: each report gives the previous year's overall only (2563 71.04 C, 2565 81.02 B,
    # 2566 91.02 A), never per indicator
}

MEASURES = {
    # Table ลำดับ | ชื่อมาตรการ | วัตถุประสงค์ | ตัวชี้วัดความสำเร็จ | หน่วยงานรับผิดชอบ |
    # ระยะเวลาดำเนินการ | งบประมาณ (บาท), cut by a page break with its header repeated.
    # Full-width rows "ตัวชี้วัดที่ N ชื่อ" give the indicator of the rows under them; the tool
    # follows from the indicator.  The measure is the ชื่อมาตรการ cell (the ลำดับ number is its
    # own column).  The ตัวชี้วัดความสำเร็จ column is a success target, not an ITA indicator;
    # item ๘'s target says "ภายในเดือนเมษายน ๒๕๖๕" but its period is the ระยะเวลา cell
    # "เมษายน ๒๕๖๕".  "ทุกเดือน" (item ๒) gives no dates: None.  "ภายในไตรมาสที่ ๒" (item ๕)
    # runs from 1 Oct 2564 to the end of quarter 2 (31 Mar 2565), as "ภายใน <date>" does.
    # "ภายในเดือนกันยายน ๒๕๖๕" (item ๑๐) thus runs to 30 Sep 2565 = the whole fiscal year.
    # "ตลอดปีงบประมาณ ๒๕๖๕" = FY2565.  "ม.ค. – เม.ย. ๖๕": the year written once at the end
    # belongs to both months.  Item ๗'s unit cell is four <p> lines = four units.
    "abt_bankat_bullets_swot": [
        ("IIT", 2, None, ["กองคลัง"], (D(2021, 12, 1), D(2022, 3, 31)),
         "มาตรการเผยแพร่แผนการใช้จ่ายงบประมาณประจำปี"),
        ("IIT", 5, None, ["สำนักปลัด"], None,
         "มาตรการจัดการเรื่องร้องเรียนการทุจริต"),
        ("IIT", 5, None, ["สำนักปลัด"], (D(2022, 1, 1), D(2022, 1, 31)),
         "โครงการอบรมเสริมสร้างคุณธรรม จริยธรรม"),
        ("EIT", 7, None, ["สำนักปลัด"], FY2565,
         "มาตรการเพิ่มช่องทางการประชาสัมพันธ์"),
        ("EIT", 8, None, ["กองช่าง"], (D(2021, 10, 1), D(2022, 3, 31)),
         "มาตรการลดขั้นตอนการขออนุญาตก่อสร้างอาคาร"),
        ("EIT", 8, None, ["สำนักปลัด", "กองช่าง"], (D(2022, 3, 1), D(2022, 5, 31)),
         "มาตรการรับฟังความคิดเห็นของผู้รับบริการ"),
        ("OIT", 9, None, ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม"],
         (D(2022, 1, 1), D(2022, 4, 30)), "มาตรการตรวจสอบและปรับปรุงข้อมูลสาธารณะ"),
        ("OIT", 9, None, ["กองคลัง"], (D(2022, 4, 1), D(2022, 4, 30)),
         "มาตรการเผยแพร่รายงานการกำกับติดตามการใช้จ่ายงบประมาณ"),
        ("OIT", 10, None, ["สำนักปลัด"], (D(2021, 10, 1), D(2021, 12, 31)),
         "มาตรการประเมินความเสี่ยงการทุจริต"),
        ("OIT", 10, None, ["สำนักปลัด"], FY2565,
         "มาตรการรายงานผลการดำเนินการป้องกันการทุจริต"),
    ],
    # Two-column table มาตรการ | รายละเอียด, cut by a page break with its header repeated.
    # Full-width rows "๑. แบบวัด… (IIT)" (second cell empty) give the tool.  The measure is
    # the มาตรการ cell and starts with its number "๑.๑" (same cell, so it is kept here).  The
    # รายละเอียด cell holds <p> lines "ประเด็น …", "วิธีดำเนินการ …", "ผู้รับผิดชอบ …",
    # "ระยะเวลา …" (item ๑.๓ writes "ผู้รับผิดชอบ :" / "ระยะเวลา :" with colons).  The
    # indicator is on the ประเด็น line; item ๒.๒ names it without a number ("ประเด็น
    # การปรับปรุงการทำงาน" = 8).  "ทุกเดือน" (๒.๑): None.  "ภายในไตรมาสที่ ๒" (๑.๓): 1 Oct 2566
    # to 31 Mar 2567.  "ไตรมาสที่ ๑" (๓.๓): Oct-Dec 2566.  "สำนักปลัดเทศบาล และกองคลัง" and
    # "สำนักปลัดเทศบาล, กองช่าง" are two units each.
    "tt_phanomthuan_two_column": [
        ("IIT", 2, None, ["กองคลัง"], (D(2023, 12, 1), D(2024, 3, 31)),
         "๑.๑ มาตรการเผยแพร่แผนการใช้จ่ายงบประมาณ"),
        ("IIT", 4, None, ["กองคลัง"], (D(2023, 11, 1), D(2023, 11, 30)),
         "๑.๒ มาตรการกำกับการยืมและการใช้ทรัพย์สิน"),
        ("IIT", 5, None, ["สำนักปลัดเทศบาล"], (D(2023, 10, 1), D(2024, 3, 31)),
         "๑.๓ มาตรการส่งเสริมการร้องเรียน"),
        ("EIT", 7, None, ["สำนักปลัดเทศบาล"], None,
         "๒.๑ มาตรการประชาสัมพันธ์ข้อมูลข่าวสาร"),
        ("EIT", 8, None, ["สำนักปลัดเทศบาล", "กองช่าง"], (D(2024, 1, 1), D(2024, 6, 30)),
         "๒.๒ มาตรการให้บริการแบบเบ็ดเสร็จ"),
        ("OIT", 9, None, ["ทุกกอง"], (D(2023, 10, 1), D(2024, 4, 30)),
         "๓.๑ มาตรการมอบหมายผู้รับผิดชอบข้อมูลสาธารณะ"),
        ("OIT", 10, None, ["สำนักปลัดเทศบาล"], (D(2024, 4, 1), D(2024, 4, 30)),
         "๓.๒ มาตรการจัดทำรายงานผลการดำเนินการป้องกันการทุจริต"),
        ("OIT", 10, None, ["สำนักปลัดเทศบาล", "กองคลัง"], (D(2023, 10, 1), D(2023, 12, 31)),
         "๓.๓ มาตรการประเมินความเสี่ยงการทุจริต"),
    ],
    # Table ตัวชี้วัด | มาตรการ/แนวทางปฏิบัติ | ผู้รับผิดชอบ | ระยะเวลา, no tool rows: the tool
    # follows from the indicator.  The ตัวชี้วัด cell carries the indicator's score in
    # brackets "(๘๙.๐๕ คะแนน)".  The first row holds TWO measures as <p> lines "๑) …" and
    # "๒) …" in one cell with one unit and one period for both: counted as two measures that
    # share the row's indicator, unit and period (their "๑)" / "๒)" are in the cell and are
    # kept).  Indicator 8 and 10 are written again on each of their rows.  "ทุกเดือน": None.
    # "ธ.ค. ๖๗ – มี.ค. ๖๘" = 1 Dec 2024 – 31 Mar 2025.  "ภายในไตรมาสที่ ๒" = 1 Oct 2024 –
    # 31 Mar 2025.  "ไตรมาสที่ ๑ (ต.ค. – ธ.ค. ๖๗)" = Oct-Dec 2567 (both say the same).
    # "สำนักปลัด อบจ." is one unit (the office and its abbreviated organisation).
    "pao_phitsanulok_halves": [
        ("IIT", 5, None, ["กองการเจ้าหน้าที่"], (D(2024, 12, 1), D(2025, 3, 31)),
         "๑) มาตรการเพิ่มช่องทางร้องเรียนการทุจริต"),
        ("IIT", 5, None, ["กองการเจ้าหน้าที่"], (D(2024, 12, 1), D(2025, 3, 31)),
         "๒) มาตรการแจ้งผลการจัดการเรื่องร้องเรียน"),
        ("EIT", 7, None, ["สำนักปลัด อบจ."], None,
         "มาตรการจัดทำสื่อประชาสัมพันธ์ผลการดำเนินงาน"),
        ("EIT", 8, None, ["กองยุทธศาสตร์และงบประมาณ"], (D(2024, 10, 1), D(2025, 3, 31)),
         "มาตรการรับฟังความคิดเห็นผู้รับบริการ"),
        ("EIT", 8, None, ["กองช่าง"], (D(2025, 1, 1), D(2025, 6, 30)),
         "มาตรการลดระยะเวลาการอนุญาตเชื่อมทาง"),
        ("OIT", 9, None, ["ทุกกอง"], (D(2025, 3, 1), D(2025, 4, 30)),
         "มาตรการตรวจทานข้อมูลสาธารณะบนเว็บไซต์"),
        ("OIT", 10, None, ["สำนักปลัด อบจ.", "หน่วยตรวจสอบภายใน"],
         (D(2024, 10, 1), D(2025, 4, 30)), "มาตรการจัดทำแผนปฏิบัติการป้องกันการทุจริต"),
        ("OIT", 10, None, ["หน่วยตรวจสอบภายใน"], (D(2024, 10, 1), D(2024, 12, 31)),
         "มาตรการประเมินความเสี่ยงการทุจริต"),
    ],
}

NOT_MEASURES = {
    # the SWOT tables (จุดแข็ง | จุดอ่อน, โอกาส | อุปสรรค), whose weaknesses read like the
    # measures' topics, and a score bullet
    "abt_bankat_bullets_swot": [
        "บุคลากรบางส่วนยังไม่ทราบแผนการใช้จ่ายงบประมาณ",
        "บุคลากรยังไม่มั่นใจในกระบวนการจัดการเรื่องร้องเรียน",
        "ช่องทางประชาสัมพันธ์มีน้อย",
        "ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน",
        "ผู้บริหารไม่ใช้อำนาจสั่งการ",
        "ประชาชนในพื้นที่นิยมรับข่าวสารผ่านกลุ่มไลน์และเฟซบุ๊ก",
        "สัญญาณอินเทอร์เน็ตในบางหมู่บ้านยังไม่เสถียร",
        "การเปิดเผยข้อมูล = ๗๒.๕๐",
    ],
    # the staff meeting's recommendations "(๑) … (๓)" and the analysis paragraphs; the score
    # table's overall row
    "tt_phanomthuan_two_column": [
        "ควรเพิ่มจุดประชาสัมพันธ์ในชุมชนที่อยู่ห่างจากสำนักงาน",
        "ควรมีผู้ตรวจทานข้อมูลบนเว็บไซต์ก่อนระบบ ITAS เปิดให้ตอบแบบตรวจ",
        "ควรสรุปผลการเบิกจ่ายงบประมาณให้พนักงานทราบอย่างสม่ำเสมอ",
        "ตัวชี้วัดที่ยังไม่ถึงระดับ A",
        "เกณฑ์ระดับผลการประเมิน",
    ],
    # the analysis paragraph, the per-tool prose, and the follow-up paragraph
    "pao_phitsanulok_halves": [
        "คณะทำงานเห็นว่าแม้ อบจ.พิษณุโลก จะผ่านการประเมิน",
        "เป็นตัวชี้วัดเดียวที่ได้คะแนนต่ำกว่าเกณฑ์ผ่าน",
        "ให้ทุกกองนำมาตรการไปดำเนินการ",
        "หมายเหตุ คะแนนในวงเล็บคือคะแนนตัวชี้วัด",
    ],
}
