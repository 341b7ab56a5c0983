"""Starting the Textual app, in the terminal or (for a training room) in a browser."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    app = sub.add_parser("app", help="start de app in de terminal (standaard)")
    app.set_defaults(handler=run_app)


def run_app(args: argparse.Namespace) -> int:
    from adviseur.tui.app import run

    return run()
