"""Scanned pages: image → cleaned image → ruled tables and text by Tesseract → the same
document model as every other backend.

Per page: grey-scale, deskew (the angle that makes the rows of ink sharpest), remove speckle,
binarise (adaptive, so grey paper and uneven light do not matter); find ruled tables by line
morphology and build each one's grid of cells, with spans where a rule is missing; then the
cells' insides (rules cut off) are stacked in one image and read in one Tesseract run
(``tha+eng``, LSTM), the prose around the tables in a second.  Two runs per page keep the
cost down; OpenMP is held to one thread, which on two cores is seven times faster than
Tesseract's default.

Stock Thai models cannot write ๔ ๖ ๗ ๘ ๙ or ำ (issue #4): numbers are re-read by our own
numeral reader (``numerals``), and text goes through the Thai repair chain (ํา → ำ) and the
OCR repairs of ``normalise.ocr_text``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from ita.ingest import numerals
from ita.ingest.continuation import join_continued_tables
from ita.ingest.errors import IngestError, check_deadline
from ita.normalise.linebreaks import join_lines
from ita.normalise.ocr_text import repair_ocr_text
from ita.normalise.quality import thai_dictionary, thai_text_quality, thai_tokens
from ita.normalise.text import clean_text
from ita.normalise.thai_repair import repair_thai
from ita.schema import Cell, Page, Paragraph, Table, TextMethod
from ita.schema.document import Box

if TYPE_CHECKING:
    from ita.ingest.registry import ReadOptions

OCR_DPI = 300
LANGUAGES = "tha+eng"
SPECK_AREA = 12  # pixels at 300 dpi: smaller blobs of ink are dust, not marks (a tone mark ≈ 60)
CELL_INSET = 7  # pixels cut from each side of a cell, so no rule is read as text
BAND_GAP = 40  # white pixels between cells stacked for one Tesseract run
MIN_CONFIDENCE = 0  # Tesseract words below this confidence are dropped (-1: not text)
DOUBTFUL_LATIN = 60  # a Latin word read below this confidence is re-read alone (Thai read as
# Latin in a page of Thai: การปฏิบัติหน้าที่ → "NISUAUANUI" at 29)
THAI_REREAD_QUALITY = 0.5  # share of dictionary Thai a re-read word needs (specks and
# signatures re-read as Thai letters are not kept)
REREAD_MARGIN = 6  # white pixels kept around a word re-read alone


@dataclass
class Word:
    text: str
    left: int
    top: int
    right: int
    bottom: int
    confidence: float
    line: tuple[int, int, int]  # Tesseract's block, paragraph and line numbers
    number: bool = False  # rewritten by the numeral reader


@dataclass
class GridTable:
    """A ruled table found on the image: its box, its cells (row, col, spans, box) and the x
    positions of its grid's column rules."""

    box: tuple[int, int, int, int]
    cells: list[tuple[int, int, int, int, tuple[int, int, int, int]]] = field(
        default_factory=list)
    columns: list[int] = field(default_factory=list)


def _cv2():
    import cv2

    return cv2


def to_grey(image: np.ndarray) -> np.ndarray:
    cv2 = _cv2()
    if image.ndim == 3:
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY if image.shape[2] == 3
                            else cv2.COLOR_BGRA2GRAY)
    return image


def skew_angle(grey: np.ndarray, limit: float = 3.0, step: float = 0.1) -> float:
    """The rotation (degrees) that makes the page's rows of ink sharpest: the variance of the
    row sums of a reduced binary image peaks when text lines and rules are level."""
    cv2 = _cv2()
    scale = 1000 / max(grey.shape)
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink = (small < 160).astype(np.float32)
    height, width = ink.shape
    best, best_score = 0.0, -1.0
    for angle in np.arange(-limit, limit + step / 2, step):
        matrix = cv2.getRotationMatrix2D((width / 2, height / 2), float(angle), 1.0)
        rotated = cv2.warpAffine(ink, matrix, (width, height), flags=cv2.INTER_NEAREST)
        score = float(np.var(rotated.sum(axis=1)))
        if score > best_score:
            best, best_score = float(angle), score
    return best


