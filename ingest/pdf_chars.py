"""The characters of a PDF page as pdfium reads them, with their boxes.

pdfium gives Thai text in a good order and fast, but orders characters line by line: a mark
stacked high (THANTHAKHAT over SARA I in "โพธิ์") falls outside its line's band and is read at
the end of the line, or inside a later word ("การท์ำงาน").  :func:`reattach_marks` puts such
marks back by position; :func:`text_lines` and :func:`text_in_box` then cut the page into the
text outside tables (as lines) and the text of each table cell.
"""

from __future__ import annotations

from dataclasses import dataclass

from ita.normalise.thai_repair import COMBINING_MARKS, map_pua

PDFIUM_HYPHENS = "\x02\ufffe"  # pdfium's code for a hyphen at a line end ("E-|Service")
MARK_LOOKBACK = 80  # characters: how far back a stray mark's base may be

Box = tuple[float, float, float, float]  # x0, top, x1, bottom; top-down page coordinates


@dataclass
class PageChar:
    """A character of pdfium's page text.  Characters pdfium generates (spaces between
    words, CR LF at line ends) have no box: ``has_box`` is False."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    has_box: bool
    ground: float = 0.0  # the bottom of the font's box (loose): the same for every glyph of a
    # line whatever its marks, so line spacing is measured on it

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.top + self.bottom) / 2


@dataclass
class TextLine:
    top: float
    bottom: float
    x0: float
    text: str
    x1: float = 0.0  # the right end of the line's ink (boxes of generated characters left out)
    ground: float = 0.0  # the lowest font-box bottom of its characters (see PageChar.ground)


def page_chars(textpage, height: float) -> list[PageChar]:
    """Every character of a pypdfium2 text page, in pdfium's order."""
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count)
    chars = []
    for i, ch in enumerate(text[:count]):
        if ch in PDFIUM_HYPHENS:
            ch = "-"
        elif "\uf700" <= ch <= "\uf8ff":
            ch = map_pua(ch)  # legacy fonts' shifted marks, so they can be put back in place
        left, low, right, high = textpage.get_charbox(i)
        loose_low = textpage.get_charbox(i, loose=True)[1]
        chars.append(PageChar(ch, left, height - high, right, height - low,
                              right > left or high > low, height - loose_low))
    return chars


def _sits_on(base: PageChar, mark: PageChar) -> bool:
    """Whether ``mark`` sits on ``base``: its centre within the base's width (with some slack
    for marks drawn left of their base) and its box at the base's height or just above."""
    if not base.has_box or base.text in COMBINING_MARKS or base.text.isspace():
        return False
    height = max(base.bottom - base.top, 1.0)
    slack = 0.35 * (base.x1 - base.x0)
    centre = (mark.x0 + mark.x1) / 2
    return (base.x0 - slack <= centre <= base.x1 + slack
            and mark.top < base.bottom and mark.bottom > base.top - 1.2 * height)


def _distance(base: PageChar, mark: PageChar) -> tuple[float, float]:
    """How far the mark's centre lies outside the base's width, then from its centre."""
    centre = (mark.x0 + mark.x1) / 2
    outside = max(base.x0 - centre, centre - base.x1, 0.0)
    return outside, abs(centre - (base.x0 + base.x1) / 2)


def reattach_marks(chars: list[PageChar]) -> list[PageChar]:
    """Move each Thai mark that does not sit on the character before it to just after the
    nearest earlier character it does sit on, behind that character's own marks.

    >>> def c(t, x0, x1, top=10.0, bottom=20.0): return PageChar(t, x0, top, x1, bottom, True)
    >>> chars = [c("ธ", 0, 6), c("ิ", 0, 6, 6, 9), c("ช", 7, 13), c("์", 2, 5, 2, 5)]
    >>> "".join(ch.text for ch in reattach_marks(chars))
    'ธิ์ช'
    """
    out = list(chars)
    for i in range(len(out)):
        mark = out[i]
        if mark.text not in COMBINING_MARKS or not mark.has_box:
            continue
        before = next((j for j in range(i - 1, -1, -1) if out[j].text not in COMBINING_MARKS), None)
        if before is not None and _sits_on(out[before], mark):
            continue
        candidates = [j for j in range(i - 1, max(-1, i - MARK_LOOKBACK), -1)
                      if _sits_on(out[j], mark)]
        if not candidates:
            continue
        base = min(candidates, key=lambda j: _distance(out[j], mark))
        slot = base + 1
        while slot < i and out[slot].text in COMBINING_MARKS:
            slot += 1
        out.insert(slot, out.pop(i))
    return out


def _inside(c: PageChar, box: Box) -> bool:
    cx, cy = c.centre
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def text_lines(chars: list[PageChar], tables: list[Box]) -> list[TextLine]:
    """The text outside ``tables`` as lines: pdfium marks line ends with generated CR LF; a
    character with no box goes with the character before it."""
    lines: list[TextLine] = []
    text: list[str] = []
    top = bottom = x0 = x1 = None
    ground = 0.0
    inside = False

    def flush() -> None:
        nonlocal text, top, bottom, x0, x1, ground
        if text and "".join(text).strip() and top is not None:
            lines.append(TextLine(top, bottom or top, x0 or 0.0, "".join(text), x1 or 0.0,
                                  ground))
        text, top, bottom, x0, x1, ground = [], None, None, None, None, 0.0

    for c in chars:
        if c.text in "\r\n":
            flush()
            continue
        if c.has_box:
            inside = any(_inside(c, box) for box in tables)
            if not inside:
                top = c.top if top is None else min(top, c.top)
                bottom = c.bottom if bottom is None else max(bottom, c.bottom)
                x0 = c.x0 if x0 is None else min(x0, c.x0)
                x1 = c.x1 if x1 is None else max(x1, c.x1)
                ground = max(ground, c.ground)
        if not inside:
            text.append(c.text)
    flush()
    return lines


def text_in_box(chars: list[PageChar], box: Box) -> str:
    """The characters whose centres lie in ``box``, in page order (a character with no box
    goes with the one before it); line ends as ``\\n``."""
    out: list[str] = []
    inside = False
    for c in chars:
        if c.has_box:
            inside = _inside(c, box)
        if inside:
            out.append(c.text)
    return "".join(out).replace("\r\n", "\n").replace("\r", "\n")
