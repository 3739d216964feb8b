"""What the held-out fixtures say (tests/fixtures/heldout), written by hand from the documents
themselves, not from the program's output.  These reports were written to measure how the
pipeline does on layouts and wordings it was not tuned on (tests/fixtures/heldout/README.md
lists them); do not tune the parsers against them.  The keys are the file stems and the shapes
are those of tests/expected_layouts.py:

- METADATA[key]: the ten report fields;
- SCORES[key]: indicators 1..10 of the assessment year;
- PREVIOUS[key]: (year, scores 1..10) for fixtures whose tables also give another year;
- MEASURES[key]: (tool, indicator_no, issue_code, responsible_units, (start, end) or None,
  the first words of the measure), in document order;
- NOT_MEASURES[key]: texts that are not measures (recommendations, last year's measures under
  review, working-group tables, memo proposals, page footers); no measure's text may be or
  contain one of them.

Periods: a month is its first to last day; a fiscal year N runs 1 Oct (N-1) to 30 Sep N;
a quarter belongs to the plan year (quarter 1 = Oct-Dec, 2 = Jan-Mar, 3 = Apr-Jun,
4 = Jul-Sep) and a quarter range runs from the first quarter's first day to the last
quarter's last day; "ภายใน <day month year>" runs from the first day of the plan fiscal year
to that day.  Overall scores are 0.3·mean(IIT) + 0.3·mean(EIT) + 0.4·mean(OIT) rounded to two
decimals; from 2567 the result is ผ่าน / ไม่ผ่าน.
"""

from __future__ import annotations

import datetime as dt

D = dt.date


def fiscal_year(be: int) -> tuple[dt.date, dt.date]:
    """1 October of the year before to 30 September of B.E. fiscal year ``be``."""
    ce = be - 543
    return D(ce - 1, 10, 1), D(ce, 9, 30)


FY2563 = fiscal_year(2563)
FY2566 = fiscal_year(2566)
FY2568 = fiscal_year(2568)
FY2569 = fiscal_year(2569)

METADATA = {
    # A memo (บันทึกข้อความ) with two attachments.  The body only ever writes "อบต.คลองหิน";
    # the full name is only in the two signature blocks ("ปลัด/นายกองค์การบริหารส่วนตำบล
    # คลองหิน").  The district and province are only in the ส่วนราชการ line, abbreviated:
    # "อ.อ่าวลึก จ.กระบี่".  2568: pass/fail, "ผ่าน" in the prose and the table.
    "abt_klonghin_memo": dict(
        organisation="องค์การบริหารส่วนตำบลคลองหิน", org_type="อบต.", district="อ่าวลึก",
        district_code="8105", province="กระบี่", province_code="81", assessment_year=2568,
        plan_year=2569, overall_score=87.52, grade="ผ่าน"),
    # 2562 → plan 2563.  The table's columns are this municipality's score and the national
    # average of เทศบาลตำบล (69.62, also grade C): the national figures are not this
    # report's scores and not a previous year.
    "tt_thawangpha_national": dict(
        organisation="เทศบาลตำบลท่าวังผา", org_type="เทศบาลตำบล", district="ท่าวังผา",
        district_code="5506", province="น่าน", province_code="55", assessment_year=2562,
        plan_year=2563, overall_score=70.94, grade="C"),
    # The tool summary table gives 2564 (79.72, B) before 2565 (84.67, B); the district and
    # province are only in the page-footer address line.
    "tm_satun_tool_summary": dict(
        organisation="เทศบาลเมืองสตูล", org_type="เทศบาลเมือง", district="เมืองสตูล",
        district_code="9101", province="สตูล", province_code="91", assessment_year=2565,
        plan_year=2566, overall_score=84.67, grade="B"),
    # 2567 ไม่ผ่าน; the table and the prose also give 2566's 86.61 "A"
    "tn_trang_gantt": dict(
        organisation="เทศบาลนครตรัง", org_type="เทศบาลนคร", district="เมืองตรัง",
        district_code="9201", province="ตรัง", province_code="92", assessment_year=2567,
        plan_year=2568, overall_score=79.68, grade="ไม่ผ่าน"),
}

