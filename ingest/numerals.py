"""Thai and Arabic numerals on scanned pages, read glyph by glyph.

Stock Tesseract ``tha`` cannot write ๔ ๖ ๗ ๘ ๙ (they are not in its character set), so a score
such as ๘๖.๗๘ comes out as ส๕๒.๓๕.  Here the ink of each line Tesseract found is cut into
glyphs (connected components, pieces that sit above one another joined), each glyph is
classified by a small neural network (one hidden layer, weights in ``models/numerals.npz``,
trained by ``make numerals`` from fonts-thai-tlwg renders; see ``numeral_training``), and the
runs of numerals are written over what Tesseract read there (``ocr.reread_numbers``).  Glyphs
of letters fall in the class ``other``, which leaves Tesseract's text alone.

Only numpy is needed to read; training needs scikit-learn and the fonts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).parent / "models" / "numerals.npz"
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
ARABIC_DIGITS = "0123456789"
DIGITS = THAI_DIGITS + ARABIC_DIGITS
PUNCTUATION = ".,-/():"
OTHER = "other"
CLASSES: tuple[str, ...] = (*DIGITS, *PUNCTUATION, OTHER)
SIZE = 20  # glyph crops are scaled to fit SIZE × SIZE
MIN_PROBABILITY = 0.85  # a glyph read with less is not trusted to rewrite a word
SPACE = 0.4  # a gap wider than this times the line's height parts two numbers ...
PITCH = 2.2  # ... or, in spaced-out type (typewriter faces), this times the line's median gap
NARROW_SLACK = 1.6  # a narrow glyph (1 . : ,) sits in a wide cell: its gaps may be this much wider
NARROW_SHARE = 0.7  # narrow: under half the line's height, or this share of its digits' width
MENDED_PROBABILITY = 0.95  # a glyph cut or joined by mend() must be read with this
WIDEST = 1.35  # a glyph wider than this times its height may be two that touch
SLASH_SLOPES = (0.3, 0.45)  # a '/' leans this many pixels right per pixel up
# Digits that have a letter twin (0 O, ๐ o, 1 l I): beside a digit of their script, the
# network's doubt between the two is settled for the digit (:func:`settle_lookalikes`).
LOOKALIKES = {"0": ARABIC_DIGITS, "1": ARABIC_DIGITS, "๐": THAI_DIGITS}
LOOKALIKE_SHARE = 0.15  # the digit must have at least this probability ...


@dataclass
class Glyph:
    """One glyph: its box on the page and the connected components it is made of."""

    left: int
    top: int
    right: int
    bottom: int
    components: list[int]
    # which pixels of its box are its own, when a slanted cut shares components with a
    # neighbour (a digit and the '/' it touches); None: all ink of its components
    mask: np.ndarray | None = field(default=None, repr=False, compare=False)

    @property
    def height(self) -> int:
        return self.bottom - self.top

    @property
    def width(self) -> int:
        return self.right - self.left


class InkComponents:
    """The connected components of a binary image (ink 0 on white 255), computed once."""

    def __init__(self, binary: np.ndarray):
        import cv2

        _, self.labels, self.stats, centroids = cv2.connectedComponentsWithStats(
            (binary < 128).astype(np.uint8), connectivity=8)
        self.centres = centroids

    def glyphs_in(self, box: tuple[int, int, int, int]) -> list[Glyph]:
        """The glyphs whose components have their centre inside ``box`` (left, top, right,
        bottom), left to right.  A component joins the glyph before it when it sits above or
        below it (the dots of ':', a mark over a letter) or shares at least 0.8 of the narrower
        one's width with it (the pieces of a broken stroke); side by side they stay apart,
        however the boxes overlap (the slant of '/', the tail of ๕)."""
        left, top, right, bottom = box
        cx, cy = self.centres[1:, 0], self.centres[1:, 1]
        inside = np.flatnonzero((cx >= left) & (cx <= right) & (cy >= top) & (cy <= bottom)) + 1
        glyphs: list[Glyph] = []
        for index in sorted(inside.tolist(), key=lambda i: self.stats[i, 0]):
            x, y, w, h, _ = (int(v) for v in self.stats[index])
            if glyphs and _belongs(glyphs[-1], x, y, w, h):
                last = glyphs[-1]
                last.left, last.top = min(last.left, x), min(last.top, y)
                last.right, last.bottom = max(last.right, x + w), max(last.bottom, y + h)
                last.components.append(index)
                continue
            glyphs.append(Glyph(x, y, x + w, y + h, [index]))
        return [piece for glyph in glyphs for piece in self._split_wide(glyph)]

    def _split_wide(self, glyph: Glyph) -> list[Glyph]:
        """Glyphs that touch (tight fonts, blur) are cut where the ink is thinnest in the
        middle of a component much wider than tall; an evenly thick one (a dash) is kept."""
        if glyph.width <= WIDEST * glyph.height or glyph.height < 8:
            return [glyph]
        columns = self.crop(glyph).sum(axis=0)
        low, high = int(glyph.width * 0.3), int(glyph.width * 0.7)
        if high <= low or columns[low:high].min() > 0.5 * np.median(columns[columns > 0]):
            return [glyph]
        pieces = self._cut(glyph, glyph.left + low + int(np.argmin(columns[low:high])))
        return [part for piece in pieces for part in self._split_wide(piece)]

    def cuts(self, glyph: Glyph, tries: int = 4) -> list[list[Glyph]]:
        """Ways to cut a glyph in two (for :func:`mend`): straight down through the thinnest
        columns first, then along the slant of a '/' through the thinnest slanted lines (a
        digit touching a slash cannot be parted straight)."""
        if glyph.width < 0.6 * glyph.height:
            return []
        ink = self.crop(glyph)
        columns = ink.sum(axis=0)
        low, high = int(glyph.width * 0.2), int(glyph.width * 0.8)
        order = np.argsort(columns[low:high], kind="stable")[:tries]
        out = [self._cut(glyph, glyph.left + low + int(k)) for k in order]
        for slope in SLASH_SLOPES:
            across = self._slanted_ink(ink, slope)
            order = np.argsort(across[low:high], kind="stable")[:2]
            out += [self._slanted_cut(glyph, ink, low + int(k), slope) for k in order]
        return [pieces for pieces in out if len(pieces) == 2]

    @staticmethod
    def _boundary(height: int, column: int, slope: float) -> np.ndarray:
        """For each row, the x where a line through ``column`` at mid-height, leaning right
        by ``slope`` pixels per pixel up (as '/' does), crosses it."""
        rows = np.arange(height)
        return column + slope * ((height - 1) / 2 - rows)

    def _slanted_ink(self, ink: np.ndarray, slope: float) -> np.ndarray:
        """Ink met by the slanted line through each column."""
        height, width = ink.shape
        rows = np.arange(height)
        out = np.zeros(width)
        for column in range(width):
            xs = np.round(self._boundary(height, column, slope)).astype(int)
            inside = (xs >= 0) & (xs < width)
            out[column] = ink[rows[inside], xs[inside]].sum()
        return out

    def _slanted_cut(self, glyph: Glyph, ink: np.ndarray, column: int, slope: float
                     ) -> list[Glyph]:
        height, width = ink.shape
        boundary = self._boundary(height, column, slope)[:, None]
        left = np.arange(width)[None, :] < boundary
        pieces = []
        for side in (left, ~left):
            own = (ink > 0) & side
            if not own.any():
                continue
            rows, cols = np.flatnonzero(own.any(axis=1)), np.flatnonzero(own.any(axis=0))
            top, bottom, first, last = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
            pieces.append(Glyph(glyph.left + int(first), glyph.top + int(top),
                                glyph.left + int(last), glyph.top + int(bottom),
                                glyph.components, side[top:bottom, first:last]))
        return pieces

    def _cut(self, glyph: Glyph, column: int) -> list[Glyph]:
        pieces = []
        for left, right in ((glyph.left, column), (column, glyph.right)):
            window = self.labels[glyph.top:glyph.bottom, left:right]
            rows = np.flatnonzero(np.isin(window, glyph.components).any(axis=1))
            if len(rows):
                pieces.append(Glyph(left, glyph.top + int(rows[0]), right,
                                    glyph.top + int(rows[-1]) + 1, glyph.components))
        return pieces

    @staticmethod
    def join(first: Glyph, second: Glyph) -> Glyph:
        return Glyph(min(first.left, second.left), min(first.top, second.top),
                     max(first.right, second.right), max(first.bottom, second.bottom),
                     first.components + second.components)

    def crop(self, glyph: Glyph) -> np.ndarray:
        """The glyph's own ink (other components in its box left out), as a 0/1 array."""
        window = self.labels[glyph.top:glyph.bottom, glyph.left:glyph.right]
        ink = np.isin(window, glyph.components)
        if glyph.mask is not None:
            ink &= glyph.mask
        return ink.astype(np.float32)


