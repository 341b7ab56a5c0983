"""The note dialog (issue 16): a note typed while answering is kept by the engine with the current
question, changed or removed the same way, and refused (with the engine's Dutch message) where a
note does not belong."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Input

from adviseur.flows.authoring.loader import load_flow
from adviseur.flows.run.engine import FlowEngine
from adviseur.locations import flows_dir
from adviseur.tui.screens.note import NoteScreen, ask_note
from tests.tui.host import HostApp


def _scan() -> FlowEngine:
    engine = FlowEngine(load_flow(flows_dir() / "zelfscan.yaml"))
    engine.answer("Gemeente Notitiestad")
    return engine  # now at 'analyse_cijfers'


async def test_a_typed_note_is_kept_changed_and_removed(services) -> None:
    engine = _scan()
    app = HostApp(Screen(), services)
    async with app.run_test() as pilot:
        await pilot.pause()
        ask_note(app.screen, engine)
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        assert "Nooit over personen" in str(app.screen.query("#note-hint").first().render())
        await pilot.press(*"cijfers van de GGD", "enter")
        await pilot.pause()
        assert engine.notes == {"analyse_cijfers": "cijfers van de GGD"}
        ask_note(app.screen, engine)  # opens with the note typed before
        await pilot.pause()
        assert app.screen.query_one(Input).value == "cijfers van de GGD"
        await pilot.press("escape")  # cancel: nothing changes
        await pilot.pause()
        assert engine.notes == {"analyse_cijfers": "cijfers van de GGD"}
        ask_note(app.screen, engine)
        await pilot.pause()
        app.screen.query_one(Input).value = ""
        await pilot.press("enter")
        await pilot.pause()
        assert engine.notes == {}
        assert any("verwijderd" in n.message for n in app._notifications)


async def test_a_casework_flow_refuses_the_note_with_the_engines_message(services) -> None:
    engine = FlowEngine(load_flow(flows_dir() / "example.yaml"))
    app = HostApp(Screen(), services)
    async with app.run_test() as pilot:
        await pilot.pause()
        ask_note(app.screen, engine)
        await pilot.pause()
        await pilot.press(*"meneer woont bij zijn zus", "enter")
        await pilot.pause()
        assert engine.notes == {}
        assert any("niet bij een casus" in n.message for n in app._notifications)
