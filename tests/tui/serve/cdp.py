"""Just enough of the Chrome DevTools Protocol to open a page, run JavaScript and take a screenshot.

Chromium is started headless with remote debugging on a port it picks itself (written to
DevToolsActivePort in the profile folder). Every host name except 127.0.0.1 resolves to nothing
and every non-loopback request goes to a closed proxy port, so the browser talks only to the
server under test.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import aiohttp

from tests.chromium import OFFLINE_FLAGS

FLAGS = (
    *OFFLINE_FLAGS,
    "--no-default-browser-check",
    "--disable-extensions",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    "--proxy-server=http://127.0.0.1:9",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
    "--window-size=1280,800",
)

# Collects what the app sends to the terminal: textual.js writes the websocket's binary frames
# into xterm.js, which draws them on a canvas the DOM cannot read.
CAPTURE_TERMINAL = """
(() => {
  const chunks = [];
  const decoder = new TextDecoder();
  window.__terminalOutput = chunks;
  const Native = window.WebSocket;
  function Capturing(url, protocols) {
    const socket = protocols === undefined ? new Native(url) : new Native(url, protocols);
    socket.addEventListener("message", (event) => {
      if (typeof event.data !== "string") chunks.push(decoder.decode(event.data, {stream: true}));
    });
    return socket;
  }
  Capturing.prototype = Native.prototype;
  for (const name of ["CONNECTING", "OPEN", "CLOSING", "CLOSED"]) Capturing[name] = Native[name];
  window.WebSocket = Capturing;
})();
"""


class Browser:
    """A headless Chromium process and one page in it."""

    def __init__(self, executable: str, profile: Path, *extra_flags: str) -> None:
        self.executable = executable
        self.profile = profile
        self.extra_flags = extra_flags
        self.process: subprocess.Popen[bytes] | None = None
        self.session: aiohttp.ClientSession | None = None
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self._ids = itertools.count(1)

    async def __aenter__(self) -> Browser:
        self.process = subprocess.Popen(
            [self.executable, *FLAGS, *self.extra_flags, f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        port = await self._debugging_port()
        self.session = aiohttp.ClientSession()
        async with self.session.get(f"http://127.0.0.1:{port}/json/list") as response:
            targets = await response.json(content_type=None)
        page = next(t for t in targets if t.get("type") == "page")
        self.ws = await self.session.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.session is not None:
            await self.session.close()
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    async def _debugging_port(self, timeout: float = 30.0) -> int:
        marker = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"Chromium exited with {self.process.returncode}")
            if marker.exists():
                first = marker.read_text().splitlines()[:1]
                if first and first[0].isdigit():
                    return int(first[0])
            await asyncio.sleep(0.1)
        raise RuntimeError("Chromium did not open its debugging port")

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        assert self.ws is not None
        call_id = next(self._ids)
        await self.ws.send_str(json.dumps({"id": call_id, "method": method, "params": params}))
        while True:
            message = await self.ws.receive(timeout=30)
            if message.type != aiohttp.WSMsgType.TEXT:
                raise RuntimeError(f"DevTools connection closed: {message.type}")
            data = json.loads(message.data)
            if data.get("id") != call_id:
                continue  # an event
            if "error" in data:
                raise RuntimeError(f"{method}: {data['error']}")
            return data.get("result", {})

    async def evaluate(self, expression: str) -> Any:
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    async def open(self, url: str) -> None:
        """Opens the app's page, collecting what it sends to the terminal (CAPTURE_TERMINAL)."""
        await self.call("Page.enable")
        await self.call("Page.addScriptToEvaluateOnNewDocument", source=CAPTURE_TERMINAL)
        await self.call("Page.navigate", url=url)

    async def load(self, url: str, width: int, height: int, timeout: float = 30.0) -> None:
        """Shows `url` as it is, in a `width` x `height` viewport, once the page has loaded."""
        await self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
        await self.call("Page.navigate", url=url)
        deadline = time.monotonic() + timeout
        loaded = f"location.href === {json.dumps(url)} && document.readyState === 'complete'"
        while not await self.evaluate(loaded):
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url} did not load within {timeout} s")
            await asyncio.sleep(0.02)

    async def dom(self) -> str:
        """The page's DOM as Chromium built it (what `--dump-dom` prints)."""
        return str(await self.evaluate("document.documentElement.outerHTML"))

    async def screenshot(self) -> bytes:
        result = await self.call("Page.captureScreenshot", format="png")
        return base64.b64decode(result["data"])
