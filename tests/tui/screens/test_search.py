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


def _ids(screen: SearchScreen) -> list[str]:
    results = screen.query_one("#results")
    return [results.get_option_at_index(i).id or "" for i in range(results.option_count)]


async def test_a_filter_without_words_lists_every_match_page_by_page(services, kb) -> None:
    from textual.widgets import Select

    from adviseur.tui.screens.search import MORE, RESULT_LIMIT

    interventions = {r.id for r in kb.records if r.kind == "interventie"}
    assert len(interventions) > 2 * RESULT_LIMIT
    app = AdviseurApp(services=services)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        screen.query_one("#filter-kind", Select).value = "interventie"
        await wait_for(pilot, lambda: MORE in _ids(screen))
        first = _ids(screen)
        assert len(first) == RESULT_LIMIT + 1 and set(first[:-1]) <= interventions
        pages = 1
        while MORE in _ids(screen):
            before = len(_ids(screen))
            screen.query_one("#results").highlighted = before - 1
            screen.query_one("#results").focus()
            await pilot.press("enter")
            await wait_for(pilot, lambda before=before: len(_ids(screen)) != before)
            pages += 1
        assert set(_ids(screen)) == interventions and pages == -(-len(interventions) // RESULT_LIMIT)
        assert f"{len(interventions)} bij deze filters" in str(screen.query_one("#search-status").render())


async def test_the_evidence_filter_offers_international_and_unstated(services) -> None:
    from textual.widgets import Select

    app = AdviseurApp(services=services)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#filter-level", Select).value = "internationaal"
        await wait_for(pilot, lambda: bool(_ids(screen)))
        assert sorted(_ids(screen)) == ["critical-time-intervention", "housing-first"]


async def test_the_loose_tail_is_collapsed_until_opened(services) -> None:
    from adviseur.tui.screens.search import TAIL

    app = AdviseurApp(services=services)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = await _search(pilot, "uit huis gezet")
        await wait_for(pilot, lambda: TAIL in _ids(screen))
        ids = _ids(screen)
        strong = ids[: ids.index(TAIL)]
        assert ids[-1] == TAIL and strong
        assert all(h.coverage >= 0.999 for h in screen.response.hits if h.id in strong)
        results = screen.query_one("#results")
        results.focus()
        results.highlighted = ids.index(TAIL)
        await pilot.press("enter")
        await pilot.pause()
        opened = _ids(screen)
        assert TAIL not in opened and opened[: len(strong)] == strong and len(opened) > len(ids)
        assert results.highlighted == len(strong) + 1  # on the first loose hit, under its heading
