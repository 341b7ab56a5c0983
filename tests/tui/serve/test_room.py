"""Issue 18, P7-P9: `adviseur serve` for a room. One data folder per tab, a limit on tabs and
terminal size, closed tabs really end, and the Host check holds with --allow-remote."""

from __future__ import annotations

import asyncio
import re
import signal
import sys
import time
from pathlib import Path

import aiohttp
import pytest

from adviseur.tui.serve import MAX_SIZE, ServeError, TabKeys, build_server, clamp_size, end_process, host_name
from tests.tui.serve.conftest import (
    RunningServer,
    app_processes,
    http_get,
    screen_until,
    start_server,
    stop,
    terminal_text,
)

pytestmark = pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc")




async def _settled(ws: aiohttp.ClientWebSocketResponse, wanted: str) -> str:
    """The start screen after its menu is built (a few seconds of output once `wanted` shows)."""
    text = await screen_until(ws, wanted)
    deadline = time.monotonic() + 3.0
    while time.monotonic() < deadline:
        try:
            message = await ws.receive(timeout=max(0.1, deadline - time.monotonic()))
        except TimeoutError:
            break
        if message.type != aiohttp.WSMsgType.BINARY:
            break
        text += terminal_text(message.data.decode("utf-8", "replace"))
    return text


def _environ(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(item.decode().split("=", 1) for item in raw if b"=" in item)


async def _token(server: RunningServer) -> str:
    _status, page = await http_get(server.url + "/")
    return re.search(r'data-tab="([^"]+)"', page).group(1)


async def _wait_for_apps(server: RunningServer, count: int) -> list[int]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = app_processes(server.process.pid)
        if len(found) == count:
            return found
        await asyncio.sleep(0.1)
    raise AssertionError(f"expected {count} app processes, found {app_processes(server.process.pid)}")


# --- P7: one person per tab ----------------------------------------------------------------------------


async def test_a_tab_never_sees_another_tabs_session_and_a_reload_resumes_its_own(
    server: RunningServer, _isolated_data_dir: Path
) -> None:
    from adviseur.flows.authoring.loader import load_flow
    from adviseur.flows.run.engine import FlowEngine
    from adviseur.session.autosave import Autosave
    from adviseur.store import Store

    origin = {"Origin": server.url}
    token_a, token_b = await _token(server), await _token(server)
    async with aiohttp.ClientSession() as session:
        first = await session.ws_connect(f"{server.url}/ws/{token_a}?width=100&height=30", headers=origin)
        await screen_until(first, "preventie van dakloosheid")
        [pid] = await _wait_for_apps(server, 1)
        folder = Path(_environ(pid)["ADVISEUR_DATA_DIR"])
        assert folder.parent.parent == _isolated_data_dir / "serve" and folder.name == token_a.split(".")[0]
        await first.close()
        await _wait_for_apps(server, 0)

        # tab A answered a question (its autosave wrote the session in its own folder)
        engine = FlowEngine(load_flow("signalen"))
        Autosave(Store(folder), engine, label="Signalen")
        engine.answer(engine.current.choices[0].id if engine.current.choices else "1")

        again = await session.ws_connect(f"{server.url}/ws/{token_a}?width=100&height=30", headers=origin)
        assert "Verder waar je was" in await screen_until(again, "Verder waar je was")
        other = await session.ws_connect(f"{server.url}/ws/{token_b}?width=100&height=30", headers=origin)
        forged = await session.ws_connect(
            f"{server.url}/ws/{token_a.split('.')[0]}.{'0' * 32}?width=100&height=30", headers=origin
        )
        for ws in (other, forged):
            assert "Verder waar je was" not in await _settled(ws, "casusoefeningen en quizzen")
        folders = {Path(_environ(p)["ADVISEUR_DATA_DIR"]) for p in await _wait_for_apps(server, 3)}
        assert len(folders) == 3 and folder in folders
        for ws in (again, other, forged):
            await ws.close()
    out, err = stop(server.process)
    assert not (_isolated_data_dir / "serve").exists() or not any((_isolated_data_dir / "serve").iterdir())
    assert "Traceback" not in out + err and "Event loop is closed" not in out + err


def test_tab_ids_are_signed() -> None:
    keys = TabKeys()
    token = keys.issue()
    tab = token.split(".")[0]
    assert keys.verify(token) == tab
    assert keys.verify(tab + ".0123") is None and keys.verify("../../etc.x") is None
    assert TabKeys().verify(token) is None  # another server run


# --- P8: limits ---------------------------------------------------------------------------------------


async def test_a_huge_terminal_is_clamped(server: RunningServer) -> None:
    async with aiohttp.ClientSession() as session:
        ws = await session.ws_connect(f"{server.url}/ws?width=20000&height=20000", headers={"Origin": server.url})
        await screen_until(ws, "preventie van dakloosheid")
        [pid] = await _wait_for_apps(server, 1)
        env = _environ(pid)
        assert (int(env["COLUMNS"]), int(env["ROWS"])) == MAX_SIZE
        await ws.send_json(["resize", {"width": 50000, "height": "veel"}])
        await ws.send_str("geen json")  # ignored, no traceback on the trainer's screen
        await ws.close()
    await _wait_for_apps(server, 0)  # a closed tab's process ends
    out, err = stop(server.process)
    assert "Traceback" not in out + err


def test_clamp_size() -> None:
    assert clamp_size(20000, 20000) == MAX_SIZE
    assert clamp_size(-5, 0) == (20, 8)
    assert clamp_size(100, 30) == (100, 30)


async def test_the_number_of_tabs_is_limited() -> None:
    running = start_server("--max-tabs", "1")
    try:
        async with aiohttp.ClientSession() as session:
            ws = await session.ws_connect(f"{running.url}/ws?width=80&height=24", headers={"Origin": running.url})
            await screen_until(ws, "preventie van dakloosheid")
            with pytest.raises(aiohttp.WSServerHandshakeError) as caught:
                await session.ws_connect(f"{running.url}/ws?width=80&height=24", headers={"Origin": running.url})
            assert caught.value.status == 503
            status, text = await http_get(running.url + "/")
            assert status == 503 and "maximum" in text
            await ws.close()
    finally:
        out, err = stop(running.process)
    assert "maximum van 1 tabbladen" in err and "Traceback" not in out + err


async def test_a_process_that_ignores_sigterm_is_killed() -> None:
    code = "import signal, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print('klaar', flush=True); time.sleep(120)"
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", code, stdout=asyncio.subprocess.PIPE, start_new_session=True
    )
    assert await process.stdout.readline() == b"klaar\n"
    await end_process(process, grace=0.5)
    assert process.returncode == -signal.SIGKILL


