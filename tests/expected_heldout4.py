"""What the fourth held-out set says (tests/fixtures/heldout4), written by hand from the
documents themselves, not from the program's output.  Like tests/expected_heldout.py,
tests/expected_heldout2.py and tests/expected_heldout3.py, these reports measure how the
pipeline does on layouts and wordings it was not tuned on (tests/fixtures/heldout4/README.md
lists them); do not tune the parsers against them.  The writer did not read the parsers and did
not run the pipeline on them.  The keys are the file stems and the shapes are those of
tests/expected_layouts.py:

- METADATA[key]: the ten report fields;
- SCORES[key]: indicators 1..10 of the assessment year;
- PREVIOUS[key]: (year, scores 1..10) for fixtures whose tables also give another year;
- MEASURES[key]: (tool, indicator_no, issue_code, responsible_units, (start, end) or None,
  the first words of the measure), in document order;
- NOT_MEASURES[key]: texts that are not measures (NACC recommendations, approval remarks
  and other "เห็นควร…" sentences that propose no measure, OIT checklist items, IIT/EIT question
  items, budget rows, last year's measures under review, method and problem cells, follow-up
  paragraphs, signature positions, page footers); no measure's text may be or contain one of
  them.

Periods: a month is its first to last day; a fiscal year N runs 1 Oct (N-1) to 30 Sep N;
a quarter belongs to the plan year (quarter 1 = Oct-Dec, 2 = Jan-Mar, 3 = Apr-Jun,
4 = Jul-Sep) and a quarter range runs from the first quarter's first day to the last
quarter's last day; "ภายใน <day month year>" runs from the first day of the plan fiscal year
to that day, "ภายในเดือน X" to the end of that month, and "ภายในไตรมาสที่ N" to the end of
that quarter.  "ทุกเดือน" / "ทุกไตรมาส" / "อย่างต่อเนื่อง" name no dates: period None.  A
measure's tool follows from its indicator (1-5 IIT, 6-8 EIT, 9-10 OIT) when the document only
gives the indicator.  Overall scores are 0.3·mean(IIT) + 0.3·mean(EIT) + 0.4·mean(OIT)
rounded to two decimals; from 2567 the result is ผ่าน / ไม่ผ่าน, before that a grade letter
(AA, A, B, …).  The measure text is what follows any label; an item number that belongs to
the item ("๓.๑", "7.2") is kept.
"""

from __future__ import annotations

import datetime as dt

D = dt.date


def fiscal_year(be: int) -> tuple[dt.date, dt.date]:
    """1 October of the year before to 30 September of B.E. fiscal year ``be``."""
    ce = be - 543
    return D(ce - 1, 10, 1), D(ce, 9, 30)


FY2565 = fiscal_year(2565)
FY2566 = fiscal_year(2566)
FY2567 = fiscal_year(2567)
FY2568 = fiscal_year(2568)