def _belongs(glyph: Glyph, x: int, y: int, w: int, h: int) -> bool:
    across = min(glyph.right, x + w) - max(glyph.left, x)
    down = min(glyph.bottom, y + h) - max(glyph.top, y)
    stacked = across >= 0.5 * min(glyph.width, w) and down <= 0.2 * min(glyph.height, h)
    return stacked or across >= 0.8 * min(glyph.width, w)  # above/below, or overlapping across


def line_metrics(glyphs: list[Glyph]) -> tuple[float, float]:
    """A line's reference height and baseline: the median height and bottom of its glyphs
    that are at least half as tall as the tallest (dots, commas and marks left out)."""
    if not glyphs:
        return 1.0, 0.0
    tallest = max(g.height for g in glyphs)
    body = [g for g in glyphs if g.height >= 0.5 * tallest]
    return (float(np.median([g.height for g in body])) or 1.0,
            float(np.median([g.bottom for g in body])))


def features(ink: InkComponents, glyphs: list[Glyph], height: float, baseline: float
             ) -> np.ndarray:
    """One row per glyph: its ink scaled into SIZE × SIZE (aspect kept, centred), then its
    height, width, and top and bottom above the baseline, in units of the line's height."""
    import cv2

    rows = np.zeros((len(glyphs), SIZE * SIZE + 4), np.float32)
    for i, glyph in enumerate(glyphs):
        crop = ink.crop(glyph)
        scale = SIZE / max(glyph.height, glyph.width)
        w = max(1, round(glyph.width * scale))
        h = max(1, round(glyph.height * scale))
        small = cv2.resize(crop, (w, h), interpolation=cv2.INTER_AREA)
        canvas = np.zeros((SIZE, SIZE), np.float32)
        y0, x0 = (SIZE - h) // 2, (SIZE - w) // 2
        canvas[y0:y0 + h, x0:x0 + w] = small
        rows[i, :SIZE * SIZE] = canvas.ravel()
        rows[i, SIZE * SIZE:] = (glyph.height / height, glyph.width / height,
                                 (baseline - glyph.top) / height,
                                 (baseline - glyph.bottom) / height)
    return rows


