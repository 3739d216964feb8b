"""What a report says about itself: organisation, place, years, overall score and grade.

The assessment year (whose ITA results are analysed) and the plan year (the fiscal year the
measures are for) are told apart by the words before each year: ผลการประเมิน / วิเคราะห์ point
to the assessment, มาตรการ / ข้อเสนอแนะ / นำไปสู่ / ขับเคลื่อน to the plan; each year mention
votes, the most-voted year wins and disagreeing votes are reported.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ita.normalise.digits import NUMBER_PATTERN, thai_to_ascii_digits
from ita.normalise.indicators import indicator_name_regex
from ita.normalise.linebreaks import join_lines
from ita.normalise.ocr_text import lenient
from ita.normalise.orgs import choose_name, find_mentions
from ita.normalise.places import (
    CAPITAL_DISTRICT,
    DISTRICT_WINDOW,
    DISTRICT_WORD,
    PROVINCE_WORD,
    SUBDISTRICT_WORD,
    Place,
    district_before,
    district_prefix,
    districts_with_subdistrict,
    place_from_name,
    province_prefix,
    resolve_place,
    spelling_of,
)
from ita.normalise.scores import GRADE_LOOKALIKES, GRADE_WORD, normalise_grade, parse_score
from ita.parsers.findings import Parsed
from ita.schema import Document, Paragraph, Severity, Table, TextMethod

_YEAR = re.compile(
    r"(?:(?:ปีงบประมาณ|ประจำปี|ปี)\s*(?:พ\.\s?ศ\.)?|พ\.\s?ศ\.)\s*(25[0-9]{2})(?!\s*[-–—]\s*(?:25)?[0-9]{2})"
)
_NEXT_YEAR = re.compile(r"ปี\s*(?:งบประมาณ\s*)?(?:ถัดไป|ต่อไป|หน้า)(?![ก-๙])")
_RANGE_END = re.compile(r"[-–—]\s*$")
ASSESSMENT_WORDS = ("ผลการประเมิน", "วิเคราะห์", "ผลคะแนน", "เข้ารับการประเมิน",
                    "ได้รับการประเมิน")
PLAN_WORDS = ("มาตรการ", "ข้อเสนอแนะ", "ไปสู่", "ขับเคลื่อน", "แนวทาง/", "แนวทางการพัฒนา",
              "ยกระดับผลการประเมิน", "เพื่อให้ผลการประเมิน", "ในปีถัดไป", "ปีต่อไป")
# a year right after these words is an earlier assessment the report compares with
_EARLIER_YEAR = re.compile(r"(?:จาก|ก่อนหน้า|ที่ผ่านมา|เมื่อ|เทียบกับ)\s*(?:ปีงบประมาณ|ประจำปี|ปี)?\s*"
                           r"(?:พ\.\s?ศ\.)?\s*$")
CONTEXT = 150

_GRADE = (rf"(AA|A|B|C|D|E|F|{'|'.join(GRADE_LOOKALIKES)}|ไม่\s?ผ่าน|ผ่าน)"
          r"(?![A-Za-z]|[0-9]*\.?[0-9])")


def _words(*words: str) -> str:
    """Alternatives matching each word also as OCR may damage it (marks lost, spaces)."""
    return "(?:" + "|".join(lenient(w) for w in words) + ")"


_GRADE_AFTER = (rf"(?:\s*{_words('อยู่ใน', 'อยู่', 'ซึ่ง')}?\s*"
                rf"{_words(GRADE_WORD, 'เกณฑ์', 'ผลการประเมิน')}\s*[\"“”']?\s*{_GRADE})?")
_OVERALL = re.compile(
    rf"{_words('คะแนนรวม', 'ผลคะแนน', 'คะแนนภาพรวม', 'คะแนนเฉลี่ยรวม', 'ผลการประเมินภาพรวม')}\s*"
    rf"(?:{_words('ภาพรวม', 'ร้อยละ')}\s*)*"
    rf"{_words('ทั้งหมด', 'เท่ากับ', 'อยู่ที่', 'คือ', 'ได้')}?\s*({NUMBER_PATTERN})\s*"
    rf"{_words('คะแนน')}?{_GRADE_AFTER}",
    re.I,
)
# "ผลการประเมิน ITA ประจำปี พ.ศ. ๒๕๖๗ ทต.X ได้คะแนน ๘๙.๗๘ คะแนน": the ITA's own score, with no
# indicator named between (checked by the caller)
_OVERALL_SENTENCE = re.compile(
    rf"{_words('ผลการประเมินในภาพรวม', 'ผลการประเมินภาพรวม', 'คะแนนในภาพรวม', 'ในภาพรวม')}"
    rf"([^\n0-9๐-๙]{{0,50}}?)ได้\s*(?:คะแนน)?\s*(?:รวม)?\s*({NUMBER_PATTERN})\s*"
    rf"{_words('คะแนน')}?{_GRADE_AFTER}", re.I)
# "อบจ.พิษณุโลก ได้คะแนน ๘๙.๙๙ คะแนน": the organisation itself scored
_ORG_SCORE = re.compile(
    rf"(?:อบ[จต]\.|ท[ตมน]\.|เทศบาล|องค์การบริหารส่วน)([\u0e01-\u0e4e.]{{0,40}}?)\s*ได้\s*คะแนน"
    rf"\s*(?:รวม)?\s*({NUMBER_PATTERN})\s*{_words('คะแนน')}?{_GRADE_AFTER}", re.I)
_ITA_SCORE = re.compile(
    rf"ITA([^\n]{{0,70}}?)ได้\s*คะแนน\s*(?:รวม)?\s*({NUMBER_PATTERN})\s*{_words('คะแนน')}?"
    rf"{_GRADE_AFTER}", re.I)
_GRADE_ONLY = re.compile(rf"{_words('ผลการประเมิน', 'คะแนน')}[^\n]{{0,80}}?"
                         rf"{_words('อยู่ใน' + GRADE_WORD)}\s*{_GRADE}", re.I)
# อำเภอ/จังหวัด, or their abbreviations อ./จ. (a name must follow that the gazetteer knows)
_DISTRICT = re.compile(rf"(?:{DISTRICT_WORD}|(?<![\u0e01-\u0e4e.])อ\.)\s*([\u0e01-\u0e4e]+)")
_PROVINCE = re.compile(rf"(?:(?<!ส่วน){PROVINCE_WORD}|(?<![\u0e01-\u0e4e.])จ\.)\s*"
                       r"([\u0e01-\u0e4e]+)")


@dataclass
class Metadata:
    organisation: str | None = None
    organisation_raw: str | None = None
    org_type: str | None = None
    place: Place = field(default_factory=Place)  # district and province, with codes
    assessment_year: int | None = None
    plan_year: int | None = None
    overall_score: float | None = None
    grade: str | None = None
    votes: dict[str, Counter[int]] = field(default_factory=dict)


def _paragraphs(doc: Document) -> list[Paragraph]:
    """The document's paragraphs with their wrapped lines joined (a sentence, a name or a
    phrase cut by a line break reads as on one line)."""
    return [b.model_copy(update={"text": join_lines(b.text)}) if "\n" in b.text else b
            for b in doc.blocks() if isinstance(b, Paragraph)]


def _all_text(doc: Document, paragraphs: list[Paragraph]) -> str:
    """Joined paragraphs, then the tables' rows."""
    tables = [block for block in doc.blocks() if isinstance(block, Table)]
    rows = ["\t".join(t.row_texts(i)) for t in tables for i in range(len(t.rows))]
    return "\n".join([p.text for p in paragraphs] + rows)


