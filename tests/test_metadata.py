"""Overall score and grade as the report's prose states them, on text and on OCR."""

from __future__ import annotations

import pytest
from ita.parsers.findings import Parsed
from ita.parsers.metadata import parse_metadata
from ita.schema import Document, Page, Paragraph, TextMethod


def _metadata(text: str, method: TextMethod = TextMethod.NATIVE) -> tuple[float | None, str | None]:
    page = Page(number=1, method=method, blocks=[Paragraph(text=text, page=1, method=method)])
    doc = Document(report_id="r", source_file="r.pdf", source_sha256="0", format="pdf",
                   pages=[page])
    meta = parse_metadata(doc, Parsed())
    return meta.overall_score, meta.grade


@pytest.mark.parametrize(("text", "want"), [
    ("พบว่า มีผลคะแนน ๘๔.๗๒ คะแนน อยู่ในระดับ B ดังนี้", (84.72, "B")),
    ("พบว่ามีผลคะแนน ๖๘.๔๒ อยู่ในระดับ c โดยมีรายละเอียด", (68.42, "C")),
    ("พบว่าคะแนนภาพรวมอยู่ที่ ๙๓.๑๔ คะแนน อยู่ในระดับ ผ่าน ซึ่งบรรลุ", (93.14, "ผ่าน")),
])
def test_overall_score_and_grade_from_prose(text: str, want: tuple[float, str]) -> None:
    assert _metadata(text) == want


def test_ocr_damage_to_the_phrase_is_tolerated() -> None:
    # marks lost and a space inside คะแนนภาพรวม, as Tesseract left them on the 002 scan
    text = "พบว่า คะแนนภาพ รวมอยู่ที ๙๓.๑๔ คะแนน อยู่ในระดับผ่าน ซึง บรรลุ"
    assert _metadata(text, TextMethod.OCR) == (93.14, "ผ่าน")


def test_a_grade_misread_as_a_digit_counts_on_ocr_only() -> None:
    text = "มีผลคะแนน ๘๔.๗๒ คะแนน อยู่ในระดับ8ดังนี"
    assert _metadata(text, TextMethod.OCR) == (84.72, "B")
    assert _metadata(text, TextMethod.NATIVE) == (84.72, None)


def _parsed(text: str, out: Parsed | None = None):
    page = Page(number=1, method=TextMethod.OCR,
                blocks=[Paragraph(text=text, page=1, method=TextMethod.OCR)])
    doc = Document(report_id="r", source_file="r.pdf", source_sha256="0", format="pdf",
                   pages=[page])
    return parse_metadata(doc, out or Parsed())


def _place_and_name(text: str) -> tuple[str | None, str | None, str | None]:
    meta = _parsed(text)
    return meta.place.district, meta.place.province, meta.organisation


def test_a_district_the_gazetteer_lacks_is_kept_as_written_even_after_a_damaged_word() -> None:
    text = "องค์การบริหารส่วนตำบลเหล อำเภกอกะปอง จังหวัดพังงา"  # อำเภอ with a ก added
    place = _parsed(text).place
    assert (place.district_raw, place.province_raw) == ("กะปอง", "พังงา")  # as written
    # ... and as the DOPA gazetteer names them, with their codes
    assert (place.district, place.district_code, place.province, place.province_code) == (
        "กะปง", "8203", "พังงา", "82")


def test_a_district_not_in_its_province_is_kept_as_written_and_said_so() -> None:
    out = Parsed()
    place = _parsed("องค์การบริหารส่วนตำบลกุดบง อำเภอโพธิ์ชัย จังหวัดหนองคาย", out).place
    assert (place.district, place.district_code, place.province_code) == ("โพธิ์ชัย", None, "43")
    [problem] = [f for f in out.findings if f.code == "district_not_in_gazetteer"]
    assert "โพนพิสัย" in problem.message  # where ตำบลกุดบง really lies


def test_the_province_is_filled_from_a_district_only_one_province_has() -> None:
    place = _parsed("องค์การบริหารส่วนตำบลเหล อำเภอกะปง").place
    assert (place.district_code, place.province, place.province_code) == ("8203", "พังงา", "82")
    place = _parsed("องค์การบริหารส่วนตำบลนาดี อำเภอเมือง").place  # every province has one
    assert (place.district_code, place.province) == (None, None)


def test_the_spelling_of_a_written_district_that_kept_its_marks_wins() -> None:
    text = ("ตำบลกุดบง อำเภอโพธิชัย จังหวัด หนองคาย\nกุดบง อำเภอโพธิ์ชัยจังหวัดหนองคาย\n"
            "ตำบลกุดบง อำเภอโพธิชัย จังหวัดหนองคาย")
    assert _place_and_name(text)[:2] == ("โพธิ์ชัย", "หนองคาย")


def test_an_organisation_name_cut_by_ocr_is_the_gazetteer_place() -> None:
    text = ("ของเทศบาลตำ บลนาหนองทุ่มพบว่ามีผลคะแนน\nเทศบาลตำบลนาหนอง ทุ่มจัดทำมาตรการ\n"
            "เทศบาลตำบลนาหนองหุ้มได้ติดตาม\nเทศบาลตำบลนาหนอง หุ้ม\nเทศบาลตำบลนาหนอง หุ้ม")
    assert _place_and_name(text)[2] == "เทศบาลตำบลนาหนองทุ่ม"


@pytest.mark.parametrize(("name", "place"), [
    ("องค์การบริหารส่วนจังหวัดขอนแก่น", (None, None, "ขอนแก่น", "40")),
    ("เทศบาลนครขอนแก่น", ("เมืองขอนแก่น", "4001", "ขอนแก่น", "40")),
    ("เทศบาลเมืองบ้านไผ่", ("บ้านไผ่", "4010", "ขอนแก่น", "40")),
    ("เทศบาลเมืองแสนสุข", (None, None, None, None)),  # not a district's name: nothing implied
])
def test_places_an_organisations_name_implies(name: str, place: tuple, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ita.extract import extract_file

    path = tmp_path / "r.txt"
    path.write_text("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ "
                    f"พ.ศ. ๒๕๖๖\n\n{name}\n\nตัวชี้วัด\tคะแนน\nการปฏิบัติหน้าที่\t๙๐.๐๐\n"
                    "การใช้งบประมาณ\t๘๐.๐๐\n", encoding="utf-8")
    ex = extract_file(path)
    report = ex.report
    assert report is not None
    assert (report.district, report.district_code, report.province,
            report.province_code) == place
    assert any(p.code == "place_from_name" for p in ex.problems) == (place[2] is not None)