METADATA = {
    # ITA 2565 → plan 2566, grade A (86.81).  A memo (บันทึกข้อความ) to the mayor.  The plan
    # year is NEVER written as a year: the subject line says "ข้อเสนอมาตรการสำหรับปีงบประมาณ
    # ถัดไป" and the measures say "ในปีงบประมาณถัดไป" / "ตลอดปีงบประมาณถัดไป", so the plan year is
    # the assessment year + 1.  (Some periods carry 2565/2566 dates, which agree with this.)
    # The full name, อำเภอ and จังหวัด are only in the "ส่วนราชการ" line ("งานนิติการ
    # สำนักปลัดเทศบาล เทศบาลตำบลบ้านโฮ่ง อำเภอบ้านโฮ่ง จังหวัดลำพูน"); the body writes "ทต.บ้านโฮ่ง";
    # the signatures say "ปลัดเทศบาลตำบลบ้านโฮ่ง" / "นายกเทศมนตรีตำบลบ้านโฮ่ง".  The same
    # overall sentence gives 2564's "๘๐.๑๒ คะแนน ระดับ B" (previous year).  The memo date
    # "๑๘ ตุลาคม ๒๕๖๕" already falls in fiscal 2566.
    "tt_banhong_memo_next_year": dict(
        organisation="เทศบาลตำบลบ้านโฮ่ง", org_type="เทศบาลตำบล", district="บ้านโฮ่ง",
        district_code="5103", province="ลำพูน", province_code="51", assessment_year=2565,
        plan_year=2566, overall_score=86.81, grade="A"),
    # ITA 2567 → plan 2568, ผ่าน.  Title block gives "องค์การบริหารส่วนตำบลหนองสาหร่าย
    # อำเภอปากช่อง จังหวัดนครราชสีมา".  ตำบลหนองสาหร่าย also exists in พนมทวน (กาญจนบุรี) and
    # ดอนเจดีย์ (สุพรรณบุรี); the title's อำเภอปากช่อง decides.  The overall row of the score
    # table reads "คะแนนรวม ITA | 100 | 87.72 | ดี | ✓ ผ่าน": "ดี" is the per-indicator band
    # word of the legend, not a grade; the grade is ผ่าน.
    "abt_nongsarai_indicator_cells": dict(
        organisation="องค์การบริหารส่วนตำบลหนองสาหร่าย", org_type="อบต.", district="ปากช่อง",
        district_code="3021", province="นครราชสีมา", province_code="30", assessment_year=2567,
        plan_year=2568, overall_score=87.72, grade="ผ่าน"),
    # ITA 2566 → plan 2567, grade B (82.34).  The title gives only "เทศบาลเมืองหล่มสัก"; the
    # district and province are in the first sentence of section ๑ ("เทศบาลเมืองหล่มสัก
    # อำเภอหล่มสัก จังหวัดเพชรบูรณ์").  "ค่าเป้าหมาย … ๘๕ คะแนน" is a target, not a score.
    "tm_lomsak_drive_table": dict(
        organisation="เทศบาลเมืองหล่มสัก", org_type="เทศบาลเมือง", district="หล่มสัก",
        district_code="6703", province="เพชรบูรณ์", province_code="67", assessment_year=2566,
        plan_year=2567, overall_score=82.34, grade="B"),
    # ITA 2564 → plan 2565, grade A (85.55).  An อบจ.: its district is where its office is,
    # given only in the address line at the end ("ตำบลสระแก้ว อำเภอเมืองสระแก้ว จังหวัด
    # สระแก้ว ๒๗๐๐๐").  The summary sentence also gives 2563's "๗๘.๙๐ คะแนน ระดับ B"
    # (previous year).  The prose says indicator 1 reached "ระดับ AA": an indicator's band, not
    # the report's grade.
    "pao_sakaeo_calendar": dict(
        organisation="องค์การบริหารส่วนจังหวัดสระแก้ว", org_type="อบจ.",
        district="เมืองสระแก้ว", district_code="2701", province="สระแก้ว",
        province_code="27", assessment_year=2564, plan_year=2565, overall_score=85.55,
        grade="A"),
}

