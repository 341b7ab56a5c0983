"""Issue 18 in the app: search off the event loop (P5), and no traceback whatever the data
folder holds (P10)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from adviseur.tui.app import AdviseurApp
from adviseur.tui.screens.search import SearchScreen
from tests.tui.conftest import wait_for


async def test_search_runs_off_the_event_loop(services, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[bool] = []
    real = type(services.index).search

    def recording(index, query, **options):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(index, query, **options)

    monkeypatch.setattr(type(services.index), "search", recording)
    app = AdviseurApp(services=services)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        app.screen.query_one("#query").value = "schuld" + "a" * 1200  # a long paste
        status = app.screen.query_one("#search-status")
        await wait_for(pilot, lambda: "ingekort" in str(status.render()), timeout=60)
        await pilot.press("ctrl+a", "backspace", *"huurachterstand")
        results = app.screen.query_one("#results")
        await wait_for(pilot, lambda: results.option_count > 0, timeout=60)
    assert threads and not any(threads), "a search ran on the event loop"
