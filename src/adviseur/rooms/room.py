"""A room's folder: made by the trainer's server, read by every participant's app, removed when it expires.

The trainer key is printed once when the server starts (`secrets.token_urlsafe`, 128 bits) and
only its SHA-256 is kept in `room.json`; a key typed into the trainer's view is hashed and
compared with `hmac.compare_digest`. A new server run for the same room issues a new key (the
old one stops working) and keeps the answers given so far, until the room expires.

Expiry: a room's data is removed `days` after the room was made (default 7, `--room-days` or
ADVISEUR_ROOM_DAYS), by whichever comes first: the next server start, the next app start in
any room, or the trainer's view polling. Every folder and file is owner-only and written
atomically (`adviseur.store.atomic`).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import secrets
import shutil
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from adviseur.errors import AdviseurError
from adviseur.oserrors import os_reason
from adviseur.rooms import texts
from adviseur.store.atomic import CorruptFile, StoreError, make_dirs, read_json, write_bytes, write_json
from adviseur.store.store import parse_time

FORMAT = 1
DAYS_ENV = "ADVISEUR_ROOM_DAYS"
DEFAULT_DAYS = 7.0
ROOM_FILE = "room.json"
PARTICIPANTS = "participants"
FLOWS = "flows"
CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
"""Room codes without letters that read alike (i/l/1, o/0)."""
CODE_LENGTH = 6
MAX_NAME = 60
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,59}$")



class RoomError(AdviseurError):
    """A room that cannot be made or used; the message is Dutch and fit for the user."""


def now_utc() -> datetime:
    return datetime.now(UTC)


def room_id(name: str) -> str:
    """The folder name of a room: 'Utrecht, 12 mei' -> 'utrecht-12-mei'. Raises RoomError."""
    if len(name) > MAX_NAME:
        raise RoomError(texts.NAME_TOO_LONG.format(max=MAX_NAME))
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    if not _ID.match(slug):
        raise RoomError(texts.BAD_NAME.format(name=name.strip()[:MAX_NAME]))
    return slug


def new_code() -> str:
    """A short random room code for a trainer who gives no name ('k7m4qd')."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def default_days() -> float:
    """Retention in days: ADVISEUR_ROOM_DAYS when it is a positive number, else 7."""
    raw = os.environ.get(DAYS_ENV, "").strip()
    try:
        days = float(raw) if raw else DEFAULT_DAYS
    except ValueError:
        return DEFAULT_DAYS
    return days if days > 0 else DEFAULT_DAYS


def key_hash(key: str) -> str:
    return hashlib.sha256(key.strip().encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Exercise:
    """One exercise a room offers: a shipped flow (by id) or a trainer's own case file (copied)."""

    id: str
    title: str
    file: str | None = None
    """The copied case file, relative to the room folder; None for a shipped flow."""
    preset: dict[str, Any] = field(default_factory=dict)
    """Answers the trainer chose for everyone (question id -> answer), e.g. which cases to play."""

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "file": self.file, "preset": self.preset}

    @classmethod
    def from_json(cls, data: Any) -> Exercise | None:
        if not isinstance(data, dict) or not isinstance(data.get("id"), str) or not isinstance(data.get("title"), str):
            return None
        file = data.get("file")
        preset = data.get("preset")
        if file is not None and (not isinstance(file, str) or not file.startswith(f"{FLOWS}/") or ".." in file):
            return None
        return cls(data["id"], data["title"], file, preset if isinstance(preset, dict) else {})


@dataclass(frozen=True)
class Room:
    folder: Path
    id: str
    name: str
    created_at: datetime
    expires_at: datetime
    key_hash: str
    exercises: tuple[Exercise, ...]

    @property
    def participants_dir(self) -> Path:
        return self.folder / PARTICIPANTS

    def exercise(self, exercise_id: str) -> Exercise | None:
        return next((x for x in self.exercises if x.id == exercise_id), None)

    def flow_ref(self, exercise: Exercise) -> str:
        """What loads the exercise's flow: its id, or the path of the copied case file."""
        return str(self.folder / exercise.file) if exercise.file else exercise.id

    def verify_key(self, key: str) -> bool:
        """Is `key` this room's trainer key? Compared in constant time."""
        return hmac.compare_digest(key_hash(key), self.key_hash)

    def expired(self, now: datetime | None = None) -> bool:
        return (now or now_utc()) >= self.expires_at

    def still_there(self) -> bool:
        """False once the room was removed (expired) while an app was using it."""
        return (self.folder / ROOM_FILE).is_file()


def _room_body(room: Room) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "kind": "room",
        "id": room.id,
        "name": room.name,
        "created_at": room.created_at.isoformat(timespec="seconds"),
        "expires_at": room.expires_at.isoformat(timespec="seconds"),
        "key_hash": room.key_hash,
        "exercises": [x.to_json() for x in room.exercises],
    }