SCORES = {
    # the ร้อยละ column of ตัวชี้วัด | คะแนนเต็ม | คะแนนที่ได้ | ร้อยละ; คะแนนที่ได้ is the
    # weighted points (6, 10 or 20 full marks), not the score
    "abt_klonghin_memo": [93.64, 87.90, 95.12, 90.48, 88.35, 91.27, 86.03, 84.62, 82.50, 87.50],
    # the "คะแนน ทต.ท่าวังผา" column; not the national average nor the signed difference
    "tt_thawangpha_national": [91.37, 76.84, 88.92, 83.10, 79.55, 84.26, 78.90, 77.13,
                               61.12, 47.50],
    # prose only, "ด้าน…ได้ร้อยละ …" / "ตัวชี้วัดการสื่อสารได้ร้อยละ ๘๕.๕๐"; the same
    # sentences carry tool means and the 85 threshold ("ต่ำกว่าร้อยละ ๘๕")
    "tm_satun_tool_summary": [93.18, 86.75, 95.42, 89.06, 84.20, 90.14, 85.50, 82.73,
                              83.33, 76.25],
    # the พ.ศ. ๒๕๖๗ row of a transposed table whose columns are "(๑)" … "(๑๐)"
    "tn_trang_gantt": [89.71, 83.45, 91.26, 87.34, 80.92, 88.57, 82.16, 80.48, 74.25, 68.75],
}

SCORE_SOURCE = {
    "abt_klonghin_memo": "table",
    "tt_thawangpha_national": "table",
    "tm_satun_tool_summary": "text",
    "tn_trang_gantt": "table",
}

PREVIOUS = {
    # rows พ.ศ. ๒๕๖๖ / พ.ศ. ๒๕๖๗ / ผลต่าง; 2566 comes first
    "tn_trang_gantt": (2566, [92.05, 87.12, 93.48, 89.90, 85.63, 90.41, 86.77, 85.02,
                              86.25, 81.25]),
    # tm_satun_tool_summary gives 2564 only per tool (87.95, 84.10, 70.26), never per
    # indicator, so it has no entry here
}

