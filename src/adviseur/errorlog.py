"""Unexpected errors go to a file, never as a traceback onto the user's screen.

A traceback means nothing to a wijkteam professional, and Textual's shows local variables, which
can hold a resident's answers. The file is owner-only, in the data folder (`logs/`), or in the
temporary folder when the data folder itself is what is broken; the user is told where it is, so
it can be sent to whoever maintains Adviseur.
"""

from __future__ import annotations

import os
import tempfile
import traceback
from datetime import UTC, datetime
from pathlib import Path

from adviseur import texts

TOLD = texts.CRASHED
"""What the user reads on stderr (format with `path`); the name the app imports."""


def write_error_log(error: BaseException | None) -> Path | None:
    """Write the traceback of `error` to a new owner-only file; returns it (None if impossible)."""
    lines = traceback.format_exception(error) if error is not None else [texts.NO_TRACEBACK + "\n"]
    from adviseur import __version__

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    text = f"Adviseur {__version__}, {stamp} UTC\n\n" + "".join(lines)
    try:
        from adviseur.locations import data_dir
        from adviseur.store.atomic import write_bytes

        path = data_dir() / "logs" / f"fout-{stamp}-{os.getpid()}.txt"
        write_bytes(path, text.encode("utf-8"))
        return path
    except Exception:  # noqa: BLE001 - the data folder may be the very thing that is broken
        pass
    try:
        fd, name = tempfile.mkstemp(prefix=f"adviseur-fout-{stamp}-", suffix=".txt")  # 0600
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        return Path(name)
    except OSError:
        return None
