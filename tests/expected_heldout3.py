"""What the third held-out set says (tests/fixtures/heldout3), written by hand from the
documents themselves, not from the program's output.  Like tests/expected_heldout.py and
tests/expected_heldout2.py, these reports measure how the pipeline does on layouts and wordings
it was not tuned on (tests/fixtures/heldout3/README.md lists them); do not tune the parsers
against them.  The writer did not read the parsers and did not run the pipeline on them.  The
keys are the file stems and the shapes are those of tests/expected_layouts.py:

- METADATA[key]: the ten report fields;
- SCORES[key]: indicators 1..10 of the assessment year;
- PREVIOUS[key]: (year, scores 1..10) for fixtures whose tables also give another year;
- MEASURES[key]: (tool, indicator_no, issue_code, responsible_units, (start, end) or None,
  the first words of the measure), in document order;
- NOT_MEASURES[key]: texts that are not measures (last year's measures under review, the
  ITA timeline, committee members, NACC recommendations, problem/weakness cells, running
  headers and footers, follow-up paragraphs); no measure's text may be or contain one of them.

Periods: a month is its first to last day; a fiscal year N runs 1 Oct (N-1) to 30 Sep N;
a quarter belongs to the plan year (quarter 1 = Oct-Dec, 2 = Jan-Mar, 3 = Apr-Jun,
4 = Jul-Sep) and a quarter range runs from the first quarter's first day to the last
quarter's last day; "ภายใน <day month year>" runs from the first day of the plan fiscal year
to that day, and "ภายในเดือน X" likewise runs from the first day of the plan fiscal year to the
end of that month.  "ทุกเดือน" / "ทุกไตรมาส" name no dates: period None.  A measure's tool
follows from its indicator (1-5 IIT, 6-8 EIT, 9-10 OIT) when the document only gives the
indicator.  Overall scores are 0.3·mean(IIT) + 0.3·mean(EIT) + 0.4·mean(OIT) rounded to two
decimals; from 2567 the result is ผ่าน / ไม่ผ่าน, before that a grade letter (AA, A, B, …).
"""

from __future__ import annotations

import datetime as dt

D = dt.date


def fiscal_year(be: int) -> tuple[dt.date, dt.date]:
    """1 October of the year before to 30 September of B.E. fiscal year ``be``."""
    ce = be - 543
    return D(ce - 1, 10, 1), D(ce, 9, 30)


FY2567 = fiscal_year(2567)
FY2568 = fiscal_year(2568)
FY2569 = fiscal_year(2569)