MEASURES = {
    # Attachment 2: "- มาตรการ…" lines under "ตัวชี้วัดที่ N …" headings, units in
    # "(ผู้รับผิดชอบ: …)" at the end of the line.  A paragraph above the list says every
    # measure runs through fiscal 2569 unless it states its own time, so the lines without a
    # time get FY2569.  "ภายใน ๑๕ วันทำการ" and "ทุกไตรมาส" (item 3) are not periods.
    # "งานนิติการ สำนักปลัด" is one unit (the section and its office, no comma or และ);
    # "กองการศึกษา ศาสนาและวัฒนธรรม" is one unit despite its และ.
    "abt_klonghin_memo": [
        ("IIT", 2, None, ["กองคลัง"], FY2569, "- มาตรการเผยแพร่แผนการใช้จ่ายงบประมาณ"),
        ("IIT", 2, None, ["กองคลัง", "สำนักปลัด"], (D(2025, 10, 1), D(2026, 3, 31)),
         "- มาตรการหมุนเวียนบุคลากร"),
        ("IIT", 5, None, ["งานนิติการ สำนักปลัด"], FY2569,
         "- มาตรการแจ้งผลการพิจารณาเรื่องร้องเรียน"),
        ("EIT", 7, None, ["สำนักปลัด"], (D(2025, 10, 1), D(2025, 12, 31)),
         "- มาตรการจัดทำแผนประชาสัมพันธ์ประจำปี"),
        ("EIT", 8, None, ["สำนักปลัด", "กองช่าง"], FY2569, "- มาตรการเปิดรับคำร้องทั่วไป"),
        ("EIT", 8, None, ["กองช่าง"], FY2569, "- มาตรการลดระยะเวลาการออกใบอนุญาต"),
        ("OIT", 9, None, ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม"],
         FY2569, "- มาตรการตรวจทานข้อมูลสาธารณะ"),
        ("OIT", 9, None, ["กองคลัง"], (D(2025, 10, 1), D(2026, 4, 30)),
         "- มาตรการเผยแพร่รายงานการกำกับติดตาม"),
        ("OIT", 10, None, ["สำนักปลัด"], (D(2025, 10, 1), D(2025, 12, 31)),
         "- มาตรการประเมินความเสี่ยงการทุจริต"),
    ],
    # Table ประเด็น/ตัวชี้วัด | สภาพปัญหา | มาตรการ | แนวทางปฏิบัติ | ผู้รับผิดชอบ | กำหนดเวลา,
    # cut by a page break without its header repeated.  The measure is the มาตรการ cell.
    # Row 2's ประเด็น cell is empty (merged with row 1 in the original): it keeps row 1's
    # indicator 2.  Row 4 names the indicator without a number; row 5 splits it over two
    # <p> lines.  "กองช่าง และกองสาธารณสุขและสิ่งแวดล้อม" is two units.
    "tt_thawangpha_national": [
        ("IIT", 2, None, ["กองคลัง"], (D(2019, 10, 1), D(2019, 12, 31)),
         "มาตรการเปิดเผยแผนการใช้จ่ายงบประมาณ"),
        ("IIT", 2, None, ["กองคลัง", "สำนักปลัดเทศบาล"], FY2563,
         "มาตรการให้บุคลากรมีส่วนร่วม"),
        ("IIT", 5, None, ["สำนักปลัดเทศบาล"], (D(2019, 10, 1), D(2020, 3, 31)),
         "มาตรการส่งเสริมการร้องเรียน"),
        ("EIT", 7, None, ["งานประชาสัมพันธ์"], (D(2020, 1, 1), D(2020, 3, 31)),
         "มาตรการเพิ่มช่องทางการประชาสัมพันธ์"),
        ("EIT", 8, None, ["กองช่าง", "กองสาธารณสุขและสิ่งแวดล้อม"], FY2563,
         "มาตรการลดขั้นตอนและระยะเวลา"),
        ("OIT", 9, None, ["สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง"],
         (D(2020, 4, 1), D(2020, 4, 30)), "มาตรการปรับปรุงข้อมูลสาธารณะ"),
        ("OIT", 10, None, ["สำนักปลัดเทศบาล"], (D(2019, 10, 1), D(2019, 12, 31)),
         "มาตรการประเมินความเสี่ยงการทุจริต"),
    ],
    # Table ที่ | มาตรการ/โครงการ | วิธีดำเนินการ | ระยะเวลา | ผู้รับผิดชอบ | ตัวชี้วัดความสำเร็จ
    # with full-width section rows ("ด้าน… (ตัวชี้วัดที่ N)") that give the indicator of the
    # rows under them.  The last section row names only the tool (OIT): item ๖ names no
    # indicator (OIT, None); item ๗ names its own "(ตัวชี้วัดที่ ๑๐)".  The ตัวชี้วัดความสำเร็จ
    # column is a success target, not an ITA indicator.  "ไตรมาสที่ ๑ – ๔" is the whole plan
    # year; "ไตรมาสที่ ๒ – ๓" is January to June 2566.
    "tm_satun_tool_summary": [
        ("IIT", 2, None, ["กองคลัง"], FY2566,
         "มาตรการเปิดเผยรายงานการใช้จ่ายงบประมาณรายไตรมาส"),
        ("IIT", 5, None, ["กองการเจ้าหน้าที่"], (D(2022, 11, 1), D(2022, 11, 30)),
         "โครงการอบรมเสริมสร้างความรู้"),
        ("IIT", 5, None, ["งานนิติการ", "กองการเจ้าหน้าที่"], (D(2022, 10, 1), D(2023, 3, 31)),
         "มาตรการคุ้มครองผู้ร้องเรียน"),
        ("EIT", 7, None, ["กองวิชาการและแผนงาน"], (D(2023, 1, 1), D(2023, 3, 31)),
         "มาตรการสื่อสารข้อมูลการให้บริการ"),
        ("EIT", 8, None, ["กองสาธารณสุขและสิ่งแวดล้อม"], (D(2023, 1, 1), D(2023, 6, 30)),
         "มาตรการลดขั้นตอนการขออนุญาต"),
        ("OIT", None, None, ["ทุกกอง"], (D(2022, 10, 1), D(2023, 4, 30)),
         "มาตรการแต่งตั้งผู้รับผิดชอบข้อมูลสาธารณะ"),
        ("OIT", 10, None, ["สำนักปลัดเทศบาล", "กองวิชาการและแผนงาน"], FY2566,
         "มาตรการประเมินความเสี่ยงการทุจริต"),
    ],
    # Gantt-style action plan: ที่ | มาตรการ/กิจกรรม | งบประมาณ (บาท) | ผู้รับผิดชอบ | twelve
    # month columns ต.ค. … ก.ย. under a two-row header (พ.ศ. ๒๕๖๗ over ต.ค.–ธ.ค., พ.ศ. ๒๕๖๘
    # over ม.ค.–ก.ย.), repeated after a page break.  Section rows name the tool; each measure
    # names its indicator in brackets at the end of its text, except ๑.๓ (IIT, None).  The
    # period runs from the first ticked month's first day to the last ticked month's last day;
    # all twelve ticked = FY2568.  ๓.๒ ticks only มี.ค. and ก.ย. (the 6- and 12-month
    # reports): taken as March to September 2568, the span between them.  The ที่ cell
    # ("๑.๑") is a column of its own and is not part of the measure text.
    "tn_trang_gantt": [
        ("IIT", 5, None, ["งานนิติการ"], FY2568,
         "มาตรการสร้างความเชื่อมั่นในการจัดการเรื่องร้องเรียน"),
        ("IIT", 2, None, ["สำนักการคลัง"], (D(2024, 10, 1), D(2024, 11, 30)),
         "กิจกรรมชี้แจงแผนการใช้จ่ายงบประมาณ"),
        ("IIT", None, None, ["กองการเจ้าหน้าที่"], (D(2025, 2, 1), D(2025, 2, 28)),
         "โครงการอบรมคุณธรรมจริยธรรม"),
        ("EIT", 8, None, ["สำนักปลัดเทศบาล", "สำนักการช่าง"], (D(2024, 12, 1), D(2025, 6, 30)),
         "มาตรการพัฒนาระบบรับคำร้องออนไลน์"),
        ("EIT", 7, None, ["กองยุทธศาสตร์และงบประมาณ"], FY2568, "มาตรการเผยแพร่ข่าวสาร"),
        ("OIT", 9, None, ["ทุกสำนัก/กอง"], (D(2025, 1, 1), D(2025, 4, 30)),
         "มาตรการกำหนดผู้รับผิดชอบและตรวจทาน"),
        ("OIT", 10, None, ["สำนักปลัดเทศบาล"], (D(2025, 3, 1), D(2025, 9, 30)),
         "มาตรการจัดทำรายงานผลการดำเนินการป้องกันการทุจริต"),
        ("OIT", 10, None, ["สำนักปลัดเทศบาล", "หน่วยตรวจสอบภายใน"],
         (D(2024, 10, 1), D(2024, 12, 31)), "มาตรการประเมินความเสี่ยงการทุจริตประจำปี"),
    ],
}

