"""Reports over several scans (issue 16), from the zelfscan scenario files: a timeline of three
scans, a combined scan of four respondents with a disagreement, and a regional picture of three
municipalities, named and anonymised; in Markdown and self-contained HTML with SVG charts."""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from datetime import date

import pytest

from adviseur.reports.partners import build_combined
from adviseur.reports.partners_render import render_combined_html, render_combined_markdown
from adviseur.reports.region import anonymous_names, build_region
from adviseur.reports.region_render import render_region_html, render_region_markdown
from adviseur.reports.scan_texts import (
    H_REGION_LEADS,
    NO_REGION_LEADS,
    NO_REGION_LEADS_WITHOUT_SHARED_GAPS,
    NO_SHARED_GAPS,
    REGION_LEADS_INTRO,
)
from adviseur.reports.scanset import SavedScan
from adviseur.reports.timeline import build_timeline, change
from adviseur.reports.timeline_render import render_timeline_html, render_timeline_markdown
from tests.reports.scan_helpers import REGION, region, samenstad, tijdstad

TODAY = date(2025, 6, 1)


def _self_contained(html: str) -> None:
    assert "<script" not in html and "default-src 'none'" in html
    assert not re.search(r'(src|href)="(?!#)', html), "the page loads nothing from elsewhere"


# --- timeline ------------------------------------------------------------------------------------


def test_a_timeline_of_three_scans_shows_every_score_per_year() -> None:
    program, scans = tijdstad()
    timeline = build_timeline(list(reversed(scans)), program=program)  # any order: shown oldest first
    assert timeline.columns == ["2023-03-01", "2024-03-01", "2025-03-01"]
    lines = {line.id: line for line in timeline.lines}
    assert lines["totaal"].values == (9.1, 39.4, 72.1)
    assert lines["pijler_voorzorg"].bands == ("Beginnend", "Op weg", "Preventieproof")
    assert change(lines["totaal"]) == 63.0
    assert [line.kind for line in timeline.lines][:2] == ["total", "group"]
    assert {line.id for line in timeline.blocks} >= {"analyse", "samenwerking", "relaties"}
    assert "voorzorg" not in lines  # the result step lists that section as its pillar (test_compare_groups)
    # by default the last two are compared: the step back with the corporations is named
    assert timeline.compared == (1, 2) and timeline.comparison is not None
    assert [c.key for c in timeline.comparison.worse] == ["samenwerking_corporaties"]
    assert {n.key for n in timeline.notes} == {"samenwerking_corporaties", "ervaring_beleid", "housing_first"}


def test_any_two_scans_of_a_timeline_can_be_compared() -> None:
    program, scans = tijdstad()
    timeline = build_timeline(scans, program=program, earlier=0, later=2)
    assert timeline.comparison is not None and timeline.comparison.earlier_date == "2023-03-01"
    rows = {r.id: r for r in timeline.comparison.rows}
    assert (rows["totaal"].before, rows["totaal"].after) == (9.1, 72.1)
    assert timeline.comparison.worse == ()  # 'deels' in 2023, 'ja' in 2024, 'deels' again: no step back over two years
    with pytest.raises(IndexError, match="van 1 tot en met 3"):
        build_timeline(scans, program=program, earlier=0, later=3)


def test_the_timeline_report_in_markdown_and_html() -> None:
    program, scans = tijdstad()
    timeline = build_timeline(scans, program=program)
    markdown = render_timeline_markdown(timeline, TODAY)
    assert "| **Totaal** | 9,1% (Beginnend) | 39,4% (Beginnend) | 72,1% (Op weg) | +63,0 |" in markdown
    assert "## Wat veranderde tussen 2024-03-01 en 2025-03-01" in markdown
    assert "- **Afspraken met woningcorporaties**: Ja → Deels, of in voorbereiding" in markdown
    assert "*Pilot met tien plekken; evaluatie in het najaar.*" in markdown
    html = render_timeline_html(timeline, TODAY)
    _self_contained(html)
    for part in ("trend-chart", "trend-table", "scans", "comparison", "notes", "worse"):
        assert f'id="{part}"' in html
    svgs = re.findall(r'<svg[^>]*class="chart"[^>]*id="(trend-\d)"', html)
    assert svgs == ["trend-1", "trend-2"]
    total_row = re.search(r'<g class="row" data-id="totaal">(.*?)</g>\n<g class="row"', html, re.S)
    assert total_row is not None
    assert re.findall(r'data-percent="([\d.]+)"', total_row.group(1)) == ["9.1", "39.4", "72.1"]


# --- a scan filled in with partners --------------------------------------------------------------


def test_four_respondents_disagree_on_three_questions() -> None:
    program, scans = samenstad()
    combined = build_combined(scans, program=program)
    assert combined.names == ("Gemeente", "Woningcorporatie", "Zorgaanbieder", "Ervaringsdeskundige")
    assert combined.label == "Gemeente Samenstad" and combined.round == "2025"
    assert [q.key for q in combined.agenda] == ["samenwerking_corporaties", "samenwerking_zorg", "ervaring_beleid"]
    corporations = combined.agenda[0]
    assert [(a.who, a.answer) for a in corporations.answers][:2] == [("Gemeente", "Ja"), ("Woningcorporatie", "Nee")]
    assert corporations.answers[1].note is not None and "vroeg melden" in corporations.answers[1].note
    # 'ja' against 'deels' is a difference, not a disagreement
    uitstroom = next(q for q in combined.questions if q.key == "herstel_uitstroom")
    assert uitstroom.differs and not uitstroom.disagreement
    blocks = {b.line.id: b for b in combined.blocks}
    assert blocks["samenwerking"].line.values == (100.0, 25.0, 25.0, 50.0) and blocks["samenwerking"].spread == 75.0
    assert [q.key for q in blocks["samenwerking"].disagreements] == ["samenwerking_corporaties", "samenwerking_zorg"]
    assert blocks["gezondheid"].spread == 0.0
    assert "gemeente" not in {q.key for q in combined.questions}  # free text has no spread


