"""Thai text clean-up shared by every backend: markup, SARA AM, white space.

Never apply NFKC to Thai: it splits SARA AM (ำ) into NIKHAHIT + SARA AA.
"""

from __future__ import annotations

import re

from ita.normalise.digits import join_script_split_numbers

NIKHAHIT = "\u0e4d"
SARA_AA = "\u0e32"
SARA_AM = "\u0e33"
TONE_MARKS = "\u0e48\u0e49\u0e4a\u0e4b"

SMALL_MARKS = "\u0e47-\u0e4c"  # MAITAIKHU, the four tone marks, THANTHAKHAT: lost first by OCR
_SMALL_MARK = re.compile(f"[{SMALL_MARKS}]")
_OFF_THE_LINE = re.compile(r"[^\u0e01-\u0e2e\u0e30\u0e32\u0e33\u0e40-\u0e44]")

_SPLIT_AM = re.compile(NIKHAHIT + "([" + TONE_MARKS + "]?)" + SARA_AA)
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
_P_TAG = re.compile(r"</?p>", re.I)


def join_sara_am(text: str) -> str:
    """Write SARA AM as the one character ำ, however it was split.

    NIKHAHIT + SARA AA (ํา) becomes ำ; a tone mark typed between them moves before the ำ.

    >>> join_sara_am("ดํา") == "ดำ"
    True
    >>> join_sara_am("น\\u0e4d\\u0e49\\u0e32") == "น\\u0e49\\u0e33"
    True
    """
    return _SPLIT_AM.sub(lambda m: m.group(1) + SARA_AM, text)


def join_sara_ae(text: str) -> str:
    """Write SARA AE as the one character แ where it was typed as two SARA E (เเ), a common
    typing habit; two SARA E never follow each other in Thai.

    >>> join_sara_ae("ได้คะเเนน")
    'ได้คะแนน'
    """
    return text.replace("\u0e40\u0e40", "\u0e41")


def strip_markup(text: str) -> str:
    """Remove the converter's markup: ``**bold**`` markers; ``<p>`` tags become line breaks.

    >>> strip_markup("**ตัวชี้วัดที่ 1** คะแนน")
    'ตัวชี้วัดที่ 1 คะแนน'
    """
    text = _BOLD.sub(r"\1", text)
    if "<p>" in text.lower() or "</p>" in text.lower():
        parts = re.split(r"</p>\s*<p>|</?p>", text, flags=re.I)
        text = "\n".join(p.strip() for p in parts if p.strip())
    return text


def collapse_spaces(text: str) -> str:
    """One space between words, none at the ends of lines; line breaks kept.

    >>> collapse_spaces("  ก  ข\\t ค \\n ง ")
    'ก ข ค\\nง'
    """
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines)


def clean_text(text: str) -> str:
    """The normalising chain for any text a backend read: SARA AM, numbers a change of
    script parted, SARA AE typed as เเ, then white space."""
    return collapse_spaces(join_script_split_numbers(join_sara_ae(join_sara_am(text))))


def one_line(text: str) -> str:
    """Lines joined by one space, white space collapsed (for values kept as one string).

    >>> one_line("รายงาน\\n ผล ")
    'รายงาน ผล'
    """
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def compact(text: str) -> str:
    """Text with every kind of white space removed: the key for comparing Thai phrases.

    >>> compact("กอง ยุทธศาสตร์ และ งบประมาณ")
    'กองยุทธศาสตร์และงบประมาณ'
    """
    return re.sub(r"\s+", "", text)


def without_small_marks(text: str) -> str:
    """``text`` without tone marks, MAITAIKHU and THANTHAKHAT: the spelling OCR leaves when
    it loses the smallest marks (โพธิ์ชัย → โพธิชัย).

    >>> without_small_marks("โพธิ์ชัย")
    'โพธิชัย'
    """
    return _SMALL_MARK.sub("", text)


def line_skeleton(text: str) -> str:
    """Consonants and the vowels written on the line only: what OCR keeps of a word when it
    loses or mistakes any mark above or below, and drops the Latin specks it read from them.

    >>> line_skeleton("กองการเจ้าหน้าที่"), line_skeleton("กองการเจาหนาท")
    ('กองการเจาหนาท', 'กองการเจาหนาท')
    """
    return _OFF_THE_LINE.sub("", text)


def spaced_pattern(word: str) -> str:
    """A regular expression for ``word`` with white space allowed between its characters (a
    word a line break cut inside a table cell: "ตัวชี้\\nวัดที่").

    >>> import re
    >>> bool(re.fullmatch(spaced_pattern("ตัวชี้วัดที่"), "ตัวชี้ วัดที่"))
    True
    """
    return r"\s*".join(re.escape(ch) for ch in word if not ch.isspace())


_PAGE_NUMBER = re.compile(r"^\s*(?:หน้า\s*)?[-–(]?\s*[0-9๐-๙]{1,4}\s*(?:/\s*[0-9๐-๙]{1,4})?"
                          r"\s*[-–)]?\s*$")


def is_page_number(text: str) -> bool:
    """A paragraph that is only a page number ("- ๕ -", "หน้า 5", "5/20").

    >>> is_page_number("- ๕ -"), is_page_number("หน้า 12"), is_page_number("๕. การใช้")
    (True, True, False)
    """
    return bool(_PAGE_NUMBER.match(text))
