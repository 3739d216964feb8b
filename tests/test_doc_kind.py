"""Document kinds (parsers/doc_kind.py): an organisation's own ITA analysis report or measures
give records; other ITA documents and files that never mention the ITA do not.

Every expected kind below was written by hand from the documents: the four seeds (read
them), the real government files in ../shared/wild (what each is: ../shared/wild/SOURCES.md),
the layout fixtures (tests/fixtures/layouts/README.md) and small documents built here.
"""

from __future__ import annotations

import doctest
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from ita.ingest import ReadOptions, read_document
from ita.ingest.text import parse_text
from ita.parsers import doc_kind
from ita.parsers.doc_kind import DocKind, classify_document
from ita.schema import Document, Page, Paragraph, TextMethod

from .conftest import FIXTURES, SEED_FILES

WILD = Path(__file__).resolve().parents[2] / "shared" / "wild"
LAYOUTS = FIXTURES / "layouts"
OWN = {"analysis_report", "measures_announcement"}

SEEDS = {
    "000": "measures_announcement",  # memo + มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
    "002": "analysis_report",  # รายงานการวิเคราะห์ผลการประเมิน… and its แนวทาง/มาตรการ
    "003": "analysis_report",  # การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส…
    "004": "measures_announcement",  # มาตรการส่งเสริมคุณธรรมและความโปร่งใส (มิติ/ประเด็น plan)
}

# ../shared/wild, by SOURCES.md: none is an organisation's analysis of its own ITA results.
# Those whose text mentions the ITA are other ITA documents; the rest never mention it.
WILD_KINDS = {
    "01_ผลประเมินITA2568.pdf": "other_ita_document",  # OVEC ranked score list (scan + stamp)
    "04_corruptplan.pdf": "other_ita_document",  # 4-year anti-corruption plan, 159 pages
    "05_1.2.pdf": "other_ita_document",  # procurement analysis, ITA evidence EB1
    "06_2.2.pdf": "not_ita",  # procurement anti-corruption measures; never names the ITA
    "08_2.7.pdf": "other_ita_document",  # strategy slide quoting an ITA pass rate
    "09_1.4.pdf": "other_ita_document",  # memo on publishing ITA web-disclosure orders
    "10_moit2-18.1.pdf": "other_ita_document",  # procurement analysis, ITA evidence MOIT 18
    "12_moit2-5.pdf": "not_ita",  # code of ethics
    "15_o4.pdf": "not_ita",  # O4 evidence: a college development plan; never names the ITA
    "16_โครงการสถานศึกษาคุณธรรม.pdf": "other_ita_document",  # integrity-project checklist
    "20_9.แบบรายงานผลการดำเนินงานโครงการ_แบบย่อ.docx": "not_ita",  # blank project form
    "21_ตารางแสดงวงเงินงบประมาณ.pdf": "not_ita",  # budget / reference price tables
    "22_ประกาศใช้แผนอัตรากำลัง 3 ปี(ปรับปรุง).pdf": "not_ita",  # staffing plan
    "23_ประกาศใช้แผนอัตรากำลัง 3 ปี(ปรับปรุง).docx": "not_ita",  # the same, DOCX
    "24_รายงานการประชุมคณะกรรมการ สปสช.5  2557.pdf": "not_ita",  # meeting minutes
    "26_บัญชีโครงการพัฒนา.pdf": "not_ita",  # project lists (garbled text layer)
    "27_prspend.pdf": "not_ita",  # budget announcement, junk OCR layer
    "30_รายละเอียดประมาณการรายจ่าย61.pdf": "not_ita",  # e-LAAS budget (Greek text layer)
    "32_d1.pdf": "not_ita",  # cost estimate sheet
    "33_59.pdf": "not_ita",  # image-only budget printout
}


def _doc(text: str, name: str = "synthetic.txt", pages_dropped: int = 0) -> Document:
    return Document(report_id="t", source_file=name, source_sha256="0" * 64, format="text",
                    pages=parse_text(text), pages_dropped=pages_dropped)


def _has(result: DocKind, fragment: str) -> bool:
    return any(fragment in reason for reason in result.reasons)


# --- the seeds and layout fixtures: an organisation's own report or measures ---------------
@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_seeds(seed: str) -> None:
    result = classify_document(read_document(SEED_FILES[seed]))
    assert result.kind == SEEDS[seed], result.reasons
    assert result.gives_records
    assert _has(result, "title: ") and _has(result, "ten indicator names with scores")


@pytest.mark.parametrize("path", sorted(LAYOUTS.glob("*.txt")), ids=lambda p: p.stem)
def test_layout_fixtures_are_analysis_reports(path: Path) -> None:
    result = classify_document(read_document(path))
    assert result.kind == "analysis_report", result.reasons


