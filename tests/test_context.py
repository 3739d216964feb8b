"""Section context from headings, as OCR may leave them."""

from __future__ import annotations

import pytest
from ita.parsers.context import SectionContext


@pytest.mark.parametrize(("heading", "code"), [
    ("ประเด็นที่ ๒.๑ แสดงเจตจำนงทางการเมือง", "2.1"),
    ("ประเด็นที่๔.๓ การส่งเสริมบทบาท", "4.3"),
    ("ประเด็นท ๒.๔ มาตรการจัดการในกรณีได้ทราบ", "2.4"),  # ที่ lost its marks
    ("ประเด็น ๓.๒ การรับฟังความคิดเห็น", "3.2"),
])
def test_issue_headings_give_their_code(heading: str, code: str) -> None:
    context = SectionContext()
    context.update(heading)
    assert context.issue_code == code


def test_prose_that_mentions_an_issue_is_no_heading() -> None:
    context = SectionContext()
    context.update("ประเด็นที่ต้องแก้ไข คือ การเผยแพร่ข้อมูล ๑.๕ ครั้ง")
    assert context.issue_code is None
