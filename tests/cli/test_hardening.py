"""Issue 18, clean exits in the CLI: control characters from files and input are shown escaped,
never obeyed by the terminal, and Ctrl+C at any moment says "Afgebroken."."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

import adviseur.cli as cli
from tests.cli.helpers import assert_no_traceback, run_cli

NASTY = "\x1b]0;titel\x07\x1b[2J\u202e\x00\r"


def test_an_answers_file_cannot_drive_the_terminal(tmp_path: Path) -> None:
    answers = tmp_path / "antwoorden.yaml"
    answers.write_text(json.dumps({f"vraag{NASTY}": 1}), encoding="utf-8")
    result = run_cli("run", "example", "--answers", str(answers))
    assert_no_traceback(result)
    assert result.returncode == 2
    assert "\\u001b]0;titel\\u0007" in result.stderr and "\\u202e" in result.stderr
    for raw in ("\x1b", "\x07", "\u202e", "\x00", "\r"):
        assert raw not in result.stderr + result.stdout


def test_a_search_query_is_echoed_escaped_and_json_stays_valid() -> None:
    query = "huurachterstand " + NASTY.replace("\x00", "")  # argv cannot hold NUL
    text = run_cli("search", query)
    assert "\x1b" not in text.stdout + text.stderr and "\u202e" not in text.stdout + text.stderr
    data = run_cli("search", "--json", query)
    assert data.returncode == 0
    json.loads(data.stdout)  # the escapes are JSON escapes


def test_ctrl_c_while_parsing_says_afgebroken(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(*_command: str | None):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "build_parser", interrupted)
    assert cli.main(["flows"]) == 130
    assert "Afgebroken." in capsys.readouterr().err


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    return parser._subparsers._group_actions[0].choices  # type: ignore[union-attr,return-value]


def test_the_parser_of_one_command_is_the_whole_parsers_part() -> None:
    """main() builds the parser only up to the module that adds the command typed (issue 12):
    each command's parser must read and explain itself exactly as in the whole parser."""
    whole = cli.build_parser()
    commands = _commands(whole)
    assert set(commands) == set(cli.REGISTERED_BY)
    for name, full in commands.items():
        part = cli.build_parser(name)
        assert part.format_usage() == whole.format_usage()
        assert _commands(part)[name].format_help() == full.format_help(), name
    for module in cli.COMMAND_MODULES:  # each module adds exactly the commands it names
        assert set(_commands(cli.build_parser(module.COMMANDS[0]))) == set(module.COMMANDS), module.__name__
    assert set(_commands(cli.build_parser("search"))) == {"search"}
    assert set(_commands(cli.build_parser("zoek"))) == set(commands)  # a misspelt command: 'bedoel je'


def test_a_command_runs_with_the_cycle_collector_paused_the_app_without(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands pause Python's cycle collector (issue 12: it cost a cold `run` about 8%) and
    give it back, whatever happens; the app, which runs for hours, keeps it."""
    import gc

    from adviseur.cli import app_cmds, flow_cmds

    seen: list[bool] = []

    def command(_args: object) -> int:
        seen.append(gc.isenabled())
        raise KeyboardInterrupt

    def app(_args: object) -> int:
        return command(_args)

    monkeypatch.setattr(flow_cmds, "cmd_flows", command)
    monkeypatch.setattr(app_cmds, "run_app", app)
    assert gc.isenabled()
    assert cli.main(["flows"]) == 130
    assert gc.isenabled()
    assert cli.main([]) == 130
    assert seen == [False, True] and gc.isenabled()
