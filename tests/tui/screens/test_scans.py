"""The app's scan screens (issue 16): the saved scans per name, a timeline with a chart per pillar
(and per building block), its table and comparison, choosing two scans to compare, reports and
shared files into the export folder, the combined scan of four partners with its agenda, a region
of three municipalities (named and anonymised), and importing a shared file.

The scans are saved through the session layer, as the app's 's' saves them, and each screen is
opened in the host app (tests/tui/host.py): nothing is typed that the test is not about."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from textual.widgets import OptionList

from adviseur.flows.run.outcome import FlowOutcome
from adviseur.reports.scan_texts import H_REGION_LEADS, NO_REGION_LEADS_WITHOUT_SHARED_GAPS, NO_SHARED_GAPS
from adviseur.session.exchange import export_scans, read_scans
from adviseur.session.history import list_scans, respondent
from adviseur.session.scans import save_scan
from adviseur.store import Store
from adviseur.tui.screens.scans import ScansScreen
from adviseur.tui.screens.timeline import TimelineScreen
from adviseur.tui.screens.together import CombinedScreen, RegionPickScreen, RegionScreen
from adviseur.tui.widgets.score_table import ScoreTable, sparkline
from adviseur.tui.widgets.trend_chart import TrendChart
from tests.reports.helpers import scenario
from tests.reports.scan_helpers import REGION, SAMENSTAD, TIJDSTAD
from tests.tui.conftest import screen_text, wait_for
from tests.tui.host import HostApp

PILLARS = ["totaal", "beleidscyclus", "bestaanscondities", "pijler_voorzorg", "pijler_herstelzorg",
           "pijler_inclusief_wonen", "route_levensgebeurtenis", "route_instelling"]
BLOCKS = ["analyse", "doelen", "samenwerking", "ervaring", "monitoring", "gezondheid", "wonen", "inkomen",
          "activiteiten", "relaties"]
"""The zelfscan's result step lists these; its sections voorzorg, herstelzorg and inclusief_wonen
are their pillars again, so they are not charted twice."""


@cache
def _outcome(name: str) -> FlowOutcome:
    """A scenario's outcome, run once per test run (the scans are saved again for every test)."""
    return scenario("zelfscan", name)[1]


@pytest.fixture
def saved() -> Store:
    """Tijdstad over three years, Samenstad's four partners, and two more municipalities."""
    store = Store()  # the test's own data folder (conftest)
    for year, name in zip((2023, 2024, 2025), TIJDSTAD, strict=True):
        save_scan(_outcome(name), "Gemeente Tijdstad", store, made=date(year, 3, 1))
    for day, (role, name) in enumerate(SAMENSTAD.items(), 1):
        save_scan(_outcome(name), "Gemeente Samenstad", store, respondent=respondent(role), made=date(2025, 5, day))
    for label, name in list(REGION.items())[1:]:
        save_scan(_outcome(name), label, store, made=date(2025, 4, 1))
    return store


def _visible(app: HostApp) -> list[str]:
    """The lines of the terminal as drawn now (Textual's compositor), without the blanks around
    them and the scrollbar's thumb at their end."""
    return [re.sub(r"\s+[▁▂▃▄▅▆▇█]+$", "", strip.text).strip() for strip in app.screen._compositor.render_strips()]


def _charts(app: HostApp) -> list[str]:
    return [chart.line.id for chart in app.screen.query(TrendChart)]


def _options(menu: OptionList) -> str:
    """What a menu shows, as plain text."""
    from rich.text import Text

    return "\n".join(Text.from_markup(str(menu.get_option_at_index(i).prompt)).plain for i in range(menu.option_count))


def test_a_sparkline_is_one_block_per_scan() -> None:
    assert sparkline([0.0, 50.0, 100.0, None]) == "▁▅█·"