class NumeralClassifier:
    """A one-hidden-layer network: ReLU, then softmax over CLASSES."""

    def __init__(self, weights: dict[str, np.ndarray]):
        self.hidden_weights = weights["hidden_weights"]
        self.hidden_bias = weights["hidden_bias"]
        self.out_weights = weights["out_weights"]
        self.out_bias = weights["out_bias"]
        self.mean = weights["mean"]
        self.scale = weights["scale"]
        if tuple(str(c) for c in weights["classes"]) != CLASSES:
            raise ValueError("numeral model was trained for other classes")

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> NumeralClassifier:
        with np.load(path) as data:
            return cls({key: data[key] for key in data.files})

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        x = (rows - self.mean) / self.scale
        hidden = np.maximum(x @ self.hidden_weights + self.hidden_bias, 0)
        logits = hidden @ self.out_weights + self.out_bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def classify(self, rows: np.ndarray) -> tuple[list[str], np.ndarray]:
        if not len(rows):
            return [], np.zeros(0)
        probabilities = self.probabilities(rows)
        best = probabilities.argmax(axis=1)
        return [CLASSES[i] for i in best], probabilities.max(axis=1)


Entry = tuple[Glyph, str, float]  # a glyph, its class and the class's probability


def classify_glyphs(model: NumeralClassifier, ink: InkComponents, glyphs: list[Glyph],
                    height: float, baseline: float) -> list[Entry]:
    labels, confidence = model.classify(features(ink, glyphs, height, baseline))
    return list(zip(glyphs, labels, confidence.tolist()))


