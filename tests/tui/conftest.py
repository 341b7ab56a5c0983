"""Pilot helpers: drive the real app by keyboard, as a user would."""

from __future__ import annotations

from typing import Any

import pytest

from adviseur.flows.language.model import AnswerKind
from adviseur.tui.app import AdviseurApp
from adviseur.tui.services import Services


@pytest.fixture(scope="session")
def services() -> Services:
    return Services.load()


@pytest.fixture
def app(services: Services) -> AdviseurApp:
    return AdviseurApp(services=services)


def screen_text(app: AdviseurApp) -> str:
    """Everything visible on the current screen, as plain text."""
    from textual.widgets import Static

    parts = []
    for widget in app.screen.query("*"):
        if isinstance(widget, Static):
            parts.append(str(widget.render()))
        for attr in ("markdown_text",):
            if hasattr(widget, attr):
                parts.append(getattr(widget, attr))
    return "\n".join(parts)


async def wait_for(pilot, condition, timeout: float = 10.0) -> None:
    """Poll until `condition()` holds (workers finish in their own time on a busy machine)."""
    import asyncio

    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.05)


async def answer(pilot, value: Any) -> None:
    """Answer the current question by keyboard: arrows, space and enter, or typing."""
    screen = pilot.app.screen
    step = screen.engine.current
    assert step is not None, "no question to answer"
    ids = [c.id for c in step.choices]
    if step.kind in (AnswerKind.SINGLE, AnswerKind.YESNO):
        if isinstance(value, bool):
            value = "ja" if value else "nee"
        target = ids.index(value)
        start = pilot.app.focused.highlighted
        if start is None:  # a yes/no question has nothing highlighted: the first 'down' lands on 'ja'
            await pilot.press(*(["down"] * (target + 1)), "enter")
        else:
            key = "down" if target >= start else "up"
            await pilot.press(*([key] * abs(target - start)), "enter")
    elif step.kind == AnswerKind.MULTI:
        position = 0
        for choice in value:
            target = ids.index(choice)
            await pilot.press(*(["down"] * (target - position)), "space")
            position = target
        await pilot.press("enter")
    elif step.kind == AnswerKind.SCALE:
        low, _high, stepsize, _labels = step.scale
        await pilot.press(*(["down"] * ((int(value) - low) // stepsize)), "enter")
    else:
        if value:
            await pilot.press(*list(str(value)))
        await pilot.press("enter")
    await pilot.pause()


async def run_answers(pilot, answers: dict[str, Any]) -> None:
    """Answer questions in the order the flow asks them, by question id."""
    screen = pilot.app.screen
    for _ in range(60):
        step = screen.engine.current
        if step is None:
            return
        if step.question not in answers and not step.required:
            await pilot.press("ctrl+s")  # skip an optional question, as a scenario file does
            await pilot.pause()
            continue
        assert step.question in answers, f"no answer given for '{step.question}'"
        await answer(pilot, answers[step.question])
    raise AssertionError("flow did not finish")