def _end(text: str, word: str) -> int:
    found = text.rfind(word)
    return found + len(word) if found >= 0 else -1


def year_votes(paragraphs: list[Paragraph]) -> tuple[Counter[int], Counter[int]]:
    """Votes for the assessment year and for the plan year."""
    assessment: Counter[int] = Counter()
    plan: Counter[int] = Counter()
    for paragraph in paragraphs:
        text = thai_to_ascii_digits(paragraph.text)
        previous_end = 0
        for match in _YEAR.finditer(text):
            before = text[max(previous_end, match.start() - CONTEXT): match.start()]
            previous_end = match.end()
            if _RANGE_END.search(before):
                continue
            year = int(match.group(1))
            if _EARLIER_YEAR.search(text[max(0, match.start() - 30):match.start(1)]):
                continue
            # the cue ending nearest the year decides; a plan phrase holding an assessment
            # word ("ยกระดับผลการประเมิน") wins the tie
            a = max((_end(before, w) for w in ASSESSMENT_WORDS), default=-1)
            p = max((_end(before, w) for w in PLAN_WORDS), default=-1)
            if p >= a and p >= 0:
                plan[year] += 1
            elif a > p:
                assessment[year] += 1
    return assessment, plan


def _winner(votes: Counter[int], what: str, out: Parsed) -> int | None:
    if not votes:
        return None
    year, count = votes.most_common(1)[0]
    if len(votes) > 1:
        listed = ", ".join(f"{y} ({n}×)" for y, n in votes.most_common())
        out.problem(f"{what}_conflict", f"the report names several {what.replace('_', ' ')}s: "
                    f"{listed}; {year} is kept", None, Severity.INFO)
    return year