def deskew(grey: np.ndarray) -> np.ndarray:
    cv2 = _cv2()
    angle = skew_angle(grey)
    if abs(angle) < 0.05:
        return grey
    height, width = grey.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(grey, matrix, (width, height), flags=cv2.INTER_CUBIC,
                          borderMode=cv2.BORDER_REPLICATE)


CLEANING_STEPS = ("deskew", "denoise", "adaptive", "orientation")  # each can be left out
# (ReadOptions.ocr_skip) to measure what it buys: ``python -m tests.accuracy --ablation``


def binarise(grey: np.ndarray, skip: frozenset[str] = frozenset()) -> np.ndarray:
    """Black ink (0) on white (255): speckle removed (median filter, then blobs under
    SPECK_AREA), then an adaptive threshold (so grey paper and uneven light do not matter).
    ``skip`` may leave out "denoise" and "adaptive" (Otsu's global threshold instead)."""
    cv2 = _cv2()
    smooth = grey if "denoise" in skip else cv2.medianBlur(grey, 3)
    if "adaptive" in skip:
        _, binary = cv2.threshold(smooth, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    else:
        binary = cv2.adaptiveThreshold(smooth, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C,
                                       cv2.THRESH_BINARY, 41, 15)
    if "denoise" in skip:
        return binary
    count, labels, stats, _ = cv2.connectedComponentsWithStats(255 - binary, connectivity=8)
    specks = np.flatnonzero(stats[:, cv2.CC_STAT_AREA] <= SPECK_AREA)
    specks = specks[specks > 0]
    binary[np.isin(labels, specks)] = 255
    return binary


def _positions(mask: np.ndarray, axis: int) -> list[int]:
    """Centres of the runs of rows (axis 0) or columns (axis 1) that the mask fills."""
    filled = np.asarray(mask.any(axis=1) if axis == 0 else mask.any(axis=0)).tolist()
    out, start = [], None
    for i, on in enumerate([*filled, False]):
        if on and start is None:
            start = i
        elif not on and start is not None:
            out.append((start + i - 1) // 2)
            start = None
    return out


def find_tables(binary: np.ndarray) -> list[GridTable]:
    """Ruled tables on a binary page."""
    cv2 = _cv2()
    ink = 255 - binary
    height, width = ink.shape
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN,
                                  cv2.getStructuringElement(cv2.MORPH_RECT, (width // 25, 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN,
                                cv2.getStructuringElement(cv2.MORPH_RECT, (1, height // 40)))
    rules = cv2.dilate(horizontal | vertical, np.ones((3, 3), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(rules, connectivity=8)
    tables = []
    for i in range(1, count):
        x, y, w, h, _ = stats[i]
        if w < width // 5 or h < height // 40:
            continue
        table = _grid(horizontal[y:y + h, x:x + w], vertical[y:y + h, x:x + w], (x, y))
        if table is not None and table.cells:
            tables.append(table)
    return tables


def _grid(horizontal: np.ndarray, vertical: np.ndarray, origin: tuple[int, int]
          ) -> GridTable | None:
    """The cells of one table from its rule masks: every pair of neighbouring row rules and
    column rules bounds a grid cell; a grid cell whose right (or lower) rule is missing is
    merged with its neighbour."""
    ys = _positions(horizontal, 0)
    xs = _positions(vertical, 1)
    if len(ys) < 2 or len(xs) < 2:
        return None
    ox, oy = origin
    rows, cols = len(ys) - 1, len(xs) - 1

    def has_vertical(col_edge: int, row: int) -> bool:
        x, y0, y1 = xs[col_edge], ys[row], ys[row + 1]
        band = vertical[y0 + 3:max(y0 + 4, y1 - 3), max(0, x - 3):x + 4]
        return band.size > 0 and band.any(axis=1).mean() > 0.6

    def has_horizontal(row_edge: int, col: int) -> bool:
        y, x0, x1 = ys[row_edge], xs[col], xs[col + 1]
        band = horizontal[max(0, y - 3):y + 4, x0 + 3:max(x0 + 4, x1 - 3)]
        return band.size > 0 and band.any(axis=0).mean() > 0.6

    owner = [[-1] * cols for _ in range(rows)]
    table = GridTable(box=(ox + xs[0], oy + ys[0], ox + xs[-1], oy + ys[-1]),
                      columns=[ox + x for x in xs])
    for r in range(rows):
        for c in range(cols):
            if owner[r][c] >= 0:
                continue
            col_span = 1
            while c + col_span < cols and not has_vertical(c + col_span, r):
                col_span += 1
            row_span = 1
            while r + row_span < rows and not has_horizontal(r + row_span, c):
                row_span += 1
            for rr in range(r, r + row_span):
                for cc in range(c, c + col_span):
                    owner[rr][cc] = len(table.cells)
            box = (ox + xs[c], oy + ys[r], ox + xs[c + col_span], oy + ys[r + row_span])
            table.cells.append((r, c, row_span, col_span, box))
    return table


def for_tesseract(image: np.ndarray):
    """The image as pytesseract hands it to Tesseract: a PIL image marked TIFF, written
    uncompressed and, like pytesseract's default PNG, with no resolution (BMP's 96 dpi header
    changes what Tesseract reads); PNG spends ~4 % of a page's time on compression."""
    from PIL import Image

    pil = Image.fromarray(image)
    pil.format = "TIFF"
    return pil


def read_words(binary: np.ndarray, psm: int = 3) -> list[Word]:
    """Every word Tesseract reads on the image, with its box, confidence and line."""
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    data = pytesseract.image_to_data(for_tesseract(binary), lang=LANGUAGES,
                                     config=f"--psm {psm}", output_type=pytesseract.Output.DICT)
    words = []
    for i, text in enumerate(data["text"]):
        confidence = float(data["conf"][i])
        if not text.strip() or confidence < MIN_CONFIDENCE:
            continue
        left, top = data["left"][i], data["top"][i]
        words.append(Word(text, left, top, left + data["width"][i], top + data["height"][i],
                          confidence, (data["block_num"][i], data["par_num"][i],
                                       data["line_num"][i])))
    words = drop_mark_lines(words)
    for word in words:
        if word.confidence < DOUBTFUL_LATIN and _LATIN.search(word.text):
            reread_alone(binary, word)
    return words


_LATIN = re.compile(r"[A-Za-z]{3}")


def reread_alone(binary: np.ndarray, word: Word) -> None:
    """Read the word's box again as a line of its own and keep that reading if Tesseract is
    surer of it.  In a page of Thai, Tesseract's page-level guess of the script sometimes
    goes to Latin for a whole word; alone, the same ink is read as Thai."""
    import pytesseract

    height, width = binary.shape[:2]
    crop = binary[max(0, word.top - REREAD_MARGIN):min(height, word.bottom + REREAD_MARGIN),
                  max(0, word.left - REREAD_MARGIN):min(width, word.right + REREAD_MARGIN)]
    padded = np.pad(crop, 2 * REREAD_MARGIN, constant_values=255)
    data = pytesseract.image_to_data(for_tesseract(padded), lang=LANGUAGES, config="--psm 7",
                                     output_type=pytesseract.Output.DICT)
    # the pieces keep the word's own height, so gaps are judged against it
    pieces = sorted((Word(text, data["left"][i], word.top, data["left"][i] + data["width"][i],
                          word.bottom, float(data["conf"][i]), word.line)
                     for i, text in enumerate(data["text"]) if text.strip()),
                    key=lambda p: (p.left, p.right, p.text, p.confidence))
    if not pieces:
        return
    confidence = sum(p.confidence for p in pieces) / len(pieces)
    text = _join_words(pieces)
    quality = thai_text_quality(text)
    if (confidence > word.confidence and quality is not None and quality >= THAI_REREAD_QUALITY
            and not re.search(r"[A-Za-z0-9๐-๙]", text)):
        word.text, word.confidence = text, confidence


def drop_mark_lines(words: list[Word]) -> list[Word]:
    """Tesseract sometimes takes the row of Thai marks above a line (ิ ้ ี่) for a line of its
    own and reads it as Latin or stray letters ("awa wv al", "เล «ft ae").  Such a 'line' sits
    on top of a line of full height over the same stretch, its words are shorter, and it is
    either without Thai and digits or read with little confidence: it is dropped."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    spans = {key: _LineSpan(ws) for key, ws in lines.items()}
    dropped = set()
    for key, span in spans.items():
        sure = span.confidence >= MARK_LINE_CONFIDENCE
        if sure and any(re.search(r"[\u0e01-\u0e5b0-9]", w.text) for w in lines[key]):
            continue  # read with confidence, and Thai or digits: a real line
        limit = MARK_LINE_HEIGHT_SURE if sure else MARK_LINE_HEIGHT
        for other, below in spans.items():
            if (other != key and span.height < limit * below.height
                    and span.top < below.top
                    and below.top - below.height < span.bottom
                    <= below.top + 0.75 * (below.bottom - below.top)
                    and min(span.right, below.right) - max(span.left, below.left) > 0
                    and span.bottom < below.bottom):
                dropped.add(key)
                break
    return [w for w in words if w.line not in dropped]


MARK_LINE_CONFIDENCE = 85  # median confidence of a real line of Thai (≈ 93 on clean scans)
MARK_LINE_HEIGHT = 0.8  # a row of marks: median word height under this share of the line's
MARK_LINE_HEIGHT_SURE = 0.55  # the same for a line of Latin read with confidence ("(IIT)")


class _LineSpan:
    """A Tesseract line's box, median word height and median confidence."""

    def __init__(self, words: list[Word]) -> None:
        self.left = min(w.left for w in words)
        self.top = min(w.top for w in words)
        self.right = max(w.right for w in words)
        self.bottom = max(w.bottom for w in words)
        self.height = float(np.median([w.bottom - w.top for w in words]))
        self.confidence = float(np.median([w.confidence for w in words]))


def reread_numbers(binary: np.ndarray, words: list[Word]) -> None:
    """Rewrite, in place, the numbers on each Tesseract line as the numeral reader reads them
    (Tesseract's ``tha`` has no ๔ ๖ ๗ ๘ ๙).  The line's ink is cut into glyphs once and
    classified; each run of numerals goes to the words it lies in: the first word wholly in
    the run gets the number, the others nothing, and a word that ends in the run (พ.ศ.๒๕๖๖)
    has its trailing digits replaced."""
    model = numerals.classifier()
    if model is None or not words:
        return
    ink = numerals.InkComponents(binary)
    by_line: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        by_line.setdefault(word.line, []).append(word)
    for line in by_line.values():
        box = (min(w.left for w in line) - 1, min(w.top for w in line) - 1,
               max(w.right for w in line) + 1, max(w.bottom for w in line) + 1)
        glyphs = ink.glyphs_in(box)
        if not glyphs:
            continue
        numeric = frozenset(k for k, w in enumerate(line)
                            if w.text and not w.text.strip(numerals.DIGITS + ".,"))
        lettered = frozenset(k for k, w in enumerate(line) if _word_before_digits(w.text))
        reading = numerals.read_numbers(model, ink, glyphs, lambda g, line=line: _owner(line, g),
                                        numeric, lettered)
        for k, digits in reading.suffix.items():
            if k in lettered:  # the glyphs of the word's letters may have been read as digits
                tail = len(line[k].text) - len(line[k].text.rstrip(numerals.DIGITS + ".,"))
                if not tail:
                    continue
                digits = digits[-tail:]
            line[k].text = numerals.replace_suffix(line[k].text, digits)
        for k, text in reading.whole.items():
            if len(text) == 1 and _letter_of_a_word(line, k):
                continue  # ท of ที่ read as ๙: a lone digit inside a dictionary word is a letter
            line[k].text, line[k].number = text, True
            if k in reading.confidence:  # ours, not Tesseract's reading of the same ink
                line[k].confidence = reading.confidence[k]
        for k in numeric - reading.whole.keys() - reading.suffix.keys():
            middle = (line[k].left + line[k].right) / 2
            if any(left <= middle <= right for left, right in reading.spans):
                line[k].text = ""  # a digit Tesseract boxed between the glyphs of a number


_LETTERS_THEN_DIGITS = re.compile(r"^([\u0e01-\u0e4e]{2,})[0-9๐-๙.,]*$")


def _word_before_digits(text: str) -> bool:
    """ที่ or ที่๑.๑: Tesseract read a dictionary word of two letters or more, then digits if
    any (a single letter is more often a Thai digit it cannot write: ส๕ for ๘๖)."""
    match = _LETTERS_THEN_DIGITS.match(text)
    return match is not None and match.group(1) in thai_dictionary()


def _letter_of_a_word(line: list[Word], k: int) -> bool:
    """Whether word ``k`` is one Thai consonant that Tesseract read inside a dictionary word
    going on after it (ท of ประเด็นที่, cut letter by letter): the words touching it, read
    together, put it in a word of the dictionary that does not end with it."""
    if not re.fullmatch(r"[\u0e01-\u0e2e]", line[k].text):
        return False
    order = sorted(range(len(line)), key=lambda i: line[i].left)
    at = order.index(k)
    first = at
    while first > 0 and _touching(line[order[first - 1]], line[order[first]]):
        first -= 1
    last = at
    while last + 1 < len(order) and _touching(line[order[last]], line[order[last + 1]]):
        last += 1
    texts = [line[order[i]].text for i in range(first, last + 1)]
    start = sum(len(t) for t in texts[:at - first])
    offset = 0
    for token in thai_tokens("".join(texts)):
        end = offset + len(token)
        if offset <= start < end:
            return len(token) >= 2 and end > start + 1 and token in thai_dictionary()
        offset = end
    return False


def _touching(before: Word, word: Word, share: float = 0.25) -> bool:
    """Tesseract cuts Thai into syllables and clusters: boxes closer than ``share`` of the
    height belong to one word; a real gap is a space."""
    height = max(before.bottom - before.top, word.bottom - word.top, 1)
    return word.left - before.right < share * height


def _owner(line: list[Word], glyph: numerals.Glyph) -> int | None:
    """The index of the smallest word box that holds the glyph's centre."""
    x, y = (glyph.left + glyph.right) / 2, (glyph.top + glyph.bottom) / 2
    best, area = None, None
    for k, w in enumerate(line):
        if w.left - 1 <= x <= w.right + 1 and w.top - 1 <= y <= w.bottom + 1:
            size = (w.right - w.left) * (w.bottom - w.top)
            if area is None or size < area:
                best, area = k, size
    return best


def _lines_text(words: list[Word]) -> str:
    """Words grouped into lines (by vertical overlap), lines joined by newlines."""
    lines: list[list[Word]] = []
    for word in sorted((w for w in words if w.text), key=lambda w: (w.top, w.left)):
        middle = (word.top + word.bottom) / 2
        for line in lines:
            if line[0].top <= middle <= line[0].bottom:
                line.append(word)
                break
        else:
            lines.append([word])
    return "\n".join(_join_words(sorted(line, key=lambda w: w.left)) for line in lines)


def _join_words(line: list[Word]) -> str:
    """Words whose boxes (nearly) touch belong together, a real gap is a space."""
    out = line[0].text
    for before, word in zip(line, line[1:]):
        share = 0.6 if before.number and word.number else 0.25  # ๒ ๕ ๖ ๔ → ๒๕๖๔
        out += ("" if _touching(before, word, share) else " ") + word.text
    return out


def _clean(text: str) -> str:
    return clean_text(join_lines(repair_ocr_text(repair_thai(text, lost_nikhahit=False))))


def read_cells(binary: np.ndarray, boxes: list[tuple[int, int, int, int]]
               ) -> list[tuple[str, list[Word]]]:
    """The text of each cell box, and the words it was made of.  Tesseract's character
    boxes are too loose to tell which side of a rule a letter is on, so each cell's inside
    (rules cut off) is stacked in one tall image, a band per cell with white between, read in
    one run, and words go back to their cells by band."""
    crops: list[np.ndarray | None] = []
    for x0, y0, x1, y1 in boxes:
        crop = binary[y0 + CELL_INSET:y1 - CELL_INSET, x0 + CELL_INSET:x1 - CELL_INSET]
        crops.append(crop if crop.size and (crop < 128).any() else None)
    present = [c for c in crops if c is not None]
    if not present:
        return [("", [])] * len(boxes)
    width = max(c.shape[1] for c in present) + 2 * BAND_GAP
    height = sum(c.shape[0] + BAND_GAP for c in present) + BAND_GAP
    canvas = np.full((height, width), 255, np.uint8)
    bands: list[tuple[int, int] | None] = []
    y = BAND_GAP
    for maybe in crops:
        if maybe is None:
            bands.append(None)
            continue
        crop = maybe
        canvas[y:y + crop.shape[0], BAND_GAP:BAND_GAP + crop.shape[1]] = crop
        bands.append((y, y + crop.shape[0]))
        y += crop.shape[0] + BAND_GAP
    words = read_words(canvas, psm=4)
    reread_numbers(canvas, words)
    texts: list[tuple[str, list[Word]]] = []
    for band, cell in zip(bands, crops):
        if band is None or cell is None:
            texts.append(("", []))
            continue
        inside = [w for w in words if band[0] <= (w.top + w.bottom) / 2 <= band[1]]
        if missed_ink(cell, [(w.top - band[0], w.bottom - band[0]) for w in inside]):
            inside = read_alone(cell)  # Tesseract's layout pass skipped lines of this cell
        texts.append((_clean(_lines_text(inside)) if inside else "", inside))
    return texts


MISSED_LINE = 25  # rows of ink (at 300 dpi) under no word: a line Tesseract skipped


def missed_ink(crop: np.ndarray, spans: list[tuple[int, int]]) -> bool:
    """Whether a stretch of rows with ink, as tall as a line of text, lies under no word."""
    inked = (crop < 128).sum(axis=1) > 2
    for top, bottom in spans:
        inked[max(0, top):max(0, bottom + 1)] = False
    run = longest = 0
    for row in inked:
        run = run + 1 if row else 0
        longest = max(longest, run)
    return longest >= MISSED_LINE


def read_alone(crop: np.ndarray) -> list[Word]:
    """The words of one cell read on their own (a uniform block of text)."""
    padded = np.pad(crop, BAND_GAP, constant_values=255)
    words = read_words(padded, psm=6)
    reread_numbers(padded, words)
    return words


FOOT_SHARE = 0.75  # a table whose bottom is below this share of the page height, with no
# text under it, reaches the page foot (and may go on over the page)


REORIENT_BELOW = 80  # page confidence under which orientation is checked: upright pages of
# the seed scans read at 93-95, the same pages turned 90 or 180 degrees at 60-63
OSD_SIDE = 1750  # pixels on the page's long side for OSD (A4 at 150 dpi): it reads that as
# well as 300 dpi, in 0.8 s instead of 1.9; at 100 dpi it is unsure
MIN_OSD_CONFIDENCE = 10.0  # Tesseract's orientation confidence; turned seed pages give 25-31


def ocr_page(image: np.ndarray, number: int,
             column_edges: dict[int, tuple[float, ...]] | None = None,
             skip: frozenset[str] = frozenset(), dpi: float = OCR_DPI) -> Page:
    """One page image (grey or colour, any dpi near 300) as a Page of paragraphs and tables.

    A page read with little confidence may be on its side or upside down: Tesseract's
    orientation detection (OSD) is asked then, not for every page (it costs 0.8 s), and the
    page is read again turned if that reads better.

    ``column_edges``, when given, receives each table's column x-edges in points measured
    from the table's left rule (a scan may sit a few millimetres off on the next page), for
    ``continuation.join_continued_tables``; each table's ``reaches_page_foot`` is set.
    ``skip`` leaves out cleaning steps (CLEANING_STEPS), to measure what each buys.

    Boxes (``box``, ``column_edges``) are in points, from pixels at ``dpi``, on the page as
    given after deskew (a turn of at most 3 degrees about its centre); a page read turned has
    its boxes turned back onto the page as given, and its tables no ``column_edges`` (the
    page's x axis does not run along their rows)."""
    grey = to_grey(image) if "deskew" in skip else deskew(to_grey(image))
    edges: dict[int, tuple[float, ...]] = {}
    page = read_page(grey, number, edges, skip, dpi)
    if ("orientation" not in skip and page.confidence is not None
            and page.confidence < REORIENT_BELOW):
        turn = orientation(grey)
        if turn:
            turned_edges: dict[int, tuple[float, ...]] = {}
            turned = read_page(np.ascontiguousarray(np.rot90(grey, -turn // 90)), number,
                               turned_edges, skip, dpi)
            if (turned.confidence or 0) > page.confidence:
                page, edges = turned, turned_edges
                turn_back(page, turn, grey.shape[1] * 72 / dpi, grey.shape[0] * 72 / dpi)
    if column_edges is not None:
        column_edges.update(edges)
    return page


def turn_back(page: Page, turn: int, width: float, height: float) -> None:
    """Put the boxes of a page read turned ``turn`` degrees clockwise back onto the page as
    given (``width`` x ``height`` points, before the turn); its tables lose their
    ``column_edges``.  Edits ``page`` in place."""

    def back(b: Box) -> Box:
        if turn == 90:
            return Box.of(b.top, height - b.x1, b.bottom, height - b.x0)
        if turn == 180:
            return Box.of(width - b.x1, height - b.bottom, width - b.x0, height - b.top)
        return Box.of(width - b.bottom, b.x0, width - b.top, b.x1)  # 270

    for block in page.blocks:
        if isinstance(block, Paragraph):
            block.box = back(block.box) if block.box else None
            continue
        block.column_edges = None
        for row in block.rows:
            for cell in row:
                cell.box = back(cell.box) if cell.box else None


def to_points(box: tuple[int, int, int, int], dpi: float) -> Box:
    """A box in pixels of an image at ``dpi`` as a :class:`Box` in points."""
    return Box.of(*(v * 72 / dpi for v in box))


def orientation(grey: np.ndarray) -> int:
    """Degrees (0, 90, 180, 270) to turn the page clockwise so its text stands upright, by
    Tesseract's OSD; 0 when OSD is unsure or finds too little text."""
    import pytesseract

    cv2 = _cv2()
    scale = min(1.0, OSD_SIDE / max(grey.shape))
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    try:
        found = pytesseract.image_to_osd(for_tesseract(small), config="--psm 0",
                                         output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError:
        return 0  # too few characters, or no osd.traineddata
    if float(found.get("orientation_conf", 0)) < MIN_OSD_CONFIDENCE:
        return 0
    return int(found.get("rotate", 0)) % 360


def read_page(grey: np.ndarray, number: int, column_edges: dict[int, tuple[float, ...]],
              skip: frozenset[str] = frozenset(), dpi: float = OCR_DPI) -> Page:
    """A cleaned, upright page image read into a Page (see :func:`ocr_page`)."""
    binary = binarise(grey, skip)
    grid_tables = find_tables(binary)
    prose = binary.copy()
    blocks: list[tuple[int, Paragraph | Table]] = []
    all_cells = [cell for grid in grid_tables for cell in grid.cells]
    texts = read_cells(binary, [cell[4] for cell in all_cells])
    page_words: list[Word] = []
    k = 0
    for grid in grid_tables:
        x0, y0, x1, y1 = grid.box
        prose[max(0, y0 - 4):y1 + 5, max(0, x0 - 4):x1 + 5] = 255
        rows: list[list[Cell]] = [[] for _ in range(max(c[0] + c[2] for c in grid.cells))]
        for row, col, row_span, col_span, box in grid.cells:
            text, cell_words = texts[k]
            rows[row].append(Cell(text=text, row=row, col=col, row_span=row_span,
                                  col_span=col_span, confidence=mean_confidence(cell_words),
                                  box=to_points(box, dpi)))
            page_words.extend(cell_words)
            k += 1
        rows = [r for r in rows if r] or [[]]
        table = Table(rows=rows, page=number, method=TextMethod.OCR,
                      column_edges=[round(x * 72 / dpi, 2) for x in grid.columns])
        xs = sorted({box[0] for *_, box in grid.cells} | {box[2] for *_, box in grid.cells})
        column_edges[id(table)] = tuple(round((x - x0) * 72 / OCR_DPI, 1) for x in xs)
        table.reaches_page_foot = False
        blocks.append((y0, table))
    by_paragraph: dict[tuple[int, int], list[Word]] = {}
    words = read_words(prose)
    reread_numbers(prose, words)
    for word in words:
        by_paragraph.setdefault(word.line[:2], []).append(word)
    for group in by_paragraph.values():
        text = _clean(_lines_text(group))
        if text.strip():
            box = (min(w.left for w in group), min(w.top for w in group),
                   max(w.right for w in group), max(w.bottom for w in group))
            blocks.append((box[1],
                           Paragraph(text=text, page=number, method=TextMethod.OCR,
                                     confidence=mean_confidence(group),
                                     box=to_points(box, dpi))))
            page_words.extend(group)
    blocks.sort(key=lambda b: b[0])
    last = max(grid_tables, key=lambda g: g.box[3], default=None)
    if last is not None and blocks and isinstance(blocks[-1][1], Table):
        blocks[-1][1].reaches_page_foot = last.box[3] > FOOT_SHARE * binary.shape[0]
    return Page(number=number, method=TextMethod.OCR, blocks=[b for _, b in blocks],
                confidence=mean_confidence(page_words))


def mean_confidence(words: list[Word]) -> float | None:
    """Mean recognition confidence (0-100) of the words, weighted by their characters: for
    numbers, the numeral reader's (its least sure glyph), for the rest, Tesseract's."""
    weighted = [(len(w.text), w.confidence) for w in words if w.text.strip()]
    total = sum(n for n, _ in weighted)
    if not total:
        return None
    return round(sum(n * c for n, c in weighted) / total, 1)


def read_image(path: Path, data: bytes, options: ReadOptions) -> list[Page]:
    """An image file (.png .jpg .tif; every frame of a multi-page TIFF) as OCR'd pages."""
    cv2 = _cv2()
    ok, frames = cv2.imdecodemulti(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
    if not ok or not frames:
        raise IngestError("not a readable image")
    edges: dict[int, tuple[float, ...]] = {}
    pages = []
    dpi = image_dpi(data)
    for n, frame in enumerate(frames[:options.max_pages], start=1):
        check_deadline(options.deadline, n)
        pages.append(ocr_page(frame, n, edges, options.ocr_skip, dpi))
    join_continued_tables(pages, edges)
    return pages + [Page(number=n) for n in range(len(pages) + 1, len(frames) + 1)]


HEADER_DPI = (100, 1200)  # resolutions an image's header is trusted with: scanners write
# 150-600; 72 or 96 is what software writes when it does not know


def image_dpi(data: bytes) -> float:
    """The resolution an image file records (TIFF, PNG, JPEG headers; the first frame's), for
    boxes in points; OCR_DPI when it records none that a scanner would."""
    import io

    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            recorded = image.info.get("dpi")
        dpi = float(recorded[0]) if recorded else 0.0
    except Exception:  # noqa: BLE001 - the header is a nicety; OpenCV has read the pixels
        return OCR_DPI
    return dpi if HEADER_DPI[0] <= dpi <= HEADER_DPI[1] else OCR_DPI


def render_page(pdf_page, dpi: int = OCR_DPI) -> np.ndarray:
    bitmap = pdf_page.render(scale=dpi / 72, grayscale=True)
    return np.array(bitmap.to_pil().convert("L"))
