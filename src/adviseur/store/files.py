"""Writing a user's own files (exported reports) with the store's care: atomic, and private when
they concern a person.

A report of a casework session names signals and advice about a resident; it is created 0600,
so other users of a shared computer cannot read it. Any other report (a municipality's
self-scan) gets the user's normal file mode, as their umask decides, like any file they save.
Either way it is replaced atomically, so an interrupted export never leaves half a report, and
the folder it is written into is the user's: it must exist and is never created or changed.
"""

from __future__ import annotations

from pathlib import Path

from adviseur.store.atomic import FILE_MODE, USER_FILE_MODE, StoreError, write_bytes

__all__ = ["StoreError", "write_private_text", "write_user_text"]


def write_private_text(path: Path, text: str) -> Path:
    """Write `text` (UTF-8) to `path` owner-only (0600), atomically; raises StoreError on failure."""
    write_bytes(Path(path), text.encode("utf-8"), mode=FILE_MODE, make_parent=False)
    return Path(path)


def write_user_text(path: Path, text: str) -> Path:
    """Write `text` (UTF-8) to `path` with the user's normal mode (umask), atomically."""
    write_bytes(Path(path), text.encode("utf-8"), mode=USER_FILE_MODE, make_parent=False)
    return Path(path)
