import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from ita.normalise.dates import (
    be_year_to_ce,
    find_period,
    fiscal_year_range,
    month_number,
    parse_fiscal_year_phrase,
    parse_thai_date,
    parse_thai_date_range,
)
from ita.normalise.lexicons import load

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS = {int(r["month"]): (r["full"], r["abbreviations"]) for r in load("months")}


@pytest.mark.parametrize("text,month", [
    ("ต.ค.", 10), ("ตค", 10), ("ต.ค", 10), ("ต. ค.", 10), ("พฤศจิกายน", 11), ("ธ.ค.", 12),
    ("ก.ย.", 9), ("มี.ค.", 3), ("มีค", 3), ("มิ.ย.", 6), ("ม.ค.", 1),
])
def test_month_spellings(text: str, month: int) -> None:
    assert month_number(text) == month


@pytest.mark.parametrize("text,expected", [
    ("๑ ต.ค.๖๘-๓๐ ก.ย.๖๙", (dt.date(2025, 10, 1), dt.date(2026, 9, 30))),
    ("๑ ตุลาคม ๒๕๖๔ – ๓๐ กันยายน ๒๕๖๕", (dt.date(2021, 10, 1), dt.date(2022, 9, 30))),
    ("1 ตค 64 - 30 กย 65", (dt.date(2021, 10, 1), dt.date(2022, 9, 30))),
    ("๑ กุมภาพันธ์ ๒๕๖๕ – ๓๐ เมษายน ๒๕๖๕", (dt.date(2022, 2, 1), dt.date(2022, 4, 30))),
    ("1 พ.ย. - 31 ธ.ค. 2566", (dt.date(2023, 11, 1), dt.date(2023, 12, 31))),
    ("ตุลาคม 2566 ถึง มีนาคม 2567", (dt.date(2023, 10, 1), dt.date(2024, 3, 31))),
    ("ตั้งแต่ 1 ต.ค. 2566 ถึง 30 ก.ย. 2567", (dt.date(2023, 10, 1), dt.date(2024, 9, 30))),
])
def test_ranges(text: str, expected: tuple[dt.date, dt.date]) -> None:
    assert parse_thai_date_range(text) == expected


def test_start_without_year_in_the_year_before() -> None:
    # ธันวาคม to มีนาคม 2567: December belongs to 2566
    assert parse_thai_date_range("1 ธันวาคม - 31 มีนาคม 2567") == (
        dt.date(2023, 12, 1), dt.date(2024, 3, 31))


@pytest.mark.parametrize("bad", ["", "๓๑ กันยายน ๒๕๖๕", "หนึ่ง ตุลาคม", "30 ก.ย. 2565 - 1 ต.ค. 2564"])
def test_unreadable_dates_raise(bad: str) -> None:
    with pytest.raises(ValueError):
        if "-" in bad:
            parse_thai_date_range(bad)
        else:
            parse_thai_date(bad)


def test_fiscal_year_phrase() -> None:
    assert parse_fiscal_year_phrase("ปีงบประมาณ พ.ศ. ๒๕๖๙") == (
        dt.date(2025, 10, 1), dt.date(2026, 9, 30))
    assert find_period("ตลอดปีงบประมาณ ๒๕๖๕") == (dt.date(2021, 10, 1), dt.date(2022, 9, 30))
    assert find_period("รายงานผลการดำเนินงานตามมาตรการ - รอบ ๖ เดือน - รอบ ๑๒ เดือน") is None


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2150, 12, 31)),
       st.booleans(), st.booleans(), st.booleans())
def test_any_date_written_the_thai_way_reads_back(day: dt.date, abbreviated: bool,
                                                   thai_digits: bool, two_digit: bool) -> None:
    full, abbr = MONTHS[day.month]
    be = day.year + 543
    year = str(be)[-2:] if two_digit and 2500 <= be <= 2599 else str(be)
    text = f"{day.day} {abbr if abbreviated else full} {year}"
    if thai_digits:
        text = text.translate(THAI)
    assert parse_thai_date(text) == day


@given(st.integers(min_value=2400, max_value=2700))
def test_fiscal_year_is_one_year_ending_30_september(be: int) -> None:
    start, end = fiscal_year_range(be)
    assert (start.month, start.day, end.month, end.day) == (10, 1, 9, 30)
    assert end.year - start.year == 1 and end.year == be - 543
    assert be_year_to_ce(str(be)) == be - 543


@given(st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2100, 1, 1)),
       st.integers(min_value=0, max_value=800))
def test_ranges_read_back_in_order(start: dt.date, length: int) -> None:
    end = start + dt.timedelta(days=length)
    text = (f"{start.day} {MONTHS[start.month][1]}{start.year + 543} – "
            f"{end.day} {MONTHS[end.month][0]} {end.year + 543}").translate(THAI)
    assert parse_thai_date_range(text) == (start, end)