async def test_the_list_opens_a_timeline_with_its_table_and_comparison(saved: Store, services) -> None:
    app = HostApp(ScansScreen(), services)
    async with app.run_test(size=(120, 45)) as pilot:
        await pilot.pause()
        menu = app.screen.query_one(OptionList)
        text = _options(menu)
        assert "Gemeente Tijdstad" in text and "3 eigen scans, 2023-03-01 – 2025-03-01" in text
        assert "samen ingevuld: ronde 2025 (4 invullers)" in text
        menu.highlighted = next(i for i, g in enumerate(app.screen.groups) if g.label == "Gemeente Tijdstad")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, TimelineScreen) and bool(app.screen.query(ScoreTable)))
        table = app.screen.query_one(ScoreTable)
        total = table.get_row("totaal")
        assert total[1] == sparkline([9.1, 39.4, 72.1]) and total[2:] == ["9,1%", "39,4%", "72,1%", "+63,0"]
        text = screen_text(app)
        assert "Scan 2 (2025-03-01)" not in text and "Scan 2 (2024-03-01) en 3 (2025-03-01) vergeleken" in text
        assert "▼ Afspraken met woningcorporaties: Ja → Deels, of in voorbereiding" in text
        assert "Pilot met tien plekken" in text  # the latest scan's notes


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_timeline_charts_each_pillar_and_on_b_each_building_block(saved: Store, services, size) -> None:
    app = HostApp(TimelineScreen("zelfscan", "Gemeente Tijdstad"), services)
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: bool(app.screen.query(TrendChart)))
        await pilot.pause()
        assert _charts(app) == PILLARS
        screen = _visible(app)
        assert all(len(line) <= size[0] for line in screen)
        start = screen.index("Totaal · +63,0 procentpunt sinds scan 1")
        bars = [re.sub(r"[█░]+", "BAR", line.strip()) for line in screen[start + 1 : start + 4]]
        assert bars == ["1. 2023-03-01 BAR  9,1%  Beginnend", "2. 2024-03-01 BAR 39,4%  Beginnend",
                        "3. 2025-03-01 BAR 72,1%  Op weg"]
        assert "Totaal en pijlers door de jaren" in screen
        levels = [str(w.render()) for w in app.screen.query("#charts .score-level")]
        assert levels == ["Beleidscyclus en pijlers", "Routes"]  # the flow's own headings, as on the results screen
        assert app.screen.active_bindings["b"].binding.description == "Grafiek bouwstenen"
        voorzorg = app.screen.query_one("#chart-pijler_voorzorg", TrendChart).plain
        assert "+70,0 procentpunt sinds scan 1" in voorzorg and "80%  Preventieproof" in voorzorg

        await pilot.press("b")
        await wait_for(pilot, lambda: _charts(app) == BLOCKS)
        await pilot.pause()
        text = "\n".join(_visible(app))
        assert "Bouwstenen door de jaren" in text and "Analyse van cijfers en oorzaken · +75,0 procentpunt sinds scan 1" in text
        assert text.index("Bouwstenen van de beleidscyclus") < text.index("Analyse van cijfers")
        levels = [str(w.render()) for w in app.screen.query("#charts .score-level")]
        assert levels == ["Bouwstenen van de beleidscyclus", "Condities van de pijler bestaanscondities"]
        analyse = app.screen.query_one("#chart-analyse", TrendChart).plain
        assert [m.group(1) for m in re.finditer(r" ([\d,]+%)  ", analyse)] == ["25%", "75%", "100%"]
        assert app.screen.active_bindings["b"].binding.description == "Grafiek pijlers"

        await pilot.press("b")
        await wait_for(pilot, lambda: _charts(app) == PILLARS)


async def test_a_flow_without_pillars_charts_every_score_at_one_length(services) -> None:
    """Housing First has a total and core principles (sections): one chart of all, under the
    flow's heading, each bar as long as the next (50% is 50% in every chart); nothing for b."""
    for day, name in ((date(2024, 1, 1), "startend-team"), (date(2024, 9, 1), "gemiddeld-team")):
        save_scan(scenario("housing-first", name)[1], "Team Zuid", Store(), made=day)
    app = HostApp(TimelineScreen("housing-first", "Team Zuid"), services)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: bool(app.screen.query(TrendChart)))
        await pilot.pause()
        assert _charts(app)[0] == "totaal" and len(_charts(app)) == 10  # the total and nine core principles
        text = "\n".join(_visible(app))
        assert "Alle scores door de jaren" in text and "Kernprincipes" in text
        assert app.screen.check_action("chart", ("blocks",)) is False and "b" not in app.screen.active_bindings
        lengths = {len(bar) for chart in app.screen.query(TrendChart) for bar in re.findall(r"[█░]+", chart.plain)}
        assert len(lengths) == 1


async def test_x_and_e_on_the_timeline_write_into_the_export_folder(
    saved: Store, services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _isolated_export_dir: Path
) -> None:
    started_in = tmp_path / "gestart-in"
    started_in.mkdir()
    monkeypatch.chdir(started_in)  # where the app was started (with make run: the source checkout)
    app = HostApp(TimelineScreen("zelfscan", "Gemeente Tijdstad"), services)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: bool(app.screen.query(TrendChart)))
        await pilot.press("x")
        await wait_for(pilot, lambda: any(_isolated_export_dir.glob("adviseur-scan-*.json")))
        [shared] = _isolated_export_dir.glob("adviseur-scan-*.json")
        assert [s.date for s in read_scans(shared)] == ["2023-03-01", "2024-03-01", "2025-03-01"]
        await pilot.press("e")
        await wait_for(pilot, lambda: len(list(_isolated_export_dir.glob("adviseur-tijdlijn-*"))) == 2)
        assert {p.suffix for p in _isolated_export_dir.glob("adviseur-tijdlijn-*")} == {".md", ".html"}
        assert list(started_in.iterdir()) == []
        messages = "\n".join(n.message for n in app._notifications)
        assert str(shared) in messages and str(_isolated_export_dir / "adviseur-tijdlijn-") in messages