METADATA = {
    # ITA 2566 → plan 2567, grade A.  Full name, อำเภอ and จังหวัด in the title block; the
    # running header on every page repeats "ITA ปีงบประมาณ ๒๕๖๖ : เทศบาลเมืองยโสธร".  The
    # overall sentence and the table's last row also give 2565's 79.83 (B): the previous
    # year, not this report's score.
    "tm_yasothon_year_groups": dict(
        organisation="เทศบาลเมืองยโสธร", org_type="เทศบาลเมือง", district="เมืองยโสธร",
        district_code="3501", province="ยโสธร", province_code="35", assessment_year=2566,
        plan_year=2567, overall_score=86.16, grade="A"),
    # ITA 2565 → plan 2566, grade AA (95.90 ≥ 95).  The title's first line reads
    # "ที่ทำการองค์การบริหารส่วนตำบลแม่สลองนอก" (the office, not the organisation's name); the
    # body writes only "อบต.แม่สลองนอก"; the signature gives the full name after "นาย…".
    # The years are Arabic in the title ("ITA 2565", "ปีงบประมาณ 2566"), Thai elsewhere.
    # The same overall sentence holds the tool means 97.22 / 94.95 / 95.63 and the AA band
    # "๙๕.๐๐ – ๑๐๐".
    "abt_maesalongnok_labelled_blocks": dict(
        organisation="องค์การบริหารส่วนตำบลแม่สลองนอก", org_type="อบต.", district="แม่ฟ้าหลวง",
        district_code="5715", province="เชียงราย", province_code="57", assessment_year=2565,
        plan_year=2566, overall_score=95.90, grade="AA"),
    # ITA 2567 → plan 2568, ผ่าน.  The title gives only "เทศบาลนครสกลนคร"; the district and
    # province are only in the first sentence of section ๑ ("ตั้งอยู่ที่ตำบลธาตุเชิงชุม
    # อำเภอเมืองสกลนคร จังหวัดสกลนคร").  2566's 82.41 "ระดับ B" in the overall sentence is the
    # previous year.  The overall row puts 85.94 in the tool-mean column.
    "tn_sakon_cell_lines": dict(
        organisation="เทศบาลนครสกลนคร", org_type="เทศบาลนคร", district="เมืองสกลนคร",
        district_code="4701", province="สกลนคร", province_code="47", assessment_year=2567,
        plan_year=2568, overall_score=85.94, grade="ผ่าน"),
    # ITA 2568 → plan 2569, ไม่ผ่าน.  Arabic digits throughout.  An อบจ.: its district is
    # where its office is, written once in the meeting sentence of section 1 ("ตำบลท่าพี่เลี้ยง
    # อำเภอเมืองสุพรรณบุรี จังหวัดสุพรรณบุรี").  2567's 86.40 "(ผ่าน)" is the previous year.
    "pao_suphanburi_quarter_ticks": dict(
        organisation="องค์การบริหารส่วนจังหวัดสุพรรณบุรี", org_type="อบจ.",
        district="เมืองสุพรรณบุรี", district_code="7201", province="สุพรรณบุรี",
        province_code="72", assessment_year=2568, plan_year=2569, overall_score=77.89,
        grade="ไม่ผ่าน"),
}

SCORES = {
    # the "ปี 2566 / คะแนน" column of a table with a two-row header: ปี 2565 and ปี 2566 each
    # span คะแนน | ระดับ, then ผลต่าง | เพิ่มขึ้น/ลดลง.  Arabic digits.  ผลต่าง is unsigned
    # (indicator 3 fell by 0.56, shown as "0.56" + "ลดลง").  The "ค่าเฉลี่ย IIT/EIT/OIT" rows
    # are tool means, not indicators.
    "tm_yasothon_year_groups": [94.87, 88.16, 92.54, 90.23, 86.71, 91.05, 85.38, 84.67,
                                89.50, 75.00],
    # one paragraph per indicator "N) ตัวชี้วัดที่ K ชื่อ ได้คะแนน X …"; the "N)" numbering
    # restarts under each tool heading (EIT's "๑)" is indicator 6, OIT's "๑)" is 9), so the
    # indicator is the "ตัวชี้วัดที่ K".  The paragraphs also hold sub-question scores
    # ("ข้อ i1 ได้ ๑๐๐ คะแนน", "ข้อ i7 … ๘๙.๒๙", "ข้อ e15 ได้ ๙๑.๐๗") and a percentage of
    # respondents ("ร้อยละ ๑๐.๗๑"): none is an indicator score.  Indicator 3 reads "มีคะแนน
    # ๙๘.๘๐"; indicator 4 has the typo "ได้คะเเนน ๙๗.๓๕" (two เ for แ).
    "abt_maesalongnok_labelled_blocks": [98.45, 96.12, 98.80, 97.35, 95.40, 96.88, 94.21,
                                         93.75, 97.50, 93.75],
    # one row per tool: the ตัวชี้วัด cell holds the tool's indicators as <p> lines "(๑) …",
    # the ค่าคะแนน cell holds their scores as <p> lines in the same order; the last column is
    # the tool mean.  Indicator 2 is spelt "การใช้งบประมาน".
    "tn_sakon_cell_lines": [91.62, 86.04, 93.18, 88.75, 84.30, 89.97, 85.12, 83.46, 86.00,
                            81.25],
    # the ค่าคะแนน column ("88.21 คะแนน") of the analysis table เครื่องมือ | ตัวชี้วัด |
    # ค่าคะแนน | จุดแข็ง | จุดที่ต้องพัฒนา; the tool is written only on the first row of each
    # group; indicator 1 is spelt "การปฎิบัติหน้าที่"; "ไม่ครบ 12 เดือน" and "รอบ 6 เดือน" in
    # the weakness cells are not scores.
    "pao_suphanburi_quarter_ticks": [88.21, 81.47, 90.36, 85.92, 79.14, 86.33, 80.65, 78.90,
                                     76.50, 62.50],
}

