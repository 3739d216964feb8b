import pytest
from hypothesis import given
from hypothesis import strategies as st
from ita.normalise.indicators import indicators, match_indicator, normalise_tool
from ita.normalise.orgs import choose_name, find_mentions
from ita.normalise.units import split_units


@pytest.mark.parametrize("written,number", [
    ("ใช้อำนาจ", 3), ("การใช้ อำนาจ", 3), ("ใช้ทรัพย์สินของราชการ", 4),
    ("การใช้ทรัพย์สินของทางราชการ", 4), ("แก้ไขปัญหาการทุจริต", 5),
    ("การปรับปรุงระบบการทำงาน", 8), ("ด้านการป้องกันการทุจริต", 10),
    ("ประสิทธิภาพการสื่อสาธ", 7),  # OCR slip
    ("คุณภาพการดำเนินงาน", 6), ("การเปิดเผยข้อมูล", 9),
])
def test_indicator_variants(written: str, number: int) -> None:
    assert match_indicator(written).number == number


@pytest.mark.parametrize("bad", ["การประชุมประจำเดือน", "สำนักปลัด", ""])
def test_non_indicators_raise(bad: str) -> None:
    with pytest.raises(ValueError):
        match_indicator(bad)


@given(st.sampled_from(range(1, 11)), st.data())
def test_spaces_anywhere_in_a_name_do_not_matter(number: int, data: st.DataObject) -> None:
    name = indicators()[number].name
    cut = data.draw(st.integers(min_value=1, max_value=len(name) - 1))
    assert match_indicator(name[:cut] + " " + name[cut:]).number == number


@pytest.mark.parametrize("code,tool", [("IIT", "IIT"), ("IIIT", "IIT"), ("IT", "IIT"),
                                       ("ETT", "EIT"), ("EIT", "EIT"), ("0IT", "OIT")])
def test_tool_codes(code: str, tool: str) -> None:
    assert normalise_tool(code) == tool


@pytest.mark.parametrize("text,units", [
    ("๑. สำนักปลัด ๒. กองคลัง", ["สำนักปลัด", "กองคลัง"]),
    ("สำนักปลัด, กองคลัง, กองช่าง", ["สำนักปลัด", "กองคลัง", "กองช่าง"]),
    ("สำนักปลัด\nกองคลัง", ["สำนักปลัด", "กองคลัง"]),
    ("ทุกสำนัก/กอง", ["ทุกสำนัก/กอง"]),
    ("งานพัสดุ/กองคลัง", ["งานพัสดุ/กองคลัง"]),
    ("กองการ เจ้าหน้าที่", ["กองการเจ้าหน้าที่"]),
    ("สำนักปลัด และกองคลัง", ["สำนักปลัด", "กองคลัง"]),
    ("กองสาธารณสุข และสิ่งแวดล้อม", ["กองสาธารณสุขและสิ่งแวดล้อม"]),
    ("สำนักปลัด กองการศึกษาฯ", ["สำนักปลัด", "กองการศึกษา ศาสนาและวัฒนธรรม"]),
])
def test_units(text: str, units: list[str]) -> None:
    assert split_units(text) == units


@given(st.lists(st.sampled_from(["สำนักปลัด", "กองคลัง", "กองช่าง", "กองสวัสดิการสังคม",
                                 "กองการศึกษา ศาสนาและวัฒนธรรม", "หน่วยตรวจสอบภายใน"]),
                min_size=1, max_size=5, unique=True),
       st.sampled_from([" ", ", ", "\n", "numbered"]))
def test_known_units_split_back_whatever_the_separator(units: list[str], sep: str) -> None:
    if sep == "numbered":
        text = " ".join(f"{i}. {u}" for i, u in enumerate(units, start=1))
    else:
        text = sep.join(units)
    assert split_units(text) == units


def test_abbreviated_organisations_expand() -> None:
    mentions = find_mentions("ทต.บ้านใหม่ และ อบจ.ขอนแก่น และ ทน.ขอนแก่น")
    assert [m.full_name for m in mentions] == [
        "เทศบาลตำบลบ้านใหม่", "องค์การบริหารส่วนจังหวัดขอนแก่น", "เทศบาลนครขอนแก่น"]


def test_run_on_words_count_for_the_name() -> None:
    text = ("เทศบาลเมืองร้อยเอ็ด พบว่า … เทศบาลเมืองร้อยเอ็ดมีมาตรฐาน … "
            "เทศบาลเมืองร้อยเอ็ดมีความโปร่งใส … เทศบาลเมืองร้อยเอ็ด")
    chosen = choose_name(find_mentions(text))
    assert chosen is not None and chosen.mention.full_name == "เทศบาลเมืองร้อยเอ็ด"
    assert chosen.variants == ()
