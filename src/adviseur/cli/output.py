"""Small helpers shared by the subcommands: JSON output, user-facing errors, and a terminal that
shows what a file or an answer contains instead of obeying it.

Anything the CLI prints may quote a user's file (a key in a broken YAML file, an answer, a
search query). Raw ESC, NUL, carriage returns or right-to-left overrides in it would be obeyed
by the terminal: recolour it, move the cursor, hide text or reverse a file name.
`EscapingStream` writes every such character as a backslash-u escape, which is also a valid
JSON escape, so `--json` output stays valid JSON.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from adviseur.cli import texts


def print_json(payload: Any) -> None:
    # one string, one write: json.dump wrote each of its ~1,500 pieces through the escaping stream
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def fail(message: str, code: int = 2) -> int:
    """Print a Dutch error message (never a traceback) and return the exit code."""
    print(texts.PREFIX.format(message=message), file=sys.stderr)
    return code


#: C0 controls except newline and tab, DEL, C1 controls, and the bidirectional-text controls.
_UNSAFE = [c for c in range(0x20) if c not in (0x09, 0x0A)] + list(range(0x7F, 0xA0))
_UNSAFE += [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
ESCAPES = {c: f"\\u{c:04x}" for c in _UNSAFE}


def escape_controls(text: str) -> str:
    """`text` with every control and bidi-override character written as a \\uXXXX escape."""
    return text.translate(ESCAPES)


class EscapingStream:
    """A text stream that escapes control characters in everything written to it."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(text.translate(ESCAPES))

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, isatty, encoding, buffer ...
        return getattr(self._stream, name)


def positive_int(text: str) -> int:
    """argparse type for a count: a whole number of at least 1, with a Dutch message otherwise."""
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(texts.NOT_A_WHOLE_NUMBER.format(text=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(texts.AT_LEAST_ONE)
    return value