async def test_two_chosen_scans_are_compared(saved: Store, services) -> None:
    app = HostApp(TimelineScreen("zelfscan", "Gemeente Tijdstad"), services)
    async with app.run_test(size=(120, 45)) as pilot:
        await wait_for(pilot, lambda: bool(app.screen.query(ScoreTable)))
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("up", "enter")  # the first scan (the second-to-last was highlighted)
        await pilot.pause()
        await pilot.press("enter")  # ... with the last
        await wait_for(pilot, lambda: "Scan 1 (2023-03-01) en 3 (2025-03-01) vergeleken" in screen_text(app))
        assert app.screen.timeline.compared == (0, 2)  # type: ignore[attr-defined]


async def test_the_combined_scan_shows_the_agenda(saved: Store, services) -> None:
    app = HostApp(CombinedScreen("zelfscan", "Gemeente Samenstad"), services)
    async with app.run_test(size=(120, 45)) as pilot:
        await wait_for(pilot, lambda: bool(app.screen.query(ScoreTable)))
        text = screen_text(app)
        assert "Agenda: waar partners van mening verschillen (3)" in text
        assert text.index("1. Afspraken met woningcorporaties") < text.index("3. Ervaringsdeskundigen in het beleid")
        assert "Ervaringsdeskundige: Nee — Wij worden pas gevraagd" in text
        row = app.screen.query_one(ScoreTable).get_row("samenwerking")
        assert row[2:] == ["100%", "25%", "25%", "50%", "75 pt"]


@pytest.mark.parametrize("anonymous", [False, True])
async def test_a_region_of_three_municipalities(saved: Store, services, anonymous: bool) -> None:
    labels = list(REGION)
    app = HostApp(RegionPickScreen("zelfscan", labels), services)
    async with app.run_test(size=(120, 45)) as pilot:
        await pilot.pause()
        if anonymous:
            await pilot.press("a")
        await pilot.press("g")
        await wait_for(pilot, lambda: isinstance(app.screen, RegionScreen) and bool(app.screen.query(ScoreTable)))
        text = screen_text(app)
        assert "Ervaringsdeskundigen in de uitvoering: 3 van 3" in text
        names = ("Gemeente A", "Gemeente B", "Gemeente C") if anonymous else tuple(labels)
        table = app.screen.query_one(ScoreTable)
        assert [str(c.label) for c in table.columns.values()][2:5] == list(names)
        assert table.get_row("pijler_voorzorg")[3] == "100% ★"
        if anonymous:
            assert not any(name in text for name in ("Tijdstad", "Dorpveld", "Havenstad"))


async def test_a_region_without_shared_gaps_says_why_it_has_no_leads(saved: Store, services) -> None:
    """Tijdstad's gaps are not Sterkstad's: no gap is shared, so there is no lead for the region,
    and the screen says so (and why) rather than leaving the section out."""
    save_scan(_outcome("sterk"), "Gemeente Sterkstad", saved, made=date(2025, 4, 1))
    app = HostApp(RegionPickScreen("zelfscan", ["Gemeente Tijdstad", "Gemeente Sterkstad"]), services)
    async with app.run_test(size=(120, 45)) as pilot:
        await pilot.pause()
        await pilot.press("g")
        await wait_for(pilot, lambda: isinstance(app.screen, RegionScreen) and bool(app.screen.query(ScoreTable)))
        text = screen_text(app)
        assert NO_SHARED_GAPS in text
        assert H_REGION_LEADS in text and NO_REGION_LEADS_WITHOUT_SHARED_GAPS in text
        assert text.index(H_REGION_LEADS) < text.index(NO_REGION_LEADS_WITHOUT_SHARED_GAPS)


async def test_a_shared_file_is_imported_and_a_broken_one_refused(
    saved: Store, services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = Store(tmp_path / "elders")
    save_scan(_outcome("sterk"), "Gemeente Elders", other)
    export_scans(list_scans(other), tmp_path / "elders.json")
    (tmp_path / "kapot.json").write_text("{", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # a name typed without a folder is read from where the app was started
    app = HostApp(ScansScreen(), services)
    async with app.run_test(size=(120, 45)) as pilot:
        await pilot.pause()
        for name in ("kapot.json", "elders.json"):
            await pilot.press("i")
            await pilot.pause()
            await pilot.press(*name, "enter")
            await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("geen geldig JSON-bestand" in m and "Er is niets geïmporteerd." in m for m in messages)
        assert any("geïmporteerd: Gemeente Elders" in m for m in messages)
        assert "Gemeente Elders" in _options(app.screen.query_one(OptionList))


def test_the_timeline_looks_as_it_did(snap_compare, saved: Store, services) -> None:  # noqa: ANN001
    """A snapshot of the timeline as a policy officer first sees it (120x40): the table of scores
    over the years, the comparison of the last two scans and the first charts. Update after an
    intended change with `pytest tests/tui/screens/test_scans.py --snapshot-update`, after looking
    at the report it writes."""

    async def charts_drawn(pilot) -> None:  # noqa: ANN001
        await wait_for(pilot, lambda: bool(pilot.app.screen.query(TrendChart)))
        await pilot.pause()

    app = HostApp(TimelineScreen("zelfscan", "Gemeente Tijdstad"), services)
    assert snap_compare(app, terminal_size=(120, 40), run_before=charts_drawn)