def read_line(model: NumeralClassifier, ink: InkComponents, glyphs: list[Glyph],
              height: float, baseline: float) -> list[Entry]:
    """Every glyph of a line classified; wide glyphs cut in vain put back together
    (:func:`unsplit`), doubtful glyphs beside a digit mended (:func:`mend`)."""
    entries = unsplit(model, ink, classify_glyphs(model, ink, glyphs, height, baseline),
                      height, baseline)

    def beside_digit(entries: list[Entry], i: int) -> bool:
        """Next to a confident digit, or to a doubtful glyph next to one."""
        for step in (-1, 1):
            j = i + step
            if 0 <= j < len(entries) and _doubtful(entries[j]):
                j += step
            if 0 <= j < len(entries) and entries[j][1] in DIGITS and not _doubtful(entries[j]):
                return True
        return False

    entries = mend(model, ink, entries, height, baseline, beside_digit)
    return settle_lookalikes(model, ink, entries, height, baseline)


def settle_lookalikes(model: NumeralClassifier, ink: InkComponents, entries: list[Entry],
                      height: float, baseline: float) -> list[Entry]:
    """A doubtful glyph that the network finds to be either a digit with a letter twin (0 O,
    ๐ o, 1 l I: LOOKALIKES) or a letter (together at least MIN_PROBABILITY, the digit at
    least LOOKALIKE_SHARE) is that digit when a confident digit of its script stands next to
    it: a letter does not touch a digit inside a number.  Its probability is then that of
    the digit and the letter together (the letter ruled out by its neighbour); spacing is
    still judged by :func:`number_runs`."""
    doubtful = [i for i, entry in enumerate(entries) if _doubtful(entry)]
    if not doubtful:
        return entries
    probabilities = model.probabilities(
        features(ink, [entries[i][0] for i in doubtful], height, baseline))
    entries = list(entries)
    other = CLASSES.index(OTHER)
    for i, p in zip(doubtful, probabilities):
        for digit, script in LOOKALIKES.items():
            share = float(p[CLASSES.index(digit)])
            if share < LOOKALIKE_SHARE or share + float(p[other]) < MIN_PROBABILITY:
                continue
            beside = [entries[j] for j in (i - 1, i + 1) if 0 <= j < len(entries)]
            if any(e[1] in script and not _doubtful(e) for e in beside):
                entries[i] = (entries[i][0], digit, share + float(p[other]))
    return entries


def unsplit(model: NumeralClassifier, ink: InkComponents, entries: list[Entry], height: float,
            baseline: float) -> list[Entry]:
    """Two neighbours that ``_split_wide`` cut from one glyph, one of them doubtful, are read
    whole again; the whole is kept when it is a numeral read with MENDED_PROBABILITY (a wide
    ๓ or ๗ is not two glyphs touching)."""
    entries = list(entries)
    i = 0
    while i + 1 < len(entries):
        (first, _, _), (second, _, _) = entries[i], entries[i + 1]
        if (first.components == second.components and first.right == second.left
                and (_doubtful(entries[i]) or _doubtful(entries[i + 1]))):
            whole = Glyph(first.left, min(first.top, second.top), second.right,
                          max(first.bottom, second.bottom), first.components)
            got, p = model.classify(features(ink, [whole], height, baseline))
            if got[0] != OTHER and float(p[0]) >= MENDED_PROBABILITY:
                entries[i:i + 2] = [(whole, got[0], float(p[0]))]
                continue
        i += 1
    return entries


