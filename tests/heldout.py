"""Figures on the held-out layout fixtures (tests/fixtures/heldout, expectations written by hand
in tests/expected_heldout.py by someone who did not read the parsers): indicator F1, metadata
fields right, measure rows found and their precision.

    python -m tests.heldout [txt|docx|pdf] [FOLDER]   # FOLDER holds <key>.<ext> files
    HELDOUT=heldout2 python -m tests.heldout         # another held-out set
"""
# ruff: noqa: E401, E701, E702
import importlib
import os
import sys
from pathlib import Path

from ita.extract import extract_file

SET = os.environ.get("HELDOUT", "heldout")
E = importlib.import_module(f"tests.expected_{SET}")
ext = sys.argv[1] if len(sys.argv) > 1 else "txt"
folder = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).parent / "fixtures" / SET
tp = fp = fn = 0; meta_ok = meta_n = 0; m_found = m_exp = m_got = m_ok = 0; wrong_scores = []
for key in sorted(E.SCORES):
    ex = extract_file(folder / f"{key}.{ext}")
    got = {s.indicator_no: s.score for s in ex.indicators if s.score is not None}
    exp = {n: v for n, v in enumerate(E.SCORES[key], 1) if v is not None}
    for n, v in got.items():
        if n in exp and abs(exp[n] - v) < 0.005: tp += 1
        else: fp += 1; wrong_scores.append((key, n, v, exp.get(n)))
    fn += sum(1 for n in exp if n not in got or abs(got[n] - exp[n]) >= 0.005)
    r = ex.report
    bad = []
    for f, v in E.METADATA[key].items():
        meta_n += 1
        g = getattr(r, f, None) if r else None
        if g == v: meta_ok += 1
        else: bad.append((f, v, g))
    em = E.MEASURES[key]; m_exp += len(em); m_got += len(ex.measures)
    # a measure row counts as found when its text start matches one expected row; exact when all fields match
    used = set()
    for m in ex.measures:
        for i, e in enumerate(em):
            if i in used: continue
            if (m.measure or "").replace(" ", "").startswith(e[5].replace(" ", "")[:25]):
                used.add(i); m_found += 1
                got_t = (m.tool, m.indicator_no, m.issue_code, m.responsible_units, (m.period_start, m.period_end) if m.period_start else None)
                if got_t == tuple(e[:5]): m_ok += 1
                elif "-v" in os.environ.get("HV", ""): print("   field diff", key, got_t, e[:5])
                break
    print(f"{key}: scores {len(got)}/{len(exp)}; meta wrong {bad}; measures got {len(ex.measures)} expected {len(em)}")
prec = tp / (tp + fp) if tp + fp else 0; rec = tp / (tp + fn) if tp + fn else 0
print(f"indicator F1 {2*prec*rec/(prec+rec) if prec+rec else 0:.3f} (precision {prec:.3f}, recall {rec:.3f}); wrong scores {wrong_scores}")
print(f"metadata {meta_ok}/{meta_n} = {meta_ok/meta_n:.3f}")
print(f"measure rows found {m_found}/{m_exp} = {m_found/m_exp:.3f}; precision {m_found}/{m_got} = {m_found/max(m_got,1):.3f}; all fields right {m_ok}/{m_exp}")
