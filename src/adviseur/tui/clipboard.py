"""Copying text to the clipboard, and saying honestly what happened.

A terminal app has two ways to reach a clipboard. A system tool (wl-copy, xclip, xsel, pbcopy)
tells us whether it worked. The terminal's own clipboard (the OSC 52 escape sequence, Textual's
`copy_to_clipboard`) is fire-and-forget: many terminals ignore it, tmux may swallow it, and
nothing comes back. So the app uses a tool when this machine's display has one, and otherwise
says the text was *sent*, that not every terminal accepts it, and that 'e' writes a file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from adviseur.tui import texts

TOOLS: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    # (program, arguments, environment variable that must name a display; None: always local)
    ("wl-copy", (), "WAYLAND_DISPLAY"),
    ("xclip", ("-selection", "clipboard"), "DISPLAY"),
    ("xsel", ("--clipboard", "--input"), "DISPLAY"),
    ("pbcopy", (), None),
)
TIMEOUT = 3.0
"""Seconds a tool may take; the X tools fork to keep serving the selection and return at once."""

COPIED = texts.COPIED
SENT = texts.SENT
SENT_WEB = texts.SENT_WEB


@dataclass(frozen=True, slots=True)
class CopyResult:
    confirmed: bool
    """True only when a system tool said it worked; the terminal's clipboard never confirms."""
    message: str
    """What to tell the user, in Dutch."""


def clipboard_tool(env: Mapping[str, str] | None = None, which: Callable[[str], str | None] = shutil.which) -> list[str] | None:
    """The command of a clipboard tool that reaches the user's own display, or None.

    Over ssh without a forwarded display there is none: pbcopy there would fill the clipboard
    of the machine the user logged in to, not the one in front of them."""
    env = os.environ if env is None else env
    remote = bool(env.get("SSH_CONNECTION") or env.get("SSH_TTY"))
    for program, arguments, display in TOOLS:
        if display is None and remote:
            continue
        if display is not None and not env.get(display):
            continue
        path = which(program)
        if path:
            return [path, *arguments]
    return None


def run_tool(command: list[str], text: str) -> bool:
    """Give `text` to the tool on stdin; True when it exits cleanly in time."""
    try:
        done = subprocess.run(
            command,
            input=text.encode("utf-8"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def copy_text(
    text: str,
    send_to_terminal: Callable[[str], None],
    *,
    web: bool = False,
    tool: list[str] | None = None,
    run: Callable[[list[str], str], bool] | None = None,
) -> CopyResult:
    """Copy with the system tool when there is one (and say which), else send it with
    `send_to_terminal` (OSC 52) and say it was only sent. In the browser (`adviseur serve`) the
    server's tools are the wrong machine's: the text always goes to the browser."""
    if not web and tool is not None and (run or run_tool)(tool, text):
        return CopyResult(True, COPIED.format(tool=os.path.basename(tool[0])))
    send_to_terminal(text)
    return CopyResult(False, SENT_WEB if web else SENT)
