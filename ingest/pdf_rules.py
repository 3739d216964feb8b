"""The ruling lines of a PDF page, read with pypdfium2, for pdfplumber's table finder.

pdfplumber finds ruled tables well (edges → intersections → cells), but to get the edges it
parses every object of the page with pdfminer, which is most of the cost of reading a PDF.
The lines are path objects, which pdfium reads directly: each straight horizontal or vertical
segment of a path (a stroked border, a side of a filled rectangle) becomes an edge, given to
pdfplumber's finder as explicit lines.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

AXIS_TOLERANCE = 0.5  # points: a segment this close to level or plumb is a ruling line
MIN_LENGTH = 1.0  # points: shorter segments are dots, not lines


@dataclass(frozen=True)
class Edge:
    """A ruling line in top-down page coordinates."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return self.bottom - self.top <= self.x1 - self.x0

    def as_plumber(self) -> dict[str, object]:
        """The edge as pdfplumber's table finder takes an explicit line."""
        return {"object_type": "line_edge", "x0": self.x0, "x1": self.x1, "top": self.top,
                "bottom": self.bottom, "width": self.x1 - self.x0,
                "height": self.bottom - self.top,
                "orientation": "h" if self.horizontal else "v"}


def _matrix(obj) -> tuple[float, float, float, float, float, float]:
    """The object's matrix composed with those of the forms it sits in."""
    a, b, c, d, e, f = obj.get_matrix().get()
    parent = getattr(obj, "parent", None)
    while parent is not None and hasattr(parent, "get_matrix"):
        pa, pb, pc, pd, pe, pf = parent.get_matrix().get()
        a, b, c, d, e, f = (a * pa + b * pc, a * pb + b * pd, c * pa + d * pc, c * pb + d * pd,
                            e * pa + f * pc + pe, e * pb + f * pd + pf)
        parent = getattr(parent, "parent", None)
    return a, b, c, d, e, f


def _segments(obj, height: float) -> list[Edge]:
    import pypdfium2.raw as pdfium_c

    a, b, c, d, e, f = _matrix(obj)
    edges: list[Edge] = []
    start = last = None
    x, y = ctypes.c_float(), ctypes.c_float()
    count = pdfium_c.FPDFPath_CountSegments(obj.raw)
    for i in range(count):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj.raw, i)
        pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        point = (a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f))
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = last = point
            continue
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and last is not None:
            _add(edges, last, point)
        last = point
        if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None:
            _add(edges, point, start)
            last = start
    return edges


def _add(edges: list[Edge], p: tuple[float, float], q: tuple[float, float]) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) <= AXIS_TOLERANCE and abs(x1 - x0) >= MIN_LENGTH:
        y = (y0 + y1) / 2
        edges.append(Edge(min(x0, x1), y, max(x0, x1), y))
    elif abs(x0 - x1) <= AXIS_TOLERANCE and abs(y1 - y0) >= MIN_LENGTH:
        x = (x0 + x1) / 2
        edges.append(Edge(x, min(y0, y1), x, max(y0, y1)))


def ruling_edges(pdf_page) -> list[Edge]:
    """Every horizontal and vertical line segment drawn on a pypdfium2 page."""
    import pypdfium2.raw as pdfium_c

    height = pdf_page.get_height()
    edges: list[Edge] = []
    for obj in pdf_page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        edges.extend(_segments(obj, height))
    return edges


def find_tables(plumber_page, edges: list[Edge]) -> list:
    """pdfplumber's ruled tables on a page, from the given edges only (no pdfminer parse)."""
    horizontal = [e.as_plumber() for e in edges if e.horizontal]
    vertical = [e.as_plumber() for e in edges if not e.horizontal]
    if len(horizontal) < 2 or len(vertical) < 2:
        return []
    return plumber_page.find_tables({
        "vertical_strategy": "explicit", "horizontal_strategy": "explicit",
        "explicit_vertical_lines": vertical, "explicit_horizontal_lines": horizontal,
    })
