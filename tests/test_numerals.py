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


def test_pieces_of_a_broken_stroke_make_one_glyph() -> None:
    # a thin serif '3' broken at 200 dpi: its top piece lies over its body, not beside it
    import numpy as np

    page = np.full((40, 80), 255, np.uint8)
    page[5:8, 10:23] = 0  # top piece of the broken glyph: a bar and a stroke down ...
    page[5:22, 20:23] = 0
    page[18:35, 8:17] = 0  # ... beside the top of its body, untouched, their boxes overlapping
    page[32:35, 8:25] = 0
    page[5:35, 30:45] = 0  # the next glyph, beside it
    page[5:35, 44:60] = 0  # touching it: a glyph of its own, not a piece of it
    glyphs = numerals.InkComponents(page).glyphs_in((0, 0, 80, 40))
    assert [(g.left, g.right) for g in glyphs] == [(8, 25), (30, 60)]


class _FixedModel:
    """Stands in for the network: every glyph gets the same probabilities."""

    def __init__(self, **probabilities: float):
        import numpy as np

        self.row = np.zeros(len(numerals.CLASSES), np.float32)
        for label, p in probabilities.items():
            self.row[numerals.CLASSES.index(label)] = p

    def probabilities(self, rows):
        import numpy as np

        return np.tile(self.row, (len(rows), 1))


def _line(*labels: str) -> list[numerals.Entry]:
    return [(numerals.Glyph(10 * i, 0, 10 * i + 8, 20, [0]), label, p)
            for i, (label, p) in enumerate(zip(labels[::2], labels[1::2]))]


def test_a_lookalike_digit_beside_digits_is_a_digit() -> None:
    import numpy as np

    ink = numerals.InkComponents(np.full((30, 100), 255, np.uint8))
    model = _FixedModel(**{"other": 0.66, "0": 0.34})
    settled = numerals.settle_lookalikes(model, ink, _line("5", 1.0, "other", 0.66), 20, 20)
    assert [(e[1], round(e[2], 2)) for e in settled] == [("5", 1.0), ("0", 1.0)]
    # a Thai zero's twin is not an Arabic 0, and a lone glyph has no neighbour to say so
    assert numerals.settle_lookalikes(model, ink, _line("๕", 1.0, "other", 0.66), 20, 20
                                      )[1][1] == "other"
    assert numerals.settle_lookalikes(model, ink, _line("other", 0.66), 20, 20)[0][1] == "other"
    # a glyph that may be some third thing stays doubtful
    unsure = _FixedModel(**{"other": 0.5, "0": 0.3, "8": 0.2})
    assert numerals.settle_lookalikes(unsure, ink, _line("5", 1.0, "other", 0.5), 20, 20
                                      )[1][1] == "other"


def test_a_slanted_cut_parts_a_digit_from_the_slash_it_touches() -> None:
    # a bar (the digit's stroke) touching a '/' that leans over it: no straight column parts
    # them, a cut along the slash's slant does, and every pixel goes to exactly one piece
    import numpy as np

    page = np.full((40, 60), 255, np.uint8)
    page[8:32, 8:20] = 0  # the digit
    for y in range(4, 36):  # the slash, leaning right as it rises, touching the digit
        x = 18 + round(0.45 * (35 - y))
        page[y, x:x + 4] = 0
    ink = numerals.InkComponents(page)
    [glyph] = ink.glyphs_in((0, 0, 60, 40))
    straight = ink._cut(glyph, glyph.left + glyph.width // 2)
    assert all(piece.width > 8 for piece in straight)  # each straight half holds slash ink
    whole = ink.crop(glyph)
    for pieces in ink.cuts(glyph):
        if all(p.mask is not None for p in pieces):  # a slanted cut
            total = np.zeros_like(whole)
            for p in pieces:
                total[p.top - glyph.top:p.bottom - glyph.top,
                      p.left - glyph.left:p.right - glyph.left] += ink.crop(p)
            assert np.array_equal(total, whole)
            left, right = sorted(pieces, key=lambda p: p.left)
            if left.right <= 21 and right.left >= 18:  # the digit alone, then the slash
                break
    else:
        raise AssertionError("no slanted cut parts the digit from the slash")
