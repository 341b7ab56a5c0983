"""A real `adviseur serve` on a free loopback port, started the way a trainer starts it."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass

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


def stop(process: subprocess.Popen[str]) -> tuple[str, str]:
    """Ctrl+C first (the server stops its app processes), then the whole process group."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            return process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
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