def _place(doc_text: str) -> tuple[str | None, str | None]:
    provinces: Counter[str] = Counter()
    for match in _PROVINCE.finditer(doc_text):
        if name := province_prefix(match.group(1)):
            provinces[name] += 1
    province = provinces.most_common(1)[0][0] if provinces else None
    districts: Counter[str] = Counter()
    for match in _DISTRICT.finditer(doc_text):
        token = match.group(1)
        if token == CAPITAL_DISTRICT and province:
            token = CAPITAL_DISTRICT + province
        if name := district_prefix(token, province):
            districts[name] += 1
    district = districts.most_common(1)[0][0] if districts else None
    if district is None or province is None:
        # names the gazetteer does not know (typos, OCR slips): keep them as written when
        # they stand in the fixed phrase "อำเภอX จังหวัดY", in their best-kept spelling
        pairs = [(district_before(doc_text[max(0, m.start() - DISTRICT_WINDOW):m.start()]),
                  m.group(1))
                 for m in _PROVINCE.finditer(doc_text)]
        pairs = [(d, p) for d, p in pairs if d]
        district = district or spelling_of(d for d, _ in pairs)
        province = province or spelling_of(p for _, p in pairs)
    return district, province


def _place_from_name(place: Place, org_type: str | None, name: str, out: Parsed) -> Place:
    """Fill what the report does not write from what the organisation's name implies (the
    province of an อบจ., the town of a เทศบาลนคร/เมือง), saying so in an info row."""
    district, province = place_from_name(org_type, name, place.province_code)
    filled = resolve_place(place.district_raw or district, place.province_raw or province)
    if place.province_code and filled.province_code != place.province_code:
        return place  # the name points elsewhere than the report's own words: keep those
    if (filled.district_code, filled.province_code) == (place.district_code,
                                                        place.province_code):
        return place
    out.problem("place_from_name", f"{', '.join(p for p in (filled.district, filled.province) if p)}"
                f" taken from the organisation's name ({name}); the report does not write it",
                None, Severity.INFO)
    return filled


def _place_problems(place: Place, org_place: str | None, out: Parsed) -> None:
    """A place the gazetteer does not confirm is kept as written, and said so; a spelling
    mended to the gazetteer's is noted."""
    if place.province_raw and not place.province_code:
        out.problem("province_not_in_gazetteer", f"{PROVINCE_WORD}{place.province_raw} is not a "
                    "province in the DOPA gazetteer; kept as written", None)
    if place.district_raw and not place.district_code and place.province_code:
        hint = ""
        if org_place and (found := districts_with_subdistrict(org_place, place.province_code)):
            hint = (f" ({SUBDISTRICT_WORD}{org_place} lies in "
                    f"{DISTRICT_WORD}{', '.join(found)})")
        out.problem("district_not_in_gazetteer", f"{DISTRICT_WORD}{place.district_raw} is not a "
                    f"district of {PROVINCE_WORD}{place.province} in the DOPA gazetteer{hint}; "
                    "kept as written",
                    None)
    for what, raw, name in (("district", place.district_raw, place.district),
                            ("province", place.province_raw, place.province)):
        if raw and name and raw != name:
            out.problem(f"{what}_spelling", f"{what} written {raw}, named {name} as in the DOPA "
                        "gazetteer", None, Severity.INFO)


