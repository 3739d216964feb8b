"""What the layout fixtures say (tests/fixtures/layouts), written by hand from the documents
themselves, not copied from the program's output.  Each fixture is a report in a layout the
four seeds do not have (tests/fixtures/layouts/README.md lists them); the keys are the file
stems.  Shapes are those of tests/expected.py:

- METADATA[key]: the ten report fields;
- SCORES[key]: indicators 1..10 of the assessment year;
- PREVIOUS[key]: (year, scores 1..10) for fixtures whose tables also give another year;
- MEASURES[key]: (tool, indicator_no, issue_code, responsible_units, (start, end) or None,
  the first words of the measure), in document order;
- NOT_MEASURES[key]: texts of tables that are not measures (timelines, website checklists,
  budgets, respondent counts); no measure's text may be or contain one of them.

Periods: a month is its first to last day; a fiscal year N runs 1 Oct (N-1) to 30 Sep N;
a bare quarter belongs to the plan year (quarter 1 = Oct-Dec, 2 = Jan-Mar, 3 = Apr-Jun,
4 = Jul-Sep).  A deadline ("ภายในเดือนมีนาคม ๒๕๖๗", "ภายในไตรมาสที่ ๒", "ภายใน ๓๑ มี.ค.")
runs from the first day of the plan fiscal year to it (the convention of docs/DATA.md).  Overall scores of 2562-2566 are 0.3·mean(IIT) + 0.3·mean(EIT) +
0.4·mean(OIT) rounded to two decimals; from 2567 the result is ผ่าน / ไม่ผ่าน.
"""

from __future__ import annotations

import datetime as dt

D = dt.date


def fiscal_year(be: int) -> tuple[dt.date, dt.date]:
    """1 October of the year before to 30 September of B.E. fiscal year ``be``."""
    ce = be - 543
    return D(ce - 1, 10, 1), D(ce, 9, 30)


FY2564 = fiscal_year(2564)
FY2565 = fiscal_year(2565)
FY2566 = fiscal_year(2566)
FY2567 = fiscal_year(2567)
FY2568 = fiscal_year(2568)
FY2569 = fiscal_year(2569)

METADATA = {
    # อบจ.: the province is only in the name; the address block writes
    # "ตำบลพระบาท อำเภอเมืองลำปาง ลำปาง ๕๒๐๐๐" without the word จังหวัด
    "pao_lampang_two_year": dict(
        organisation="องค์การบริหารส่วนจังหวัดลำปาง", org_type="อบจ.", district="เมืองลำปาง",
        district_code="5201", province="ลำปาง", province_code="52", assessment_year=2566,
        plan_year=2567, overall_score=81.51, grade="B"),
    # overall in a sentence that also gives 2564's 80.47
    "tm_banphai_ranked": dict(
        organisation="เทศบาลเมืองบ้านไผ่", org_type="เทศบาลเมือง", district="บ้านไผ่",
        district_code="4010", province="ขอนแก่น", province_code="40", assessment_year=2565,
        plan_year=2566, overall_score=87.84, grade="A"),
    # overall and grade only in the summary table ("คะแนนรวมทั้งหมด", "ระดับผลการประเมิน")
    # and once more in prose as "ร้อยละ ๗๗.๒๙ อยู่ในระดับ B"
    "tn_udon_per_tool": dict(
        organisation="เทศบาลนครอุดรธานี", org_type="เทศบาลนคร", district="เมืองอุดรธานี",
        district_code="4101", province="อุดรธานี", province_code="41", assessment_year=2564,
        plan_year=2565, overall_score=77.29, grade="B"),
    # ตำบลดอนแก้ว is in both แม่ริม and สารภี; the report writes อำเภอแม่ริม.
    # The sentence also gives 2565's 82.16 "(ระดับ B)"
    "abt_donkaeo_prose": dict(
        organisation="องค์การบริหารส่วนตำบลดอนแก้ว", org_type="อบต.", district="แม่ริม",
        district_code="5007", province="เชียงใหม่", province_code="50", assessment_year=2566,
        plan_year=2567, overall_score=87.06, grade="A"),
    # 2567: pass/fail; "ไม่ผ่าน" is also written, in the sentence explaining the threshold
    "tt_sanphakwan_2567": dict(
        organisation="เทศบาลตำบลสันผักหวาน", org_type="เทศบาลตำบล", district="หางดง",
        district_code="5015", province="เชียงใหม่", province_code="50", assessment_year=2567,
        plan_year=2568, overall_score=89.78, grade="ผ่าน"),
    # the sentence gives both 2563 (70.93, C) and 2562 (66.16, C)
    "abt_buengba_reverse": dict(
        organisation="องค์การบริหารส่วนตำบลบึงบา", org_type="อบต.", district="หนองเสือ",
        district_code="1304", province="ปทุมธานี", province_code="13", assessment_year=2563,
        plan_year=2564, overall_score=70.93, grade="C"),
    # 2568 ไม่ผ่าน; the table's last rows also give 2567's 87.78 ผ่าน
    "tm_kalasin_fail": dict(
        organisation="เทศบาลเมืองกาฬสินธุ์", org_type="เทศบาลเมือง", district="เมืองกาฬสินธุ์",
        district_code="4601", province="กาฬสินธุ์", province_code="46", assessment_year=2568,
        plan_year=2569, overall_score=81.45, grade="ไม่ผ่าน"),
}