def _doubtful(entry: Entry) -> bool:
    return entry[1] == OTHER or entry[2] < MIN_PROBABILITY


def mend(model: NumeralClassifier, ink: InkComponents, entries: list[Entry], height: float,
         baseline: float, wanted: Callable[[list[Entry], int], bool]) -> list[Entry]:
    """Mend the cuts around doubtful glyphs (where ``wanted(entries, index)``, asked of the
    entries as mended so far): one is split at a thin column (a slash or digit touching its
    neighbour), or joined with the next when that is doubtful too (a stroke broken in two),
    if that gives numerals read with MENDED_PROBABILITY, at least one of them a digit (a
    broken digit cut in two is not two points)."""

    def read(candidates: list[Glyph]) -> list[Entry] | None:
        got, p = model.classify(features(ink, candidates, height, baseline))
        if (OTHER in got or float(p.min()) < MENDED_PROBABILITY
                or not any(label in DIGITS for label in got)):
            return None
        return list(zip(candidates, got, p.tolist()))

    entries = list(entries)
    i = 0
    while i < len(entries):
        if not _doubtful(entries[i]) or not wanted(entries, i):
            i += 1
            continue
        glyph = entries[i][0]
        replacement, width = None, 1
        for pieces in ink.cuts(glyph):
            replacement = read(pieces)
            if replacement:
                break
        if replacement is None and i + 1 < len(entries) and _doubtful(entries[i + 1]):
            joined = ink.join(glyph, entries[i + 1][0])
            if joined.width <= 1.6 * joined.height:
                replacement, width = read([joined]), 2
        if replacement:
            entries[i:i + width] = replacement
            i += len(replacement)
        else:
            i += 1
    return entries


def number_runs(entries: list[Entry], height: float) -> list[list[int]]:
    """Runs of glyphs that make one number: neighbours read as numerals or number punctuation
    with confidence, no wider apart than a space, at least one a digit.  A space is wider
    than SPACE line heights, and than PITCH times the line's median gap between glyphs (in a
    typewriter face every glyph has a wide cell); beside a narrow glyph (1 . : , — under half
    the height, or under NARROW_SHARE of the line's median digit width: a bold 1), which
    digits' equal widths pad on both sides, NARROW_SLACK times that.  A run ends before '(' and
    after ')'."""
    gaps = [b[0].left - a[0].right for a, b in zip(entries, entries[1:])]
    widest = max(SPACE * height, PITCH * float(np.median(gaps))) if gaps else 0.0
    digit_widths = [e[0].width for e in entries if e[1] in DIGITS and not _doubtful(e)]
    thin = max(0.5 * height, NARROW_SHARE * float(np.median(digit_widths))
               ) if digit_widths else 0.5 * height
    runs: list[list[int]] = []
    current: list[int] = []
    for i, entry in enumerate(entries):
        if _doubtful(entry):
            if current:
                runs.append(current)
                current = []
            continue
        before = entries[current[-1]][0] if current else None
        narrow = before is not None and min(before.width, entry[0].width) < thin
        if before and (entry[1] == "(" or entries[current[-1]][1] == ")"
                       or entry[0].left - before.right > widest * (NARROW_SLACK if narrow else 1)):
            runs.append(current)
            current = []
        current.append(i)
    if current:
        runs.append(current)
    return [run for run in runs if any(entries[i][1] in DIGITS for i in run)]


