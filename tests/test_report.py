"""For analysts (issue #6): ``ita sql`` over an output folder and ``ita report``'s HTML page,
rendered by headless Chromium when it is installed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from ita.batch import extract_batch
from ita.cli import main
from ita.overview import write_report
from ita.query import run_sql

from .conftest import SEED_FILES


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw = tmp_path_factory.mktemp("raw")
    for path in SEED_FILES.values():
        shutil.copy(path, raw / path.name)
    out = tmp_path_factory.mktemp("out")
    extract_batch([raw], str(out), workers=1, progress="off")
    return out


@pytest.fixture(scope="module")
def page(folder: Path) -> Path:
    return write_report(folder, folder / "report.html")


def test_sql_has_a_view_per_table(folder: Path) -> None:
    got = run_sql("SELECT tool, count(*) AS n FROM indicators GROUP BY tool ORDER BY tool",
                  folder, "csv")
    assert got.splitlines() == ["tool,n", "EIT,12", "IIT,20", "OIT,8"]
    places = run_sql("SELECT district, district_code, province, province_code FROM reports "
                     "WHERE district_code IS NOT NULL ORDER BY district_code", folder, "csv")
    assert places.splitlines()[1:] == ["เมืองร้อยเอ็ด,4501,ร้อยเอ็ด,45", "กะปง,8203,พังงา,82"]
    assert "done" in run_sql("SELECT status FROM manifest", folder)


def test_sql_errors_are_reported_not_raised(folder: Path, capsys) -> None:
    assert main(["sql", "SELECT nope FROM reports", "--dir", str(folder)]) == 1
    assert "nope" in capsys.readouterr().err


def test_the_page_is_self_contained_and_links_every_report(page: Path, folder: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert text.count("<svg") == 3  # scores per indicator and tool, overall, measures
    # nothing to fetch: no src attribute, and every link points inside the page
    assert " src=" not in text
    assert re.findall(r'<a href="([^"]*)"', text) and all(
        h.startswith("#") for h in re.findall(r'<a href="([^"]*)"', text))
    ids = run_sql("SELECT report_id FROM reports", folder, "csv").split()[1:]
    for report_id in ids:
        assert f'href="#report-{report_id}"' in text and f'id="report-{report_id}"' in text
    for heading in ("Reports by year, type and province", "Lowest indicators",
                    "Measures per indicator", "Problems"):
        assert heading in text
    assert "district_not_in_gazetteer" in text  # problems grouped by code


def test_report_needs_an_extracted_folder(tmp_path: Path, capsys) -> None:
    assert main(["report", str(tmp_path)]) == 2
    assert "ita extract" in capsys.readouterr().err


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (apt-get install chromium)")
def test_chromium_shows_the_plots(page: Path, tmp_path: Path) -> None:
    import cv2

    shot = tmp_path / "shot.png"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                    "--hide-scrollbars", "--window-size=1280,3000", f"--screenshot={shot}",
                    page.as_uri()], check=True, capture_output=True, timeout=120)
    image = cv2.imread(str(shot))
    assert image is not None and image.shape[:2] == (3000, 1280)

    def pixels(rgb: tuple[int, int, int]) -> int:
        bgr = np.array(rgb[::-1], dtype=np.int16)
        return int((np.abs(image.astype(np.int16) - bgr).max(axis=2) < 12).sum())

    # the plots' fills: blue boxes (70 % over white), green histogram, purple bars
    assert pixels((98, 160, 203)) > 2000, "no score box plots"
    assert pixels((44, 160, 44)) > 2000, "no overall-score histogram"
    assert pixels((148, 103, 189)) > 2000, "no measures-per-indicator bars"
