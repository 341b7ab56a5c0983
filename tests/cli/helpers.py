"""Two ways to run the command line in a test.

`InProcessCli` (the `cli` fixture of tests/conftest.py) calls the `main()` the console script
calls, in this process: a fresh `python -m adviseur` costs some 0.3-0.5 s of CPU (interpreter,
imports, content), and most tests are about what a command prints and returns, not about the
process. `run_cli` starts the real process; it stays for what only a process shows (signals, a
real stdin or pipe, what a fresh interpreter imports, a cache seen by a second process), and
once per test module so every command still runs end to end as a user runs it."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from adviseur.cli import main
from adviseur.locations import DATA_ENV


def run_cli(*args: str, env: dict[str, str] | None = None, input_text: str | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "adviseur", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input_text,
        timeout=60,
    )


def run_json(*args: str, env: dict[str, str] | None = None) -> Any:
    result = run_cli(*args, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def assert_no_traceback(result: subprocess.CompletedProcess[str] | Ran) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout


@dataclass(frozen=True)
class Ran:
    """What a command did, under the names of `subprocess.CompletedProcess`, so an assertion reads
    the same whichever way the command ran."""

    returncode: int
    stdout: str
    stderr: str


class InProcessCli:
    """`cli(*args, env=..., input_text=..., data=...)` runs `adviseur ARGS` through `main()`.

    `env` is set for the rest of the test (monkeypatch undoes it after); `data` names the data
    folder (ADVISEUR_DATA_DIR; default: the test's own, from tests/conftest.py). stdin is
    `input_text`, not a terminal, as in a script. argparse's SystemExit becomes the exit code a
    process would have had. Any "Traceback" in the output fails the test, as no command may show
    one."""

    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self._capsys = capsys
        self._monkeypatch = monkeypatch

    def __call__(
        self, *args: str, env: dict[str, str] | None = None, input_text: str = "", data: Path | None = None
    ) -> Ran:
        for name, value in (env or {}).items():
            self._monkeypatch.setenv(name, value)
        if data is not None:
            self._monkeypatch.setenv(DATA_ENV, str(data))
        # bytes underneath, as a real stdin has: `search -` reads sys.stdin.buffer
        stdin = io.TextIOWrapper(io.BytesIO(input_text.encode("utf-8")), encoding="utf-8")
        self._monkeypatch.setattr(sys, "stdin", stdin)
        self._capsys.readouterr()  # what the test printed before is not this command's output
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's refusals and --help
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out, err = self._capsys.readouterr()
        assert "Traceback" not in out + err, out + err
        return Ran(code, out, err)

    def json(self, *args: str, env: dict[str, str] | None = None, data: Path | None = None) -> Any:
        """`run_json`'s twin: the command must succeed, and its output is read as JSON."""
        result = self(*args, env=env, data=data)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)