SCORES = {
    "pao_lampang_two_year": [92.47, 88.15, 94.30, 90.62, 86.08, 90.25, 86.74, 85.31, 78.40, 62.50],
    "tm_banphai_ranked": [91.48, 86.27, 94.06, 89.73, 83.35, 92.40, 87.62, 86.90, 72.25, 100.00],
    # indicator 1 written "๙4.๔5%", indicator 7 "8๒.95%"
    "tn_udon_per_tool": [94.45, 87.30, 91.86, 89.52, 83.67, 88.14, 82.95, 80.40, 69.18, 57.50],
    "abt_donkaeo_prose": [93.40, 88.72, 95.18, 91.05, 87.63, 90.36, 86.21, 84.97, 80.25, 87.50],
    "tt_sanphakwan_2567": [97.25, 95.80, 98.14, 96.62, 94.09, 93.88, 91.47, 90.35, 84.50, 82.00],
    "abt_buengba_reverse": [88.64, 80.17, 90.25, 84.33, 78.92, 85.40, 79.66, 77.85, 62.73, 43.75],
    "tm_kalasin_fail": [90.12, 84.56, 92.30, 88.75, 81.40, 89.92, 85.06, 83.71, 70.50, 76.25],
}

# Which rows are not indicators: tool sums and means, the overall and grade rows.
# tn_udon_per_tool numbers its EIT and OIT tables' rows from 1 again (ลำดับ 1-3, 1-2), and
# tm_banphai_ranked's ลำดับ is the rank: neither is the indicator number.
SCORE_SOURCE = {
    "pao_lampang_two_year": "table",
    "tm_banphai_ranked": "table",
    "tn_udon_per_tool": "table",
    "abt_donkaeo_prose": "text",
    "tt_sanphakwan_2567": "table",
    "abt_buengba_reverse": "table",
    "tm_kalasin_fail": "table",
}

PREVIOUS = {
    # columns ปี ๒๕๖๕ | ปี ๒๕๖๖ | ผลต่าง (+/-); the overall row gives 77.20 for 2565
    "pao_lampang_two_year": (2565, [89.36, 85.70, 93.12, 88.04, 80.55,
                                    88.91, 83.20, 82.65, 71.35, 56.25]),
    # the assessment year comes first: ผลคะแนน ปี 2563 | ผลคะแนน ปี 2562 | เพิ่มขึ้น/ลดลง
    "abt_buengba_reverse": (2562, [85.25, 81.35, 86.90, 80.12, 72.48,
                                   83.05, 74.21, 75.30, 55.18, 37.50]),
    # columns ITA 2567 | ITA 2568, no difference column
    "tm_kalasin_fail": (2567, [93.48, 88.20, 94.15, 90.33, 86.70,
                               91.05, 87.44, 86.12, 82.00, 88.75]),
}

