"""Train and test the numeral reader (``numerals.py``) on rendered, degraded lines of text.

``make numerals`` runs ``python -m ita.ingest.numeral_training``: lines of numbers (scores,
years, dates, list numbers, ranges, percentages; Thai or Arabic digits) mixed with Thai and
Latin words are drawn in every upright fonts-thai-tlwg font at 12-20 pt and 300 dpi, put
through a scanner's faults (downsampled to 200 dpi and back, blur, grey paper, noise, JPEG),
binarised by the OCR backend's own ``binarise`` and cut into glyphs by the reader's own
segmentation.  Glyphs of numbers are labelled by their characters (a number whose glyph count
differs from its character count is a segmentation failure and left out of training); every
glyph of a word is ``other``.  A one-hidden-layer network (scikit-learn) is fitted and its
weights saved as ``models/numerals.npz``; the figures on a held-out set, drawn with another
random seed, are saved beside it as ``models/numerals.json``.

Needs fonts-thai-tlwg and scikit-learn (the ``train`` extra); reading needs neither.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from ita.ingest.numerals import (
    ARABIC_DIGITS,
    CLASSES,
    MODEL_PATH,
    OTHER,
    THAI_DIGITS,
    InkComponents,
    NumeralClassifier,
    features,
    line_metrics,
    read_numbers,
)

FONT_DIR = Path("/usr/share/fonts/truetype/tlwg")
DPI = 300


@dataclass
class Token:
    text: str
    is_number: bool
    box: tuple[int, int, int, int]


@dataclass
class Sample:
    """One token of a rendered line: its features, and labels when they could be aligned."""

    font: str
    text: str
    is_number: bool
    rows: np.ndarray
    labels: list[str] | None  # None: glyph count differs from the number's length
    read: str | None = None  # the token's new text when the reader takes it for a number
    suffix: str | None = None  # the digits it would write over the token's end (letters first)
    cut_wrong: list[str] = field(default_factory=list)  # labels of a number's glyphs cut wrong


def fonts() -> list[Path]:
    found = sorted(p for p in FONT_DIR.glob("*.ttf")
                   if "Oblique" not in p.name and "Italic" not in p.name)
    if not found:
        raise SystemExit(f"no fonts in {FONT_DIR}: apt-get install fonts-thai-tlwg")
    return found


def random_number(rng: random.Random) -> str:
    digits = THAI_DIGITS if rng.random() < 0.7 else ARABIC_DIGITS

    def n(low: int, high: int) -> str:
        return "".join(digits[int(c)] for c in str(rng.randint(low, high)))

    kind = rng.choice(["score", "score", "score", "int", "year", "date", "item", "paren",
                       "range", "time", "thousands"])
    if kind == "score":
        return f"{n(0, 100)}.{n(0, 9)}{n(0, 9)}"
    if kind == "int":
        return n(0, 9999)
    if kind == "year":
        return n(2550, 2575)
    if kind == "date":
        return f"{n(1, 31)}/{n(1, 12)}/{n(2550, 2575)}"
    if kind == "item":
        return f"{n(1, 20)}." if rng.random() < 0.6 else f"{n(1, 9)}.{n(1, 9)}"
    if kind == "paren":
        return f"({n(1, 20)})" if rng.random() < 0.5 else f"{n(1, 20)})"
    if kind == "range":
        return f"{n(1, 30)}-{n(1, 30)}"
    if kind == "time":
        return f"{n(0, 23)}:{n(10, 59)}"
    return f"{n(1, 99)},{n(100, 999)}"


def random_word(rng: random.Random, words: list[str]) -> str:
    if rng.random() < 0.15:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
                       for _ in range(rng.randint(1, 8)))
    return rng.choice(words)


def render_line(tokens: list[str], font_path: Path, size_pt: float, rng: random.Random
                ) -> tuple[np.ndarray, list[tuple[int, int, int, int]], list[list[float]]]:
    """A grey line image at 300 dpi, each token's box and the x centre of each of its
    characters' ink."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(font_path), round(size_pt * DPI / 72))
    space = font.getlength(" ") * rng.uniform(1.0, 2.5)
    boxes, centres, x = [], [], 30.0
    widths = [font.getlength(t) for t in tokens]
    height = int(font.size * 2.2)
    image = Image.new("L", (int(x + sum(widths) + space * len(tokens) + 30), height), 255)
    draw = ImageDraw.Draw(image)
    y = font.size * 0.5
    for token, width in zip(tokens, widths):
        draw.text((x, y), token, font=font, fill=0)
        left, top, right, bottom = draw.textbbox((x, y), token, font=font)
        boxes.append((int(left) - 2, int(top) - 2, int(right) + 2, int(bottom) + 2))
        centres.append([x + font.getlength(token[:i]) + sum(font.getbbox(c)[::2]) / 2
                        for i, c in enumerate(token)])
        x += width + space
    return np.array(image), boxes, centres


