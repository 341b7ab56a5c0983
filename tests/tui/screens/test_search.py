"""Finding your way in search: '/' always lands in the search field."""

from __future__ import annotations

from textual.widgets import Input

from adviseur.tui.app import AdviseurApp
from adviseur.tui.screens.detail import DetailScreen
from adviseur.tui.screens.search import SearchScreen
from tests.tui.conftest import wait_for


async def _search(pilot, words: str) -> SearchScreen:
    await pilot.press("slash")
    await pilot.pause()
    await pilot.press(*words)
    screen = pilot.app.screen
    assert isinstance(screen, SearchScreen)
    await wait_for(pilot, lambda: screen.query_one("#results").option_count > 0)
    return screen


async def test_slash_returns_to_the_search_field_from_the_results_and_from_a_record(services) -> None:
    app = AdviseurApp(services=services)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        search = await _search(pilot, "cti")
        await pilot.press("down")  # into the results
        await pilot.pause()
        assert not isinstance(app.focused, Input)
        await pilot.press("slash")
        await pilot.pause()
        assert app.focused is search.query_one("#query", Input)
        assert search.query_one("#query", Input).value == "cti"
        await pilot.press("down", "enter")  # open a record from the results
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        depth = len(app.screen_stack)
        await pilot.press("slash")
        await pilot.pause()
        assert app.screen is search and len(app.screen_stack) == depth - 1  # the same search, not a new one
        assert app.focused is search.query_one("#query", Input)