_SECTION = re.compile(r"^\s*(?:[0-9๐-๙]+\s*[.)]|ส่วนที่|บทที่)")


def _without_title(doc: Document) -> Document:
    """``doc`` without its title: the leading short paragraphs before the first numbered
    section or long paragraph are gone, as when a cover is an image OCR could not read."""
    blocks = doc.blocks()
    cut = next(i for i, b in enumerate(blocks)
               if not isinstance(b, Paragraph) or len(b.text) > 250 or _SECTION.match(b.text))
    assert cut > 0
    gone = {id(b) for b in blocks[:cut]}
    pages = [page.model_copy(update={"blocks": [b for b in page.blocks if id(b) not in gone]})
             for page in doc.pages]
    return doc.model_copy(update={"pages": pages})


@pytest.mark.parametrize("path", [*sorted(SEED_FILES.values()), *sorted(LAYOUTS.glob("*.txt"))],
                         ids=lambda p: p.stem[:12])
def test_a_report_without_its_title_is_still_kept(path: Path) -> None:
    result = classify_document(_without_title(read_document(path)))
    assert result.kind in OWN, result.reasons
    assert not _has(result, "title: ")


# --- real government files that are not an organisation's own report ------------------------
@pytest.fixture(scope="module")
def wild_docs() -> Iterator[dict[str, Document]]:
    """The wild files, read with at most 40 pages each and without OCR (as on a machine with
    no Tesseract: pages without a text layer stay empty), so the test stays fast."""
    if not WILD.is_dir():
        pytest.skip("../shared/wild is not here")
    import ita.ingest.ocr as ocr
    import ita.ingest.pdf as pdf

    def unread(image: object, number: int, *args: object, **kwargs: object) -> Page:
        return Page(number=number, method=TextMethod.OCR)

    with pytest.MonkeyPatch.context() as patch:
        for module in (ocr, pdf):  # wherever the PDF backend finds them
            patch.setattr(module, "render_page", lambda pdf_page, dpi=0: None, raising=False)
            patch.setattr(module, "ocr_page", unread, raising=False)
        yield {name: read_document(WILD / name, ReadOptions(max_pages=40))
               for name in WILD_KINDS if (WILD / name).exists()}


@pytest.mark.parametrize("name", sorted(WILD_KINDS))
def test_wild_files(wild_docs: dict[str, Document], name: str) -> None:
    if name not in wild_docs:
        pytest.skip(f"{name} is not here")
    result = classify_document(wild_docs[name])
    assert result.kind == WILD_KINDS[name], result.reasons
    assert not result.gives_records


def test_wild_reasons_name_the_cues(wild_docs: dict[str, Document]) -> None:
    plan = classify_document(wild_docs["04_corruptplan.pdf"])
    assert _has(plan, "anti-corruption plan") and _has(plan, "plan for four fiscal years")
    assert _has(plan, "159 pages")
    for name in ("05_1.2.pdf", "10_moit2-18.1.pdf"):
        assert _has(classify_document(wild_docs[name]), "procurement analysis")
    assert classify_document(wild_docs["06_2.2.pdf"]).reasons == ("never mentions the ITA",)


# --- small documents built here -------------------------------------------------------------
INDICATORS = ("การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ",
              "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร",
              "การปรับปรุงการทำงาน", "การเปิดเผยข้อมูล", "การป้องกันการทุจริต")
