"""Writing a user's own files (exported reports) with the store's care: atomic and owner-only.

A report of a casework session names signals and advice about a resident; like a session it is
created 0600, so other users of a shared computer cannot read it, and it is replaced atomically,
so an interrupted export never leaves half a report behind.
"""

from __future__ import annotations

from pathlib import Path

from adviseur.store.atomic import StoreError, write_bytes

__all__ = ["StoreError", "write_private_text"]


def write_private_text(path: Path, text: str) -> Path:
    """Write `text` (UTF-8) to `path`, replacing it atomically; raises StoreError on failure."""
    write_bytes(Path(path), text.encode("utf-8"))
    return Path(path)
