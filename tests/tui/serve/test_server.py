"""The web server of `adviseur serve` without a browser: the page, the checks, and real sessions."""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path

import aiohttp
import pytest

from tests.tui.serve.conftest import RunningServer, http_get, screen_until, stop


async def test_page_is_dutch_and_loads_nothing_from_elsewhere(server: RunningServer) -> None:
    status, page = await http_get(server.url + "/")
    assert status == 200
    assert '<html lang="nl">' in page
    hosts = re.findall(r"\b[a-z]+://([^/\"'\s)]+)", page.split("-->", 1)[1])
    assert len(hosts) >= 5, "the page loads its script, styles, fonts and the websocket"
    assert set(hosts) == {f"127.0.0.1:{server.port}"}, hosts
    assert "googleapis" not in page
    assert f'data-session-websocket-url="ws://127.0.0.1:{server.port}/ws"' in page
    assert "$" not in page.split("-->", 1)[1], "a placeholder was left unfilled"


async def test_static_files_of_textual_serve_are_served(server: RunningServer) -> None:
    status, script = await http_get(server.url + "/static/js/textual.js")
    assert status == 200 and "xterm" in script.lower()


async def test_requests_for_another_host_name_are_refused(server: RunningServer) -> None:
    # DNS rebinding: a page on evil.example whose name points at 127.0.0.1 sends Host: evil.example.
    status, _ = await http_get(server.url + "/", Host=f"evil.example:{server.port}")
    assert status == 403


async def test_a_websocket_from_another_site_is_refused(server: RunningServer) -> None:
    async with aiohttp.ClientSession() as session:
        with pytest.raises(aiohttp.WSServerHandshakeError) as caught:
            await session.ws_connect(server.url + "/ws", headers={"Origin": "http://evil.example"})
    assert caught.value.status == 403


def _app_processes(server_pid: int) -> list[int]:
    """Python processes running `-m adviseur app` started by the server (each tab's app runs in
    its own process group and session, so it is found by its parent)."""
    from tests.tui.serve.conftest import app_processes

    return app_processes(server_pid)


async def test_every_tab_gets_its_own_app_session(server: RunningServer) -> None:
    origin = {"Origin": server.url}
    async with aiohttp.ClientSession() as session:
        first = await session.ws_connect(server.url + "/ws?width=100&height=30", headers=origin)
        second = await session.ws_connect(server.url + "/ws?width=100&height=30", headers=origin)
        try:
            texts = await asyncio.gather(
                screen_until(first, "preventie van dakloosheid"), screen_until(second, "preventie van dakloosheid")
            )
            assert all("Adviseur" in t for t in texts)
            if Path("/proc/self/cmdline").exists():
                assert len(_app_processes(server.process.pid)) == 2
        finally:
            await first.close()
            await second.close()
    # Closing the tabs ends their app processes; stopping the server leaves nothing behind.
    if Path("/proc/self/cmdline").exists():
        deadline = time.monotonic() + 20
        while _app_processes(server.process.pid) and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        assert _app_processes(server.process.pid) == []
    out, err = stop(server.process)
    assert server.process.returncode == 0
    assert "Server gestopt." in err
    assert "Traceback" not in out + err


async def test_public_url_is_used_in_the_page_and_accepted_as_host() -> None:
    from tests.tui.serve.conftest import start_server

    running = start_server("--public-url", "http://training.example:8000")
    try:
        status, page = await http_get(running.url + "/", Host="training.example:8000")
        assert status == 200
        assert 'data-session-websocket-url="ws://training.example:8000/ws"' in page
        status, _ = await http_get(running.url + "/", Host=f"evil.example:{running.port}")
        assert status == 403
    finally:
        out, _err = stop(running.process)
    assert "http://training.example:8000" in out
