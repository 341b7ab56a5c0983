"""The app's scan screens (issue 16): the saved scans per name, a timeline with its table, chart
and comparison, choosing two scans to compare, the combined scan of four partners with its
agenda, a region of three municipalities (named and anonymised), and importing a shared file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import OptionList

from adviseur.session.exchange import export_scans
from adviseur.session.history import list_scans, respondent
from adviseur.session.scans import save_scan
from adviseur.store import Store
from adviseur.tui.screens.scans import ScansScreen
from adviseur.tui.screens.timeline import TimelineScreen
from adviseur.tui.screens.together import CombinedScreen, RegionPickScreen, RegionScreen
from adviseur.tui.widgets.score_table import ScoreTable, sparkline
from tests.reports.helpers import scenario
from tests.reports.scan_helpers import REGION, SAMENSTAD, TIJDSTAD
from tests.tui.conftest import screen_text, wait_for
from tests.tui.host import HostApp


@pytest.fixture
def saved() -> Store:
    """Tijdstad over three years, Samenstad's four partners, and two more municipalities."""
    store = Store()  # the test's own data folder (conftest)
    for year, name in zip((2023, 2024, 2025), TIJDSTAD, strict=True):
        save_scan(scenario("zelfscan", name)[1], "Gemeente Tijdstad", store, made=date(year, 3, 1))
    for day, (role, name) in enumerate(SAMENSTAD.items(), 1):
        outcome = scenario("zelfscan", name)[1]
        save_scan(outcome, "Gemeente Samenstad", store, respondent=respondent(role), made=date(2025, 5, day))
    for label, name in list(REGION.items())[1:]:
        save_scan(scenario("zelfscan", name)[1], label, store, made=date(2025, 4, 1))
    return store


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
        assert "Gemeente Tijdstad" in text and "3 eigen scan(s), 2023-03-01 – 2025-03-01" in text
        assert "samen ingevuld: ronde 2025 (4 invuller(s))" in text
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


async def test_a_shared_file_is_imported_and_a_broken_one_refused(saved: Store, services, tmp_path: Path) -> None:
    other = Store(tmp_path / "elders")
    save_scan(scenario("zelfscan", "sterk")[1], "Gemeente Elders", other)
    shared = export_scans(list_scans(other), tmp_path / "elders.json")
    broken = tmp_path / "kapot.json"
    broken.write_text("{", encoding="utf-8")
    app = HostApp(ScansScreen(), services)
    async with app.run_test(size=(120, 45)) as pilot:
        await pilot.pause()
        for path in (broken, shared):
            await pilot.press("i")
            await pilot.pause()
            await pilot.press(*str(path), "enter")
            await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("geen geldig JSON-bestand" in m and "Er is niets geïmporteerd." in m for m in messages)
        assert any("geïmporteerd: Gemeente Elders" in m for m in messages)
        assert "Gemeente Elders" in _options(app.screen.query_one(OptionList))