SCORES = {
    # Prose only (section ๒ of the memo): one sentence per tool listing its indicators by name
    # with the score in brackets, "การปฏิบัติหน้าที่ (๙๔.๑๒) การใช้งบประมาณ (๘๖.๔๐) …", no
    # indicator numbers.  Each sentence starts with the tool mean ("ได้คะแนนเฉลี่ย ๘๘.๕๙
    # คะแนน", ๘๕.๑๒, ๘๖.๗๕): not indicators.  Indicator 7 is misspelt "ประสิทธภาพการสื่อสาร".
    # ๒.๕ repeats names without scores and the threshold "ต่ำกว่า ๘๕ คะแนน".
    "tt_banhong_memo_next_year": [94.12, 86.40, 91.05, 88.73, 82.66, 90.18, 83.27, 81.90,
                                  92.00, 81.50],
    # the คะแนนที่ได้ column of ตัวชี้วัด | คะแนนเต็ม | คะแนนที่ได้ | ระดับ | ผ่าน/ไม่ผ่านเกณฑ์ 85
    # (Arabic digits).  คะแนนเต็ม is "100" on every row (not a score).  Rows are "(1) …" …
    # "(10) …" under full-width tool rows "แบบวัด… (IIT) น้ำหนักร้อยละ 30".  Indicator 8's name
    # has a converter slip: "การปรับปรุงการทํางาน" with the decomposed sara am (U+0E4D U+0E32).
    # The legend under the table ("ดีเยี่ยม = ๙๕.๐๐ – ๑๐๐ …") holds band limits, not scores.
    "abt_nongsarai_indicator_cells": [96.40, 91.25, 95.88, 93.10, 88.02, 89.45, 84.30, 83.12,
                                      90.78, 80.00],
    # a numbered list, one paragraph per indicator, "1. การปฏิบัติหน้าที่ 92.15 คะแนน" (Arabic
    # digits, continuous 1-10, no word ตัวชี้วัด), under tool lines "แบบวัด IIT (ค่าเฉลี่ย
    # 89.15 คะแนน)": the tool means are not indicators.  Item 4 has no space before คะแนน
    # ("89.47คะแนน").
    "tm_lomsak_drive_table": [92.15, 84.31, 93.60, 89.47, 86.20, 88.95, 82.74, 85.06, 79.62,
                              70.00],
    # a table with the indicators as COLUMNS: header row 1 groups them by tool ("IIT" over 5
    # columns, "EIT" over 3, "OIT" over 2, then คะแนนรวม | ระดับ, merged cells written once
    # then empty), header row 2 "ตัวชี้วัดที่ | 1 | 2 | … | 10", one score row "คะแนน | 95.12 |
    # … | 77.50 | 85.55 | A", then a "ค่าเฉลี่ยรายเครื่องมือ" row with the tool means (91.27,
    # 86.40, 80.63) in the first column of each group: NOT indicators 1, 6 and 9.  The names are
    # only in a legend paragraph.  Section ๒'s question-item table (i7 72.58, i9 76.14, i27
    # 80.65, e9 79.88, e13 81.20) gives sub-question scores, not indicators.
    "pao_sakaeo_calendar": [95.12, 88.76, 93.40, 92.05, 87.02, 87.91, 85.33, 85.96, 83.76,
                            77.50],
}

SCORE_SOURCE = {
    "tt_banhong_memo_next_year": "text",       # bracketed scores in prose sentences
    "abt_nongsarai_indicator_cells": "table",
    "tm_lomsak_drive_table": "text",           # numbered list paragraphs, no table
    "pao_sakaeo_calendar": "table",
}

PREVIOUS = {
    # none: tt_banhong (2564 80.12 B) and pao_sakaeo (2563 78.90 B) give the previous year's
    # overall only, never per indicator; the other two give no previous year
}