def test_the_combined_report_shows_the_agenda_and_the_answers_by_role() -> None:
    program, scans = samenstad()
    combined = build_combined(scans, program=program)
    markdown = render_combined_markdown(combined, TODAY)
    agenda = markdown.split("## Agenda")[1].split("## ")[0]
    assert agenda.index("Afspraken met woningcorporaties") < agenda.index("Ervaringsdeskundigen in het beleid")
    assert "   - Woningcorporatie: Nee *Er zijn prestatieafspraken" in agenda
    assert "| Afspraken met woningcorporaties | Ja *Prestatieafspraken 2024-2026 zijn getekend.* | Nee" in markdown
    html = render_combined_html(combined, TODAY)
    _self_contained(html)
    for part in ("respondents", "agenda", "spread", "blocks", "by-role"):
        assert f'id="{part}"' in html
    spread = re.search(r'<g class="spread" data-id="samenwerking" data-spread="([\d.]+)"', html)
    assert spread is not None and float(spread.group(1)) == 75.0
    assert len(re.findall(r'<li data-question="[^"]+" class="disagree">', html)) == 3


# --- regional picture ----------------------------------------------------------------------------


def test_three_municipalities_side_by_side(kb) -> None:
    program, scans = region()
    picture = build_region(scans, kb, program=program)
    assert picture.names == tuple(REGION)
    rows = {r.line.id: r for r in picture.rows}
    assert rows["pijler_voorzorg"].strongest == (1,)  # Dorpveld
    assert rows["pijler_inclusief_wonen"].strongest == (2,)  # Havenstad
    assert rows["relaties"].strongest == ()  # all three at 50%: nobody stands out
    shared = [(g.key, g.municipalities) for g in picture.shared_gaps]
    assert shared == [("ervaring_uitvoering", (0, 1, 2)), ("herstel_waakvlam", (1, 2))]
    whole = {lead.lead.id for lead in picture.whole_region}
    assert whole and whole <= set(kb.by_id)
    assert all(len(lead.municipalities) == 3 for lead in picture.leads[: len(whole)])


def test_the_regional_report_named_and_anonymised(kb) -> None:
    program, scans = region()
    named = render_region_markdown(build_region(scans, kb, program=program), TODAY)
    assert "Gemeente Havenstad" in named and "★" in named
    assert "Ervaringsdeskundigen in de uitvoering: in 3 van 3 gemeenten" in named
    picture = build_region(scans, kb, program=program, anonymous=True)
    assert picture.names == ("Gemeente A", "Gemeente B", "Gemeente C")
    for text in (render_region_markdown(picture, TODAY), render_region_html(picture, TODAY)):
        for name in ("Tijdstad", "Dorpveld", "Havenstad"):
            assert name not in text
        assert "Gemeente B" in text and "geanonimiseerd" in text
    html = render_region_html(picture, TODAY)
    _self_contained(html)
    for part in ("region-chart", "region-table", "shared-gaps", "region-leads", "leads"):
        assert f'id="{part}"' in html
    assert 'class="num strongest"' in html


def test_anonymous_names_go_past_z() -> None:
    names = anonymous_names(28)
    assert names[0] == "Gemeente A" and names[25] == "Gemeente Z" and names[26] == "Gemeente AA" and len(set(names)) == 28


def _without_leads(scan: SavedScan) -> SavedScan:
    """The scan as if the knowledge base named no lead for any of its gaps."""
    payload = copy.deepcopy(dict(scan.payload))
    for gap in payload["gaps"]:
        gap["leads"] = []
    return replace(scan, payload=payload)


def test_a_region_without_leads_says_why_in_both_formats(kb) -> None:
    program, scans = region()
    bare = build_region([_without_leads(s) for s in scans], kb, program=program)
    assert bare.shared_gaps and not bare.leads  # the gaps are shared, but no lead is named for them
    alone = build_region(scans[:1], kb, program=program)
    assert not alone.shared_gaps and not alone.leads
    for picture, message in ((bare, NO_REGION_LEADS), (alone, NO_REGION_LEADS_WITHOUT_SHARED_GAPS)):
        markdown = render_region_markdown(picture, TODAY)
        leads = markdown.split(f"## {H_REGION_LEADS}")[1]
        assert message in leads and REGION_LEADS_INTRO not in leads
        html = render_region_html(picture, TODAY)
        section = html.split('id="region-leads"')[1].split("</section>")[0]
        assert message in section and NO_SHARED_GAPS not in section
    # the section on shared gaps keeps its own message
    assert NO_SHARED_GAPS in render_region_markdown(alone, TODAY).split(f"## {H_REGION_LEADS}")[0]


def test_the_command_lines_region_says_why_it_has_no_leads(kb, capsys: pytest.CaptureFixture[str]) -> None:
    """`adviseur regio rapport` without --rapport prints the picture: an empty section would read
    as an oversight, so it says why, as the report does."""
    from adviseur.cli.scans_output import print_region

    program, scans = region()
    for picture, message in (
        (build_region([_without_leads(s) for s in scans], kb, program=program), NO_REGION_LEADS),
        (build_region(scans[:1], kb, program=program), NO_REGION_LEADS_WITHOUT_SHARED_GAPS),
    ):
        print_region(picture)
        leads = capsys.readouterr().out.split("Aanknopingspunten voor de regio:")[1]
        assert message in leads
