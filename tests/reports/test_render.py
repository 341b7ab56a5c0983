"""Markdown and HTML renderings: complete, escaped, and self-contained."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from html.parser import HTMLParser

import pytest

from adviseur.reports import render_html, render_markdown
from adviseur.reports.markdown import escape
from adviseur.session.advise import advise
from tests.reports.helpers import main_flows, play_anything, program, report_for, scenario

TODAY = date(2024, 5, 1)
SVG_NS = "{http://www.w3.org/2000/svg}"


class Page(HTMLParser):
    """Collects what the tests look at: ids, tags with URLs, scripts, and tag balance."""

    VOID = {"meta", "br", "hr", "img", "input", "link", "rect", "line", "source"}

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.tags: list[str] = []
        self.urls: list[str] = []
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(values["id"] or "")
        for name in ("src", "href", "data", "action", "poster"):
            if values.get(name):
                self.urls.append(values[name] or "")
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
            return
        self.stack.pop()


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def zelfscan_html(kb, name: str = "middelmatig") -> str:
    prog, outcome = scenario("zelfscan", name)
    return render_html(report_for(outcome, prog, kb, today=TODAY))


def test_html_has_every_section_and_two_charts_for_the_self_scan(kb) -> None:
    page = parse(zelfscan_html(kb))
    assert page.errors == [] and page.stack == []
    for section in ("meta", "chart", "scores", "bands", "improve-first", "strengths", "gaps", "leads", "levels", "answers"):
        assert section in page.ids, section
    assert page.ids.count("chart-1") == 1 and page.ids.count("chart-2") == 1
    assert page.tags.count("svg") == 2


def test_the_chart_has_one_bar_per_score_with_its_percentage(kb) -> None:
    prog, outcome = scenario("housing-first", "gemiddeld-team")
    html = render_html(report_for(outcome, prog, kb, today=TODAY))
    svg = re.search(r"<svg.*?</svg>", html, re.S)
    assert svg is not None
    root = ET.fromstring(svg.group(0))  # the inline SVG is well-formed XML
    bars = [g for g in root.iter(f"{SVG_NS}g") if g.get("class") == "bar"]
    assert [b.get("data-id") for b in bars] == ["totaal"] + [s.id for s in prog.flow.sections]
    by_id = {b.get("data-id"): b for b in bars}
    assert float(by_id["flexibel"].get("data-percent")) == 62.5
    fill = next(r for r in by_id["flexibel"].iter(f"{SVG_NS}rect") if r.get("class") == "fill")
    track = next(r for r in by_id["flexibel"].iter(f"{SVG_NS}rect") if r.get("class") == "track")
    assert float(fill.get("width")) == pytest.approx(float(track.get("width")) * 0.625, abs=0.1)
    assert (
        by_id["flexibel"].find(f"{SVG_NS}title").text
        == "Flexibele ondersteuning zo lang als nodig: 62,5% (Gedeeltelijk modelgetrouw)"
    )


def test_page_loads_nothing_from_outside(kb) -> None:
    for flow in main_flows():
        prog = program(flow)
        outcome = play_anything(prog)
        html = render_html(report_for(outcome, prog, kb, advice=advise(outcome, kb=kb).advice, today=TODAY))
        page = parse(html)
        assert page.errors == [], flow
        assert "script" not in page.tags and "link" not in page.tags and "img" not in page.tags, flow
        assert all(url.startswith("#") for url in page.urls), (flow, page.urls)
        assert "@import" not in html and "url(" not in html, flow
        assert "Content-Security-Policy" in html and "default-src 'none'" in html


def test_answers_are_escaped_in_html(kb) -> None:
    prog, outcome = scenario("vroeginterventie", "huiselijk-geweld-eigen-aanpak")
    html = render_html(report_for(outcome, prog, kb, today=TODAY))
    assert "<script>" not in html
    assert "Eigen aanpak &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; **Veilig Thuis**" in html
    prog, outcome = scenario("housing-first", "herbeoordeeld")
    html = render_html(report_for(outcome, prog, kb, today=TODAY))
    assert "<b>Centrum</b>" not in html and "Team &lt;b&gt;Centrum&lt;/b&gt;" in html


def test_authored_bold_becomes_strong_but_user_text_does_not(kb) -> None:
    from adviseur.reports.html import authored

    assert (
        authored("Eerst **112** bellen.\n\nDaarna <verder>.")
        == "<p>Eerst <strong>112</strong> bellen.</p><p>Daarna &lt;verder&gt;.</p>"
    )


def test_markdown_has_the_sections_and_dutch_numbers(kb) -> None:
    prog, outcome = scenario("zelfscan", "middelmatig")
    md = render_markdown(report_for(outcome, prog, kb, today=TODAY))
    for heading in (
        "## Scores en banden",
        "### Wat de banden betekenen",
        "## Eerst verbeteren",
        "## Wat al goed geregeld is",
        "## Gaten en aanknopingspunten",
        "## Aanknopingspunten uit de kennisbank",
        "## Alle antwoorden",
    ):
        assert heading in md
    assert "| Pijler inclusief wonen: passende, duurzame huisvesting | 5 van 12 punten | 41,7% | Op weg |" in md
    assert "| Preventieproof | 75 tot en met 100% |" in md and "| Op weg | 40 tot 75% |" in md
    assert "Flow: Zelfscan preventiebeleid dakloosheid (versie 1.0) · Opgesteld op 2024-05-01" in md
    # middelmatig has four gaps; the convenant question ('ja') is a strength, not a gap
    gaps = md.split("## Gaten en aanknopingspunten")[1].split("\n## ")[0]
    assert gaps.count("\n- **") == 4 and gaps.startswith("\n\n- **")
    assert "Vroegsignalering (convenant)" in md.split("## Wat al goed geregeld is")[1].split("\n## ")[0]


def test_markdown_escapes_what_a_user_typed(kb) -> None:
    prog, outcome = scenario("vroeginterventie", "huiselijk-geweld-eigen-aanpak")
    md = render_markdown(report_for(outcome, prog, kb, today=TODAY))
    assert "<script>" not in md
    assert r"Eigen aanpak \<script\>alert('x')\</script\> & \*\*Veilig Thuis\*\*" in md
    assert escape("a|b\nc") == r"a\|b c"


def test_markdown_gap_lists_leads_with_kind_place_and_level(kb) -> None:
    prog, outcome = scenario("zelfscan", "beleid-op-papier")
    md = render_markdown(report_for(outcome, prog, kb, today=TODAY))
    gaps = md.split("## Gaten en aanknopingspunten")[1].split("\n## ")[0]
    assert "- **Hulp bij een dreigende crisis** (Voorzorg) — Antwoord: Nee" in gaps
    assert "  - **Crisiskaart** (Interventie · Effectief)" in gaps
    assert "  - **Crisisinterventieteam regio Hart van Brabant** (Praktijkvoorbeeld · regio Hart van Brabant)" in gaps


@pytest.mark.parametrize("flow", main_flows())
def test_every_flow_renders_in_both_formats(kb, flow: str) -> None:
    prog = program(flow)
    outcome = play_anything(prog)
    report = report_for(outcome, prog, kb, advice=advise(outcome, kb=kb).advice, today=TODAY)
    md, html = render_markdown(report), render_html(report)
    assert md.startswith("# ") and "## Alle antwoorden" in md
    page = parse(html)
    assert page.errors == [] and page.stack == []
    assert "answers" in page.ids
    if report.scores:
        assert "chart" in page.ids and "svg" in page.tags
    if report.quiz:
        assert "quiz" in page.ids
    if report.advice:
        assert "advice" in page.ids


def test_the_subject_goes_under_the_meta_line_escaped(kb) -> None:
    prog, outcome = scenario("zelfscan", "zwak")
    report = report_for(outcome, prog, kb, subject="Gemeente <Beginstad>", today=TODAY)
    md = render_markdown(report)
    assert "met Adviseur  \nBetreft: Gemeente \\<Beginstad\\>\n" in md
    assert '<p class="meta">Betreft: Gemeente &lt;Beginstad&gt;</p>' in render_html(report)
