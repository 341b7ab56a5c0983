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

FORMAT = 2
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
        digest = hashlib.sha256()
        _stamp_folder(str(Path(__file__).resolve().parents[1]), "", digest)
        _code_stamp = digest.digest()
    return _code_stamp


def _stamp_folder(folder: str, prefix: str, digest: hashlib._Hash) -> None:
    """Each module's path under the package, size and modification time: a folder's files by
    name, then its subfolders by name (`__pycache__` left out)."""
    with os.scandir(folder) as found:
        entries = sorted(found, key=lambda entry: entry.name)
    for entry in entries:
        if entry.name.endswith(".py") and not entry.is_dir():
            info = entry.stat()
            digest.update(f"{prefix}{entry.name}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    for entry in entries:
        if entry.name != "__pycache__" and entry.is_dir(follow_symlinks=False):
            _stamp_folder(entry.path, f"{prefix}{entry.name}/", digest)


_file_digests: dict[tuple[str, int, int, int, int, int], bytes] = {}
"""SHA-256 of content files already hashed in this process, by path and the status that would
change with any write (inode, size, modification and change times): the flows' key covers the
knowledge as well, so `run` would otherwise hash every knowledge file twice."""


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
            info = os.stat(path)
            digest.update(f"{path.relative_to(root)}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
            digest.update(_file_digest(path, info))
    return digest.hexdigest()


def _file_digest(path: Path, info: os.stat_result) -> bytes:
    known = (str(path), info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
    found = _file_digests.get(known)
    if found is None:
        with open(path, "rb") as handle:
            opened = os.fstat(handle.fileno())
            found = hashlib.file_digest(handle, "sha256").digest()
        if (opened.st_ino, opened.st_size, opened.st_mtime_ns, opened.st_ctime_ns) != known[2:]:
            raise OSError(f"{path} veranderde tijdens het lezen")  # the caller works without the cache
        _file_digests[known] = found
    return found
