"""A real `adviseur serve` on a free loopback port, started the way a trainer starts it."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ANSI = re.compile(r"\x1b(?:\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
"""CSI sequences, OSC strings and two-byte escapes: what Textual writes around the text."""


def terminal_text(raw: str) -> str:
    return ANSI.sub("", raw)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[str], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            out, err = process.communicate()
            raise AssertionError(f"adviseur serve stopped early ({process.returncode}): {out}\n{err}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"adviseur serve did not open port {port} within {timeout} s")


def app_processes(server_pid: int) -> list[int]:
    """The `-m adviseur app` processes the server started (one per open tab)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if parent == server_pid and argv[-3:] == [b"adviseur", b"app", b""]:
            found.append(int(entry.name))
    return found


def stop(process: subprocess.Popen[str]) -> tuple[str, str]:
    """Ctrl+C first (the server stops its app processes), then the server and what it started."""
    if process.poll() is None:
        apps = app_processes(process.pid) if Path("/proc").is_dir() else []
        process.send_signal(signal.SIGINT)
        try:
            return process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            for pid in apps:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(pid, signal.SIGKILL)
            os.killpg(process.pid, signal.SIGKILL)
    return process.communicate()


@dataclass
class RunningServer:
    port: int
    process: subprocess.Popen[str]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def start_server(*extra: str) -> RunningServer:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "adviseur", "serve", "--port", str(port), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, so teardown can reach the app processes
    )
    wait_for_port(port, process)
    return RunningServer(port, process)


@pytest.fixture
def server() -> Iterator[RunningServer]:
    running = start_server()
    try:
        yield running
    finally:
        stop(running.process)


async def http_get(url: str, **headers: str) -> tuple[int, str]:
    """Status and body of a GET (aiohttp imported here: only the serve tests need it)."""
    import aiohttp

    async with aiohttp.ClientSession() as session, session.get(url, headers=headers) as response:
        return response.status, await response.text()


async def screen_until(ws, wanted: str, timeout: float = 60.0) -> str:
    """The app's terminal text once `wanted` is on it (a hang guard, not a speed test)."""
    import time

    import aiohttp

    raw = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        message = await ws.receive(timeout=max(0.1, deadline - time.monotonic()))
        if message.type == aiohttp.WSMsgType.BINARY:
            raw += message.data
            text = terminal_text(raw.decode("utf-8", "replace"))
            if wanted in text:
                return text
        elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
            break
    raise AssertionError(f"{wanted!r} did not appear; got {terminal_text(raw.decode('utf-8', 'replace'))[-400:]!r}")