def degrade(grey: np.ndarray, rng: random.Random) -> np.ndarray:
    """A scanner's faults: ink and paper levels, 200-dpi sampling, blur, noise, JPEG."""
    import cv2
    from PIL import Image

    paper, ink = rng.uniform(190, 250), rng.uniform(0, 70)
    image: np.ndarray = ink + (grey.astype(np.float32) / 255) * (paper - ink)
    height, width = image.shape
    if rng.random() < 0.8:
        image = cv2.resize(image, (width * 2 // 3, height * 2 // 3), interpolation=cv2.INTER_AREA)
    sigma = rng.uniform(0.0, 1.0)
    if sigma > 0.2:
        image = cv2.GaussianBlur(image, (0, 0), sigma)
    image += np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(0, 10),
                                                                  image.shape)
    buffer = io.BytesIO()
    Image.fromarray(np.clip(image, 0, 255).astype(np.uint8)).save(
        buffer, "JPEG", quality=rng.randint(50, 90))
    image = np.array(Image.open(buffer))
    return cv2.resize(image, (width, height), interpolation=cv2.INTER_CUBIC)


def line_samples(rng: random.Random, words: list[str], font_path: Path,
                 model: NumeralClassifier | None = None) -> list[Sample]:
    from ita.ingest.ocr import binarise

    tokens = [random_number(rng) if rng.random() < 0.5 else random_word(rng, words)
              for _ in range(rng.randint(2, 6))]
    grey, boxes, centres = render_line(tokens, font_path, rng.uniform(12, 20), rng)
    binary = binarise(degrade(grey, rng))
    ink = InkComponents(binary)
    per_token = [ink.glyphs_in(box) for box in boxes]
    height, baseline = line_metrics([g for glyphs in per_token for g in glyphs])
    reading = None
    if model is not None:  # read the whole line as the OCR backend does
        line_box = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                    max(b[2] for b in boxes), max(b[3] for b in boxes))
        line_glyphs = ink.glyphs_in(line_box)
        if line_glyphs:
            reading = read_numbers(model, ink, line_glyphs, lambda g: _token_at(boxes, g))
    samples = []
    for k, (token, glyphs) in enumerate(zip(tokens, per_token)):
        if not glyphs:
            continue
        is_number = token[0] not in words_alphabet()
        labels: list[str] | None = [OTHER] * len(glyphs)
        if is_number:
            labels = list(token) if len(glyphs) == len(token) else None
            cut_wrong = [] if labels else _aligned_labels(token, centres[k], glyphs)
        read = suffix = None
        if reading is not None:
            read, suffix = reading.whole.get(k), reading.suffix.get(k)
        samples.append(Sample(font_path.stem, token, is_number,
                              features(ink, glyphs, height, baseline), labels, read, suffix,
                              cut_wrong if is_number else []))
    return samples


def _aligned_labels(token: str, centres: list[float], glyphs) -> list[str]:
    """For a number cut into more or fewer glyphs than it has characters: each glyph
    labelled by the one character whose ink centre it holds, ``other`` when it holds none
    (a piece of a broken stroke) or several (a digit touching a slash).  So the network
    learns that such pieces are not numerals, and the reader doubts and mends them."""
    labels = []
    for glyph in glyphs:
        held = [c for c, x in zip(token, centres) if glyph.left - 1 <= x <= glyph.right + 1]
        labels.append(held[0] if len(held) == 1 else OTHER)
    return labels


def _token_at(boxes: list[tuple[int, int, int, int]], glyph) -> int | None:
    """The token whose box holds the glyph's centre (as ``ocr._owner`` does for words)."""
    x, y = (glyph.left + glyph.right) / 2, (glyph.top + glyph.bottom) / 2
    for k, (left, top, right, bottom) in enumerate(boxes):
        if left - 1 <= x <= right + 1 and top - 1 <= y <= bottom + 1:
            return k
    return None


