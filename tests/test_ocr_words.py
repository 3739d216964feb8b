"""The OCR backend's word-level repairs: rows of marks read as lines of their own, and Thai
words Tesseract read as Latin."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from ita.ingest.ocr import Word, drop_mark_lines, reread_alone

FONT = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")


def _line(texts: list[str], line: tuple[int, int, int], top: int, bottom: int,
          confidence: float, left: int = 100, width: int = 40) -> list[Word]:
    return [Word(t, left + i * width, top, left + (i + 1) * width - 5, bottom, confidence, line)
            for i, t in enumerate(texts)]


def test_a_row_of_marks_read_as_stray_letters_above_a_line_is_dropped() -> None:
    marks = _line(["a", "เล", "«ft", "ae", "Ld"], (3, 1, 1), 1117, 1146, 40)
    text = _line(list("ประเด็นที่"), (3, 1, 2), 1130, 1196, 93)
    kept = drop_mark_lines(marks + text)
    assert [w.text for w in kept] == list("ประเด็นที่")


def test_a_real_line_above_another_is_kept() -> None:
    first = _line(list("มิติที่"), (2, 1, 1), 964, 1030, 93)
    second = _line(list("ประเด็น"), (2, 1, 2), 1060, 1126, 93)
    assert drop_mark_lines(first + second) == first + second


def test_latin_read_with_confidence_is_kept_unless_much_shorter() -> None:
    acronym = _line(["(IIT)"], (1, 1, 1), 65, 119, 86)  # a header cell above a row of text
    text = _line(list("การปฏิบัติ"), (1, 1, 2), 100, 170, 93)
    assert len(drop_mark_lines(acronym + text)) == len(acronym + text)


@pytest.mark.skipif(shutil.which("tesseract") is None or not FONT.exists(),
                    reason="needs Tesseract and fonts-thai-tlwg")
def test_a_thai_word_read_as_latin_is_read_again_alone() -> None:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 64)
    image = Image.new("L", (900, 140), 255)
    ImageDraw.Draw(image).text((20, 20), "การปฏิบัติหน้าที่", font=font, fill=0)
    binary = np.array(image)
    rows, cols = np.nonzero(binary < 128)
    word = Word("NISUAUANUI", int(cols.min()), int(rows.min()), int(cols.max()),
                int(rows.max()), 29.0, (1, 1, 1))
    reread_alone(binary, word)
    assert word.text.startswith("การปฏิบัติหน้าท") and word.confidence > 29

    speck = np.full((140, 900), 255, np.uint8)
    speck[60:64, 100:104] = 0
    stray = Word("tal", 90, 50, 110, 70, 49.0, (1, 1, 1))
    reread_alone(speck, stray)
    assert stray.text == "tal"  # nothing Thai to be had: the reading stays


def _letters(texts: list[str], gap_after: dict[int, int] | None = None) -> list[Word]:
    words, left = [], 100
    for i, text in enumerate(texts):
        words.append(Word(text, left, 100, left + 20, 150, 93.0, (1, 1, 1)))
        left += 20 + (gap_after or {}).get(i, 0)
    return words


def test_a_letter_inside_a_dictionary_word_is_not_a_digit() -> None:
    from ita.ingest.ocr import _letter_of_a_word

    line = _letters(["ป", "ร", "ะ", "เด", "็", "น", "ท", "ี", "่"], {8: 40})
    assert _letter_of_a_word(line, 6)  # ท of ประเด็นที่
    alone = _letters(["ข้อ", "ต"], {0: 40})
    assert not _letter_of_a_word(alone, 1)  # apart from the word before: a digit may be
    ending = _letters(["ข้อ", "ต"])
    assert not _letter_of_a_word(ending, 1)  # no dictionary word goes on after it


def test_ink_under_no_word_as_tall_as_a_line_is_missed_text() -> None:
    from ita.ingest.ocr import missed_ink

    crop = np.full((300, 200), 255, np.uint8)
    crop[20:60, 10:150] = 0  # a line read
    crop[120:165, 10:150] = 0  # a line Tesseract skipped
    assert missed_ink(crop, [(18, 62)])
    assert not missed_ink(crop, [(18, 62), (118, 166)])
    crop[200:210, 10:20] = 0  # a speck is no line
    assert not missed_ink(crop, [(18, 62), (118, 166)])