MEASURES = {
    # table ที่ | ประเด็นที่ต้องพัฒนา | มาตรการ/แนวทาง | ผู้รับผิดชอบ | ระยะเวลา | หมายเหตุ, cut by a page
    # break with its header repeated; the indicator is named in the ประเด็น cell
    "pao_lampang_two_year": [
        ("IIT", 2, None, ["กองคลัง", "กองพัสดุและทรัพย์สิน"], (D(2024, 1, 1), D(2024, 3, 31)),
         "มาตรการเผยแพร่แผนการใช้จ่ายงบประมาณ"),
        ("IIT", 5, None, ["สำนักปลัดองค์การบริหารส่วนจังหวัด", "หน่วยตรวจสอบภายใน"], FY2567,
         "มาตรการคุ้มครองผู้แจ้งเบาะแส"),
        ("EIT", 7, None, ["กองยุทธศาสตร์และงบประมาณ", "งานประชาสัมพันธ์"],
         (D(2023, 12, 1), D(2023, 12, 31)), "มาตรการยกระดับการประชาสัมพันธ์"),
        ("EIT", 8, None, ["ทุกกอง"], (D(2024, 1, 1), D(2024, 6, 30)),
         "มาตรการพัฒนาการให้บริการออนไลน์"),
        ("OIT", 9, None, ["กองยุทธศาสตร์และงบประมาณ"], (D(2023, 10, 1), D(2024, 3, 31)),
         "มาตรการตรวจทานข้อมูลสาธารณะ"),
        ("OIT", 10, None, ["สำนักปลัดองค์การบริหารส่วนจังหวัด"], FY2567,
         "มาตรการประเมินความเสี่ยงการทุจริตประจำปี"),
    ],
    # "มาตรการที่ N" paragraphs with labelled lines: with ":" or without, one label per line
    # or two on a line, the labels in one paragraph or each in its own
    "tm_banphai_ranked": [
        ("OIT", 9, None, ["สำนักปลัดเทศบาล", "กองวิชาการและแผนงาน"], FY2566,
         "มาตรการที่ 1 มาตรการเร่งรัดการเผยแพร่ข้อมูลสาธารณะ"),
        ("IIT", 2, None, ["กองคลัง"], (D(2022, 10, 1), D(2023, 4, 30)),
         "มาตรการที่ 2 มาตรการจัดทำและเผยแพร่รายงานการใช้จ่ายงบประมาณ"),
        ("IIT", 4, None, ["กองช่าง"], FY2566, "มาตรการที่ 3 มาตรการกำกับการยืม"),
        ("IIT", 5, None, ["งานนิติการ"], (D(2023, 4, 1), D(2023, 6, 30)),
         "มาตรการที่ 4 มาตรการป้องกันและแก้ไขปัญหาการทุจริต"),
        ("EIT", 7, None, ["งานประชาสัมพันธ์"], FY2566,
         "มาตรการที่ 5 มาตรการเพิ่มช่องทางการสื่อสาร"),
        ("EIT", 8, None, ["กองสาธารณสุขและสิ่งแวดล้อม", "กองช่าง"],
         (D(2022, 10, 1), D(2022, 12, 31)), "มาตรการที่ 6 มาตรการปรับปรุงขั้นตอน"),
    ],
    # numbered items under tool headings (๔.๑ IIT, ๔.๒ EIT, ๔.๓ OIT), numbering restarting;
    # labels without ":" and often on one line; an item without ตัวชี้วัดที่เกี่ยวข้อง has
    # its tool from the heading and no indicator
    "tn_udon_per_tool": [
        ("IIT", 5, None, ["กองการเจ้าหน้าที่"], (D(2022, 4, 1), D(2022, 6, 30)),
         "๑. โครงการอบรมเสริมสร้างคุณธรรม"),
        ("IIT", 2, None, ["สำนักการคลัง"], FY2565, "๒. มาตรการเปิดเผยแผนการใช้จ่ายงบประมาณ"),
        ("IIT", None, None, ["สำนักปลัดเทศบาล", "กองการเจ้าหน้าที่"],
         (D(2021, 11, 1), D(2021, 11, 30)), "๓. มาตรการส่งเสริมการมีส่วนร่วมของบุคลากร"),
        ("EIT", None, None, ["ทุกสำนัก/กอง"], (D(2022, 1, 1), D(2022, 3, 31)),
         "๑. มาตรการลดขั้นตอนและระยะเวลา"),
        ("EIT", 7, None, ["กองยุทธศาสตร์และงบประมาณ"], FY2565,
         "๒. มาตรการพัฒนาช่องทางสื่อสารออนไลน์"),
        ("OIT", 9, None, ["กองยุทธศาสตร์และงบประมาณ"], FY2565,
         "๑. มาตรการจัดทำและเผยแพร่ข้อมูลสาธารณะ"),
        ("OIT", 10, None, ["สำนักปลัดเทศบาล"], (D(2021, 10, 1), D(2021, 12, 31)),
         "๒. มาตรการประเมินความเสี่ยงการทุจริต"),
    ],
    # table ลำดับ | มาตรการ/กิจกรรม | วิธีการดำเนินการ | ระยะเวลาดำเนินการ | ผู้รับผิดชอบ |
    # ตัวชี้วัดที่เกี่ยวข้อง ("ตัวชี้วัดที่ ๑", "๒. การใช้งบประมาณ", "… (ตัวชี้วัดที่ ๘)")
    "abt_donkaeo_prose": [
        ("IIT", 1, None, ["สำนักปลัด"], FY2567, "มาตรการจัดทำคู่มือการปฏิบัติงาน"),
        ("IIT", 2, None, ["กองคลัง"], (D(2024, 1, 1), D(2024, 3, 31)),
         "กิจกรรมเปิดโอกาสให้บุคลากรมีส่วนร่วม"),
        ("IIT", 5, None, ["สำนักปลัด", "กองคลัง"], (D(2023, 10, 1), D(2023, 11, 30)),
         "มาตรการส่งเสริมการร้องเรียน"),
        ("EIT", 8, None, ["สำนักปลัด", "กองช่าง"], (D(2024, 1, 1), D(2024, 1, 31)),
         "โครงการพัฒนาระบบรับคำร้องออนไลน์"),
        ("OIT", 9, None, ["สำนักปลัด"], FY2567, "มาตรการตรวจสอบและปรับปรุงข้อมูลบนเว็บไซต์"),
        ("OIT", 10, None, ["ผู้บริหารท้องถิ่น", "สำนักปลัด"], FY2567,
         "กิจกรรมประกาศเจตจำนงสุจริต"),
    ],
    # items "๑) …" under bold indicator headings ("**ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล**");
    # the item takes its indicator from the heading above it
    "tt_sanphakwan_2567": [
        ("OIT", 9, None, ["กองคลัง"], (D(2024, 10, 1), D(2025, 4, 30)),
         "๑) มาตรการจัดทำและเผยแพร่รายงานการกำกับติดตาม"),
        ("OIT", 9, None, ["สำนักปลัดเทศบาล"], FY2568, "๒) มาตรการปรับปรุงหน้าเว็บไซต์"),
        ("OIT", 10, None, ["สำนักปลัดเทศบาล", "กองช่าง"], (D(2025, 1, 1), D(2025, 3, 31)),
         "๑) มาตรการจัดการความเสี่ยงการทุจริต"),
        ("EIT", 7, None, ["สำนักปลัดเทศบาล"], FY2568, "๑) มาตรการสื่อสารข้อมูลข่าวสาร"),
        ("EIT", 8, None, ["กองการศึกษา", "กองสาธารณสุขและสิ่งแวดล้อม"],
         (D(2025, 3, 1), D(2025, 3, 31)), "๑) มาตรการพัฒนาระบบติดตามสถานะคำร้อง"),
        ("IIT", 1, None, ["ทุกกอง"], (D(2024, 10, 1), D(2024, 12, 31)),
         "๑) มาตรการทบทวนคู่มือการปฏิบัติงาน"),
    ],
    # one small table per indicator, the indicator named in the paragraph above the table
    "abt_buengba_reverse": [
        ("OIT", 10, None, ["สำนักปลัด"], FY2564, "1. จัดทำและเผยแพร่แผนปฏิบัติการป้องกันการทุจริต"),
        ("OIT", 10, None, ["สำนักปลัด", "กองคลัง"], (D(2021, 1, 1), D(2021, 3, 31)),
         "2. ประเมินความเสี่ยงการทุจริตประจำปี"),
        ("OIT", 9, None, ["สำนักปลัด"], FY2564, "1. เผยแพร่ข้อมูลพื้นฐาน"),
        ("IIT", 5, None, ["สำนักปลัด"], (D(2021, 6, 1), D(2021, 6, 30)),
         "1. ประชุมชี้แจงแนวทางการร้องเรียน"),
        ("EIT", 7, None, ["สำนักปลัด"], (D(2021, 7, 1), D(2021, 9, 30)),
         "1. เพิ่มช่องทางประชาสัมพันธ์"),
    ],
    # "๑. …" items whose labelled lines use "–" as the separator; the last item's units run
    # onto a line of their own
    "tm_kalasin_fail": [
        ("OIT", 9, None, ["กองยุทธศาสตร์และงบประมาณ"], (D(2025, 11, 1), D(2026, 1, 31)),
         "๑. มาตรการกู้คืนและปรับปรุงข้อมูลสาธารณะ"),
        ("OIT", 10, None, ["สำนักปลัดเทศบาล"], (D(2026, 4, 1), D(2026, 6, 30)),
         "๒. มาตรการเผยแพร่ผลการประเมินความเสี่ยง"),
        ("IIT", 5, None, ["กองการเจ้าหน้าที่", "งานนิติการ"], FY2569,
         "๓. มาตรการสร้างความเชื่อมั่น"),
        ("IIT", 2, None, ["กองคลัง"], (D(2025, 10, 1), D(2026, 1, 31)),
         "๔. มาตรการชี้แจงแผนการใช้จ่ายงบประมาณ"),
        ("EIT", 8, None, ["กองสวัสดิการสังคม", "กองสาธารณสุขและสิ่งแวดล้อม"],
         (D(2025, 10, 1), D(2026, 3, 31)), "๕. มาตรการเพิ่มช่องทางรับฟังความคิดเห็น"),
    ],
}

