"""The `adviseur` command line.

Cold start matters (a professional runs `adviseur search` between two visits), so this module
imports nothing heavy: each subcommand lives in its own module and imports what it needs when it
runs. Only the app and `serve` subcommands import textual.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from adviseur import __version__
from adviseur.cli import app_cmds, flow_cmds, knowledge_cmds, search_cmd


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="adviseur",
        description="Adviseur: preventie van dakloosheid — interventies, praktijkvoorbeelden en zelfscans.",
    )
    parser.add_argument("--version", action="version", version=f"adviseur {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDO")
    for module in (app_cmds, knowledge_cmds, search_cmd, flow_cmds):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        handler = app_cmds.run_app
    try:
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        print("\nAfgebroken.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `adviseur list | head` must not print a traceback
        return 0