NOT_MEASURES = {
    # the memo's own proposals (๓.๑–๓.๓), its findings, and the default-period paragraph
    "abt_klonghin_memo": [
        "อนุมัติมาตรการตามเอกสารแนบ ๒",
        "แจ้งเวียนให้ทุกกองถือปฏิบัติ",
        "มอบงานประชาสัมพันธ์เผยแพร่รายงานฉบับนี้",
        "ตัวชี้วัดที่ได้คะแนนสูง ได้แก่",
        "มาตรการทุกข้อให้ดำเนินการตลอดปีงบประมาณ",
    ],
    # the examiner's recommendations from ITAS, and the score table's labels
    "tt_thawangpha_national": [
        "หน่วยงานควรเผยแพร่ข้อมูลให้ครบถ้วนตามเกณฑ์การประเมิน OIT",
        "ควรจัดทำช่องทางรับฟังความคิดเห็นที่หลากหลาย",
        "ผู้บริหารควรแสดงเจตจำนงสุจริตต่อสาธารณชน",
        "ค่าเฉลี่ยเทศบาลตำบลทั่วประเทศ",
        "คะแนนเฉลี่ย IIT",
    ],
    # last year's (2565) measures under review with their results, and the page footer
    "tm_satun_tool_summary": [
        "มาตรการจัดทำคู่มือการให้บริการประชาชนทุกงาน",
        "มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือน",
        "มาตรการสำรวจความพึงพอใจผู้รับบริการ",
        "ดำเนินการบางส่วน",
        "สำรวจได้ ๒ จาก ๔ ไตรมาส",
        "สำนักงานเทศบาลเมืองสตูล ถนนสตูลธานี",
    ],
    # the working-group table (ที่ | ตำแหน่ง | หน้าที่ในคณะทำงาน)
    "tn_trang_gantt": [
        "ประธานคณะทำงาน",
        "คณะทำงานและเลขานุการ",
        "คณะทำงานและผู้ช่วยเลขานุการ",
        "หัวหน้าฝ่ายบริหารงานทั่วไป",
        "นักวิเคราะห์นโยบายและแผนชำนาญการ",
    ],
}
