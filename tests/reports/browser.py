"""One headless Chromium for all report tests of a test run, driven over the DevTools Protocol.

Starting Chromium once per page (`chromium --dump-dom URL`, `--screenshot`) cost one to two
seconds a call, twenty calls a run; the same browser now loads each page in turn. What the tests
read is the same: the DOM Chromium built (`document.documentElement.outerHTML`, which is what
`--dump-dom` prints) and a PNG of a `width` x `height` viewport without scrollbars.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.tui.serve.cdp import Browser

WIDTH, HEIGHT = 1100, 1800


class ReportBrowser:
    """A synchronous face on the asynchronous `Browser`, for the report tests (which are not async)."""

    def __init__(self, executable: str, profile: Path) -> None:
        self._loop = asyncio.new_event_loop()
        self._browser = Browser(executable, profile, "--hide-scrollbars")
        self._loop.run_until_complete(self._browser.__aenter__())

    def dom(self, page: Path) -> str:
        self._loop.run_until_complete(self._browser.load(page.as_uri(), WIDTH, HEIGHT))
        return self._loop.run_until_complete(self._browser.dom())

    def screenshot(self, page: Path, shot: Path) -> None:
        self._loop.run_until_complete(self._browser.load(page.as_uri(), WIDTH, HEIGHT))
        shot.write_bytes(self._loop.run_until_complete(self._browser.screenshot()))

    def close(self) -> None:
        self._loop.run_until_complete(self._browser.__aexit__(None, None, None))
        self._loop.close()
