"""``ita report DIR --out report.html``: one self-contained HTML page about an output folder.

Counts by year, organisation type and province; score distributions per indicator and per tool
(box plots, matplotlib SVG inlined, so the page needs no network and no other file); the lowest
indicators; measures per indicator; the problems, grouped; a table of reports, each linked to
its own indicator scores and measures further down the page.  The numbers come from DuckDB over
the parquet files (:mod:`ita.query`), exactly what an analyst's query would give.
"""

from __future__ import annotations

import html
import io
from pathlib import Path

from ita.query import connect

TOOLS = ("IIT", "EIT", "OIT")
THAI_FONTS = ("Garuda", "Loma", "Norasi", "Sarabun", "Noto Sans Thai")
LOWEST = 15  # individual indicator scores listed as the lowest
TEXT_CUT = 160  # characters of a measure shown in a report's section

STYLE = """
body{font-family:Garuda,Loma,'Noto Sans Thai',sans-serif;margin:2em auto;max-width:1100px;
color:#222;line-height:1.45}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:2px solid #1f77b4;padding-bottom:.2em}
table{border-collapse:collapse;margin:.6em 0;font-size:.9em}
th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#eef4fa}td.n{text-align:right;font-variant-numeric:tabular-nums}
.row{display:flex;gap:2em;flex-wrap:wrap}.figure{margin:1em 0}
.muted{color:#777}section.report{border-top:1px solid #ddd;margin-top:1.5em}
"""


def _rows(connection, query: str) -> list[tuple]:
    return connection.execute(query).fetchall()


def _table(headers: list[str], rows: list[tuple], numeric: set[int] | None = None) -> str:
    numeric = numeric or set()
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            text = value if isinstance(value, _Raw) else html.escape(_text(value))
            cells.append(f"<td class=n>{text}</td>" if i in numeric else f"<td>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


class _Raw(str):
    """HTML already escaped (a link)."""


def _text(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _link(report_id: str, label: str) -> _Raw:
    return _Raw(f'<a href="#report-{html.escape(report_id)}">{html.escape(label)}</a>')


def _svg(figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight",
                   metadata={"Date": None, "Creator": None})  # the same data, the same page
    import matplotlib.pyplot as plt

    plt.close(figure)
    svg = buffer.getvalue()
    return svg[svg.index("<svg"):]  # drop the XML prologue: inlined in HTML


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    plt.rcParams["font.family"] = [f for f in THAI_FONTS if f in installed] + ["DejaVu Sans"]
    plt.rcParams["svg.fonttype"] = "none"  # text stays text: smaller, searchable
    plt.rcParams["svg.hashsalt"] = "ita"  # the same data gives the same page
    return plt


def score_plots(connection) -> str:
    """Box plots of the scores per indicator and per tool, and the overall scores."""
    plt = _pyplot()
    by_indicator = {n: [s for (s,) in _rows(connection, "SELECT score FROM indicators WHERE "
                                                        f"indicator_no = {n} AND score "
                                                        "IS NOT NULL")]
                    for n in range(1, 11)}
    by_tool = {t: [s for (s,) in _rows(connection, "SELECT score FROM indicators WHERE "
                                                   f"tool = '{t}' AND score IS NOT NULL")]
               for t in TOOLS}
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 3.8),
                                         gridspec_kw={"width_ratios": [3, 1]})
    numbers = [n for n, scores in by_indicator.items() if scores]
    left.boxplot([by_indicator[n] for n in numbers], tick_labels=[str(n) for n in numbers],
                 patch_artist=True, boxprops={"facecolor": "#1f77b4", "alpha": 0.7})
    left.set_xlabel("indicator")
    left.set_ylabel("score")
    left.set_title("scores per indicator")
    tools = [t for t in TOOLS if by_tool[t]]
    right.boxplot([by_tool[t] for t in tools], tick_labels=tools, patch_artist=True,
                  boxprops={"facecolor": "#ff7f0e", "alpha": 0.7})
    right.set_title("scores per tool")
    for axis in (left, right):
        axis.set_ylim(-2, 102)
        axis.grid(axis="y", alpha=0.3)
    plots = [_svg(figure)]
    overall = [s for (s,) in _rows(connection, "SELECT overall_score FROM reports WHERE "
                                               "overall_score IS NOT NULL")]
    if overall:
        figure, axis = plt.subplots(figsize=(11, 2.6))
        axis.hist(overall, bins=20, range=(0, 100), color="#2ca02c")
        axis.set_xlabel("overall score")
        axis.set_ylabel("reports")
        axis.set_title("overall scores")
        plots.append(_svg(figure))
    return "".join(f'<div class="figure">{svg}</div>' for svg in plots)


def measures_plot(connection) -> str:
    plt = _pyplot()
    counts = dict(_rows(connection, "SELECT indicator_no, count(*) FROM measures WHERE "
                                    "indicator_no IS NOT NULL GROUP BY 1"))
    figure, axis = plt.subplots(figsize=(11, 2.6))
    axis.bar([str(n) for n in range(1, 11)], [counts.get(n, 0) for n in range(1, 11)],
             color="#9467bd")
    axis.set_xlabel("indicator")
    axis.set_ylabel("measures")
    axis.set_title("measures per indicator")
    return f'<div class="figure">{_svg(figure)}</div>'


def _has(connection, table: str) -> bool:
    return bool(_rows(connection, "SELECT 1 FROM duckdb_views() WHERE view_name = "
                                  f"'{table}'"))