def _parse(folder: Path, body: dict[str, Any]) -> Room:
    created, expires = parse_time(body.get("created_at")), parse_time(body.get("expires_at"))
    exercises = [Exercise.from_json(x) for x in body.get("exercises") or []]
    fields_ok = all(isinstance(body.get(k), str) for k in ("id", "name", "key_hash"))
    if body.get("format") != FORMAT or body.get("kind") != "room" or not fields_ok or created is None or expires is None:
        raise CorruptFile(texts.UNKNOWN_FORMAT)
    if any(x is None for x in exercises):
        raise CorruptFile(texts.UNKNOWN_EXERCISE)
    return Room(folder, body["id"], body["name"], created, expires, body["key_hash"], tuple(x for x in exercises if x))


def read_room(folder: Path) -> Room:
    """The room in `folder` as it is on disk (expired or not). Raises RoomError."""
    path = folder / ROOM_FILE
    if not path.exists():
        raise RoomError(texts.NO_ROOM.format(name=folder.name))
    try:
        return _parse(folder, read_json(path))
    except CorruptFile as exc:
        raise RoomError(texts.BROKEN.format(folder=folder, reason=exc.reason)) from None


def open_room(folder: Path, now: datetime | None = None) -> Room:
    """The room a participant's app takes part in; an expired room is removed. Raises RoomError."""
    room = read_room(folder)
    if room.expired(now):
        remove_room(folder)
        raise RoomError(texts.EXPIRED.format(name=room.name))
    return room


def create_room(
    rooms: Path,
    name: str,
    exercises: list[Exercise],
    *,
    case_files: dict[str, Path] | None = None,
    days: float | None = None,
    now: datetime | None = None,
) -> tuple[Room, str]:
    """Make (or take up again) the room `name` in the folder `rooms`; returns it with a new trainer
    key. `case_files` maps exercise ids to the trainer's own (checked) case files, copied into the
    room. An unexpired room of the same name keeps its answers and its expiry date is moved to
    `days` after it was first made; an expired one is removed first. Raises RoomError."""
    now = (now or now_utc()).replace(microsecond=0)  # as room.json keeps it
    days = default_days() if days is None else days
    if days <= 0:
        raise RoomError(texts.BAD_DAYS)
    expire_rooms(rooms, now)
    folder = rooms / room_id(name)
    created = now
    with contextlib.suppress(RoomError):
        created = read_room(folder).created_at
    key = secrets.token_urlsafe(16)
    try:
        make_dirs(folder / PARTICIPANTS)
        copied = []
        for exercise in exercises:
            source = (case_files or {}).get(exercise.id)
            if source is not None:
                target = f"{FLOWS}/{exercise.id}.yaml"
                write_bytes(folder / target, source.read_bytes())
                exercise = Exercise(exercise.id, exercise.title, target, exercise.preset)
            copied.append(exercise)
        room = Room(folder, folder.name, name, created, created + timedelta(days=days), key_hash(key), tuple(copied))
        write_json(folder / ROOM_FILE, _room_body(room))
    except (OSError, StoreError) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        raise RoomError(texts.CANNOT_MAKE.format(folder=folder, reason=reason)) from None
    return room, key


def remove_room(folder: Path) -> bool:
    """Delete a room folder and everything in it (never through a symlink)."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    try:
        shutil.rmtree(folder)
    except OSError:
        return False
    return True


def expire_rooms(rooms: Path, now: datetime | None = None) -> list[str]:
    """Remove every room past its expiry; returns their ids. A room whose `room.json` cannot be
    read is removed once the folder has not changed for the default retention."""
    now = now or now_utc()
    removed: list[str] = []
    if not rooms.is_dir():
        return removed
    for folder in sorted(rooms.iterdir()):
        if folder.is_symlink() or not folder.is_dir() or not _ID.match(folder.name):
            continue
        try:
            expired = read_room(folder).expired(now)
        except RoomError:
            try:
                changed = datetime.fromtimestamp(folder.stat().st_mtime, UTC)
            except OSError:
                continue
            expired = now - changed > timedelta(days=DEFAULT_DAYS)
        if expired and remove_room(folder):
            removed.append(folder.name)
    return removed


def room_from_env() -> Room | None:
    """The room named by ADVISEUR_ROOM_DIR (set by the server for every tab), None outside a room.
    Raises RoomError when the variable names a room that is broken, gone or expired."""
    from adviseur.locations import ROOM_ENV

    folder = os.environ.get(ROOM_ENV)
    if not folder:
        return None
    path = Path(folder)
    try:
        return open_room(path)
    finally:
        expire_rooms(path.parent)


def find_room(name: str, rooms: Path | None = None) -> Room:
    """The room `adviseur serve --room NAME` made on this computer (for `adviseur app --room`)."""
    from adviseur.locations import rooms_dir

    return open_room((rooms if rooms is not None else rooms_dir()) / room_id(name))


def room_notice(room: Room, key: str) -> str:
    """What the server prints for the trainer at start: the room, its exercises, the key, the expiry."""
    return texts.NOTICE.format(
        name=room.name,
        code=room.id,
        exercises="; ".join(x.title for x in room.exercises),
        key=key,
        expires=room.expires_at.astimezone().strftime("%Y-%m-%d %H:%M"),
    )
