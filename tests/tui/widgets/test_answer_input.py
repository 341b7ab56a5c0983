"""Answering by keyboard: a scale takes its numbers, a yes/no question proposes nothing."""

from __future__ import annotations

from adviseur.tui.screens.chat import ChatScreen
from tests.reports.helpers import program
from tests.tui.host import HostApp, engine_at
from tests.tui.test_journeys import RENT_ARREARS

TEAM = {"team": "Team Noord"}


async def _chat(services, flow: str, answers: dict, question: str) -> tuple[HostApp, ChatScreen]:
    screen = ChatScreen(engine_at(program(flow), answers, question))
    return HostApp(screen, services), screen


async def test_a_number_key_answers_a_scale_question(services) -> None:
    app, chat = await _chat(services, "housing-first", TEAM, "recht_geen_woonklaar")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("3")
        await pilot.pause()
        assert chat.engine.answers["recht_geen_woonklaar"] == 3
        assert chat.engine.current is not None and chat.engine.current.question == "recht_huurcontract"
        await pilot.press("7")  # not on the 1-4 scale: nothing is answered, the user is told why
        await pilot.pause()
        assert "recht_huurcontract" not in chat.engine.answers
        assert any("van 1 tot en met 4" in n.message for n in app._notifications)


async def test_a_yes_no_question_has_no_answer_highlighted(services) -> None:
    app, chat = await _chat(services, "signalen", RENT_ARREARS, "overlast")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        choices = chat.query_one("#choice-list")
        assert choices.highlighted is None
        await pilot.press("enter")  # enter alone gives no answer
        await pilot.pause()
        assert "overlast" not in chat.engine.answers
        await pilot.press("n")
        await pilot.pause()
        assert chat.engine.answers["overlast"] in (False, "nee")
        assert chat.engine.current is not None and chat.engine.current.question == "eerder_dakloos"


async def test_a_yes_no_answer_given_before_is_highlighted_when_changed(services) -> None:
    engine = engine_at(program("signalen"), RENT_ARREARS, "geldzorgen")
    engine.change("overlast")
    app = HostApp(ChatScreen(engine), services)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        choices = app.screen.query_one("#choice-list")
        assert choices.get_option_at_index(choices.highlighted).id == "nee"


async def test_a_chosen_box_differs_in_shape_not_only_in_colour(services) -> None:
    from adviseur.tui.widgets.answer_input import CHECKED, MultiChoice

    app, chat = await _chat(services, "signalen", RENT_ARREARS, "geldzorgen")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        boxes = chat.query_one(MultiChoice)
        await pilot.press("space")
        await pilot.pause()

        def box(line: int) -> str:
            return boxes.render_line(line).text[:3]

        assert CHECKED in box(0)
        assert CHECKED not in box(1) and box(0) != box(1)
