"""Snapshot tests of the main screens (pytest-textual-snapshot).

Update after an intended change with `pytest tests/tui/test_snapshots.py --snapshot-update`, and
look at the report it writes before committing the new SVGs.
"""

from __future__ import annotations

from adviseur.tui.app import AdviseurApp
from tests.tui.conftest import answer, run_answers, wait_for
from tests.tui.test_journeys import RENT_ARREARS

SIZE = (100, 32)


def test_start_screen(snap_compare, services) -> None:
    assert snap_compare(AdviseurApp(services=services), terminal_size=SIZE)


def test_chat_screen(snap_compare, services) -> None:
    async def two_answers(pilot) -> None:
        await pilot.press("enter")
        await pilot.pause()
        await answer(pilot, ["geen"])
        await answer(pilot, "sociale-huur")

    assert snap_compare(AdviseurApp(services=services), terminal_size=SIZE, run_before=two_answers)


def test_results_screen(snap_compare, services) -> None:
    """The interview's last question typed, on a conversation answered headlessly up to it."""
    from adviseur.tui.screens.chat import ChatScreen
    from tests.reports.helpers import program
    from tests.tui.host import engine_at

    async def last_question(pilot) -> None:
        await pilot.pause()
        pilot.app.push_screen(ChatScreen(engine_at(program("signalen"), RENT_ARREARS, "eigen_woorden")))
        await pilot.pause()
        await run_answers(pilot, RENT_ARREARS)
        await pilot.pause()

    assert snap_compare(AdviseurApp(services=services), terminal_size=SIZE, run_before=last_question)


def test_search_screen(snap_compare, services) -> None:
    async def search_cti(pilot) -> None:
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press("c", "t", "i")
        await wait_for(pilot, lambda: pilot.app.screen.query_one("#results").option_count > 0)

    assert snap_compare(AdviseurApp(services=services), terminal_size=SIZE, run_before=search_cti)


def test_detail_screen(snap_compare, services) -> None:
    async def open_housing_first(pilot) -> None:
        pilot.app.open_record("housing-first")
        await pilot.pause()

    assert snap_compare(AdviseurApp(services=services), terminal_size=SIZE, run_before=open_housing_first)