MEASURES = {
    # Memo section ๓ "ข้อพิจารณา": numbered paragraphs "๓.๑ เห็นควร…" … "๓.๘ เห็นควร…"
    # (numbering continuous) under short headings "ก) ด้านการใช้งบประมาณ (ตัวชี้วัดที่ ๒)" …
    # "จ) ด้านการป้องกันการทุจริต (ตัวชี้วัดที่ ๑๐)"; heading ค) "ด้านประสิทธิภาพการสื่อสาร" has
    # no number: indicator 7 by name.  Each paragraph is one measure; its text keeps "๓.N" and
    # "เห็นควร" (the proposal's own wording; there is no label to strip).  The unit is in a
    # trailing clause "โดยให้ <unit> เป็นผู้รับผิดชอบ" (๓.๒: "โดยให้กองคลังและสำนักปลัดเทศบาล
    # ร่วมกันเป็นผู้รับผิดชอบ" = two units), followed by the time.
    # Units: "งานนิติการ สำนักปลัดเทศบาล" and "งานประชาสัมพันธ์ สำนักปลัดเทศบาล" are one unit
    # each (a section and its office, written between spaces before "เป็นผู้รับผิดชอบ");
    # "กองสาธารณสุขและสิ่งแวดล้อม" is ONE unit although it contains "และ".
    # Periods (plan year 2566 = FY Oct 2022 – Sep 2023, from "ปีงบประมาณถัดไป"):
    # "ภายในเดือนธันวาคม ๒๕๖๕" = 1 Oct – 31 Dec 2022; "ในช่วงไตรมาสที่ ๒ ของปีงบประมาณถัดไป" =
    # Jan-Mar 2023; "ภายใน ๓๑ มีนาคม ๒๕๖๖" = 1 Oct 2022 – 31 Mar 2023; "ในเดือนพฤศจิกายน ๒๕๖๕"
    # = Nov 2022; "ตลอดปีงบประมาณถัดไป" = FY2566; "ตั้งแต่เดือนมกราคม ถึงเดือนมิถุนายน ๒๕๖๖"
    # (year once, for both months) = Jan-Jun 2023; "อย่างต่อเนื่อง" = None; "ภายในไตรมาสที่ ๓"
    # = 1 Oct 2022 – 30 Jun 2023.  Inside the measure texts, "รายไตรมาส" (๓.๑), "ภายใน ๑๕ วัน"
    # (๓.๓), "ทั้ง ๑๑ หมู่บ้าน" (๓.๕) and "รอบ ๖ เดือน" (๓.๘) are not periods.  The intro
    # sentence "เห็นควรกำหนดมาตรการ…", ข้อเสนอ's "เห็นควรแจ้งเวียน…" and the approvers'
    # "เห็นควรอนุมัติ…" / "เห็นควรให้ผู้อำนวยการกอง…" are not measures.
    "tt_banhong_memo_next_year": [
        ("IIT", 2, None, ["กองคลัง"], (D(2022, 10, 1), D(2022, 12, 31)),
         "๓.๑ เห็นควรจัดทำประกาศเผยแพร่แผนการใช้จ่ายงบประมาณประจำปี"),
        ("IIT", 2, None, ["กองคลัง", "สำนักปลัดเทศบาล"], (D(2023, 1, 1), D(2023, 3, 31)),
         "๓.๒ เห็นควรแต่งตั้งพนักงานจากทุกกองหมุนเวียนเป็นคณะกรรมการ"),
        ("IIT", 5, None, ["งานนิติการ สำนักปลัดเทศบาล"], (D(2022, 10, 1), D(2023, 3, 31)),
         "๓.๓ เห็นควรจัดทำคู่มือการจัดการเรื่องร้องเรียนการทุจริต"),
        ("IIT", 5, None, ["สำนักปลัดเทศบาล"], (D(2022, 11, 1), D(2022, 11, 30)),
         "๓.๔ เห็นควรจัดกิจกรรม “บ้านโฮ่งใสสะอาด”"),
        ("EIT", 7, None, ["งานประชาสัมพันธ์ สำนักปลัดเทศบาล"], FY2566,
         "๓.๕ เห็นควรเผยแพร่ข่าวสารและผลการดำเนินงานของ ทต."),
        ("EIT", 8, None, ["กองช่าง"], (D(2023, 1, 1), D(2023, 6, 30)),
         "๓.๖ เห็นควรปรับลดขั้นตอนการขออนุญาตก่อสร้างอาคาร"),
        ("EIT", 8, None, ["กองสาธารณสุขและสิ่งแวดล้อม"], None,
         "๓.๗ เห็นควรสำรวจความพึงพอใจของผู้รับบริการงานจัดเก็บขยะมูลฝอย"),
        ("OIT", 10, None, ["สำนักปลัดเทศบาล"], (D(2022, 10, 1), D(2023, 6, 30)),
         "๓.๘ เห็นควรประเมินความเสี่ยงการทุจริตในงานจัดซื้อจัดจ้าง"),
    ],
    # Table ตัวชี้วัด | มาตรการ (หน่วยงานรับผิดชอบ) | ระยะเวลาดำเนินการ | งบประมาณ (บาท), one
    # row per INDICATOR ("<p>ตัวชี้วัดที่ 7</p><p>ประสิทธิภาพการสื่อสาร</p>").  The มาตรการ cell
    # holds one or two numbered measures "7.1 … (สำนักปลัด)" / "7.2 … (สำนักปลัด, กองช่าง)" as
    # <p> lines; each measure's units are in the brackets at its end (comma = two units).  The
    # item number "7.1" is kept in the text.  The ระยะเวลา cell lists one period per measure
    # in the same order, prefixed with the item number ("<p>7.1 ต.ค. – ธ.ค. 67</p><p>7.2 ม.ค. –
    # มี.ค. 68</p>"), EXCEPT the indicator-8 row, whose single line "ตลอดปีงบประมาณ 2568" is
    # shared by 8.1 and 8.2 (both FY2568).  The budget column ("42,000", "5,000", "รวมงบประมาณ
    # … 47,000") is not a period or score.  The table is cut by a page break after the
    # indicator-8 row ("- 2 -" in between) and its header is repeated.
    # Periods (plan 2568 = FY Oct 2024 – Sep 2025): "ภายในไตรมาสที่ 2" = 1 Oct 2024 – 31 Mar
    # 2025; "ต.ค. – ธ.ค. 67" = Oct-Dec 2024; "ม.ค. – มี.ค. 68" = Jan-Mar 2025; "เม.ย. 68" =
    # Apr 2025; "ภายใน 31 ธ.ค. 67" = 1 Oct – 31 Dec 2024; "ทุกไตรมาส" = None.  "ครบทั้ง 14
    # หมู่บ้าน" inside 7.2 is not a period.  The OIT checklist of section 2 (o9 … o33, ✓/✗) is
    # not a measure list, although o33 reads "การดำเนินการตามมาตรการส่งเสริมคุณธรรม…".
    "abt_nongsarai_indicator_cells": [
        ("IIT", 5, None, ["สำนักปลัด"], (D(2024, 10, 1), D(2025, 3, 31)),
         "5.1 จัดทำประกาศแนวทางคุ้มครองผู้แจ้งเบาะแสการทุจริต"),
        ("EIT", 7, None, ["สำนักปลัด"], (D(2024, 10, 1), D(2024, 12, 31)),
         "7.1 จัดทำแผนประชาสัมพันธ์ประจำปีและปฏิทินการเผยแพร่ข่าวสาร"),
        ("EIT", 7, None, ["สำนักปลัด", "กองช่าง"], (D(2025, 1, 1), D(2025, 3, 31)),
         "7.2 ติดตั้งป้ายประชาสัมพันธ์ข้อมูลข่าวสารประจำหมู่บ้าน"),
        ("EIT", 8, None, ["กองช่าง"], FY2568,
         "8.1 ลดระยะเวลาการออกใบอนุญาตก่อสร้างอาคาร"),
        ("EIT", 8, None, ["สำนักปลัด"], FY2568,
         "8.2 เปิดรับคำร้องทั่วไปผ่าน LINE Official Account"),
        ("OIT", 9, None, ["สำนักปลัด", "กองคลัง"], (D(2025, 4, 1), D(2025, 4, 30)),
         "9.1 แต่งตั้งผู้รับผิดชอบข้อมูลสาธารณะเป็นรายข้อ"),
        ("OIT", 10, None, ["หน่วยตรวจสอบภายใน"], (D(2024, 10, 1), D(2024, 12, 31)),
         "10.1 ประเมินความเสี่ยงการทุจริตและผลประโยชน์ทับซ้อนประจำปี"),
        ("OIT", 10, None, ["สำนักปลัด"], None,
         "10.2 รายงานความก้าวหน้าการดำเนินงานตามแผนปฏิบัติการ"),
    ],
    # Table ประเด็นจากผลการประเมิน | มาตรการ | วิธีการขับเคลื่อน | ห้วงเวลา | ผู้กำกับ/ผู้ปฏิบัติ.
    # The measure is the มาตรการ cell (the วิธีการขับเคลื่อน "- …" lines are its method, not
    # part of it and not separate measures).  The ประเด็น cell's first <p> line names the
    # indicator "การใช้งบประมาณ (ตัวชี้วัดที่ ๒)"; its second line is the problem.  Rows 2 and 8
    # have an EMPTY ประเด็น cell (merged with the row above): same indicator as the row above
    # (2 and 10).  Indicator 7's name is misspelt "ประสิทธิภาพการสื่อาร"; its number is given.
    # Units: the last cell has two <p> lines, "ผู้กำกับ : <position>" and "ผู้ปฏิบัติ :
    # <units>".  The ผู้กำกับ is a supervising POSITION (ปลัดเทศบาล, รองปลัดเทศบาล,
    # รองนายกเทศมนตรี (คนที่ ๑)), not a unit; the responsible units are the ผู้ปฏิบัติ list
    # (comma = two units).  "งานนิติการ สำนักปลัดเทศบาล" and "ฝ่ายประชาสัมพันธ์
    # กองวิชาการและแผนงาน" are one unit each; "กองสาธารณสุขและสิ่งแวดล้อม" is one unit.
    # Periods (plan 2567 = FY Oct 2023 – Sep 2024): "ไตรมาส ๑/๒๕๖๗" = quarter 1 of fiscal 2567
    # = Oct-Dec 2023; "ธ.ค. ๖๖ – ก.พ. ๖๗" = 1 Dec 2023 – 29 Feb 2024 (leap year);
    # "๑ ก.พ. – ๓๐ เม.ย. ๒๕๖๗" = 1 Feb – 30 Apr 2024; "ทุกเดือน" = None; "ภายในเดือนมีนาคม
    # ๒๕๖๗" = 1 Oct 2023 – 31 Mar 2024; "มิถุนายน – สิงหาคม ๒๕๖๗" = Jun-Aug 2024;
    # "ไตรมาส ๓–๔/๒๕๖๗" = Apr-Sep 2024.
    # The table is cut by a page break after row 5: the page footer "- ๒ -" and header
    # "- ๓ -" sit between, and the column header is NOT repeated.  Section ๓ lists 2566's
    # measures "(๑) มาตรการ… – ผลการดำเนินงาน : …": last year's, not this plan; item (๔)
    # names "เดือนธันวาคม ๒๕๖๕".  Section ๕'s "ภายในเดือนตุลาคม ๒๕๖๗" is follow-up.
    "tm_lomsak_drive_table": [
        ("IIT", 2, None, ["กองคลัง"], (D(2023, 10, 1), D(2023, 12, 31)),
         "มาตรการเปิดเผยแผนการใช้จ่ายงบประมาณและผลการเบิกจ่ายต่อบุคลากร"),
        ("IIT", 2, None, ["กองคลัง", "หน่วยตรวจสอบภายใน"], (D(2023, 12, 1), D(2024, 2, 29)),
         "มาตรการตรวจสอบการเบิกจ่ายงบประมาณโดยคณะกรรมการ"),
        ("IIT", 5, None, ["งานนิติการ สำนักปลัดเทศบาล"], (D(2024, 2, 1), D(2024, 4, 30)),
         "มาตรการจัดการเรื่องร้องเรียนการทุจริตและแจ้งผล"),
        ("EIT", 7, None, ["ฝ่ายประชาสัมพันธ์ กองวิชาการและแผนงาน"], None,
         "มาตรการเพิ่มช่องทางการสื่อสารกับประชาชนผ่าน LINE"),
        ("EIT", 8, None, ["กองสาธารณสุขและสิ่งแวดล้อม"], (D(2023, 10, 1), D(2024, 3, 31)),
         "มาตรการลดขั้นตอนการขออนุญาตประกอบกิจการ"),
        ("OIT", 9, None, ["สำนักปลัดเทศบาล", "กองวิชาการและแผนงาน"],
         (D(2024, 6, 1), D(2024, 8, 31)),
         "มาตรการกำหนดผู้รับผิดชอบข้อมูลสาธารณะรายข้อ"),
        ("OIT", 10, None, ["หน่วยตรวจสอบภายใน"], (D(2023, 10, 1), D(2023, 12, 31)),
         "มาตรการประเมินความเสี่ยงการทุจริตในกระบวนงานอนุมัติ"),
        ("OIT", 10, None, ["สำนักปลัดเทศบาล"], (D(2024, 4, 1), D(2024, 9, 30)),
         "มาตรการรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต"),
    ],
    # A "ปฏิทินการดำเนินงาน" table: ที่ | มาตรการ/กิจกรรม | ตัวชี้วัดที่ | หน่วยงานรับผิดชอบ and
    # twelve month columns ต.ค. … ก.ย.  The two-row header puts CALENDAR years over the months
    # ("พ.ศ. 2564" over ต.ค.-ธ.ค., "พ.ศ. 2565" over ม.ค.-ก.ย.); the plan year is fiscal 2565
    # (section ๓ heading), so ต.ค.-ธ.ค. are 2021 and ม.ค.-ก.ย. are 2022.  The ที่ column is a
    # row number, NOT the indicator; the indicator is the bare number in the ตัวชี้วัดที่ column
    # (row 1 is indicator 2, row 3 is indicator 5, row 7 is indicator 10).
    # Tick rules, stated in the legend paragraph above the table: "●" = a month of
    # implementation, "○" = a month of follow-up/reporting.  The period runs from the first
    # month marked ● to the last month marked ● (first day to last day); ○ marks are ignored.
    # All twelve ● = FY2565.  Row 6 marks only พ.ย. and พ.ค. (split): taken, as in
    # tn_trang_gantt and pao_suphanburi_quarter_ticks, as 1 Nov 2021 – 31 May 2022.  Row 1: ●
    # ต.ค.-พ.ย., ○ เม.ย. → Oct-Nov 2021.  Row 3: ● มี.ค., ○ เม.ย. → Mar 2022.  Row 5: ●
    # ก.พ.-พ.ค., ○ มิ.ย. → Feb-May 2022.  Row 7: ● ธ.ค.-ม.ค., ○ มี.ค. → Dec 2021 – Jan 2022.
    # Row 2's unit cell has two <p> lines = two units.  "สำนักปลัดองค์การบริหารส่วนจังหวัด" is one
    # unit.  The section ๒ budget table (แผนงาน | หน่วยงาน | งบประมาณ) names units with
    # amounts but holds no measures.
    "pao_sakaeo_calendar": [
        ("IIT", 2, None, ["กองคลัง"], (D(2021, 10, 1), D(2021, 11, 30)),
         "มาตรการเผยแพร่แผนการใช้จ่ายงบประมาณประจำปีให้บุคลากรทราบ"),
        ("IIT", 2, None, ["กองคลัง", "กองพัสดุและทรัพย์สิน"], (D(2022, 1, 1), D(2022, 9, 30)),
         "มาตรการเปิดโอกาสให้บุคลากรร่วมตรวจสอบการใช้จ่ายงบประมาณ"),
        ("IIT", 5, None, ["กองการเจ้าหน้าที่"], (D(2022, 3, 1), D(2022, 3, 31)),
         "โครงการอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน"),
        ("EIT", 7, None, ["สำนักปลัดองค์การบริหารส่วนจังหวัด"], FY2565,
         "มาตรการประชาสัมพันธ์ผลการดำเนินงานผ่านสถานีวิทยุท้องถิ่น"),
        ("EIT", 8, None, ["กองช่าง"], (D(2022, 2, 1), D(2022, 5, 31)),
         "มาตรการพัฒนาระบบรับคำขออนุญาตเชื่อมทางหลวงท้องถิ่น"),
        ("OIT", 9, None, ["กองยุทธศาสตร์และงบประมาณ"], (D(2021, 11, 1), D(2022, 5, 31)),
         "มาตรการตรวจทานความครบถ้วนของข้อมูลสาธารณะบนเว็บไซต์"),
        ("OIT", 10, None, ["หน่วยตรวจสอบภายใน"], (D(2021, 12, 1), D(2022, 1, 31)),
         "มาตรการประเมินความเสี่ยงการทุจริตประจำปี"),
        ("OIT", 10, None, ["สำนักปลัดองค์การบริหารส่วนจังหวัด"], (D(2022, 9, 1), D(2022, 9, 30)),
         "มาตรการจัดทำรายงานผลการดำเนินการป้องกันการทุจริตประจำปี"),
    ],
}

