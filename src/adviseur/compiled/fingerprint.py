"""The key of a compiled part: everything the compiled result depends on, hashed into one string.

- the package version and a stamp of its code (the name, size and modification time of every
  module): an editable install changes its code without changing its version;
- the format of the compiled file and the machine's byte order;
- every content file the part is built from: its path relative to its folder, size,
  modification time in nanoseconds, and a SHA-256 of its bytes. Sizes and times alone miss an
  edit that keeps both (a copy with `cp -p`, a coarse clock); the hash does not, and costs about
  a millisecond for the shipped content.

A new, removed or renamed file changes the list and so the key: an edited YAML file is seen at
the next call.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable
from pathlib import Path

FORMAT = 1
"""Raised when the layout of any compiled part changes (the code stamp covers most changes)."""
CONTENT_SUFFIXES = (".yaml", ".yml")

_code_stamp: bytes | None = None


def content_files(folder: Path, *, skip: Iterable[str] = ()) -> list[Path]:
    """The YAML files under `folder` (not following linked folders), sorted, without those
    inside a folder named in `skip` (the flows' `scenarios/`, which are not compiled)."""
    skipped = set(skip)
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if d not in skipped)
        found.extend(Path(dirpath) / name for name in filenames if name.endswith(CONTENT_SUFFIXES))
    # regular files only: a FIFO named like content would block the hash (the loader says what it is)
    found = [path for path in found if path.is_file()]
    return sorted(found)


def code_stamp() -> bytes:
    """Name, size and modification time of every module of the package (once per process)."""
    global _code_stamp
    if _code_stamp is None:
        package = Path(__file__).resolve().parents[1]
        digest = hashlib.sha256()
        for dirpath, dirnames, filenames in os.walk(package):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for name in sorted(filenames):
                if name.endswith(".py"):
                    info = os.stat(os.path.join(dirpath, name))
                    rel = os.path.relpath(os.path.join(dirpath, name), package)
                    digest.update(f"{rel}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
        _code_stamp = digest.digest()
    return _code_stamp


def content_key(part: str, folders: Iterable[Path], *, skip: Iterable[str] = ()) -> str:
    """The key of compiled `part` built from the YAML files in `folders`. Raises OSError when a
    file cannot be read (the caller then works without the cache)."""
    from adviseur import __version__

    skipped = tuple(skip)
    digest = hashlib.sha256()
    digest.update(f"adviseur {__version__} part {part} format {FORMAT} {sys.byteorder}\n".encode())
    digest.update(code_stamp())
    for folder in folders:
        root = folder.resolve()
        digest.update(f"folder {root}\n".encode())
        for path in content_files(root, skip=skipped):
            with open(path, "rb") as handle:
                info = os.fstat(handle.fileno())
                digest.update(f"{path.relative_to(root)}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
                digest.update(hashlib.file_digest(handle, "sha256").digest())
    return digest.hexdigest()
