"""Reader: measures written as paragraphs.

"มาตรการที่ ๑ …" or a numbered item ("๑. …", "๑) …"), followed by labelled lines: วิธีการดำเนินการ /
กิจกรรม / ผู้รับผิดชอบ / ระยะเวลา / ตัวชี้วัดที่เกี่ยวข้อง … (``lexicons/measure_labels.tsv``), with or
without ":" or a dash, each on its own line or several inline ("ผู้รับผิดชอบ กองช่าง ระยะเวลา
ธันวาคม ๒๕๖๖").  A numbered item is a measure only when it has at least one label (a numbered
heading or a list in the prose has none); an item opened by "มาตรการที่" always is.  The
indicator comes from the ตัวชี้วัดที่เกี่ยวข้อง line, else "(ตัวชี้วัดที่ ๙)" in the item, else the
heading above; the tool from the indicator, else the heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from ita.normalise.digits import thai_to_ascii_digits
from ita.normalise.indicators import find_tool
from ita.normalise.lexicons import load
from ita.normalise.linebreaks import breaks_inside_word
from ita.parsers.columns import header_role
from ita.parsers.context import ISSUE_CODE, MEASURE_WORDS, SectionContext, indicator_heading
from ita.parsers.measure_table import (
    MeasureRow,
    _indicator_of,
    indicator_named_in,
)
from ita.parsers.reading import ReadState
from ita.schema import Paragraph
from ita.schema.document import box_corners

_MEASURE_NUMBER = re.compile(r"^\s*มาตรการที่\s*([0-9]{1,2})(?![0-9.])")
_ITEM_NUMBER = re.compile(r"^\s*(?:\(([0-9]{1,2})\)|([0-9]{1,2})\s*([.)]))(?![0-9])\s*\S")
# after a label: ":" or a dash, or at least a space, or the end of the line
_SEPARATOR = r"(?:\s*(?:[:：]|[-–—](?=\s))\s*|\s+|$)"
_BULLET = re.compile(r"^\s*[-•▪●◦]\s*(?=[\u0e01-\u0e4eA-Za-z(])")
BULLET_STYLE = "-"
_MEASURE_WORDS = MEASURE_WORDS
# "๓.๑ เห็นควร… โดยให้กองคลังเป็นผู้รับผิดชอบ …": a sub-numbered item, a measure only when it
# carries its own fields (a sub-numbered line alone is a heading: "๔.๑ ด้าน IIT")
_SUB_ITEM = re.compile(r"^\s*([0-9]{1,2})\.([0-9]{1,2})(?![0-9.])\s*\S")
_HEADING_NUMBER = re.compile(r"^[\s(]*[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})*\s*[.)]?\s*")
_INDICATOR_HEADING = re.compile(r"^ตัวชี้วัดที่\s*[0-9๐-๙]")
_PLAN_HEADING = re.compile(rf"^\s*(?:มิติที่\s*[0-9]|{ISSUE_CODE})")
_TOOL_HEADING_WORDS = ("ด้าน", "แบบวัด", "เครื่องมือ", "ผลการประเมินด้าน")
_LEADING_SEPARATOR = re.compile(r"^\s*(?:[:：]|[-–—](?=\s))?\s*")
STRONG_ROLES = ("responsible", "period", "indicator")  # a bullet with one of these is a measure
FIELD_ROLES = ("steps", "responsible", "period", "indicator", "kpi", "monitoring")


@cache
def _labels() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str],
                       re.Pattern[str], re.Pattern[str]]:
    """(label regex for a line's start, inline strong label regex, column-name regex,
    compact label -> role, strong label ending a line).  Column names of measure tables (``table_headers.tsv``) are labels
    too, but only followed by ":" or alone on their line (a form: one "label: value" line per
    column of a record)."""
    rows = load("measure_labels")
    roles = {"".join(row["label"].split()): row["role"] for row in rows}
    columns = [row["synonym"] for row in load("table_headers")
               if row["role"] not in ("number", "tool", "score", "dimension", "issue")
               and len(row["synonym"]) >= 4]
    for synonym in columns:
        roles.setdefault("".join(synonym.split()), _COLUMN_ROLES.get(
            next(r["role"] for r in load("table_headers") if r["synonym"] == synonym), ""))
    def spaced(labels: list[str]) -> str:
        return "|".join(r"\s*".join(map(re.escape, "".join(label.split())))
                        for label in sorted(labels, key=lambda x: -len("".join(x.split()))))
    strong = [row["label"] for row in rows if row["strong"]]
    start = re.compile(rf"^\s*[-•*]?\s*({spaced([r['label'] for r in rows])}){_SEPARATOR}")
    inline = re.compile(rf"(?<=\s)({spaced(strong)})(?=\s|[:：]){_SEPARATOR}(?=\S)")
    column = re.compile(rf"^\s*[-•*]?\s*({spaced(columns)})\s*(?:[:：]\s*(?=\S)|$)")
    trailing = re.compile(rf"(?:^|\s)({spaced(strong)})\s*[:：]?\s*$")
    # any label inside a line, when ":" or a spaced dash says it is one
    marked = re.compile(rf"(?<=\s)({spaced([r['label'] for r in rows])})(?=\s+[-–—]\s)"
                        rf"|({spaced([r['label'] for r in rows])})(?=\s*[:：])")
    return start, inline, column, roles, trailing, marked


# column roles of table_headers.tsv as fields of a measure written as a form
_COLUMN_ROLES = {"indicator_or_kpi": "indicator_or_kpi", "indicator": "indicator",
                 "measure": "measure", "steps": "steps", "responsible": "responsible",
                 "period": "period", "monitoring": "monitoring", "analysis": "analysis",
                 "kpi": "kpi", "status": "status", "status_done": "status_done",
                 "status_not_done": "status_not_done", "note": "note", "budget": "budget",
                 "objective": "objective"}


def _role_of(label: str) -> str:
    return _labels()[3]["".join(label.split())]


def labelled_fields(line: str) -> list[tuple[str, str]] | None:
    """[(role, value), …] of a line that begins with a label; None for other lines.

    >>> labelled_fields("ผู้รับผิดชอบ กองการเจ้าหน้าที่ ระยะเวลา ไตรมาสที่ ๓")
    [('responsible', 'กองการเจ้าหน้าที่'), ('period', 'ไตรมาสที่ ๓')]
    >>> labelled_fields("ตัวชี้วัดที่เกี่ยวข้อง – ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล")
    [('indicator', 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล')]
    >>> labelled_fields("มาตรการ/โครงการ/กิจกรรม: มาตรการปรับปรุงคู่มือ")
    [('measure', 'มาตรการปรับปรุงคู่มือ')]
    >>> labelled_fields("มาตรการ/แนวทาง")
    [('measure', '')]
    >>> labelled_fields("จัดอบรมผู้บริหาร") is None
    True
    >>> labelled_fields("มาตรการเผยแพร่ข้อมูล") is None
    True
    """
    start, inline, column, _, _, marked = _labels()
    match = start.match(line) or column.match(line)
    if match:
        role, rest = _role_of(match.group(1)), line[match.end():]
    else:
        # "ผลการวิเคราะห์ตัวชี้วัดตามหลักเกณฑ์การประเมิน: …": a column name's longer form
        head, colon, rest = line.partition(":")
        role = _COLUMN_ROLES.get(header_role(head) or "", "") if colon and len(head) <= 60 \
            else ""
        if not role:
            return None
    fields: list[tuple[str, str]] = []
    while True:
        cuts = [m for m in (inline.search(rest), marked.search(rest)) if m]
        if not cuts:
            fields.append((role, rest.strip()))
            return fields
        cut = min(cuts, key=lambda m: m.start())
        fields.append((role, rest[:cut.start()].strip()))
        label = next(g for g in cut.groups() if g)
        role, rest = _role_of(label), _LEADING_SEPARATOR.sub("", rest[cut.end():])


def split_at_label(line: str) -> tuple[str, str]:
    """(text, labelled rest) of a line whose fields follow inline ("๑. มาตรการ… ผู้รับผิดชอบ
    – กองคลัง ระยะเวลา – ธันวาคม ๒๕๖๘").

    >>> split_at_label("๑. มาตรการเผยแพร่ ผู้รับผิดชอบ – กองคลัง")
    ('๑. มาตรการเผยแพร่', 'ผู้รับผิดชอบ – กองคลัง')
    >>> split_at_label("- มาตรการเผยแพร่แผน (ผู้รับผิดชอบ: กองคลัง)")
    ('- มาตรการเผยแพร่แผน', 'ผู้รับผิดชอบ: กองคลัง')
    >>> split_at_label("๒. มาตรการลดระยะเวลาการให้บริการ")
    ('๒. มาตรการลดระยะเวลาการให้บริการ', '')
    """
    _, inline, _, _, _, marked = _labels()
    cuts = [m.start() for m in (inline.search(line), marked.search(line)) if m]
    if not cuts:
        return line, ""
    title, rest = line[:min(cuts)].rstrip(), line[min(cuts):]
    if title.endswith("(") and rest.rstrip().endswith(")"):  # "… (ผู้รับผิดชอบ: กองคลัง)"
        title, rest = title[:-1].rstrip(), rest.rstrip()[:-1]
    return title, rest


def item_start(line: str) -> tuple[str, int] | None:
    """(style, number) of a line that opens a numbered item or "มาตรการที่ N".

    >>> item_start("๒) มาตรการปรับปรุงเว็บไซต์"), item_start("มาตรการที่ 3 มาตรการกำกับ")
    (('.)', 2), ('มาตรการที่', 3))
    >>> item_start("๔.๑ ด้าน IIT") is None
    True
    """
    text = thai_to_ascii_digits(line)
    if match := _MEASURE_NUMBER.match(text):
        return "มาตรการที่", int(match.group(1))
    if _BULLET.match(text):
        return BULLET_STYLE, 0
    if match := _ITEM_NUMBER.match(text):
        if match.group(1):
            return "()", int(match.group(1))
        return "." + match.group(3), int(match.group(2))
    return None


SHORT_FIELD_LINE = 60  # a unit or period field goes on only with lines this short
LONG_FIELDS = ("steps", "measure", "analysis", "monitoring", "kpi")
LABEL_STYLE = "label"


@dataclass
class _Item:
    style: str  # "มาตรการที่", ".", ")", "()" for numbered items; "label" for forms
    page: int
    context: SectionContext
    title: list[str]
    box: list[float] | None = None
    order: int = 0
    fields: dict[str, list[str]] = field(default_factory=dict)
    last_role: str | None = None

    def add(self, role: str, value: str) -> None:
        self.fields.setdefault(role, [])
        if value:
            self.fields[role].append(value)
        self.last_role = role

    def goes_on(self, line: str) -> bool:
        """Whether ``line`` carries on the field last labelled."""
        if self.last_role is None:
            return False
        if self.last_role in LONG_FIELDS or not self.fields.get(self.last_role):
            return True
        return len(line.strip()) <= SHORT_FIELD_LINE

    def heading_like(self) -> bool:
        """A numbered line that no label followed reads as a heading ("มาตรการที่ N" never)."""
        return not self.fields and self.style not in (LABEL_STYLE, "มาตรการที่")

    def title_open(self) -> bool:
        """Whether the title stops inside brackets ("(ตัวชี้วัดที่" | "๔)")."""
        text = " ".join(self.title)
        return text.count("(") > text.count(")")

    def is_measure(self) -> bool:
        if self.style == BULLET_STYLE:  # "- มาตรการ…" or a bullet with labelled fields
            title = self.title[0].lstrip(" -•▪●◦") if self.title else ""
            return title.startswith(_MEASURE_WORDS) or any(
                r in self.fields for r in STRONG_ROLES)
        if self.style == LABEL_STYLE:
            return bool(self.fields.get("measure")) and any(
                r in self.fields for r in (*FIELD_ROLES, "indicator_or_kpi"))
        return self.style == "มาตรการที่" or any(r in self.fields for r in FIELD_ROLES)

    def cells(self) -> dict[str, str]:
        cells = {role: "\n".join(values) for role, values in self.fields.items() if values}
        if self.title:
            cells["measure"] = "\n".join(self.title)
        if "indicator_or_kpi" in cells:
            value = cells.pop("indicator_or_kpi")
            named = _indicator_of(value) or len(value) <= 30 and indicator_named_in(
                value, by_name=False)
            role = "indicator" if named else "kpi"
            cells.setdefault(role, value)
        return cells


@cache
def _assignment() -> re.Pattern[str]:
    rows = load("assignment_clauses")
    def words(kind: str) -> str:
        return "|".join(sorted((re.escape(r["words"]) for r in rows if r["kind"] == kind),
                               key=len, reverse=True))
    heads = "|".join(re.escape(r["head"]) for r in load("unit_heads"))
    return re.compile(rf"(?:^|\s|(?<=[\u0e01-\u0e4e]))(?:{words('opener')})\s*"
                      rf"(?P<unit>(?:{heads})[^\n]*?)\s*(?:{words('closer')})\s*(?P<rest>[^\n]*)$")


CLAUSE_AFTER = 8  # the clause follows what the measure does
UNIT_CHARS = 80  # longer "units" are the rest of a sentence
_ITEM_NUMBER_TEXT = re.compile(r"^\s*(?:\(?[0-9]{1,2}(?:\.[0-9]{1,2})?\s*[.)]?\s*)?")


def assignment_fields(text: str) -> list[tuple[str, str]]:
    """The unit and the time a measure's own sentence assigns it ("โดยมอบหมายให้<unit>
    ดำเนินการ<time>"), as (role, value) pairs; [] when it names no unit.

    >>> assignment_fields("๑. จัดทำสรุปแผน โดยมอบหมายให้สำนักการคลังดำเนินการภายในเดือนธันวาคม ๒๕๖๗")
    [('responsible', 'สำนักการคลัง'), ('period', 'ภายในเดือนธันวาคม ๒๕๖๗')]
    >>> assignment_fields("๔. เผยแพร่ข้อมูลผ่านเพจ ทั้งนี้ ให้ฝ่ายประชาสัมพันธ์ สำนักปลัดเทศบาล เป็นผู้รับผิดชอบ ดำเนินการในช่วงเดือนมกราคม")
    [('responsible', 'ฝ่ายประชาสัมพันธ์ สำนักปลัดเทศบาล'), ('period', 'ดำเนินการในช่วงเดือนมกราคม')]
    >>> assignment_fields("ให้บุคลากรทุกคนรับทราบ")
    []
    >>> assignment_fields("๒. ให้ผู้บริหารเทศบาลนำมาตรการส่งเสริมคุณธรรมเป็นแนวทางร่วมในการบริหารงาน")
    []
    """
    opening = _ITEM_NUMBER_TEXT.match(thai_to_ascii_digits(text))
    body = opening.end() if opening else 0
    clauses = [m for m in _assignment().finditer(text)
               if m.start() - body >= CLAUSE_AFTER and len(m.group("unit")) <= UNIT_CHARS]
    if not clauses:
        return []  # none, or the item itself is an order ("๒. ให้ผู้บริหาร…นำมาตรการ…")
    match = clauses[-1]  # the last clause: the one that closes the sentence
    fields = [("responsible", match.group("unit").strip())]
    if match.group("rest").strip():
        fields.append(("period", match.group("rest").strip(" .")))
    return fields


def _logical_lines(text: str) -> list[str]:
    """A paragraph's lines as written, except that a line which opens nothing (no label, no
    numbered item, no heading) carries on the line before: a wrap ("ระยะเวลา ตลอดปี ตัวชี้วัด" |
    "ที่เกี่ยวข้อง ตัวชี้วัดที่ ๗") reads as one line, so labels cut by it are found.

    >>> _logical_lines("ผู้รับผิดชอบ กองคลัง ตัวชี้วัด\\nที่เกี่ยวข้อง ตัวชี้วัดที่ ๒\\n๒. มาตรการ ข")
    ['ผู้รับผิดชอบ กองคลัง ตัวชี้วัดที่เกี่ยวข้อง ตัวชี้วัดที่ ๒', '๒. มาตรการ ข']
    """
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        opens = labelled_fields(line) is not None or item_start(line) is not None \
            or is_heading(line)
        if out and not opens:
            glue = "" if breaks_inside_word(out[-1], line) or _cut_label(out[-1], line) else " "
            out[-1] = out[-1].rstrip() + glue + line.strip()
            continue
        out.append(line)
    return out


def _cut_label(before: str, after: str) -> bool:
    """Whether a line break cut a label in two ("ตัวชี้วัด" | "ที่เกี่ยวข้อง")."""
    tail, head = before.split()[-1:] or [""], after.split()[:1] or [""]
    joined = tail[0] + head[0]
    return bool(_labels()[1].pattern) and any(
        joined.startswith(label) and not tail[0].startswith(label)
        for label in _labels()[3])


def _goes_on_across(item: _Item, line: str) -> bool:
    """Add ``line``, the first on a new page, to ``item`` when it carries on the item's title
    or its last field (it opens nothing of its own); True when it did."""
    if labelled_fields(line) is not None or item_start(line) is not None or is_heading(line):
        return False
    target = item.fields[item.last_role] if item.last_role else \
        (item.title if not item.fields else None)
    if not target:
        return False
    glue = "" if breaks_inside_word(target[-1], line) else " "
    target[-1] = target[-1].rstrip() + glue + line.strip()
    return True



def is_heading(line: str) -> bool:
    """A line that heads a section by a tool or an indicator ("๔.๓ ด้านการเปิดเผยข้อมูลสาธารณะ
    (OIT)", "๒. ด้าน EIT พบว่า…", "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร"): it ends a form and
    sets the context; a measure that only mentions a tool ("… ตามเกณฑ์ OIT") is none.

    >>> is_heading("๔.๓ ด้านการเปิดเผยข้อมูลสาธารณะ (OIT)"), is_heading("๒. ด้าน EIT พบว่า ผล")
    (True, True)
    >>> is_heading("เว็บไซต์ของเทศบาลตามเกณฑ์การประเมิน OIT")
    False
    """
    if _PLAN_HEADING.match(thai_to_ascii_digits(line.strip(" *"))):
        return True  # "มิติที่ ๑ …", "ประเด็นที่ ๒.๒ …" of plan layouts
    text = _HEADING_NUMBER.sub("", line.strip(" *"))
    if _INDICATOR_HEADING.match(text):
        return True
    if indicator_heading(line) is not None:
        return True  # "ประเด็นที่ ๑ การใช้งบประมาณ (ตัวชี้วัดที่ ๒)", "ค) ด้านประสิทธิภาพการสื่อสาร"
    return text.startswith(_TOOL_HEADING_WORDS) and find_tool(text[:60]) is not None \
        or find_tool(text[:8]) is not None


class MeasureParagraphs:
    name = "measure_paragraphs"
    block_index = 0  # the paragraph being read, in reading order

    def read(self, state: ReadState) -> None:
        items: list[_Item] = []
        context = SectionContext()
        current: _Item | None = None
        previous: Paragraph | None = None
        for block in state.blocks:
            if not isinstance(block, Paragraph):
                current = previous = None
                continue
            if state.claimed_by(block) not in (None, "prose_scores"):
                current = previous = None
                continue
            # the first paragraph of a page may be the rest of the one the page break cut
            carried = previous is not None and block.page > previous.page
            self.block_index = state.index_of(block)
            if current is not None and not carried and current.style != LABEL_STYLE \
                    and current.fields.get(current.last_role or ""):
                current.last_role = None  # a new paragraph does not go on a field's text
            for k, line in enumerate(_logical_lines(block.text)):
                if k == 0 and carried and current is not None and _goes_on_across(
                        current, line):
                    continue
                current = self._line(line, block, current, context, items)
            previous = block
        for item in items:
            if not item.is_measure():
                continue
            row = MeasureRow(page=item.page, context=item.context, box=item.box,
                             order=item.order)
            row.cells = {role: value for role, value in item.cells().items()
                         if role in (*FIELD_ROLES, "measure", "analysis", "status",
                                     "status_done", "status_not_done")}
            state.measure_rows.append(row)

    def _line(self, line: str, block: Paragraph, current: _Item | None,
              context: SectionContext, items: list[_Item]) -> _Item | None:
        fields = labelled_fields(line)
        if fields is not None:
            role = fields[0][0]
            if current is not None and current.heading_like() and (
                    role == "measure" or role == "indicator_or_kpi" and fields[0][1]
                    and _indicator_of(fields[0][1]) is not None) \
                    or current is not None and current.style not in (LABEL_STYLE, "มาตรการที่") \
                    and role == "measure":
                # "๒. ด้าน EIT พบว่า…" then "มาตรการ/แนวทาง", "๓. การนำผล…" then "ตัวชี้วัด: ๑.
                # …": the numbered line heads a form whose records carry their own measure;
                # the item becomes the form's first record, keeping what it was given
                for title in current.title:
                    context.update(title)
                current.style, current.title = LABEL_STYLE, []
                current.context = replace(context)
            if current is None or role in current.fields and current.style == LABEL_STYLE:
                # a form: the first label, or a label seen already in this record, opens one
                current = _Item(LABEL_STYLE, block.page, replace(context), [], box_corners(block.box),
                                order=self.block_index)
                items.append(current)
            for role, value in fields:
                current.add(role, value)
            return current
        if current is not None and current.last_role and not current.fields[current.last_role]:
            # a label on its own line takes the next line as its value, whatever it looks like
            current.fields[current.last_role].append(line.strip())
            return current
        if current is not None and current.style == LABEL_STYLE:
            if not is_heading(line) and current.goes_on(line):
                current.fields[current.last_role or ""].append(line.strip())
                return current
            current = None
        start = item_start(line)
        if start is None and (sub := _SUB_ITEM.match(thai_to_ascii_digits(line))) \
                and not is_heading(line):
            title, rest = split_at_label(line)
            if labelled_fields(rest) or assignment_fields(title):
                start = ("x.y", int(sub.group(2)))
        in_steps = current is not None and current.last_role == "steps" \
            and start is not None and start[0] != current.style
        if start is not None and start[0] == BULLET_STYLE and current is not None \
                and current.style not in (BULLET_STYLE, LABEL_STYLE):
            # "มาตรการที่ ๑ …" then "- ประกาศ…": the bullets are the item's own lines
            target = current.fields[current.last_role] if current.last_role else current.title
            target.append(line.strip())
            return current
        if start is not None and not in_steps:
            if current is not None and current.heading_like():
                items.remove(current)  # the numbered line before had no label: a heading
                for title in current.title:
                    context.update(title)
            title, rest = split_at_label(line)
            item = _Item(start[0], block.page, replace(context), [title.strip()], box_corners(block.box),
                         order=self.block_index)
            items.append(item)
            for role, value in labelled_fields(rest) or assignment_fields(title):
                item.add(role, value)
            return item
        if start is None and is_heading(line):
            if current is not None and current.heading_like():
                items.remove(current)
                for title in current.title:
                    context.update(title)
            context.update(line)  # "ตัวชี้วัดที่ ๗ …", "๔.๑ ด้าน … (IIT)": a new section
            return None
        if current is not None and current.last_role is not None:
            current.fields[current.last_role].append(line.strip())
            return current
        if current is not None and not current.fields and len(current.title) < 3 \
                and (block.text.startswith(current.title[0]) or current.title_open()
                     or current.style == "มาตรการที่"):
            # the item's title goes on in its paragraph, or in the next when it was cut
            current.title.append(line.strip())
            return current
        if current is not None and current.heading_like():
            items.remove(current)  # a numbered line no label followed: a heading
            for title in current.title:
                context.update(title)
        context.update(line)
        return None
