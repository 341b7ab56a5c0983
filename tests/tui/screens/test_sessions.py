"""'Verder waar je was' and 'Mijn gesprekken' in the app: every kept session, opened or deleted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from textual.widgets import OptionList

from adviseur.flows.authoring.loader import FlowLibrary
from adviseur.session.start import start_flow
from adviseur.store import Store
from adviseur.tui.app import AdviseurApp
from adviseur.tui.screens.chat import ChatScreen
from adviseur.tui.screens.results import ResultsScreen
from adviseur.tui.screens.sessions import SessionsScreen
from adviseur.tui.widgets.dialogs import ConfirmScreen
from tests.reports.helpers import scenario
from tests.tui.conftest import wait_for


def _keep_sessions() -> tuple[str, str, str]:
    """Two unfinished conversations (the example, then the self-scan) and a finished training, last."""
    library = FlowLibrary()

    now = datetime.now(UTC)

    def at(minute: int) -> Store:  # a minute apart: the order listed is the order kept
        return Store(clock=lambda: now - timedelta(minutes=10 - minute))

    first = start_flow(library.load("example"), store=at(1))
    assert first.engine.answer("huur").accepted
    second = start_flow(library.load("zelfscan"), store=at(2))
    assert second.engine.answer("Gemeente Voorbeeld").accepted
    program, outcome = scenario("training-pijlers", "alles-goed")
    training = start_flow(program, store=at(3))
    for value in outcome.answers.values():
        training.engine.answer(value)
    assert training.engine.finished
    assert first.autosave and second.autosave and training.autosave
    return first.autosave.session_id, second.autosave.session_id, training.autosave.session_id


def _ids(menu: OptionList) -> list[str]:
    return [menu.get_option_at_index(i).id or "" for i in range(menu.option_count)]


async def test_the_start_screen_lists_every_unfinished_session_and_deletes_one(services) -> None:
    first, second, training = _keep_sessions()
    app = AdviseurApp(services=services)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        menu = app.screen.query_one("#ways-in", OptionList)
        ids = _ids(menu)
        # after the training: both unfinished sessions, most recent first; the finished one is not 'verder'
        assert ids[:2] == [f"resume:{second}", f"resume:{first}"] and f"resume:{training}" not in ids
        assert "sessions" in ids
        line = str(menu.get_option_at_index(0).prompt)
        assert line.startswith("Verder waar je was — Zelfscan") and "vraag 2 van" in line
        assert "Voorbeeld" not in line  # the municipality answered is not shown
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("j")
        await pilot.pause()
        assert Store().load_session(second) is None
        assert _ids(app.screen.query_one("#ways-in", OptionList))[0] == f"resume:{first}"


async def test_my_conversations_lists_finished_ones_too_and_opens_their_result(services) -> None:
    first, second, training = _keep_sessions()
    app = AdviseurApp(services=services)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.open_way_in("sessions")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessionsScreen)
        menu = screen.query_one(OptionList)
        assert _ids(menu) == [f"resume:{training}", f"resume:{second}", f"resume:{first}"]
        assert "afgerond" in str(menu.get_option_at_index(0).prompt)
        assert "niet afgerond" in str(menu.get_option_at_index(1).prompt)
        await pilot.press("enter")  # the finished training opens on its result
        await wait_for(pilot, lambda: isinstance(app.screen, ResultsScreen))
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen)
        await pilot.press("r")  # and the result again from the conversation
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)


async def test_deleting_asks_first_and_no_keeps_it(services) -> None:
    first, _second, _training = _keep_sessions()
    app = AdviseurApp(services=services)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.open_way_in("sessions")
        await pilot.pause()
        await pilot.press("down", "down", "d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")  # 'Nee, bewaren' is highlighted
        await pilot.pause()
        assert isinstance(app.screen, SessionsScreen) and Store().load_session(first) is not None
