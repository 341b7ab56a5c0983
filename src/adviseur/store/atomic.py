"""Durable, owner-only JSON files: write atomically, read defensively, set aside what is broken.

A write goes to a temporary file in the same folder (created 0600), is flushed and fsynced,
then renamed over the target with `os.replace`, and the folder is fsynced so the rename itself
survives a power cut. A reader therefore sees the old file or the new one, never half of one,
whatever happens during the write (Ctrl+C, a crash, a full disk).

Every file carries a SHA-256 of its content: a file that parses but was damaged (or edited by
hand) is detected too. Unreadable files are moved to `corrupt/` with the reason, never deleted
(a person may need what is left) and never allowed to crash the app.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import stat
from pathlib import Path
from typing import Any

from adviseur.errors import AdviseurError
from adviseur.folders import CREATE_NEW, OPEN_TO_READ, make_dirs
from adviseur.oserrors import os_reason
from adviseur.store import texts

FILE_MODE = 0o600
"""Everything under the data folder, and a report about a case."""
USER_FILE_MODE = 0o666
"""A report that is not about a case: what the user's umask makes of it, like any file they save."""
TMP_SUFFIX = ".tmp"
MAX_READ_BYTES = 32 * 1024 * 1024
"""A stored session or result is a few kilobytes; anything this big was not written by us."""


class StoreError(AdviseurError):
    """Something could not be saved; the message is Dutch and fit for the user."""


class CorruptFile(AdviseurError):
    """A stored file that cannot be trusted; `reason` says why (Dutch)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def restrict_file(path: Path) -> None:
    """Make a regular file of ours owner-only, without following a symlink or opening a FIFO."""
    try:
        fd = os.open(path, OPEN_TO_READ)
    except OSError:
        return  # a symlink (ELOOP), gone, or not ours to open: leave it
    try:
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode) and info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) != FILE_MODE:
            os.fchmod(fd, FILE_MODE)
    except OSError:
        pass
    finally:
        os.close(fd)


def canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def checksum(body: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(body)).hexdigest()


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - not every platform can open a directory
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def write_bytes(path: Path, data: bytes, *, mode: int = FILE_MODE, make_parent: bool = True) -> None:
    """Replace `path` with `data` atomically and durably.

    `mode` is the new file's mode before the umask: owner-only by default. With `make_parent`
    a missing folder is created owner-only (our own folders in the data folder); an existing
    folder is never changed. The temporary file is created exclusively and without following a
    symlink; the rename replaces a symlink at `path` itself, never the file it points to.
    """
    import secrets  # here, not at the top: reading (a cold `adviseur search`) needs no random names

    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}{TMP_SUFFIX}")
    try:
        if make_parent:
            make_dirs(path.parent)
        fd = os.open(tmp, CREATE_NEW, mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StoreError(texts.CANNOT_SAVE_IN.format(folder=path.parent, reason=os_reason(exc))) from None


def write_json(path: Path, body: dict[str, Any], *, make_parent: bool = True) -> None:
    """Write `body` plus its checksum to `path` atomically, readable by the owner only. Without
    `make_parent` a missing folder is an error (a removed training room is not made again)."""
    try:
        document = dict(body)
        document["checksum"] = checksum(body)
        data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise StoreError(texts.NOT_JSON.format(detail=exc)) from None
    write_bytes(path, data, make_parent=make_parent)


def open_regular(path: Path, limit: int = MAX_READ_BYTES, *, private: bool = False) -> tuple[int, os.stat_result]:
    """An open descriptor of a regular file of at most `limit` bytes, and its status; the
    caller closes it. Refuses symlinks, FIFOs and devices (raises CorruptFile with a Dutch
    reason). Opened without following a symlink and without blocking (a FIFO named like a
    session would otherwise hang the app at start). `private` also refuses a file another user
    owns or may write (checked on the opened file, so it cannot be swapped in between): for what
    we only trust because we wrote it (a cache).
    """
    try:
        fd = os.open(path, OPEN_TO_READ)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise CorruptFile(texts.SYMLINK) from None
        raise CorruptFile(texts.UNREADABLE.format(reason=os_reason(exc))) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise CorruptFile(texts.NOT_REGULAR)
        if private and (info.st_uid != os.geteuid() or info.st_mode & 0o022):
            raise CorruptFile(texts.NOT_PRIVATE)
        if info.st_size > limit:
            raise CorruptFile(texts.TOO_LARGE.format(size=info.st_size, limit=limit))
    except OSError as exc:
        os.close(fd)
        raise CorruptFile(texts.UNREADABLE.format(reason=os_reason(exc))) from None
    except CorruptFile:
        os.close(fd)
        raise
    return fd, info


def read_limited(path: Path, limit: int = MAX_READ_BYTES, *, private: bool = False) -> bytes:
    """The bytes of a regular file, refusing symlinks, FIFOs, devices and anything over `limit`
    (see `open_regular`). Raises CorruptFile with a Dutch reason."""
    fd, _ = open_regular(path, limit, private=private)
    try:
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise CorruptFile(texts.TOO_LARGE_READ.format(limit=limit))
        return b"".join(chunks)
    except OSError as exc:
        raise CorruptFile(texts.UNREADABLE.format(reason=os_reason(exc))) from None
    finally:
        os.close(fd)


def read_json(path: Path) -> dict[str, Any]:
    """The body of a stored file (without checksum). Raises CorruptFile for anything untrustworthy:
    whatever the bytes are, the caller gets a body or a Dutch reason, never another exception."""
    raw = read_limited(path)
    try:
        document = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise CorruptFile(texts.JSON_NOT_UTF8) from None
    except RecursionError:
        raise CorruptFile(texts.JSON_TOO_DEEP) from None
    except ValueError as exc:  # JSONDecodeError, and an integer of more than 4300 digits
        raise CorruptFile(texts.JSON_INVALID.format(detail=str(exc)[:200])) from None
    if not isinstance(document, dict):
        raise CorruptFile(texts.UNEXPECTED)
    stored = document.pop("checksum", None)
    try:
        expected = checksum(document)
    except (ValueError, TypeError, RecursionError):
        raise CorruptFile(texts.UNEXPECTED_NOT_JSON) from None
    if stored != expected:
        raise CorruptFile(texts.BAD_CHECKSUM)
    return document


def set_aside(path: Path, corrupt_dir: Path, reason: str) -> Path | None:
    """Move a broken file out of the way (with a note of why); returns where it went.

    The entry itself is moved (a symlink stays a symlink, its target untouched); only a regular
    file is made owner-only, through a descriptor opened without following links.
    """
    import secrets
    from datetime import UTC, datetime

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = corrupt_dir / f"{path.name}.{stamp}.{secrets.token_hex(2)}"
    try:
        make_dirs(corrupt_dir)
        os.replace(path, target)
        restrict_file(target)
        note = target.with_name(target.name + ".reden.txt")
        fd = os.open(note, CREATE_NEW, FILE_MODE)
        try:
            os.write(fd, f"{path}\n{reason}\n".encode())
        finally:
            os.close(fd)
    except OSError:
        return None
    return target


def remove_stale_tmp(folder: Path, older_than: float = 60.0) -> None:
    """Leftovers of writes interrupted before the rename (the target file is intact). Only old
    ones: a fresh temporary file may belong to another Adviseur window writing right now."""
    if not folder.is_dir():
        return
    from datetime import UTC, datetime

    now = datetime.now(UTC).timestamp()
    for tmp in folder.glob(f".*{TMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if now - tmp.lstat().st_mtime > older_than:
                tmp.unlink()
