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
import hashlib
import json
import os
import secrets
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

FILE_MODE = 0o600
DIR_MODE = 0o700
TMP_SUFFIX = ".tmp"


class StoreError(Exception):
    """Something could not be saved; the message is Dutch and fit for the user."""


class CorruptFile(Exception):
    """A stored file that cannot be trusted; `reason` says why (Dutch)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def ensure_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    with contextlib.suppress(OSError):
        os.chmod(path, DIR_MODE)
    return path


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


def write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically and durably, readable by the owner only."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}{TMP_SUFFIX}")
    try:
        ensure_dir(path.parent)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
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
        raise StoreError(f"kan niet opslaan in {path.parent}: {exc.strerror or exc}") from None


def write_json(path: Path, body: dict[str, Any]) -> None:
    """Write `body` plus its checksum to `path` atomically, readable by the owner only."""
    try:
        document = dict(body)
        document["checksum"] = checksum(body)
        data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise StoreError(f"kan niet opslaan: de gegevens zijn geen JSON ({exc})") from None
    write_bytes(path, data)


def read_json(path: Path) -> dict[str, Any]:
    """The body of a stored file (without checksum). Raises CorruptFile for anything untrustworthy."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CorruptFile(f"niet leesbaar: {exc.strerror or exc}") from None
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorruptFile(f"geen geldige JSON ({exc})") from None
    except RecursionError:
        raise CorruptFile("geen geldige JSON (te diep genest)") from None
    if not isinstance(document, dict):
        raise CorruptFile("onverwachte inhoud")
    stored = document.pop("checksum", None)
    if stored != checksum(document):
        raise CorruptFile("de controlesom klopt niet (bestand beschadigd of met de hand gewijzigd)")
    return document


def set_aside(path: Path, corrupt_dir: Path, reason: str) -> Path | None:
    """Move a broken file out of the way (with a note of why); returns where it went."""
    ensure_dir(corrupt_dir)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    target = corrupt_dir / f"{path.name}.{stamp}.{secrets.token_hex(2)}"
    try:
        os.replace(path, target)
        with contextlib.suppress(OSError):
            os.chmod(target, FILE_MODE)
        note = target.with_name(target.name + ".reden.txt")
        fd = os.open(note, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
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
    now = datetime.now(timezone.utc).timestamp()
    for tmp in folder.glob(f".*{TMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if now - tmp.stat().st_mtime > older_than:
                tmp.unlink()
