"""Taking part in a room: a nickname or none, and answers written where the trainer's view reads them.

Each participant's app writes only its own file, `participants/<random id>.json`, after every
answer (the engine's listener, like the autosave): no two processes ever write the same file,
so no locking is needed. Only the quiz answers are written (choice ids, never free text), with
the progress on the participant's own path; scores are computed by the reader from the flow.

The participant's own data folder remembers which participant they are in which room
(`training-room.json`), so a reload of the browser tab goes on as the same participant.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adviseur.errors import AdviseurError
from adviseur.flows.run.engine import FlowEngine
from adviseur.flows.run.walk import question_of
from adviseur.reports.room import ExerciseAnswers, ParticipantAnswers
from adviseur.rooms import texts
from adviseur.rooms.room import Exercise, Room, now_utc
from adviseur.store.atomic import CorruptFile, StoreError, read_json, remove_stale_tmp, write_json

FORMAT = 1
MEMBERSHIP_FILE = "training-room.json"
MAX_NICKNAME = 30
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")



class NicknameError(AdviseurError):
    """A nickname that cannot be used; the message is Dutch."""


def clean_nickname(text: str | None) -> str | None:
    """A nickname as shown to the trainer: control and direction characters removed, spaces
    collapsed; None when nothing is left (taking part without a name is fine)."""
    if text is None:
        return None
    cleaned = " ".join(_CONTROL.sub("", text).split())
    if len(cleaned) > MAX_NICKNAME:
        raise NicknameError(texts.NICKNAME_TOO_LONG.format(max=MAX_NICKNAME))
    return cleaned or None


def _stamp() -> str:
    """Microseconds: participants who join within one second are still listed in the order they joined."""
    return now_utc().isoformat(timespec="microseconds")


@dataclass
class Member:
    """One participant of one room, as their own app knows them."""

    room: Room
    id: str
    nickname: str | None
    joined_at: str
    exercises: dict[str, dict[str, Any]] = field(default_factory=dict)
    error: str | None = None
    """Why the last write failed (Dutch), None when it succeeded."""

    @property
    def path(self) -> Path:
        return self.room.participants_dir / f"{self.id}.json"

    def save(self) -> bool:
        """Write this participant's file; never raises (the conversation goes on regardless)."""
        if not self.room.still_there():
            self.error = texts.ROOM_GONE
            return False
        body = {
            "format": FORMAT,
            "kind": "room-participant",
            "id": self.id,
            "nickname": self.nickname,
            "joined_at": self.joined_at,
            "updated_at": _stamp(),
            "exercises": self.exercises,
        }
        try:
            write_json(self.path, body, make_parent=False)
        except StoreError as exc:
            self.error = texts.NOT_SHARED.format(error=exc)
            return False
        self.error = None
        return True

    def record(self, exercise: Exercise, engine: FlowEngine) -> bool:
        """Share the quiz answers of `engine` (only those on its current path) and its progress."""
        outcome = engine.outcome()
        answers = {question_of(f.question): outcome.answers[f.question] for f in outcome.quiz}
        self.exercises[exercise.id] = {
            "answers": answers,
            "progress": round(engine.progress.fraction, 3),
            "finished": engine.finished,
            "updated_at": _stamp(),
        }
        return self.save()


class RoomRecorder:
    """The engine listener that shares every answer with the room (after the autosave's write)."""

    def __init__(self, member: Member, exercise: Exercise, engine: FlowEngine) -> None:
        self.member = member
        self.exercise = exercise
        engine.subscribe(self)
        member.record(exercise, engine)

    def __call__(self, engine: FlowEngine) -> None:
        self.member.record(self.exercise, engine)


def _membership_path(data_dir: Path) -> Path:
    return data_dir / MEMBERSHIP_FILE


def returning_member(room: Room, data_dir: Path) -> Member | None:
    """The participant this app was in `room` before (a reloaded tab), with the answers shared
    so far; None when it has not joined this room (or a room of the same name made anew)."""
    try:
        body = read_json(_membership_path(data_dir))
    except CorruptFile:
        return None
    joined = body.get("room_created")
    member_id = body.get("participant")
    if body.get("room") != room.id or joined != room.created_at.isoformat(timespec="seconds"):
        return None
    if not isinstance(member_id, str) or not re.fullmatch(r"[0-9a-f]{16}", member_id):
        return None
    nickname = body.get("nickname") if isinstance(body.get("nickname"), str) else None
    member = Member(room, member_id, nickname, str(body.get("joined_at") or _stamp()))
    try:
        shared = read_json(member.path)
    except CorruptFile:
        return member
    exercises = shared.get("exercises")
    if isinstance(exercises, dict):
        member.exercises = {k: v for k, v in exercises.items() if isinstance(k, str) and isinstance(v, dict)}
    return member


def join(room: Room, data_dir: Path, nickname: str | None) -> Member:
    """Take part in `room` under `nickname` (None: without one). Raises NicknameError; a file that
    cannot be written is kept in `member.error`, not raised."""
    member = Member(room, secrets.token_hex(8), clean_nickname(nickname), _stamp())
    body = {
        "format": FORMAT,
        "kind": "room-membership",
        "room": room.id,
        "room_created": room.created_at.isoformat(timespec="seconds"),
        "participant": member.id,
        "nickname": member.nickname,
        "joined_at": member.joined_at,
    }
    try:
        write_json(_membership_path(data_dir), body)
    except StoreError as exc:
        member.error = texts.NOT_SHARED.format(error=exc)
    return member  # the room hears of a participant once they open an exercise (not the trainer's own tab)


# --- reading a room (the trainer's side) ---------------------------------------------------------


def _answer(value: Any) -> bool:
    if isinstance(value, (str, bool)):
        return True
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _exercise(data: Any) -> ExerciseAnswers | None:
    if not isinstance(data, Mapping) or not isinstance(data.get("answers"), Mapping):
        return None
    answers = {k: v for k, v in data["answers"].items() if isinstance(k, str) and _answer(v)}
    progress = data.get("progress")
    fraction = float(progress) if isinstance(progress, (int, float)) and not isinstance(progress, bool) else 0.0
    return ExerciseAnswers(answers, fraction, data.get("finished") is True)


def _participant(body: dict[str, Any]) -> ParticipantAnswers | None:
    if body.get("format") != FORMAT or body.get("kind") != "room-participant" or not isinstance(body.get("id"), str):
        return None
    try:
        nickname = clean_nickname(body.get("nickname") if isinstance(body.get("nickname"), str) else None)
    except NicknameError:
        nickname = str(body["nickname"])[:MAX_NICKNAME]
    exercises = body.get("exercises")
    if not isinstance(exercises, Mapping):
        exercises = {}
    parsed = {k: x for k, v in exercises.items() if isinstance(k, str) and (x := _exercise(v)) is not None}
    return ParticipantAnswers(body["id"], nickname, str(body.get("joined_at") or ""), parsed)


def read_participants(room: Room) -> tuple[list[ParticipantAnswers], int]:
    """Everyone's answers as the room folder holds them now, and how many files could not be read
    (a file being replaced is never half-read: writes are atomic renames)."""
    folder = room.participants_dir
    if not folder.is_dir():
        return [], 0
    remove_stale_tmp(folder)
    found: list[ParticipantAnswers] = []
    unreadable = 0
    for path in sorted(folder.glob("*.json")):
        try:
            participant = _participant(read_json(path))
        except CorruptFile:
            participant = None
        if participant is None:
            unreadable += 1
        else:
            found.append(participant)
    return found, unreadable
