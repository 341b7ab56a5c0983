"""Flow subcommands: flows, run, graph. Filled in by the flow engine."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    return None