SCORES = (95.12, 93.40, 97.25, 96.08, 94.77, 90.31, 88.64, 89.90, 82.50, 76.00)
ITA_SENTENCE = ("การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                "(Integrity and Transparency Assessment: ITA)")
BODY = ("ทั้งนี้ หน่วยงานได้ดำเนินการตามแนวทางที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริต"
        "แห่งชาติกำหนด โดยมุ่งเน้นการบริหารงานอย่างโปร่งใส ตรวจสอบได้ และเปิดโอกาสให้ประชาชนมีส่วน"
        "ร่วมในการติดตามการดำเนินงานของหน่วยงานในทุกขั้นตอน เพื่อประโยชน์สุขของประชาชนในพื้นที่")


def _indicator_rows(header: str) -> str:
    rows = [f"{i}\t{name}\t{score:.2f}"
            for i, (name, score) in enumerate(zip(INDICATORS, SCORES), start=1)]
    return "\n".join([header, *rows])


def test_ministry_summary_of_national_averages() -> None:
    text = "\n\n".join([
        "สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)\n"
        "ประจำปีงบประมาณ พ.ศ. 2567",
        "กระทรวงมหาดไทย",
        f"ผลการ{ITA_SENTENCE} ประจำปีงบประมาณ พ.ศ. 2567 มีหน่วยงานภาครัฐเข้ารับการประเมินทั้งสิ้น "
        "8,309 หน่วยงาน ค่าเฉลี่ยระดับประเทศอยู่ที่ 88.97 คะแนน " + BODY,
        "ตารางที่ 1 ค่าเฉลี่ยระดับประเทศ จำแนกรายตัวชี้วัด",
        _indicator_rows("ลำดับ\tตัวชี้วัด\tคะแนนเฉลี่ย"),
        "แนวทางการพัฒนา หน่วยงานในสังกัดควรนำผลการประเมินไปปรับปรุงการดำเนินงาน " + BODY,
    ])
    result = classify_document(_doc(text))
    assert result.kind == "other_ita_document", result.reasons
    assert _has(result, "national averages for ten indicators")


def _ministry_plan(national_word: bool) -> Document:
    """A 135-page ministry plan whose page 40 quotes the ITA average of each indicator."""
    caption = ("ผลการประเมิน ITA ภาพรวมของประเทศ ปีงบประมาณ พ.ศ. 2566 ค่าเฉลี่ยระดับประเทศ "
               "จำแนกรายตัวชี้วัด ดังนี้" if national_word
               else "ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2566 จำแนกรายตัวชี้วัด ดังนี้")
    prose = " ".join(f"ตัวชี้วัดที่ {i} {name} {score:.2f} คะแนน"
                     for i, (name, score) in enumerate(zip(INDICATORS, SCORES), start=1))
    pages = ["แผนปฏิบัติราชการ ระยะ 5 ปี (พ.ศ. 2566 – 2570)\n\nกระทรวงสาธารณสุข"]
    pages += [f"ส่วนที่ {n}\n\n{BODY} {ITA_SENTENCE}" for n in range(2, 40)]
    pages += [f"{caption}\n\n{prose}"]
    pages += [f"ส่วนที่ {n}\n\n{BODY}" for n in range(41, 136)]
    return _doc("\n\f\n".join(pages))


@pytest.mark.parametrize("national_word", [True, False])
def test_a_long_plan_quoting_indicator_averages_gives_no_scores(national_word: bool) -> None:
    doc = _ministry_plan(national_word)
    assert len(doc.pages) == 135
    result = classify_document(doc)
    assert result.kind == "other_ita_document", result.reasons
    assert _has(result, "135 pages") and _has(result, "plan for five fiscal years")
    if national_word:
        assert _has(result, "national averages for ten indicators")
        assert not _has(result, "indicator names with scores")


_PLACES = ("บ้านแฮด", "โนนศิลา", "ดอนหัน", "กุดเค้า", "ท่าพระ", "บึงเนียม", "ศิลา", "เมืองเก่า",
           "พระลับ", "สำราญ", "แดงใหญ่", "โคกสี", "บ้านค้อ", "ท่าศาลา", "หนองตูม", "ภูเวียง",
           "นาฝาย", "ลำน้ำพอง", "ม่วงหวาน", "ขามป้อม", "เปือยใหญ่", "ชนบท", "วังหิน", "โพธิ์ไชย",
           "ซำสูง", "คำแมด", "กระนวน", "บ้านโต้น", "ทุ่งโป่ง", "สาวะถี")


def test_ranked_list_of_thirty_organisations() -> None:
    rows = [f"{i}\tองค์การบริหารส่วนตำบล{place}\t{99.5 - i * 0.37:.2f}\tผ่าน"
            for i, place in enumerate(_PLACES, start=1)]
    text = "\n\n".join([
        "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
        "ประจำปีงบประมาณ พ.ศ. 2567",
        "องค์กรปกครองส่วนท้องถิ่นในจังหวัดขอนแก่น",
        "\n".join(["ลำดับ\tหน่วยงาน\tคะแนน\tผลการประเมิน", *rows]),
    ])
    result = classify_document(_doc(text))
    assert result.kind == "other_ita_document", result.reasons
    assert "scores of 30 organisations" in result.reasons


def test_evidence_item_page() -> None:
    text = "\n\n".join([
        "O12 รายงานผลการดำเนินงานประจำปี",
        "องค์การบริหารส่วนตำบลโนนศิลา อำเภอโนนศิลา จังหวัดขอนแก่น",
        f"เผยแพร่ตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ของ{ITA_SENTENCE} ประจำปีงบประมาณ "
        "พ.ศ. 2567 " + BODY,
    ])
    result = classify_document(_doc(text))
    assert result.kind == "other_ita_document", result.reasons
    assert "evidence item code O12 in title" in result.reasons


def test_announcement_of_a_four_year_anti_corruption_plan() -> None:
    text = "\n\n".join([
        "ประกาศองค์การบริหารส่วนตำบลดอนหัน",
        "เรื่อง ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2565 – 2568)",
        f"ตามที่ องค์การบริหารส่วนตำบลดอนหันได้จัดทำแผนปฏิบัติการป้องกันการทุจริต เพื่อรองรับ{ITA_SENTENCE} "
        "โดยมีมาตรการและโครงการตามมิติต่าง ๆ " + BODY,
        "ประกาศ ณ วันที่ 1 ตุลาคม พ.ศ. 2564",
    ])
    result = classify_document(_doc(text))
    assert result.kind == "other_ita_document", result.reasons
    assert _has(result, "plan for four fiscal years") and _has(result, "anti-corruption plan")


def _prose_report(title: str, extra: str = "") -> Document:
    sentences = [f"ตัวชี้วัดที่ {i} {name} ได้ {score:.2f} คะแนน"
                 for i, (name, score) in enumerate(zip(INDICATORS, SCORES), start=1)]
    text = "\n\n".join([
        *([title] if title else []),
        "องค์การบริหารส่วนตำบลบึงเนียม อำเภอเมืองขอนแก่น จังหวัดขอนแก่น",
        f"องค์การบริหารส่วนตำบลบึงเนียมได้เข้ารับ{ITA_SENTENCE} ประจำปีงบประมาณ พ.ศ. 2567 "
        f"ได้คะแนนรวม 91.25 คะแนน {extra}" + BODY,
        "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน " + " ".join(sentences[:5]),
        "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก " + " ".join(sentences[5:8]),
        "แบบวัดการเปิดเผยข้อมูลสาธารณะ " + " ".join(sentences[8:]),
        "ตัวชี้วัดที่ต้องปรับปรุงคือ การเปิดเผยข้อมูล และการป้องกันการทุจริต " + BODY,
    ])
    return _doc(text)


@pytest.mark.parametrize("title", [
    "ผลการประเมิน ITA ของ อบต.บึงเนียม ปีงบประมาณ พ.ศ. 2567",  # no "วิเคราะห์" in the title
    "",  # no title at all (a cover lost)
])
def test_analysis_report_with_prose_scores_only(title: str) -> None:
    result = classify_document(_prose_report(title))
    assert result.kind == "analysis_report", result.reasons
    assert "ten indicator names with scores" in result.reasons


def test_report_comparing_itself_with_the_national_average_is_kept() -> None:
    result = classify_document(_prose_report(
        "รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567",
        extra="สูงกว่าค่าเฉลี่ยระดับประเทศซึ่งอยู่ที่ 88.97 คะแนน "))
    assert result.kind == "analysis_report", result.reasons
    rows = [f"{i}\t{name}\t{score:.2f}\t88.00"
            for i, (name, score) in enumerate(zip(INDICATORS, SCORES), start=1)]
    text = "\n\n".join([
        "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567",
        "เทศบาลตำบลท่าพระ",
        "\n".join(["ลำดับ\tตัวชี้วัด\tคะแนนของหน่วยงาน\tค่าเฉลี่ยระดับประเทศ", *rows]),
    ])
    result = classify_document(_doc(text))
    assert result.kind == "analysis_report", result.reasons
    assert "ten indicator names with scores" in result.reasons


def test_plain_letter_is_not_ita() -> None:
    text = "\n\n".join([
        "ที่ ขก 71201/123",
        "เรื่อง ขอเชิญประชุมประชาคมหมู่บ้าน",
        "เรียน ผู้ใหญ่บ้านทุกหมู่บ้าน",
        "ด้วยองค์การบริหารส่วนตำบลกุดเค้า จะจัดประชุมประชาคมเพื่อจัดทำแผนพัฒนาท้องถิ่น "
        "ในวันที่ 12 มกราคม 2567 เวลา 09.00 น. ณ ห้องประชุม จึงขอเชิญท่านเข้าร่วมประชุมโดยพร้อมเพรียงกัน",
    ])
    result = classify_document(_doc(text))
    assert result == DocKind("not_ita", ("never mentions the ITA",))
    assert not result.gives_records


def test_damaged_text_layer_still_names_the_ita() -> None:
    """AM-loss, AA→AM and dropped tone marks (wild 10, 15) still match the cue phrases."""
    text = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปรงใส ประจาปีงบประมาณ\n\n"
            "มาตรการส่งเสริมคุณธรรมและควำมโปร่งใส")
    result = classify_document(_doc(text))
    assert result.kind == "analysis_report", result.reasons


def test_an_unread_scan_is_not_ita() -> None:
    scan = Document(report_id="s", source_file="scan.pdf", source_sha256="0" * 64, format="pdf",
                    pages=[Page(number=1, method=TextMethod.OCR)])
    assert classify_document(scan).kind == "not_ita"


def test_docstring_examples() -> None:
    result = doctest.testmod(doc_kind)
    assert result.attempted > 0 and result.failed == 0
