"""Small helpers shared by the subcommands: JSON output and user-facing errors."""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(payload: Any) -> None:
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def fail(message: str, code: int = 2) -> int:
    """Print a Dutch error message (never a traceback) and return the exit code."""
    print(f"adviseur: {message}", file=sys.stderr)
    return code