def _grade(written: str | None, paragraph: Paragraph) -> str | None:
    """The grade as written; a digit Tesseract writes for a letter (8 for B) only on OCR."""
    ocr = paragraph.method is TextMethod.OCR
    if written is None or (written in GRADE_LOOKALIKES and not ocr):
        return None
    return normalise_grade(written, ocr)


def _overall(paragraphs: list[Paragraph], out: Parsed) -> tuple[float | None, str | None]:
    scores: list[tuple[float, str | None, int]] = []
    for paragraph in paragraphs:
        text = thai_to_ascii_digits(paragraph.text)
        hits = [(m.start(), m.group(1), m.group(2)) for m in _OVERALL.finditer(text)]
        hits += [(m.start(), m.group(2), m.group(3))
                 for pattern in (_ITA_SCORE, _OVERALL_SENTENCE, _ORG_SCORE)
                 for m in pattern.finditer(text)
                 if "ตัวชี้วัด" not in m.group(1) and "แบบวัด" not in m.group(1)
                 and not indicator_name_regex().search(m.group(1))]
        for start, number, written_grade in sorted(hits):
            preceding = text[max(0, start - 30): start]
            if "ตัวชี้วัด" in preceding:
                continue
            try:
                value, _ = parse_score(number)
            except ValueError:
                continue
            grade = _grade(written_grade, paragraph)
            scores.append((value, grade, paragraph.page))
    grade = next((g for _, g, _ in scores if g), None)
    if grade is None:
        for paragraph in paragraphs:
            if (found := _GRADE_ONLY.search(paragraph.text)) and (
                    grade := _grade(found.group(1), paragraph)):
                break
    if not scores:
        return None, grade
    value = scores[0][0]
    others = sorted({s for s, _, _ in scores if abs(s - value) > 0.005})
    if others:
        out.problem("overall_score_conflict",
                    f"the report states overall score {value} and also {others}; {value} is kept",
                    scores[0][2])
    return value, grade


def parse_metadata(doc: Document, out: Parsed) -> Metadata:
    paragraphs = _paragraphs(doc)
    all_text = _all_text(doc, paragraphs)
    meta = Metadata()
    chosen = choose_name(find_mentions(all_text))
    if chosen is not None:
        meta.organisation = chosen.mention.full_name
        meta.organisation_raw = chosen.mention.raw
        meta.org_type = chosen.mention.org_type
        if chosen.variants:
            out.problem("organisation_name_variants",
                        f"the organisation is also written {', '.join(chosen.variants)}; "
                        f"{meta.organisation} is kept", None)
    else:
        out.problem("organisation_not_found", "no local government is named in the report", None)
    meta.place = resolve_place(*_place(all_text))
    if chosen is not None and (meta.place.district_code is None
                               or meta.place.province_code is None):
        meta.place = _place_from_name(meta.place, chosen.mention.org_type,
                                      chosen.mention.name, out)
    _place_problems(meta.place, chosen.mention.name if chosen else None, out)
    assessment, plan = year_votes(paragraphs)
    meta.votes = {"assessment": assessment, "plan": plan}
    meta.assessment_year = _winner(assessment, "assessment_year", out)
    if meta.assessment_year:
        # a plan follows its assessment: "มาตรการ ปีงบประมาณ ๒๕๖๖" in a report on ITA 2566 is
        # last year's plan under review
        later = Counter({y: n for y, n in plan.items() if y > meta.assessment_year})
        plan = later or plan
    meta.plan_year = _winner(plan, "plan_year", out)
    if meta.plan_year is None and meta.assessment_year and _NEXT_YEAR.search(all_text):
        meta.plan_year = meta.assessment_year + 1
        out.problem("plan_year_implied", f"the plan year is written only as the next fiscal "
                    f"year (ปีงบประมาณถัดไป): {meta.plan_year}, after assessment year "
                    f"{meta.assessment_year}", None, Severity.INFO)
    if meta.assessment_year and meta.plan_year and meta.plan_year <= meta.assessment_year:
        out.problem("plan_year_not_after_assessment",
                    f"plan year {meta.plan_year} is not after assessment year "
                    f"{meta.assessment_year}", None)
    meta.overall_score, meta.grade = _overall(paragraphs, out)
    return meta