NOT_MEASURES = {
    # the assessment timeline (ช่วงเวลา | กิจกรรม)
    "pao_lampang_two_year": [
        "หน่วยงานบันทึกรายชื่อผู้มีส่วนได้ส่วนเสียภายในลงในระบบ ITAS",
        "หน่วยงานเผยแพร่ข้อมูล OIT บนเว็บไซต์และตอบแบบวัด OIT ในระบบ ITAS",
        "ผู้มีส่วนได้ส่วนเสียภายในและภายนอกตอบแบบวัด IIT และ EIT",
        "ที่ปรึกษาการประเมินตรวจให้คะแนนแบบวัด OIT",
        "สำนักงาน ป.ป.ช. ประกาศผลการประเมินผ่านระบบ ITAS",
        "มีนาคม – เมษายน ๒๕๖๖",
        "เมษายน – มิถุนายน ๒๕๖๖",
    ],
    # the website checklist (ข้อ | ข้อมูล | ผลการตรวจ)
    "tm_banphai_ranked": [
        "แผนดำเนินงานประจำปี",
        "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน",
        "รายงานผลการดำเนินงานประจำปี",
        "รายงานผลการสำรวจความพึงพอใจการให้บริการ",
        "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน",
        "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน",
        "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี",
        "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี",
        "การประเมินความเสี่ยงการทุจริตประจำปี",
        "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    ],
    # the budget by programme (แผนงาน | งบประมาณ (บาท) | ร้อยละ)
    "tn_udon_per_tool": [
        "แผนงานบริหารงานทั่วไป",
        "แผนงานการศึกษา",
        "แผนงานสาธารณสุข",
        "แผนงานเคหะและชุมชน",
        "แผนงานสร้างความเข้มแข็งของชุมชน",
        "แผนงานงบกลาง",
    ],
    # the checklist of website items that failed, with the examiner's remarks
    "abt_donkaeo_prose": [
        "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ ๖ เดือน",
        "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ประจำปี รอบ ๖ เดือน",
        "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี",
        "การเปิดโอกาสให้เกิดการมีส่วนร่วม",
        "ข้อมูลไม่ครอบคลุมระยะเวลา ๖ เดือนแรกของปี",
        "ไม่แสดงปัญหา อุปสรรค และข้อเสนอแนะ",
    ],
    # the assessment timeline
    "tt_sanphakwan_2567": [
        "หน่วยงานบันทึกรายชื่อผู้มีส่วนได้ส่วนเสียภายในในระบบ ITAS",
        "ผู้มีส่วนได้ส่วนเสียภายในและภายนอกตอบแบบวัด IIT และ EIT",
        "หน่วยงานเผยแพร่ข้อมูลสาธารณะบนเว็บไซต์และตอบแบบวัด OIT",
        "สำนักงาน ป.ป.ช. ประกาศผลการประเมิน",
        "มีนาคม – พฤษภาคม ๒๕๖๗",
    ],
    # the respondents table (แบบวัด | กลุ่มผู้ตอบ/ข้อมูล | จำนวน)
    "abt_buengba_reverse": [
        "บุคลากรภายในองค์การบริหารส่วนตำบลบึงบา",
        "ผู้รับบริการหรือผู้มีส่วนได้ส่วนเสียภายนอก",
        "ข้อมูลที่เผยแพร่บนเว็บไซต์ของหน่วยงาน",
    ],
    "tm_kalasin_fail": [],
}
