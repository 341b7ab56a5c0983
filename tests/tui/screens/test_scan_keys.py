"""The keys issue 16 adds to existing screens: ctrl+n takes a note while answering (shown in the
footer of a policy flow only, and next to the answer once given), x on a scan's result shares it
as one file after asking who filled it in, and the start screen leads to the saved scans."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from adviseur.flows.authoring.loader import load_flow
from adviseur.flows.run.engine import FlowEngine
from adviseur.locations import flows_dir
from adviseur.session.exchange import read_scans
from adviseur.session.history import list_scans
from adviseur.store import Store
from adviseur.tui.screens.chat import ChatScreen
from adviseur.tui.screens.note import NoteScreen
from adviseur.tui.screens.results import ResultsScreen
from adviseur.tui.screens.start import WAYS_IN
from adviseur.tui.widgets.dialogs import PickScreen
from tests.reports.helpers import scenario
from tests.tui.conftest import wait_for
from tests.tui.host import HostApp


async def test_ctrl_n_keeps_a_note_with_the_question_and_shows_it_after_the_answer(services) -> None:
    engine = FlowEngine(load_flow(flows_dir() / "zelfscan.yaml"))
    engine.answer("Gemeente Notitiestad")
    app = HostApp(ChatScreen(engine), services)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.screen.check_action("note", ()) is True
        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: isinstance(app.screen, NoteScreen))
        await pilot.press(*"bron: GGD-monitor", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ChatScreen))
        assert engine.notes == {"analyse_cijfers": "bron: GGD-monitor"}
        await pilot.press("enter")  # answer the question (the first choice)
        await pilot.pause()
        bubbles = [str(w.render()) for w in app.screen.query(".user")]
        assert any("✎ bron: GGD-monitor" in text for text in bubbles)
        assert engine.outcome().notes == {"analyse_cijfers": "bron: GGD-monitor"}


async def test_a_casework_conversation_offers_no_note(services) -> None:
    engine = FlowEngine(load_flow(flows_dir() / "example.yaml"))
    app = HostApp(ChatScreen(engine), services)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.screen.check_action("note", ()) is False


async def test_x_shares_the_scan_after_asking_who_filled_it_in(
    services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _isolated_export_dir: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # where the app was started: the file goes to the export folder instead
    program, outcome = scenario("zelfscan", "samenstad-corporatie")
    app = HostApp(ResultsScreen(outcome, program), services)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        results = app.screen
        assert isinstance(results, ResultsScreen) and results.check_action("share", ()) is True
        await pilot.press("x")
        await wait_for(pilot, lambda: isinstance(app.screen, PickScreen))
        menu = app.screen.query_one(OptionList)
        menu.highlighted = next(i for i in range(menu.option_count) if menu.get_option_at_index(i).id == "corporatie")
        await pilot.press("enter")
        await wait_for(pilot, lambda: any(_isolated_export_dir.glob("adviseur-scan-*.json")))
        [shared] = _isolated_export_dir.glob("adviseur-scan-*.json")
        assert not any(tmp_path.iterdir())
        [scan] = read_scans(shared)
        assert (scan.label, scan.role, scan.uid) == ("Gemeente Samenstad", "corporatie", results.share_uid)
        assert "vroeg melden" in scan.notes["samenwerking_corporaties"]
        await pilot.press("s")  # kept here too: from now on it is shared under the saved scan's uid
        await pilot.pause()
        [saved] = list_scans(Store())
        assert results.share_uid == saved.uid


async def test_a_casework_result_is_not_shared(services) -> None:
    program, outcome = scenario("signalen", next(p.stem for p in (flows_dir() / "scenarios" / "signalen").glob("*.yaml")))
    app = HostApp(ResultsScreen(outcome, program), services)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.screen.check_action("share", ()) is False


def test_the_start_screen_leads_to_the_saved_scans() -> None:
    assert "scans" in [way.id for way in WAYS_IN]
