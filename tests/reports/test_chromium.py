"""The HTML reports open in a real browser: headless Chromium loads each page, and we read back
the DOM it built (the chart and every section must be there) and a screenshot (it must show
something). One Chromium serves every page (`browser.py`). `.ci/run` installs Debian's
`chromium`; without a Chromium these tests skip."""

from __future__ import annotations

import re
import struct
import zlib
from datetime import date
from pathlib import Path

import pytest

from adviseur.session.advise import advise
from adviseur.session.report import write_report
from tests.chromium import SKIP_REASON, find_chromium
from tests.reports.browser import HEIGHT, WIDTH, ReportBrowser
from tests.reports.helpers import play_anything, program, report_for, scenario

CASES = [
    ("zelfscan", "gemengd-route-instelling"),
    ("vroeginterventie", "huiselijk-geweld-eigen-aanpak"),
    ("housing-first", "behandeling-als-voorwaarde"),
]


BROWSER = find_chromium()
pytestmark = [pytest.mark.skipif(BROWSER is None, reason=SKIP_REASON), pytest.mark.serial]  # one Chromium at a time


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory, kb) -> dict[str, tuple[Path, object]]:
    folder = tmp_path_factory.mktemp("rapporten")
    out: dict[str, tuple[Path, object]] = {}
    for flow, name in CASES:
        prog, outcome = scenario(flow, name)
        advice = advise(outcome, kb=kb).advice if any("advice" in v.show for v in outcome.results) else None
        report = report_for(outcome, prog, kb, advice=advice, today=date(2024, 5, 1))
        path = folder / f"{flow}.html"
        write_report(path, report)
        out[flow] = (path, report)
    prog = program("signalen")
    outcome = play_anything(prog)
    report = report_for(outcome, prog, kb, advice=advise(outcome, kb=kb).advice, today=date(2024, 5, 1))
    path = folder / "signalen.html"
    write_report(path, report)
    out["signalen"] = (path, report)
    return out


def _ids(dom: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', dom))


@pytest.mark.parametrize(("flow", "_name"), CASES)
def test_dom_has_the_chart_and_every_section(pages, report_browser: ReportBrowser, flow: str, _name: str) -> None:
    path, report = pages[flow]
    dom = report_browser.dom(path)
    assert '<html lang="nl">' in dom and dom.rstrip().endswith("</html>"), dom[:200]
    ids = _ids(dom)
    for section in ("chart", "scores", "bands", "strengths", "gaps", "leads", "levels", "answers"):
        assert section in ids, f"{flow}: sectie {section} ontbreekt"
    assert re.search(r'<svg[^>]*class="chart"', dom), "de grafiek is er niet"
    bars = re.findall(r'<g class="bar" data-id="([^"]+)"', dom)
    assert bars == [r.id for r in report.chart_rows]  # type: ignore[attr-defined]
    widths = [float(w) for w in re.findall(r'<rect class="fill" [^>]*width="([0-9.]+)"', dom)]
    assert len(widths) == len(bars) and any(w > 0 for w in widths)
    # The browser did not run or fetch anything: no script element, and the policy is in place.
    assert "<script" not in dom
    assert "default-src 'none'" in dom
    title = re.search(r"<title>(.*?)</title>", dom).group(1)  # type: ignore[union-attr]
    assert title == report.title.replace("<", "&lt;").replace(">", "&gt;")  # type: ignore[attr-defined]


def test_user_text_stays_text_in_the_browser(pages, report_browser: ReportBrowser) -> None:
    path, _ = pages["vroeginterventie"]
    dom = report_browser.dom(path)
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in dom
    assert "<script>alert" not in dom


def test_casework_report_renders_with_advice_instead_of_scores(pages, report_browser: ReportBrowser) -> None:
    path, report = pages["signalen"]
    dom = report_browser.dom(path)
    ids = _ids(dom)
    assert "advice" in ids and "signals" in ids and "answers" in ids
    assert "chart" not in ids and "scores" not in ids
    shown = sum(len(group.rows) for group in report.advice)  # type: ignore[attr-defined]
    assert len(re.findall(r'<li data-id="', dom)) >= shown


def _png_pixels(path: Path) -> tuple[int, int, bytes]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "geen PNG"
    pos, width, height, idat = 8, 0, 0, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return width, height, zlib.decompress(idat)


@pytest.mark.parametrize(("flow", "_name"), CASES)
def test_screenshot_shows_the_page(pages, report_browser: ReportBrowser, tmp_path: Path, flow: str, _name: str) -> None:
    path, _ = pages[flow]
    shot = tmp_path / f"{flow}.png"
    report_browser.screenshot(path, shot)
    assert shot.is_file(), "Chromium maakte geen schermafdruk"
    width, height, pixels = _png_pixels(shot)
    assert (width, height) == (WIDTH, HEIGHT)
    # A blank page compresses to a handful of byte values; text, badges and coloured bars do not.
    assert len(set(pixels)) > 64