def render(folder: str | Path) -> str:
    """The whole page as a string."""
    connection = connect(folder)
    missing = [t for t in ("reports", "indicators", "measures", "problems")
               if not _has(connection, t)]
    if missing:
        raise FileNotFoundError(f"{folder} has no {', '.join(missing)} table: run ita extract "
                                "first")
    totals = _rows(connection, """SELECT (SELECT count(*) FROM reports),
        (SELECT count(*) FROM indicators), (SELECT count(*) FROM measures),
        (SELECT count(*) FROM problems), (SELECT coalesce(sum(page_count), 0) FROM reports)""")[0]
    parts = [f"<h1>ITA reports: {html.escape(str(Path(folder)))}</h1>",
             f"<p>{totals[0]} reports, {totals[4]} pages, {totals[1]} indicator scores, "
             f"{totals[2]} measures, {totals[3]} problems. Tables: <code>ita sql</code> or "
             "the parquet files beside this page; columns: docs/DATA.md.</p>",
             "<h2>Reports by year, type and province</h2><div class=row>"]
    for title, column in (("assessment year (B.E.)", "assessment_year"),
                          ("organisation type", "org_type"), ("province", "province")):
        rows = _rows(connection, f"SELECT {column}, count(*) FROM reports GROUP BY 1 "
                                 "ORDER BY 2 DESC, 1")
        parts.append(_table([title, "reports"], rows, {1}))
    parts.append("</div><h2>Scores</h2>")
    parts.append(score_plots(connection))
    parts.append("<h2>Lowest indicators</h2><div class=row>")
    parts.append(_table(["indicator", "tool", "name", "mean", "lowest", "scores"], _rows(
        connection, """SELECT indicator_no, tool, any_value(indicator), round(avg(score), 2),
        min(score), count(score) FROM indicators GROUP BY 1, 2 ORDER BY 4, 1"""), {0, 3, 4, 5}))
    lowest = _rows(connection, f"""SELECT i.report_id, coalesce(r.organisation,
        r.source_file), i.indicator_no, i.indicator, i.score FROM indicators i JOIN reports r
        USING (report_id) WHERE i.score IS NOT NULL ORDER BY i.score, 1, 3 LIMIT {LOWEST}""")
    parts.append(_table(["report", "indicator", "name", "score"],
                        [(_link(r[0], r[1]), *r[2:]) for r in lowest], {1, 3}))
    parts.append("</div><h2>Measures per indicator</h2>")
    parts.append(measures_plot(connection))
    parts.append("<h2>Problems</h2>")
    parts.append(_table(["code", "severity", "rows", "files", "example"], _rows(
        connection, """SELECT code, severity, count(*), count(DISTINCT source_file),
        any_value(message) FROM problems GROUP BY 1, 2 ORDER BY 3 DESC, 1"""), {2, 3}))
    parts.append("<h2>Reports</h2>")
    reports = _rows(connection, """SELECT r.report_id, coalesce(r.organisation, r.source_file),
        r.org_type, r.district, r.province, r.assessment_year, r.overall_score, r.grade,
        (SELECT count(*) FROM indicators i WHERE i.report_id = r.report_id),
        (SELECT count(*) FROM measures m WHERE m.report_id = r.report_id),
        (SELECT count(*) FROM problems p WHERE p.report_id = r.report_id)
        FROM reports r ORDER BY r.province, 2""")
    parts.append(_table(["organisation", "type", "district", "province", "year", "overall",
                         "grade", "indicators", "measures", "problems"],
                        [(_link(r[0], r[1]), *r[2:]) for r in reports], {4, 5, 7, 8, 9}))
    indicators = _grouped(connection, """SELECT report_id, indicator_no, tool, indicator,
        score, page FROM indicators ORDER BY report_id, indicator_no""")
    measures = _grouped(connection, f"""SELECT report_id, seq, indicator_no,
        left(measure, {TEXT_CUT}), array_to_string(responsible_units, ', '), period_start,
        period_end, page FROM measures ORDER BY report_id, seq""")
    sources = dict(_rows(connection, "SELECT report_id, source_file FROM reports"))
    for r in reports:
        parts.append(_report_section(r[0], r[1], sources[r[0]], indicators.get(r[0], []),
                                     measures.get(r[0], [])))
    body = "\n".join(parts)
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">'
            f"<title>ITA reports</title><style>{STYLE}</style></head><body>{body}</body></html>\n")


def _grouped(connection, query: str) -> dict[str, list[tuple]]:
    """Rows of a query whose first column is report_id, by report (one query for all)."""
    out: dict[str, list[tuple]] = {}
    for row in _rows(connection, query):
        out.setdefault(row[0], []).append(row[1:])
    return out


def _report_section(report_id: str, name: str, source: str, indicators: list[tuple],
                    measures: list[tuple]) -> str:
    return (f'<section class=report id="report-{html.escape(report_id)}"><h3>'
            f"{html.escape(name)}</h3><p class=muted>{html.escape(source)} · report_id "
            f"{html.escape(report_id)}</p>"
            + _table(["indicator", "tool", "name", "score", "page"], indicators, {0, 3, 4})
            + _table(["#", "indicator", "measure", "responsible", "from", "to", "page"],
                     measures, {0, 1, 6})
            + "</section>")


def write_report(folder: str | Path, out: str | Path) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(folder), encoding="utf-8")
    return out