NOT_MEASURES = {
    # "เห็นควร…" sentences that are not measures (the intro to section ๓, the closing
    # proposal, the approvers' remarks), the NACC recommendations of ๒.๖, the analysis of ๒.๕,
    # a group heading, the drafter's position
    "tt_banhong_memo_next_year": [
        "เห็นควรกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "เห็นควรแจ้งเวียนมาตรการข้างต้นให้ทุกกองทราบและถือปฏิบัติ",
        "เห็นควรอนุมัติตามที่งานนิติการเสนอ",
        "เห็นควรให้ผู้อำนวยการกองทุกกองกำกับดูแลการดำเนินการตามมาตรการ",
        "หน่วยงานควรเปิดโอกาสให้บุคลากรมีส่วนร่วมในการตรวจสอบการใช้จ่ายงบประมาณ",
        "ควรเผยแพร่รายงานผลการดำเนินการป้องกันการทุจริตประจำปีให้ครบถ้วน",
        "ตัวชี้วัดที่ได้คะแนนต่ำกว่า ๘๕ คะแนน มีจำนวน ๔ ตัวชี้วัด",
        "ด้านประสิทธิภาพการสื่อสาร",
        "นิติกรปฏิบัติการ",
    ],
    # OIT checklist items and the examiner's remarks, the band legend, the analysis
    # paragraph, the follow-up paragraph, the budget total row, a signature position
    "abt_nongsarai_indicator_cells": [
        "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน",
        "การประเมินความเสี่ยงการทุจริตประจำปี",
        "ไม่พบรายงานผลการประเมินความเสี่ยง",
        "ไม่ได้เผยแพร่บนเว็บไซต์หน่วยงาน",
        "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ดีเยี่ยม = ๙๕.๐๐ – ๑๐๐",
        "ผู้รับบริการยังเห็นว่าการประชาสัมพันธ์ไม่ทั่วถึงทุกหมู่บ้าน",
        "ให้หน่วยงานรับผิดชอบรายงานผลการดำเนินงานตามมาตรการต่อสำนักปลัด",
        "รวมงบประมาณ",
        "นักวิเคราะห์นโยบายและแผนชำนาญการ",
    ],
    # 2566's measures with results (section ๓), method lines and problem lines of the table,
    # a supervisor line, the follow-up paragraph
    "tm_lomsak_drive_table": [
        "มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์ของเทศบาล",
        "มาตรการจัดตั้งศูนย์รับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        "มาตรการประชาสัมพันธ์ข่าวสารผ่านรถแห่และเสียงตามสาย",
        "มาตรการประเมินความเสี่ยงการทุจริตประจำปี",
        "ผลการดำเนินงาน : ดำเนินการแล้ว",
        "ชี้แจงในการประชุมพนักงานประจำเดือน",
        "สุ่มตรวจฎีกาเบิกจ่ายเดือนละ ๑๐ ฎีกา",
        "บุคลากรไม่ทราบแผนการใช้จ่ายงบประมาณของเทศบาล",
        "ผู้กำกับ : ปลัดเทศบาล",
        "ให้ผู้ปฏิบัติรายงานผลการดำเนินงานต่อผู้กำกับทุกสิ้นไตรมาส",
    ],
    # IIT/EIT question items (section ๒), budget rows, the tick legend, the follow-up
    # paragraph, the address line, the page footer
    "pao_sakaeo_calendar": [
        "บุคลากรรับรู้แผนการใช้จ่ายงบประมาณประจำปีของหน่วยงาน",
        "บุคลากรมีโอกาสร่วมตรวจสอบการใช้จ่ายงบประมาณของหน่วยงาน",
        "หน่วยงานเผยแพร่ข้อมูลข่าวสารผ่านช่องทางที่หลากหลาย",
        "หน่วยงานให้บริการผ่านระบบออนไลน์",
        "แผนงานบริหารงานทั่วไป",
        "แผนงานเคหะและชุมชน",
        "เครื่องหมาย ● หมายถึง เดือนที่ดำเนินการตามมาตรการ",
        "ให้หน่วยงานรับผิดชอบรายงานผลการดำเนินงานตามเดือนที่กำหนด",
        "ถนนสุวรรณศร ตำบลสระแก้ว อำเภอเมืองสระแก้ว",
        "หน้า ๑/๓",
    ],
}
