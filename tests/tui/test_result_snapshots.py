"""A snapshot of each result screen at 80x24 and 120x40 (pytest-textual-snapshot): the advice of
the casework interview, the self-scan, Housing First, the checklist and a training's review.

Each opens at the top, as a user sees it first; the footer must show Stoppen and Hulp even at 80
columns. Update after an intended change with
`pytest tests/tui/test_result_snapshots.py --snapshot-update`, after looking at the report it
writes, and remove snapshot_report.html afterwards.
"""

from __future__ import annotations

import pytest

from adviseur.tui.app import AdviseurApp
from adviseur.tui.screens.results import ResultsScreen
from tests.reports.helpers import scenario

RESULTS = {
    "advies": ("signalen", "huurachterstand-alleenstaande-moeder-stress"),
    "zelfscan": ("zelfscan", "middelmatig"),
    "housing-first": ("housing-first", "gemiddeld-team"),
    "checklist": ("vroeginterventie", "kiezen-huurachterstand"),
    "training": ("training-pijlers", "gemengd"),
}
SIZES = {"80x24": (80, 24), "120x40": (120, 40)}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", RESULTS)
def test_result_screen(snap_compare, services, screen: str, size: str) -> None:
    program, outcome = scenario(*RESULTS[screen])

    async def open_results(pilot) -> None:
        await pilot.pause()
        pilot.app.push_screen(ResultsScreen(outcome, program))
        await pilot.pause()
        await pilot.pause()

    assert snap_compare(AdviseurApp(services=services), terminal_size=SIZES[size], run_before=open_results)
