import pytest
from hypothesis import given
from hypothesis import strategies as st
from ita.normalise.digits import parse_number, thai_to_ascii_digits
from ita.normalise.scores import grade_for_score, normalise_grade, parse_score
from ita.normalise.text import SARA_AM, clean_text, collapse_spaces, join_sara_am, strip_markup

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


@given(st.decimals(min_value=0, max_value=100, places=2, allow_nan=False))
def test_scores_in_thai_digits_read_back_exactly(value) -> None:
    text = f"{value:.2f}".translate(THAI)
    assert parse_score(text)[0] == float(f"{value:.2f}")
    assert parse_number(text) == float(f"{value:.2f}")


@given(st.text())
def test_digit_conversion_keeps_length_and_non_digits(text: str) -> None:
    converted = thai_to_ascii_digits(text)
    assert len(converted) == len(text)
    assert not any(ch in "๐๑๒๓๔๕๖๗๘๙" for ch in converted)


@pytest.mark.parametrize("bad", ["101", "-5", "คะแนน", "", "๑๒๐.๐๐"])
def test_scores_outside_0_100_or_missing_raise(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_score(bad)


@given(st.floats(min_value=0, max_value=100))
def test_grade_bands_are_monotone(score: float) -> None:
    order = ["F", "E", "D", "C", "B", "A", "AA"]
    assert order.index(grade_for_score(score)) <= order.index(grade_for_score(min(100, score + 5)))


def test_grades() -> None:
    assert normalise_grade("c") == "C" and normalise_grade("AA") == "AA"
    with pytest.raises(ValueError):
        normalise_grade("G")


thai_text = st.text(alphabet=st.sampled_from(
    list("กขคงจดตนบปมยรลวสหอะาิีึืุูเแโใไ่้๊๋ํั ์") + ["\u0e33", " ", "\n", "\t"]), max_size=60)


@given(thai_text)
def test_clean_text_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


@given(thai_text)
def test_no_split_sara_am_survives(text: str) -> None:
    assert "\u0e4d\u0e32" not in join_sara_am(text)
    assert join_sara_am(text).count(SARA_AM) >= text.count(SARA_AM)


def test_split_sara_am_variants() -> None:
    assert join_sara_am("ดําเนิน") == "ดำเนิน"
    assert join_sara_am("น\u0e4d\u0e49\u0e32") == "น\u0e49\u0e33"


def test_markup() -> None:
    assert strip_markup("<p>ก</p> <p>ข</p>") == "ก\nข"
    assert collapse_spaces(" ก \t ข ") == "ก ข"
