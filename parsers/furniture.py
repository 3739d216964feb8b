"""Page furniture: the page numbers and running headers and footers a report repeats on its
pages.  Readers look through them, so that a table or an item cut by a page break reads on
across "- ๓ -" and the report's title line at the top of the next page.  Metadata still reads
them (a footer may be the only place the district is written).
"""

from __future__ import annotations

import math
import re
from collections import Counter

from ita.normalise.text import compact, is_page_number
from ita.schema import Document, Paragraph

EDGE_BLOCKS = 2  # furniture is among the first or the last blocks of a page
FURNITURE_CHARS = 160  # longer paragraphs are body text
REPEATED_SHARE = 0.4  # running headers and footers are on at least this share of the pages
_DIGITS = re.compile(r"[0-9๐-๙]+")


def _key(text: str) -> str:
    """A paragraph compared with its page numbers and spaces taken out."""
    return _DIGITS.sub("#", compact(text))


def page_furniture(doc: Document) -> set[int]:
    """``id()`` of every paragraph that is page furniture: a page number alone at a page's
    top or foot, or a short paragraph at the top (or the foot) of two or more pages and of
    at least 40 % of them (the same but for its numbers: "หน้า ๒" / "หน้า ๓").

    >>> from ita.schema import Page
    >>> def page(n, *texts):
    ...     return Page(number=n, blocks=[Paragraph(text=t, page=n) for t in texts])
    >>> doc = Document(report_id="x", source_file="x", source_sha256="x", format="text",
    ...     pages=[page(1, "รายงาน ITA : เทศบาล", "ข้อความ", "- ๑ -"),
    ...            page(2, "รายงาน ITA : เทศบาล", "ข้อความอื่น", "- ๒ -")])
    >>> sorted(b.text for b in doc.blocks() if id(b) in page_furniture(doc))
    ['- ๑ -', '- ๒ -', 'รายงาน ITA : เทศบาล', 'รายงาน ITA : เทศบาล']
    """
    edges: dict[int, tuple[Paragraph, str]] = {}
    for page in doc.pages:
        blocks = page.blocks
        for edge, near in (("top", blocks[:EDGE_BLOCKS]), ("foot", blocks[-EDGE_BLOCKS:])):
            for block in near:
                if isinstance(block, Paragraph) and len(block.text) <= FURNITURE_CHARS \
                        and "\n" not in block.text.strip():
                    edges[id(block)] = (block, edge)
    pages_of: Counter[tuple[str, str]] = Counter()
    for key in {(_key(b.text), edge, b.page) for b, edge in edges.values()}:
        pages_of[key[:2]] += 1
    # a running header or footer is on most pages; a heading that happens to open two of a
    # long report's pages ("ตัวชี้วัดที่ ๕ …" in the analysis and in the plan) is not
    least = max(2, math.ceil(REPEATED_SHARE * len(doc.pages)))
    return {id(b) for b, edge in edges.values()
            if is_page_number(b.text) or (len(doc.pages) >= 2 and len(_key(b.text)) >= 6
                                          and pages_of[_key(b.text), edge] >= least)}
