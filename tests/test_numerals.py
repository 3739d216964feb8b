"""The scan numeral reader (issue #4): held-out lines drawn, degraded and read exactly as in
``make numerals``, with a random seed the shipped model never saw."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from ita.ingest import numeral_training, numerals
from ita.normalise.ocr_text import drop_spaces_inside_words

pytestmark = pytest.mark.skipif(not numeral_training.FONT_DIR.exists(),
                                reason="needs fonts-thai-tlwg")


@pytest.fixture(scope="module")
def held_out() -> dict:
    model = numerals.classifier()
    assert model is not None, "ingest/models/numerals.npz is missing: run make numerals"
    return numeral_training.evaluate(numeral_training.make_samples(300, seed=77, model=model))


def test_numbers_are_read_exactly(held_out: dict) -> None:
    assert held_out["numbers"] > 500
    assert held_out["number_accuracy"] >= 0.97


def test_a_number_is_rarely_read_as_another(held_out: dict) -> None:
    assert held_out["numbers_misread"] <= 0.01 * held_out["numbers"]


def test_words_are_not_read_as_numbers(held_out: dict) -> None:
    assert held_out["words"] > 500
    assert held_out["words_read_as_numbers"] <= 0.002 * held_out["words"]


def test_replace_suffix_needs_the_same_count() -> None:
    assert numerals.replace_suffix("พ.ศ.๒๕๒๕", "๒๕๖๔") == "พ.ศ.๒๕๖๔"
    assert numerals.replace_suffix("พ.ศ.๒๕", "๒๕๖๔") == "พ.ศ.๒๕"


def test_numbers_in_two_scripts_are_refused() -> None:
    import numpy as np

    assert numerals.as_number(list("๙๕1"), np.ones(3)) is None
    assert numerals.as_number(list("๙๕.๑"), np.ones(4)) == "๙๕.๑"


@given(st.text(alphabet="กขคงจนมยรลวสหอะาิีุูเแโ่้ ๑๒", max_size=30))
def test_dropping_spaces_changes_nothing_else(text: str) -> None:
    assert drop_spaces_inside_words(text).replace(" ", "") == text.replace(" ", "")


def test_a_wide_bold_one_still_pads_its_gaps() -> None:
    # Garuda-Bold "18)" and "96,164": a bold 1 is half a digit wide, not half the line high
    def entry(left: int, right: int, label: str) -> numerals.Entry:
        return (numerals.Glyph(left, 0, right, 46, [0]), label, 1.0)

    line = [entry(1593, 1618, "1"), entry(1641, 1682, "8"), entry(1689, 1705, ")")]
    assert numerals.number_runs(line, 46.0) == [[0, 1, 2]]
    apart = [entry(0, 40, "9"), entry(45, 85, "6"), entry(145, 185, "6"), entry(190, 230, "4")]
    assert numerals.number_runs(apart, 46.0) == [[0, 1], [2, 3]]  # a space between numbers
