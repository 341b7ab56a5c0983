"""`adviseur serve` as a trainer meets it: safe defaults, clear Dutch messages, no tracebacks."""

from __future__ import annotations

import errno
import socket

import pytest

from adviseur.tui.serve import MSG_REMOTE_WARNING, ServeError, _bind_message, app_command, check_bind, is_loopback
from tests.cli.helpers import assert_no_traceback, run_cli
from tests.tui.serve.conftest import free_port, start_server, stop


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]"])
def test_loopback_needs_no_permission(host: str) -> None:
    assert is_loopback(host)
    assert check_bind(host, 8000, allow_remote=False) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "trainingslaptop.local"])
def test_other_addresses_need_allow_remote_and_then_warn(host: str) -> None:
    assert not is_loopback(host)
    with pytest.raises(ServeError, match="--allow-remote"):
        check_bind(host, 8000, allow_remote=False)
    assert check_bind(host, 8000, allow_remote=True) == MSG_REMOTE_WARNING


@pytest.mark.parametrize("port", [0, -1, 65536])
def test_impossible_ports_are_refused(port: int) -> None:
    with pytest.raises(ServeError, match="Poort"):
        check_bind("127.0.0.1", port, allow_remote=False)


def test_the_app_runs_with_this_interpreter_as_a_module() -> None:
    import sys

    command = app_command()
    assert command.startswith(sys.executable) or command.startswith(f"'{sys.executable}'")
    assert command.endswith("-m adviseur app")


def test_remote_address_without_flag_is_refused() -> None:
    result = run_cli("serve", "--host", "0.0.0.0", "--port", str(free_port()))
    assert result.returncode == 2
    assert "--allow-remote" in result.stderr and "géén wachtwoord" in result.stderr
    assert "draait" not in result.stdout
    assert_no_traceback(result)


def test_allow_remote_warns_about_missing_authentication() -> None:
    # 192.0.2.1 (TEST-NET-1) is never an address of this machine: the warning is printed, then
    # binding fails with a Dutch message, so nothing is ever exposed by this test.
    result = run_cli("serve", "--host", "192.0.2.1", "--allow-remote", "--port", str(free_port()))
    assert "geen wachtwoord" in result.stderr
    assert "hoort niet bij deze computer" in result.stderr
    assert result.returncode == 2
    assert_no_traceback(result)


def test_port_in_use_gives_a_clear_message() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("serve", "--port", str(port))
    assert result.returncode == 2
    assert f"Poort {port} is al in gebruik" in result.stderr
    assert_no_traceback(result)


@pytest.mark.parametrize(("args", "message"), [(["--port", "veel"], "geen poortnummer"), (["--port", "99999"], "bestaat niet")])
def test_bad_port_arguments(args: list[str], message: str) -> None:
    result = run_cli("serve", *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert_no_traceback(result)


def test_bad_public_url_is_refused() -> None:
    result = run_cli("serve", "--port", str(free_port()), "--public-url", "training-laptop")
    assert result.returncode == 2
    assert "--public-url" in result.stderr
    assert_no_traceback(result)


def test_startup_message_names_the_address_and_ctrl_c_stops_cleanly() -> None:
    running = start_server()
    out, err = stop(running.process)
    assert f"http://127.0.0.1:{running.port}" in out
    assert "Ctrl+C" in out
    assert "Server gestopt." in err
    assert running.process.returncode == 0
    assert "Traceback" not in out + err


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (socket.gaierror(socket.EAI_NONAME, "Name or service not known"), "is onbekend"),
        (OSError(errno.EADDRNOTAVAIL, "Cannot assign requested address"), "hoort niet bij deze computer"),
        (OSError(errno.EACCES, "Permission denied"), "beheerdersrechten"),
        (OSError(errno.EADDRINUSE, "Address already in use"), "al in gebruik"),
        (OSError(errno.ENETDOWN, "Network is down"), "kon niet starten"),
    ],
)
def test_bind_errors_become_dutch_messages(error: OSError, message: str) -> None:
    assert message in _bind_message(error, "trainingslaptop", 8000)
