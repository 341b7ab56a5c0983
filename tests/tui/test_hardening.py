"""Issue 18 in the app: search off the event loop (P5), and no traceback whatever the data
folder holds (P10)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from adviseur.tui.app import AdviseurApp
from adviseur.tui.screens.search import SearchScreen
from tests.tui.conftest import wait_for


async def test_search_runs_off_the_event_loop(services, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[bool] = []
    real = type(services.index).search

    def recording(index, query, **options):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(index, query, **options)

    monkeypatch.setattr(type(services.index), "search", recording)
    app = AdviseurApp(services=services)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        app.screen.query_one("#query").value = "schuld" + "a" * 1200  # a long paste
        status = app.screen.query_one("#search-status")
        await wait_for(pilot, lambda: "ingekort" in str(status.render()), timeout=60)
        await pilot.press("ctrl+a", "backspace", *"huurachterstand")
        results = app.screen.query_one("#results")
        await wait_for(pilot, lambda: results.option_count > 0, timeout=60)
    assert threads and not any(threads), "a search ran on the event loop"


# --- P10 and clean exits -------------------------------------------------------------------------------


async def test_a_session_file_with_a_huge_integer_is_set_aside_at_start(services, _isolated_data_dir: Path) -> None:
    sessions = _isolated_data_dir / "sessions"
    sessions.mkdir()
    (sessions / "abcd.json").write_text('{"format": 1, "kind": "session", "n": ' + "9" * 5000 + "}", encoding="utf-8")
    app = AdviseurApp(services=services)
    async with app.run_test(size=(100, 40)) as pilot:
        await wait_for(pilot, lambda: any("Beschadigde sessie" == n.title for n in app._notifications))
    assert not (sessions / "abcd.json").exists() and list((_isolated_data_dir / "corrupt").glob("abcd.json.*"))


async def test_a_data_folder_that_is_a_file_does_not_stop_a_conversation(
    services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adviseur.tui.screens.chat import ChatScreen

    blocker = tmp_path / "geen-map"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("ADVISEUR_DATA_DIR", str(blocker))
    app = AdviseurApp(services=services)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.start_flow("signalen")
        await wait_for(pilot, lambda: isinstance(app.screen, ChatScreen))
        await wait_for(pilot, lambda: any(n.title == "Bewaren lukt niet" for n in app._notifications))
        assert app.screen.autosave is None


def _in_a_terminal(code: str, *, signal_after: str | None = None, sig: int | None = None, env: dict | None = None):
    """Run `python -c code` in a pseudo-terminal; send `sig` once `signal_after` was printed."""
    import os
    import pty
    import select
    import subprocess
    import sys
    import time

    master, slave = pty.openpty()
    full_env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30", **(env or {})}
    process = subprocess.Popen([sys.executable, "-c", code], stdin=slave, stdout=slave, stderr=slave, env=full_env)
    os.close(slave)
    out = b""
    sent = False
    deadline = time.monotonic() + 60  # a hang guard only
    while time.monotonic() < deadline:
        if not sent and sig is not None and signal_after and signal_after.encode() in out:
            time.sleep(0.3)
            process.send_signal(sig)
            sent = True
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        elif process.poll() is not None:
            break
    if process.poll() is None:
        process.kill()
    process.wait()
    os.close(master)
    return process.returncode, out.decode("utf-8", "replace")


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_sigterm_and_sighup_restore_the_terminal(name: str) -> None:
    import signal

    code, out = _in_a_terminal(
        "from adviseur.cli import main; raise SystemExit(main(['app']))", signal_after="Opdrachten", sig=getattr(signal, name)
    )
    assert "\x1b[?1049h" in out and out.rindex("\x1b[?1049l") > out.rindex("\x1b[?1049h")  # left the alternate screen
    assert "Traceback" not in out and code == 0


def test_an_unexpected_error_goes_to_a_file_not_the_screen(_isolated_data_dir: Path) -> None:
    import re
    import stat

    script_file = _isolated_data_dir.parent / "kapot.py"
    script_file.write_text(
        "import adviseur.tui.app as m\n"
        "import pathlib\n"
        "class Kapot(m.AdviseurApp):\n"
        "    CSS_PATH = str(pathlib.Path(m.__file__).with_name('app.tcss'))\n"
        "    def on_mount(self):\n"
        "        raise RuntimeError('geheime-waarde-1234')\n"
        "m.AdviseurApp = Kapot\n"
        "raise SystemExit(m.run())\n",
        encoding="utf-8",
    )
    code, out = _in_a_terminal(f"import runpy; runpy.run_path({str(script_file)!r}, run_name='__main__')")
    assert code == 1
    assert "Traceback" not in out and "geheime-waarde-1234" not in out
    path = Path(re.search(r"De details staan in (\S+?);", out.replace("\r\n", "")).group(1))
    assert path.parent == _isolated_data_dir / "logs"
    assert "geheime-waarde-1234" in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


async def test_the_cycle_collector_paused_to_start_is_resumed_after_the_first_paint(services) -> None:
    """`adviseur` pauses Python's cycle collector while the app starts (issue 12); the app, which
    runs for hours, must have it back once its first screen is painted."""
    import gc

    gc.disable()
    try:
        app = AdviseurApp(services=services, gc_paused=True)
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.pause()
            assert gc.isenabled()
    finally:
        gc.enable()