@dataclass
class Reading:
    """What the numbers on one line do to the words they lie in: ``whole`` maps a word
    (index) that is nothing but numerals to its new text (``""`` for a word whose glyphs went
    to the word before it: Tesseract's boxes overlap and would double digits); ``suffix`` maps
    a word that ends in a number (พ.ศ.๒๕๖๖) to the digits that replace its trailing ones."""

    whole: dict[int, str]
    suffix: dict[int, str]
    spans: list[tuple[int, int]]  # left and right of each number read
    # per word in ``whole`` with a number: the least probability of its glyphs, 0-100
    confidence: dict[int, float] = field(default_factory=dict)


def read_numbers(model: NumeralClassifier, ink: InkComponents, glyphs: list[Glyph],
                 owners: Callable[[Glyph], int | None],
                 numeric: frozenset[int] = frozenset(),
                 lettered: frozenset[int] = frozenset()) -> Reading:
    """Read a line's glyphs (:func:`read_line`), find its numbers (:func:`number_runs`, one
    script each, :func:`as_number`) and give each to the words it lies in; ``owners`` says
    which word (index) holds a glyph, or None.  A word in ``numeric`` (Tesseract read only
    digits and points there) that shares a glyph with a number is a piece of it, whatever
    else its box holds (a speck, a neighbour's mark).  A word in ``lettered`` (Tesseract read
    a Thai word before its digits: ที่๑.๑) only ever has its end replaced.  This is what the
    OCR backend does per
    Tesseract line and what ``numeral_training.evaluate`` measures."""
    height, baseline = line_metrics(glyphs)
    entries = read_line(model, ink, glyphs, height, baseline)
    owner = [owners(entry[0]) for entry in entries]
    reading = Reading({}, {}, [])
    for run in number_runs(entries, height):
        if as_number([entries[i][1] for i in run], np.array([entries[i][2] for i in run])) is None:
            continue
        in_run = set(run)
        reading.spans.append((entries[run[0]][0].left, entries[run[-1]][0].right))
        pure: list[int] = []
        for k in sorted({o for o in (owner[i] for i in run) if o is not None}):
            mine = [i for i, o in enumerate(owner) if o == k]
            if k not in lettered and (k in numeric or all(i in in_run for i in mine)):
                pure.append(k)
            else:  # letters then digits in one word
                digits = "".join(entries[i][1] for i in mine if i in in_run)
                reading.suffix[k] = digits.lstrip(".")
        text = "".join(entries[i][1] for i in run if owner[i] is None or owner[i] in pure)
        for n, k in enumerate(pure):
            reading.whole[k] = text if n == 0 else ""
        if pure:
            reading.confidence[pure[0]] = round(100 * min(entries[i][2] for i in run), 1)
    return reading


@cache
def classifier() -> NumeralClassifier | None:
    """The shipped model, or None when it has not been trained (numerals then stay as
    Tesseract read them)."""
    return NumeralClassifier.load() if MODEL_PATH.exists() else None


def as_number(labels: list[str], confidence: np.ndarray) -> str | None:
    """The text of a run of glyphs when every one is a numeral or number punctuation read
    with confidence, at least one is a digit and the digits are of one script; else None."""
    if (not labels or OTHER in labels or not any(label in DIGITS for label in labels)
            or float(confidence.min()) < MIN_PROBABILITY):
        return None
    text = "".join(labels)
    if set(text) & set(THAI_DIGITS) and set(text) & set(ARABIC_DIGITS):
        return None  # no one writes a number in both scripts: a glyph was misread
    return text


def replace_suffix(text: str, digits: str) -> str:
    """``text`` with its trailing digits and points replaced by ``digits`` when Tesseract
    saw the same number of characters there; else unchanged."""
    tail = len(text)
    while tail > 0 and text[tail - 1] in DIGITS + ".":
        tail -= 1
    while tail < len(text) and text[tail] == ".":
        tail += 1
    if len(text) - tail != len(digits) or tail == 0:
        return text
    return text[:tail] + digits