SCORE_SOURCE = {
    "tm_yasothon_year_groups": "table",
    "abt_maesalongnok_labelled_blocks": "text",   # indicator paragraphs, no score table
    "tn_sakon_cell_lines": "table",
    "pao_suphanburi_quarter_ticks": "table",
}

PREVIOUS = {
    # the "ปี 2565 / คะแนน" column, which comes first; its grade column (A/B/D) is not a score
    "tm_yasothon_year_groups": (2565, [92.30, 84.95, 93.10, 88.40, 80.25, 89.76, 83.10,
                                       80.52, 78.25, 62.50]),
    # the other three give only the previous year's overall (none per indicator)
}

MEASURES = {
    # Table ประเด็นการประเมิน | ข้อบกพร่อง | มาตรการ/แนวทางการแก้ไข | ขั้นตอน/วิธีการ |
    # ผู้รับผิดชอบ | ระยะเวลาดำเนินการ | การติดตามผล.  The measure is the มาตรการ/แนวทาง
    # การแก้ไข cell.  The ประเด็นการประเมิน cell names the indicator by name only, with the tool
    # in brackets: "การใช้งบประมาณ (IIT)" = 2; "การแก้ไขปัญหาทุจริต (IIT)" (without การ before
    # ทุจริต) = 5; "ประสิทธิภาพการสือสาร (EIT)" (typo for สื่อสาร) = 7.  The table is cut by a
    # page break after row 4; page 4 opens with the running header line and continues the
    # rows WITHOUT repeating the column header.  The การติดตามผล column is follow-up, not the
    # period: row 2's "รายงานผลภายใน ๓๐ เมษายน ๒๕๖๗" does not change its period (1 Jan – 31 Mar
    # 2567), and "ทุกไตรมาส" / "ทุกเดือน" there are not periods either.  Row 4's "ตลอด
    # ปีงบประมาณ" has no year: the plan year 2567.  "ไตรมาสที่ ๒ – ๓" = Jan-Jun 2024.
    # "ก.พ. – เม.ย. ๖๗": the year written once belongs to both months.  "ภายใน ๑๕ เมษายน
    # ๒๕๖๗" runs from 1 Oct 2023.  "งานนิติการ สำนักปลัดเทศบาล" is one unit (a section and its
    # office); "สำนักปลัดเทศบาล, กองวิชาการและแผนงาน" and "หน่วยตรวจสอบภายใน และกองคลัง" are
    # two units each.  The section ๔ table of 2566's measures with ผลการดำเนินงาน has the same
    # kind of columns (ประเด็นการประเมิน, มาตรการ, ผู้รับผิดชอบ, ระยะเวลา): not this plan.
    "tm_yasothon_year_groups": [
        ("IIT", 2, None, ["กองคลัง"], (D(2023, 10, 1), D(2023, 12, 31)),
         "มาตรการเปิดเผยแผนการใช้จ่ายงบประมาณประจำปีให้บุคลากร"),
        ("IIT", 5, None, ["งานนิติการ สำนักปลัดเทศบาล"], (D(2024, 1, 1), D(2024, 3, 31)),
         "มาตรการคุ้มครองผู้แจ้งเบาะแสการทุจริตและประพฤติมิชอบ"),
        ("IIT", 5, None, ["กองการเจ้าหน้าที่"], (D(2024, 6, 1), D(2024, 6, 30)),
         "โครงการอบรมคุณธรรมจริยธรรมสำหรับผู้บริหาร"),
        ("EIT", 7, None, ["กองวิชาการและแผนงาน"], FY2567,
         "มาตรการประชาสัมพันธ์ข้อมูลข่าวสารผ่านสื่อออนไลน์"),
        ("EIT", 8, None, ["กองช่าง"], (D(2024, 1, 1), D(2024, 6, 30)),
         "มาตรการลดขั้นตอนและระยะเวลาการขออนุญาตก่อสร้างอาคาร"),
        ("OIT", 9, None, ["สำนักปลัดเทศบาล", "กองวิชาการและแผนงาน"],
         (D(2024, 2, 1), D(2024, 4, 30)),
         "มาตรการกำหนดผู้รับผิดชอบและตรวจสอบความครบถ้วนของข้อมูลสาธารณะ"),
        ("OIT", 10, None, ["สำนักปลัดเทศบาล"], (D(2023, 10, 1), D(2024, 4, 15)),
         "มาตรการจัดทำและเผยแพร่รายงานผลการดำเนินการตามแผน"),
        ("OIT", 10, None, ["หน่วยตรวจสอบภายใน", "กองคลัง"], (D(2023, 11, 1), D(2023, 11, 30)),
         "มาตรการประเมินความเสี่ยงการทุจริตในกระบวนงานจัดซื้อจัดจ้าง"),
    ],
    # Labelled blocks under indicator headings "ตัวชี้วัดที่ N ชื่อ": each block is the
    # paragraphs "มาตรการ : …", "แนวทางปฏิบัติ : …" (missing in the indicator-9 block),
    # "ผู้รับผิดชอบ : …" (indicator 9 writes "ผู้รับผิดชอบ:" with no space) and "ห้วงเวลา : …".
    # The measure is the text AFTER the label "มาตรการ : " (the label is not part of it; the
    # first words below start after it).  Indicator 8's heading has two blocks: two measures,
    # both indicator 8.  The heading gives the indicator; the tool follows from it.  The plan
    # year is 2566 (title "ปีงบประมาณ 2566", section ๖ "ประจำปีงบประมาณ ๒๕๖๖").
    # "ภายในเดือนธันวาคม ๒๕๖๕" = 1 Oct – 31 Dec 2565; "ไตรมาสที่ ๓" = Apr-Jun 2566;
    # "ทุกไตรมาส" = None; "มี.ค. – เม.ย. ๒๕๖๖" = 1 Mar – 30 Apr 2566; "ตุลาคม – พฤศจิกายน
    # ๒๕๖๕" (the year written once belongs to both months) and "ธันวาคม ๒๕๖๕ – กุมภาพันธ์
    # ๒๕๖๖" (crosses the calendar year) are plain month ranges.  "สำนักปลัด และกองช่าง"
    # is two units.  The committee list (section ๒: "๓. ผู้อำนวยการกองคลัง คณะทำงาน") and the
    # "- …" list of things to keep (section ๕) are not measures.
    "abt_maesalongnok_labelled_blocks": [
        ("IIT", 2, None, ["กองคลัง"], (D(2022, 10, 1), D(2022, 11, 30)),
         "ประชุมชี้แจงแผนการใช้จ่ายงบประมาณประจำปีให้พนักงาน"),
        ("IIT", 5, None, ["สำนักปลัด"], (D(2022, 10, 1), D(2022, 12, 31)),
         "ประกาศเจตจำนงสุจริตของผู้บริหารและเผยแพร่ต่อสาธารณะ"),
        ("EIT", 7, None, ["สำนักปลัด"], (D(2022, 12, 1), D(2023, 2, 28)),
         "เพิ่มการประชาสัมพันธ์เป็นภาษาท้องถิ่นผ่านหอกระจายข่าว"),
        ("EIT", 8, None, ["สำนักปลัด", "กองช่าง"], (D(2023, 4, 1), D(2023, 6, 30)),
         "พัฒนาระบบรับคำร้องออนไลน์ผ่าน LINE Official Account"),
        ("EIT", 8, None, ["สำนักปลัด"], None,
         "สำรวจความพึงพอใจผู้รับบริการและนำผลมาปรับปรุง"),
        ("OIT", 9, None, ["ทุกส่วนราชการ"], (D(2023, 3, 1), D(2023, 4, 30)),
         "ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบันโดยกำหนดผู้รับผิดชอบ"),
        ("OIT", 10, None, ["สำนักปลัด"], (D(2022, 10, 1), D(2023, 3, 31)),
         "จัดทำแผนปฏิบัติการป้องกันการทุจริตและรายงานผล"),
    ],
    # Numbered paragraphs "๑. …" … "๘. …" (numbering continuous) under headings "ประเด็นที่ N
    # ชื่อ (ตัวชี้วัดที่ K)": the ประเด็นที่ number is NOT the indicator (ประเด็นที่ ๑ is
    # indicator 2, ประเด็นที่ ๖ is indicator 10); the bracket is.  The unit and the time come
    # in a trailing clause of the same paragraph: "โดยมอบหมายให้ <unit> ดำเนินการ <time>"
    # (items ๑, ๒, ๔–๘) or "ทั้งนี้ ให้ <unit> เป็นผู้รับผิดชอบ ดำเนินการในช่วง <time>" (item
    # ๓).  The measure text is the paragraph and keeps its "๑." number (as heldout2 keeps
    # "๑.๑" / "๑)").  Item ๑ says "ประจำปี พ.ศ. ๒๕๖๘" inside the measure (the budget's year,
    # not its period); item ๒ says "ทุกไตรมาส" inside the measure (not a period: its period
    # is "ภายในเดือนมีนาคม ๒๕๖๘").  "ไตรมาสที่ ๑ ของปีงบประมาณ พ.ศ. ๒๕๖๘" = Oct-Dec 2567.
    # "งานนิติการ สำนักปลัดเทศบาล" and "ฝ่ายประชาสัมพันธ์ สำนักปลัดเทศบาล" are one unit each
    # (a section and its office); "สำนักการช่าง และกองการประปา" is two.  The ITA timeline
    # table (section ๔: ขั้นตอน | ห้วงเวลา | ผู้ดำเนินการ) has units and periods but is not
    # a measure list.
    "tn_sakon_cell_lines": [
        ("IIT", 2, None, ["สำนักการคลัง"], (D(2024, 10, 1), D(2024, 12, 31)),
         "๑. จัดทำสรุปแผนการใช้จ่ายงบประมาณรายจ่ายประจำปี"),
        ("IIT", 5, None, ["งานนิติการ สำนักปลัดเทศบาล"], (D(2024, 10, 1), D(2025, 3, 31)),
         "๒. ทบทวนคู่มือการจัดการเรื่องร้องเรียนการทุจริต"),
        ("IIT", 5, None, ["กองการเจ้าหน้าที่"], (D(2025, 2, 1), D(2025, 4, 30)),
         "๓. จัดกิจกรรม “สกลนครโปร่งใส ไม่ทนต่อการทุจริต”"),
        ("EIT", 7, None, ["ฝ่ายประชาสัมพันธ์ สำนักปลัดเทศบาล"], FY2568,
         "๔. เผยแพร่ข้อมูลขั้นตอนและระยะเวลาการให้บริการ"),
        ("EIT", 8, None, ["สำนักการช่าง", "กองการประปา"], (D(2025, 1, 1), D(2025, 6, 30)),
         "๕. พัฒนาระบบยื่นคำขออนุญาตก่อสร้างอาคาร"),
        ("OIT", 9, None, ["ทุกสำนัก/กอง"], (D(2024, 10, 1), D(2025, 4, 30)),
         "๖. ออกคำสั่งมอบหมายผู้รับผิดชอบข้อมูลสาธารณะรายข้อ"),
        ("OIT", 10, None, ["หน่วยตรวจสอบภายใน"], (D(2024, 10, 1), D(2024, 12, 31)),
         "๗. ประเมินความเสี่ยงการทุจริตในกระบวนงานจัดซื้อจัดจ้าง"),
        ("OIT", 10, None, ["สำนักปลัดเทศบาล"], (D(2024, 10, 1), D(2025, 4, 30)),
         "๘. จัดทำรายงานผลการดำเนินการตามแผนป้องกันการทุจริต"),
    ],
    # Quarter-tick table: ที่ | ประเด็นการประเมิน | มาตรการ/แนวทางการแก้ไข | ผู้รับผิดชอบ and
    # four quarter columns under a two-row header ("ระยะเวลาดำเนินการ ปีงบประมาณ พ.ศ. 2569"
    # over "ไตรมาส 1 (ต.ค.–ธ.ค. 68)" … "ไตรมาส 4 (ก.ค.–ก.ย. 69)"), marked "✓".  The table is
    # cut by a page break after row 5 (with the page footer in between) and both header rows
    # are repeated.  The period runs from the first ticked quarter's first day to the last
    # ticked quarter's last day; all four = FY2569.  Row 8 ticks only quarters 2 and 4 (the 6-
    # and 12-month reports): taken, like tn_trang_gantt's split months, as January to
    # September 2569.  Row 3's ประเด็น cell is a ditto mark "〃": same as row 2 (indicator 5).
    # Row 2's "ภายใน 30 วัน" is part of the measure, not a period.  The ที่ number is its own
    # column, not part of the measure.  Row 6's unit cell has two <p> lines = two units.
    # "สำนักปลัดองค์การบริหารส่วนจังหวัด" is one unit.
    "pao_suphanburi_quarter_ticks": [
        ("IIT", 2, None, ["กองคลัง"], FY2569,
         "มาตรการเปิดเผยข้อมูลการเบิกจ่ายงบประมาณรายไตรมาส"),
        ("IIT", 5, None, ["สำนักปลัดองค์การบริหารส่วนจังหวัด"],
         (D(2025, 10, 1), D(2026, 3, 31)), "มาตรการจัดการเรื่องร้องเรียนการทุจริตให้แล้วเสร็จ"),
        ("IIT", 5, None, ["กองการเจ้าหน้าที่"], (D(2026, 4, 1), D(2026, 6, 30)),
         "โครงการเสริมสร้างคุณธรรม จริยธรรม และวินัยแก่บุคลากร"),
        ("EIT", 7, None, ["กองยุทธศาสตร์และงบประมาณ"], (D(2026, 1, 1), D(2026, 9, 30)),
         "มาตรการเผยแพร่ผลการดำเนินงานผ่านสื่อสังคมออนไลน์"),
        ("EIT", 8, None, ["กองช่าง"], (D(2026, 1, 1), D(2026, 6, 30)),
         "มาตรการลดระยะเวลาการอนุญาตเชื่อมทางสาธารณะ"),
        ("OIT", 9, None, ["สำนักปลัดองค์การบริหารส่วนจังหวัด", "กองยุทธศาสตร์และงบประมาณ"],
         (D(2025, 10, 1), D(2026, 3, 31)), "มาตรการแต่งตั้งคณะทำงานตรวจทานข้อมูลสาธารณะ"),
        ("OIT", 10, None, ["หน่วยตรวจสอบภายใน"], (D(2025, 10, 1), D(2025, 12, 31)),
         "มาตรการประเมินความเสี่ยงการทุจริตและผลประโยชน์ทับซ้อน"),
        ("OIT", 10, None, ["สำนักปลัดองค์การบริหารส่วนจังหวัด"],
         (D(2026, 1, 1), D(2026, 9, 30)), "มาตรการรายงานผลการดำเนินการตามแผนปฏิบัติการ"),
    ],
}