def words_alphabet() -> str:
    return "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮ" \
           "ะัาำิีึืุูเแโใไๅๆ็่้๊๋์ฯabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def thai_word_list() -> list[str]:
    from pythainlp.corpus import thai_words

    alphabet = set(words_alphabet())
    return sorted(w for w in thai_words() if 1 <= len(w) <= 12 and set(w) <= alphabet)


def make_samples(lines: int, seed: int, model: NumeralClassifier | None = None
                 ) -> list[Sample]:
    rng = random.Random(seed)
    words = thai_word_list()
    font_paths = fonts()
    samples: list[Sample] = []
    for i in range(lines):
        samples.extend(line_samples(rng, words, font_paths[i % len(font_paths)], model))
    return samples


def train(samples: list[Sample], seed: int) -> NumeralClassifier:
    from sklearn.neural_network import MLPClassifier

    x = np.vstack([s.rows for s in samples])
    y = np.array([CLASSES.index(label) for s in samples for label in s.labels or s.cut_wrong])
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-3
    network = MLPClassifier(hidden_layer_sizes=(160,), alpha=1e-4, batch_size=256,
                            max_iter=60, early_stopping=True, n_iter_no_change=6,
                            random_state=seed)
    network.fit((x - mean) / scale, y)
    out_weights = np.zeros((network.coefs_[1].shape[0], len(CLASSES)), np.float32)
    out_bias = np.full(len(CLASSES), -1e4, np.float32)
    for column, label in enumerate(network.classes_):
        out_weights[:, label] = network.coefs_[1][:, column]
        out_bias[label] = network.intercepts_[1][column]
    return NumeralClassifier({
        "hidden_weights": network.coefs_[0].astype(np.float32),
        "hidden_bias": network.intercepts_[0].astype(np.float32),
        "out_weights": out_weights, "out_bias": out_bias,
        "mean": mean.astype(np.float32), "scale": scale.astype(np.float32),
        "classes": np.array(CLASSES)})


def save(model: NumeralClassifier, path: Path = MODEL_PATH) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, hidden_weights=model.hidden_weights,
                        hidden_bias=model.hidden_bias, out_weights=model.out_weights,
                        out_bias=model.out_bias, mean=model.mean, scale=model.scale,
                        classes=np.array(CLASSES))


def evaluate(samples: list[Sample]) -> dict:
    """Numbers read exactly, numbers read as another number (the harm), numbers left unread
    (Tesseract's text stays), and words read as numbers, overall and per font, all as the OCR
    backend reads a line (:func:`numerals.read_numbers`).  Samples must come from
    ``make_samples(..., model)``."""
    numbers = [s for s in samples if s.is_number]
    words = [s for s in samples if not s.is_number]
    right = [s.read == s.text for s in numbers]
    per_font: dict[str, list[bool]] = {}
    for sample, ok in zip(numbers, right):
        per_font.setdefault(sample.font, []).append(ok)
    return {
        "numbers": len(numbers),
        "number_accuracy": round(sum(right) / max(1, len(numbers)), 4),
        "numbers_misread": sum(s.read is not None and s.read != s.text for s in numbers),
        "numbers_unread": sum(s.read is None for s in numbers),
        "numbers_only_end_read": sum(s.read is None and s.suffix is not None for s in numbers),
        "segmentation_failures_before_mending": sum(s.labels is None for s in numbers),
        "words": len(words),
        "words_read_as_numbers": sum(s.read is not None for s in words),
        "words_whose_end_read_as_digits": sum(s.suffix is not None for s in words),
        "per_font": {f: round(sum(v) / len(v), 4) for f, v in sorted(per_font.items())},
        "examples_wrong": [(s.font, s.text, s.read) for s, ok in zip(numbers, right)
                           if not ok][:20],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=12000, help="training lines")
    parser.add_argument("--test-lines", type=int, default=1500, help="held-out lines")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    start = time.time()
    training = make_samples(args.lines, args.seed)
    print(f"{len(training)} training tokens drawn in {time.time() - start:.0f} s")
    model = train(training, args.seed)
    save(model, args.out)
    print(f"trained and saved {args.out} ({args.out.stat().st_size // 1024} KiB) "
          f"at {time.time() - start:.0f} s")
    report = evaluate(make_samples(args.test_lines, args.seed + 1000, model))
    report["training_tokens"] = len(training)
    args.out.with_suffix(".json").write_text(json.dumps(report, ensure_ascii=False, indent=1))
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
