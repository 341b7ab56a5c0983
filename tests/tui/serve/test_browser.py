"""The acceptance test of `adviseur serve`: headless Chromium opens the page and the app appears.

Skips (with the reason) where no Chromium is installed; `.ci/run` installs Debian's `chromium`.
Set ADVISEUR_SCREENSHOT_DIR to keep the screenshot.
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest

from tests.chromium import CHROMIUM_ENV, find_chromium
from tests.tui.serve.cdp import Browser
from tests.tui.serve.conftest import RunningServer, terminal_text
from tests.tui.serve.png import distinct_colours, read_png

CHROMIUM = find_chromium()
pytestmark = [
    pytest.mark.skipif(
        CHROMIUM is None,
        reason=f"Chromium not found: install it (Debian: apt-get install chromium; .ci/run does) or set {CHROMIUM_ENV}",
    ),
    pytest.mark.serial,  # one headless Chromium at a time (tests/conftest.py)
]

READ_OUTPUT = "(window.__terminalOutput || []).join('')"
BODY_STATE = "[document.body.classList.contains('-first-byte'), document.body.classList.contains('-closed')]"


async def _wait_for_app(browser: Browser, timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    text = ""
    while time.monotonic() < deadline:
        text = terminal_text(await browser.evaluate(READ_OUTPUT) or "")
        if "Adviseur" in text and "preventie van dakloosheid" in text:
            return text
        await asyncio.sleep(0.25)
    raise AssertionError(f"the app did not render in the browser within {timeout} s; terminal text so far: {text[-500:]!r}")


async def test_the_app_renders_in_headless_chromium(server: RunningServer, tmp_path: Path) -> None:
    assert CHROMIUM is not None
    async with Browser(CHROMIUM, tmp_path / "profile") as browser:
        await browser.open(server.url + "/")
        text = await _wait_for_app(browser)
        assert await browser.evaluate("document.documentElement.lang") == "nl"
        first_byte, closed = await browser.evaluate(BODY_STATE)
        assert first_byte and not closed  # the terminal got output and the session is alive
        await asyncio.sleep(1.0)  # xterm.js draws on the next animation frames
        png = await browser.screenshot()

    target = Path(os.environ.get("ADVISEUR_SCREENSHOT_DIR", tmp_path))
    target.mkdir(parents=True, exist_ok=True)
    (target / "adviseur-serve.png").write_bytes(png)
    width, height, _ = read_png(png)
    assert width >= 800 and height >= 400
    # An empty page is one colour; the intro card a handful. The app (header, greeting, menu,
    # footer, anti-aliased text) gives many.
    assert distinct_colours(png) >= 12, "the screenshot looks blank"
    assert "Goedendag" in text or "Waar wil je mee beginnen" in text or "Training" in text