NOT_MEASURES = {
    # last year's (2566) measures with their results, in a table whose columns look like the
    # measures table's; two ข้อบกพร่อง cells; the running page header; the closing paragraph
    "tm_yasothon_year_groups": [
        "มาตรการประชุมชี้แจงการใช้จ่ายงบประมาณแก่พนักงานเทศบาล",
        "มาตรการเผยแพร่ช่องทางร้องเรียนการทุจริตทางเว็บไซต์และเฟซบุ๊ก",
        "มาตรการให้บริการรับชำระภาษีนอกเวลาราชการ",
        "มาตรการจัดทำแผนปฏิบัติการป้องกันการทุจริตประจำปี",
        "อยู่ระหว่างดำเนินการ",
        "บุคลากรบางส่วนไม่ทราบแผนการใช้จ่ายงบประมาณและผลการเบิกจ่าย",
        "การขออนุญาตก่อสร้างอาคารใช้เวลานาน",
        "รายงานการวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ ๒๕๖๖",
        "ให้ทุกกองรายงานผลการดำเนินงานตามมาตรการต่อสำนักปลัดเทศบาล",
    ],
    # the committee list, the list of things to keep, an analysis paragraph, the closing
    "abt_maesalongnok_labelled_blocks": [
        "ผู้อำนวยการกองคลัง คณะทำงาน",
        "ประธานคณะทำงาน",
        "คณะทำงานและเลขานุการ",
        "การปฏิบัติงานของเจ้าหน้าที่ที่เป็นไปตามขั้นตอนและไม่เลือกปฏิบัติ",
        "การใช้อำนาจของผู้บังคับบัญชาอย่างเป็นธรรม",
        "การเผยแพร่ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์ของ อบต.",
        "ผู้รับบริการบางส่วนเป็นกลุ่มชาติพันธุ์ที่ไม่ถนัดภาษาไทย",
        "ให้สำนักปลัดติดตามผลการดำเนินงานตามมาตรการข้างต้น",
    ],
    # the NACC recommendations from ITAS ("• หน่วยงานควร…"), the ITA 2568 timeline rows,
    # a ประเด็น heading, the analysis and follow-up paragraphs
    "tn_sakon_cell_lines": [
        "หน่วยงานควรเปิดเผยผลการดำเนินการเรื่องร้องเรียนการทุจริตให้สาธารณชนทราบ",
        "หน่วยงานควรพัฒนาการให้บริการผ่านระบบออนไลน์ให้สะดวกและรวดเร็วยิ่งขึ้น",
        "หน่วยงานควรจัดทำรายงานการประเมินความเสี่ยงการทุจริตให้ครบถ้วนตามหลักเกณฑ์",
        "ประชุมชี้แจงแนวทางการประเมินแก่ผู้ประสานงานหน่วยงาน",
        "เก็บข้อมูลแบบวัด IIT และ EIT ผ่านระบบ ITAS",
        "ตอบแบบตรวจ OIT และแนบ URL ข้อมูลสาธารณะ",
        "ประเด็นที่ ๔ การปรับปรุงการทำงาน",
        "ตัวชี้วัดที่ได้ ๘๕ คะแนนขึ้นไปมีจำนวน",
        "ให้สำนักปลัดเทศบาลรวบรวมผลการดำเนินงานตามข้อ",
    ],
    # the จุดที่ต้องพัฒนา cells of the score table, the problems list, the follow-up
    # paragraph, the page footer and the quarter header
    "pao_suphanburi_quarter_ticks": [
        "บุคลากรไม่ทราบแผนการใช้จ่ายงบประมาณประจำปี",
        "บุคลากรไม่มั่นใจในการจัดการเรื่องร้องเรียน",
        "ข้อมูลผลงานเผยแพร่ไม่สม่ำเสมอ",
        "การอนุญาตเชื่อมทางใช้เวลานาน",
        "ผู้รับผิดชอบข้อมูลสาธารณะมีการโยกย้าย",
        "ระบบ e-GP ขัดข้องในช่วงเดือนมีนาคม 2568",
        "ให้ทุกกองรายงานความก้าวหน้าการดำเนินงานตามมาตรการ",
        "อบจ.สุพรรณบุรี : รายงานการวิเคราะห์ผล ITA 2568",
        "ระยะเวลาดำเนินการ ปีงบประมาณ พ.ศ. 2569",
    ],
}
