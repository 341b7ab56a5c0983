"""A training room in two browser tabs (headless Chromium): a participant answers in one, the
trainer's view in the other shows it live. Skips where no Chromium is installed."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from tests.rooms.conftest import CASE
from tests.tui.serve.cdp import Browser
from tests.tui.serve.conftest import RunningServer, start_server, stop, terminal_text
from tests.tui.serve.test_browser import CHROMIUM, READ_OUTPUT
from tests.tui.serve.test_browser import pytestmark as pytestmark  # skips where no Chromium is installed

FOCUS_TERMINAL = "(() => { const t = document.querySelector('textarea.xterm-helper-textarea'); if (t) t.focus(); return !!t; })()"
KEYS = {"enter": ("Enter", 13, "\r"), "escape": ("Escape", 27, None)}


class Tab:
    """One browser tab on the app: what its terminal shows, and keys typed into it."""

    def __init__(self, browser: Browser) -> None:
        self.browser = browser
        self.seen = 0

    async def text(self) -> str:
        return terminal_text(await self.browser.evaluate(READ_OUTPUT) or "")

    async def until(self, wanted: str, timeout: float = 90.0) -> str:
        """The terminal's text once `wanted` is on it, looking only at output after the last wait."""
        deadline = time.monotonic() + timeout
        text = ""
        while time.monotonic() < deadline:
            text = await self.text()
            if wanted in text[self.seen :]:
                self.seen = text.index(wanted, self.seen)
                return text
            await asyncio.sleep(0.25)
        raise AssertionError(f"{wanted!r} did not appear; the terminal showed {text[-600:]!r}")

    async def type(self, text: str) -> None:
        assert await self.browser.evaluate(FOCUS_TERMINAL)
        await self.browser.call("Input.insertText", text=text)

    async def press(self, name: str) -> None:
        key, code, text = KEYS[name]
        params: dict[str, object] = {"key": key, "code": key, "windowsVirtualKeyCode": code}
        if text:
            params["text"] = text
        assert await self.browser.evaluate(FOCUS_TERMINAL)
        for kind in ("keyDown", "keyUp"):
            await self.browser.call("Input.dispatchKeyEvent", type=kind, **params)


def _trainer_key(server: RunningServer) -> str:
    assert server.process.stdout is not None
    for _ in range(20):
        line = server.process.stdout.readline()
        if line.startswith("Trainerssleutel:"):
            return line.split()[1]
    raise AssertionError("the server printed no trainer key")


async def test_two_tabs_a_participant_answers_and_the_trainer_sees_it_live(tmp_path: Path) -> None:
    assert CHROMIUM is not None
    case = tmp_path / "casus-buurman.yaml"
    case.write_text(CASE, encoding="utf-8")
    server = start_server("--room", "browser", "--oefening", str(case))
    try:
        key = _trainer_key(server)
        async with (
            Browser(CHROMIUM, tmp_path / "trainer") as trainer_browser,
            Browser(CHROMIUM, tmp_path / "deelnemer") as participant_browser,
        ):
            trainer, participant = Tab(trainer_browser), Tab(participant_browser)
            await trainer_browser.open(server.url + "/")
            await trainer.until("Meedoen")
            await trainer.press("escape")  # the trainer's own tab: no nickname
            await trainer.until("Welkom in trainingsruimte 'browser'")
            await trainer.type("t")
            await trainer.until("trainerssleutel")
            await trainer.type("niet-de-sleutel")
            await trainer.press("enter")
            await trainer.until("Deze sleutel klopt niet")
            await trainer.type(key)
            await trainer.press("enter")
            await trainer.until("Nog geen antwoorden")

            await participant_browser.open(server.url + "/")
            await participant.until("Meedoen")
            await participant.type("Anna")
            await participant.press("enter")
            await participant.until("als Anna")
            await participant.press("enter")  # the room's exercise, the trainer's own case
            await participant.until("Wat doe je eerst?")
            await participant.press("enter")  # the first answer: 'Langsgaan', right
            await participant.until("Goed")

            await trainer.until("1 beantwoord · goed: 1 (100%) · niemand koos een fout antwoord")
            assert "Anna" in await trainer.text()
    finally:
        out, err = stop(server.process)
    assert "Traceback" not in out + err
