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
from ita.normalise.lexicons import load
from ita.parsers.context import SectionContext
from ita.parsers.measure_table import MeasureRow, build_measure
from ita.parsers.reading import ReadState
from ita.schema import Paragraph

_MEASURE_NUMBER = re.compile(r"^\s*มาตรการที่\s*([0-9]{1,2})(?![0-9.])")
_ITEM_NUMBER = re.compile(r"^\s*(?:\(([0-9]{1,2})\)|([0-9]{1,2})\s*([.)]))(?![0-9])\s*\S")
_SEPARATOR = r"\s*(?:[:：]|[-–—](?=\s))?\s*"
FIELD_ROLES = ("steps", "responsible", "period", "indicator", "kpi", "monitoring")


@cache
def _labels() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(line-start label regex, inline strong label regex, compact label -> role)."""
    rows = load("measure_labels")
    roles = {row["label"]: row["role"] for row in rows}
    spaced = [r"\s*".join(map(re.escape, label)) for label in sorted(roles, key=len, reverse=True)]
    strong = [r"\s*".join(map(re.escape, row["label"]))
              for row in sorted(rows, key=lambda r: -len(r["label"])) if row["strong"]]
    start = re.compile(rf"^\s*[-•*]?\s*({'|'.join(spaced)}){_SEPARATOR}(?=\S|$)")
    inline = re.compile(rf"(?<=\s)({'|'.join(strong)}){_SEPARATOR}(?=\S)")
    return start, inline, roles


def _role_of(label: str) -> str:
    return _labels()[2]["".join(label.split())]


def labelled_fields(line: str) -> list[tuple[str, str]] | None:
    """[(role, value), …] of a line that begins with a label; None for other lines.

    >>> labelled_fields("ผู้รับผิดชอบ กองการเจ้าหน้าที่ ระยะเวลา ไตรมาสที่ ๓")
    [('responsible', 'กองการเจ้าหน้าที่'), ('period', 'ไตรมาสที่ ๓')]
    >>> labelled_fields("ตัวชี้วัดที่เกี่ยวข้อง – ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล")
    [('indicator', 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล')]
    >>> labelled_fields("จัดอบรมผู้บริหาร") is None
    True
    """
    start, inline, _ = _labels()
    match = start.match(line)
    if not match:
        return None
    fields: list[tuple[str, str]] = []
    role, rest = _role_of(match.group(1)), line[match.end():]
    while True:
        cut = inline.search(rest)
        if cut is None:
            fields.append((role, rest.strip()))
            return fields
        fields.append((role, rest[:cut.start()].strip()))
        role, rest = _role_of(cut.group(1)), rest[cut.end():]


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
    if match := _ITEM_NUMBER.match(text):
        if match.group(1):
            return "()", int(match.group(1))
        return "." + match.group(3), int(match.group(2))
    return None


@dataclass
class _Item:
    style: str
    page: int
    context: SectionContext
    title: list[str]
    box: list[float] | None = None
    fields: dict[str, list[str]] = field(default_factory=dict)
    last_role: str | None = None

    def add(self, role: str, value: str) -> None:
        self.fields.setdefault(role, [])
        if value:
            self.fields[role].append(value)
        self.last_role = role

    def is_measure(self) -> bool:
        return self.style == "มาตรการที่" or any(r in self.fields for r in FIELD_ROLES)


class MeasureParagraphs:
    name = "measure_paragraphs"

    def read(self, state: ReadState) -> None:
        items: list[_Item] = []
        context = SectionContext()
        current: _Item | None = None
        for block in state.doc.blocks():
            if not isinstance(block, Paragraph):
                current = None
                continue
            if state.claimed_by(block) not in (None, "prose_scores"):
                current = None
                continue
            for line in block.text.split("\n"):
                if not line.strip():
                    continue
                current = self._line(line, block, current, context, items)
            if current is not None:
                current.last_role = None  # a new paragraph does not go on a field's text
        seq = len(state.out.measures)
        for item in items:
            if not item.is_measure():
                continue
            row = MeasureRow(page=item.page, context=item.context, box=item.box)
            row.cells["measure"] = "\n".join(item.title)
            for role, values in item.fields.items():
                if values and role in FIELD_ROLES:
                    row.cells[role] = "\n".join(values)
            seq += 1
            state.out.measures.append(build_measure(row, seq, state.doc.report_id, state.out,
                                                    state.metadata.plan_year))

    def _line(self, line: str, block: Paragraph, current: _Item | None,
              context: SectionContext, items: list[_Item]) -> _Item | None:
        fields = labelled_fields(line)
        if fields is not None:
            if current is None:
                return None
            for role, value in fields:
                current.add(role, value)
            return current
        start = item_start(line)
        if start is not None and not (current is not None and current.last_role == "steps"
                                      and start[0] != current.style):
            box = [block.box.x0, block.box.top, block.box.x1, block.box.bottom] \
                if block.box is not None else None
            item = _Item(start[0], block.page, replace(context), [line.strip()], box)
            items.append(item)
            return item
        if current is not None and current.last_role is not None:
            current.fields[current.last_role].append(line.strip())
            return current
        if current is not None and not current.fields and len(current.title) < 3 \
                and block.text.startswith(current.title[0]):
            current.title.append(line.strip())  # the item's title goes on in its paragraph
            return current
        context.update(line)
        return None
