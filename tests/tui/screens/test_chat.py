"""The conversation after its end: 'r' shows the result again, as it was left."""

from __future__ import annotations

import yaml

from adviseur.flows.authoring.scenarios import run_answers
from adviseur.locations import flows_dir
from adviseur.store import Store
from adviseur.tui.screens.chat import FINISHED_HINT, ChatScreen
from adviseur.tui.screens.results import ResultsScreen
from tests.reports.helpers import program
from tests.tui.conftest import screen_text
from tests.tui.host import HostApp


async def test_a_finished_result_is_reopened_from_the_conversation_still_saved(services) -> None:
    answers = yaml.safe_load((flows_dir() / "scenarios/zelfscan/middelmatig.yaml").read_text())["answers"]
    engine, _ = run_answers(program("zelfscan"), answers)
    assert engine.finished
    app = HostApp(ChatScreen(engine), services)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        results = app.screen
        assert isinstance(results, ResultsScreen) and results.comparison is None
        await pilot.press("s")
        await pilot.pause()
        assert results.saved and len(Store().list_results("zelfscan")) == 1
        await pilot.press("escape")
        await pilot.pause()
        chat = app.screen
        assert isinstance(chat, ChatScreen) and FINISHED_HINT in screen_text(app)
        assert chat.check_action("show_result", ()) is True
        await pilot.press("r")
        await pilot.pause()
        again = app.screen
        assert isinstance(again, ResultsScreen) and again is not results
        # the scan saved a moment ago is not its own earlier scan, and 's' would keep a copy
        assert again.comparison is None and again.saved and not again.check_action("save_scan", ())
        await pilot.press("s")
        await pilot.pause()
        assert len(Store().list_results("zelfscan")) == 1


async def test_r_is_not_offered_before_the_end(services) -> None:
    from tests.tui.host import engine_at

    chat = ChatScreen(engine_at(program("zelfscan"), {}, "gemeente"))
    app = HostApp(chat, services)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert chat.check_action("show_result", ()) is False
