"""The reports over several scans (issue 16) open in a real browser, as the one-scan reports do
(`test_chromium.py`): headless Chromium loads each page, we read back the DOM it built (every
section and every SVG chart must be there, nothing ran or was fetched) and take a screenshot (it
must show something). Without a Chromium these tests skip."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from adviseur.reports.partners import build_combined
from adviseur.reports.region import build_region
from adviseur.reports.timeline import build_timeline
from adviseur.session.report import write_scans_report
from tests.chromium import SKIP_REASON, find_chromium
from tests.reports.browser import HEIGHT, WIDTH, ReportBrowser
from tests.reports.scan_helpers import region, samenstad, tijdstad
from tests.reports.test_chromium import _png_pixels

BROWSER = find_chromium()
pytestmark = [pytest.mark.skipif(BROWSER is None, reason=SKIP_REASON), pytest.mark.serial]  # one Chromium at a time

SECTIONS = {
    "tijdlijn": ("trend-chart", "trend-table", "scans", "comparison", "notes"),
    "samen": ("respondents", "agenda", "spread", "blocks", "by-role"),
    "regio": ("region-chart", "region-table", "shared-gaps", "region-leads", "leads"),
    "regio-anoniem": ("region-chart", "region-table", "shared-gaps", "region-leads", "leads"),
}
CHARTS = {"tijdlijn": ["trend-1", "trend-2"], "samen": ["spread-1", "spread-2"],
          "regio": ["region-1", "region-2"], "regio-anoniem": ["region-1", "region-2"]}


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory, kb) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("scanrapporten")
    today = date(2025, 6, 1)
    program, scans = tijdstad()
    views: dict[str, object] = {"tijdlijn": build_timeline(scans, program=program)}
    program, scans = samenstad()
    views["samen"] = build_combined(scans, program=program)
    program, scans = region()
    views["regio"] = build_region(scans, kb, program=program)
    views["regio-anoniem"] = build_region(scans, kb, program=program, anonymous=True)
    out = {}
    for name, view in views.items():
        path = folder / f"{name}.html"
        write_scans_report(path, view, today=today)  # type: ignore[arg-type]
        out[name] = path
    return out


@pytest.mark.parametrize("name", list(SECTIONS))
def test_dom_has_every_section_and_chart(pages: dict[str, Path], report_browser: ReportBrowser, name: str) -> None:
    dom = report_browser.dom(pages[name])
    assert '<html lang="nl">' in dom and dom.rstrip().endswith("</html>"), dom[:200]
    ids = set(re.findall(r'\bid="([^"]+)"', dom))
    for section in SECTIONS[name]:
        assert section in ids, f"{name}: sectie {section} ontbreekt"
    assert re.findall(r'<svg[^>]*class="chart"[^>]*id="([^"]+)"', dom) == CHARTS[name]
    assert "<script" not in dom and "default-src 'none'" in dom
    marks = re.findall(r'<rect class="fill"|<circle class="dot"', dom)
    assert len(marks) > 10, "de grafieken tonen niets"


def test_the_browser_shows_the_disagreement_and_keeps_names_out_of_the_anonymous_page(
    pages: dict[str, Path], report_browser: ReportBrowser
) -> None:
    dom = report_browser.dom(pages["samen"])
    assert len(re.findall(r'class="disagree"', dom)) == 3 and "Wij worden pas gevraagd als het beleid al af is." in dom
    anonymous = report_browser.dom(pages["regio-anoniem"])
    assert "Gemeente B" in anonymous and not re.search("Tijdstad|Dorpveld|Havenstad", anonymous)


@pytest.mark.parametrize("name", ["tijdlijn", "samen", "regio-anoniem"])
def test_screenshot_shows_the_page(pages: dict[str, Path], report_browser: ReportBrowser, tmp_path: Path, name: str) -> None:
    shot = tmp_path / f"{name}.png"
    report_browser.screenshot(pages[name], shot)
    assert shot.is_file(), "Chromium maakte geen schermafdruk"
    width, height, pixels = _png_pixels(shot)
    assert (width, height) == (WIDTH, HEIGHT)
    assert len(set(pixels)) > 64  # text, coloured columns and dots; a blank page has a handful of values
