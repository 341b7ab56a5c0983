"""The `adviseur` command line.

Cold start matters (a professional runs `adviseur search` between two visits), so this module
imports nothing heavy: each subcommand lives in its own module and imports what it needs when it
runs. Only the app and `serve` subcommands import textual.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Iterable, Sequence
from typing import Any, NoReturn

from adviseur import __version__
from adviseur.cli import app_cmds, flow_cmds, kaart_cmds, knowledge_cmds, scans_cmds, search_cmd, texts


class DutchHelpFormatter(argparse.HelpFormatter):
    """argparse's help with 'gebruik:' instead of 'usage:'."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, texts.USAGE if prefix is None else prefix)


class DutchArgumentParser(argparse.ArgumentParser):
    """argparse with its help and usage errors in Dutch, a 'did you mean' for a misspelt
    command, and exit code 2 (as argparse itself)."""

    def __init__(self, *, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        super().__init__(add_help=False, **kwargs)  # our own -h, with a Dutch help text
        self._positionals.title = texts.POSITIONALS
        self._optionals.title = texts.OPTIONALS
        if add_help:
            self.add_argument("-h", "--help", action="help", help=texts.HELP_HELP)

    _PATTERNS: tuple[tuple[str, str], ...] = (
        (r"the following arguments are required: (.+)", texts.ARG_REQUIRED),
        (r"argument (\S+): invalid choice: '([^']*)' \(choose from (.+)\)", texts.ARG_INVALID_CHOICE),
        (r"unrecognized arguments: (.+)", texts.ARG_UNRECOGNIZED),
        (r"argument (\S+): expected one argument", texts.ARG_EXPECTED_ONE),
        (r"argument (\S+): invalid (\w+) value: '([^']*)'", texts.ARG_INVALID_VALUE),
    )

    def error(self, message: str) -> NoReturn:
        import re

        from adviseur.content import did_you_mean

        for pattern, template in self._PATTERNS:
            match = re.fullmatch(pattern, message)
            if match:
                groups = match.groups()
                hint = ""
                if "invalid choice" in pattern:
                    hint = did_you_mean(groups[1], [c.strip(" '") for c in groups[2].split(",")])
                message = template.format(*groups, hint=hint)
                break
        self.exit(2, texts.USAGE_ERROR.format(prog=self.prog, message=message))


COMMAND_MODULES = (app_cmds, knowledge_cmds, search_cmd, flow_cmds, scans_cmds, kaart_cmds)
"""Each registers its commands, in this order (the order of `adviseur --help`)."""
REGISTERED_BY = {name: module for module in COMMAND_MODULES for name in module.COMMANDS}
"""The module that registers each command: each names the commands its `register` adds
(`COMMANDS`), so a command typed builds only its own module's parsers (a test holds them to it)."""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser. Given the `command` typed, only the module that registers it
    does: building all 32 subparsers took a cold command about 10 ms (issue 12), and a command
    parses, errs and shows its help the same either way (the top level's usage names COMMANDO,
    not the list of commands). Any other first word gets the whole parser."""
    parser = DutchArgumentParser(
        prog="adviseur",
        description=texts.DESCRIPTION_ADVISEUR,
    )
    parser.add_argument("--version", action="version", version=f"adviseur {__version__}", help=texts.HELP_VERSION)
    sub = parser.add_subparsers(dest="command", metavar="COMMANDO", parser_class=DutchArgumentParser)
    owner = REGISTERED_BY.get(command or "")
    for module in (owner,) if owner is not None else COMMAND_MODULES:
        module.register(sub)
    return parser


def _pause_gc(handler: Any) -> bool:
    """Pause Python's cycle collector while a command runs (True when paused here; reference
    counting frees memory as always). A cold command creates tens of thousands of lasting objects
    (modules, classes, models, the compiled content) that the collector visits about twice while
    finding almost nothing: some 1,000 objects of cyclic garbage in `run`, 2,000 in importing a
    social map of 10,000 services, at the same peak memory; the visits cost `run` about 8% of its
    time (issue 12). The app and `serve` live for hours and keep it."""
    if handler in (app_cmds.run_app, app_cmds.run_serve) or not gc.isenabled():
        return False
    gc.disable()
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Ctrl+C at any moment says "Afgebroken." (exit 130), never a traceback;
    output other than the app's own screen has its control characters escaped (see `output`)."""
    streams = (sys.stdout, sys.stderr)
    words = list(sys.argv[1:] if argv is None else argv)
    paused = False
    try:
        args = build_parser(words[0] if words else None).parse_args(words)
        handler = getattr(args, "handler", None) or app_cmds.run_app
        if handler is not app_cmds.run_app:  # the app draws with escape sequences of its own
            from adviseur.cli.output import EscapingStream

            sys.stdout, sys.stderr = EscapingStream(sys.stdout), EscapingStream(sys.stderr)
        paused = _pause_gc(handler)
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        print(texts.INTERRUPTED, file=streams[1])
        return 130
    except BrokenPipeError:  # `adviseur list | head` must not print a traceback
        return 0
    finally:
        sys.stdout, sys.stderr = streams
        if paused:
            gc.enable()