# --- P9 and static files: the Host check always holds --------------------------------------------------------


async def test_allow_remote_keeps_the_host_check() -> None:
    running = start_server("--allow-remote", "--allowed-host", "training.local")
    try:
        port = running.port
        assert (await http_get(running.url + "/", Host=f"evil.example:{port}"))[0] == 403
        assert (await http_get(running.url + "/static/js/textual.js", Host=f"evil.example:{port}"))[0] == 403
        assert (await http_get(running.url + "/", Host=f"training.local:{port}"))[0] == 200
        assert (await http_get(running.url + "/", Host=f"10.1.2.3:{port}"))[0] == 200  # an address, typed
        async with aiohttp.ClientSession() as session:
            with pytest.raises(aiohttp.WSServerHandshakeError) as caught:
                await session.ws_connect(running.url + "/ws", headers={"Host": f"evil.example:{port}"})
        assert caught.value.status == 403
    finally:
        stop(running.process)


async def test_static_files_have_no_directory_listing(server: RunningServer) -> None:
    for path in ("/static/", "/static/js/"):
        status, text = await http_get(server.url + path)
        assert status in (403, 404) and "textual.js" not in text


def test_allowed_host_must_be_a_name() -> None:
    assert host_name("Training.Local") == "training.local" and host_name("[::1]") == "::1"
    assert host_name("http://x") is None and host_name("x:8000") is None
    with pytest.raises(ServeError, match="--allowed-host"):
        build_server("127.0.0.1", 8000, allowed_hosts=("http://training.local",), data_root=Path("/nonexistent"))


async def test_stopping_with_a_tab_open_ends_its_app_and_removes_its_data(
    server: RunningServer, _isolated_data_dir: Path
) -> None:
    async with aiohttp.ClientSession() as session:
        ws = await session.ws_connect(f"{server.url}/ws?width=100&height=30", headers={"Origin": server.url})
        await screen_until(ws, "preventie van dakloosheid")
        [pid] = await _wait_for_apps(server, 1)
        out, err = stop(server.process)
    assert server.process.returncode == 0 and "Server gestopt." in err
    assert "Traceback" not in out + err and "Event loop is closed" not in out + err
    assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()
    assert not any((_isolated_data_dir / "serve").iterdir())
