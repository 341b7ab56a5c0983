"""Folders of ours are owner-only; folders of others are left exactly as they are.

Below the store and `locations` alike: both create folders (the data folder, the export
folder, a session's folder), and neither may need the other to do so. The flags every file and
folder of ours is opened with live here too.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

DIR_MODE = 0o700

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)

# How Adviseur opens what it reads and writes, for every module that does (the store, the
# compiled content, the folders here): never through a symbolic link, never inherited by a
# child process, and a file opened for reading never blocks (a FIFO put in its place).
OPEN_FOLDER = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _NOFOLLOW | _CLOEXEC
OPEN_TO_READ = os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC
CREATE_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC
"""A new file: never one that is already there, nor through a link."""


def make_dirs(path: Path) -> Path:
    """Make `path` a folder, creating it and any missing parents owner-only (0700).

    Folders that already exist are left exactly as they are, whoever made them: a shared team
    folder keeps its group bits (2775), /tmp its sticky bit, and a symlinked data folder is
    followed, never changed. Only folders created here are corrected, and only through a file
    descriptor opened without following symlinks. Raises OSError (NotADirectoryError when the
    path, or a parent, is a file).
    """
    path = Path(path)
    missing: list[Path] = []
    current = path
    while not os.path.lexists(current):
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        try:
            os.mkdir(folder, DIR_MODE)
        except FileExistsError:
            continue  # made meanwhile by another Adviseur window: not ours to change
        _own_new_dir(folder)
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
    return path


def _own_new_dir(folder: Path) -> None:
    """A folder we just made is 0700 whatever the umask, keeping a setgid bit it inherited."""
    try:
        fd = os.open(folder, OPEN_FOLDER)
    except OSError:
        return
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) & 0o777 != DIR_MODE:
            os.fchmod(fd, (stat.S_IMODE(info.st_mode) & ~0o777) | DIR_MODE)
    except OSError:
        pass
    finally:
        os.close(fd)
