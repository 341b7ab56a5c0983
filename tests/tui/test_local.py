"""The social map in the app: the header names the municipality, a recommendation card and a
record's detail show its local services, and 'a' on a service accepts its suggestions."""

from __future__ import annotations

import pytest

from adviseur.localmap import lookup
from adviseur.localmap.importer import apply_import, plan_import
from adviseur.localmap.store import MapStore
from tests.localmap.conftest import EXAMPLES, TODAY, _fresh_lookup, index  # noqa: F401 - the social map's fixtures
from tests.reports.helpers import scenario
from tests.tui.conftest import screen_text, wait_for


@pytest.fixture(scope="module")
def services():
    from adviseur.tui.services import Services

    return Services.load()


@pytest.fixture
def voorbeeldstad(kb, index):  # noqa: F811 - the fixture imported above
    from adviseur.settings import Settings, save_settings

    store = MapStore()
    apply_import(plan_import(EXAMPLES / "voorbeeld.csv", kb, store=store, index=index, today=TODAY), store)
    save_settings(Settings(municipality="Voorbeeldstad"))
    lookup.reset()
    return store


async def test_cards_and_the_header_show_the_chosen_municipality(voorbeeldstad, services) -> None:
    from adviseur.tui.app import AdviseurApp
    from adviseur.tui.screens.results import ResultsScreen

    program, outcome = scenario("signalen", "gokschulden-huurachterstand")
    app = AdviseurApp(services=services)
    async with app.run_test(size=(120, 60)) as pilot:
        await wait_for(pilot, lambda: "Voorbeeldstad" in app.sub_title)
        assert app.sub_title == "preventie van dakloosheid · gemeente Voorbeeldstad"
        app.push_screen(ResultsScreen(outcome, program))
        await pilot.pause()
        text = screen_text(app)
        assert "In jouw gemeente: Vroeg Eropaf Voorbeeldstad (Buurtteam Voorbeeldstad) · 012 345 6701" in text
        results = app.screen
        assert isinstance(results, ResultsScreen)
        summary = results._summary()
        assert summary is not None and "## In jouw gemeente (Voorbeeldstad)" in summary


async def test_a_record_lists_its_services_and_a_suggestion_is_accepted_with_a(voorbeeldstad, services) -> None:
    from adviseur.tui.app import AdviseurApp
    from adviseur.tui.screens.local_service import LocalServiceScreen

    app = AdviseurApp(services=services)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.pause()
        app.open_record("straathoekwerk")
        await pilot.pause()
        assert "In jouw gemeente (Voorbeeldstad)" in screen_text(app)
        app.screen.query_one("#local-services").focus()
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LocalServiceScreen) and screen.service.id == "straathoekwerk-voorbeeldstad"
        assert "Biedt (voorstel, nog niet bevestigd): Straathoekwerk [straathoekwerk]" in screen_text(app)
        await pilot.press("a")
        await pilot.pause()
        assert "Biedt: Straathoekwerk [straathoekwerk]" in screen_text(app)
    stored = voorbeeldstad.load("Voorbeeldstad").by_id()["straathoekwerk-voorbeeldstad"]
    assert "straathoekwerk" in stored.offers and not stored.suggested


async def test_results_say_how_to_add_the_map_of_a_municipality_without_one(services) -> None:
    from adviseur.settings import Settings, save_settings
    from adviseur.tui.app import AdviseurApp
    from adviseur.tui.screens.results import ResultsScreen

    save_settings(Settings(municipality="Zeist"))
    program, outcome = scenario("signalen", "gokschulden-huurachterstand")
    app = AdviseurApp(services=services)
    async with app.run_test(size=(120, 60)) as pilot:
        app.push_screen(ResultsScreen(outcome, program))
        await pilot.pause()
        text = screen_text(app)
        assert "Voor Zeist is nog geen sociale kaart ingelezen" in text and "In jouw gemeente:" not in text


async def test_choosing_a_municipality_in_the_app_is_remembered(services) -> None:
    from adviseur.settings import load_settings
    from adviseur.tui.app import AdviseurApp

    app = AdviseurApp(services=services)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.action_choose_municipality()
        await pilot.pause()
        await pilot.press(*"Zeist", "enter")
        await pilot.pause()
        assert app.sub_title.endswith("gemeente Zeist")
        message = [n.message for n in app._notifications][-1]
        assert "Voor Zeist is nog geen sociale kaart ingelezen" in message
    assert load_settings().municipality == "Zeist"
