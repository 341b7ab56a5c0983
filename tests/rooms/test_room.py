"""A room's folder: owner-only, a trainer key that is never stored, expiry that really removes."""

from __future__ import annotations

import stat
from datetime import timedelta
from pathlib import Path

import pytest

from adviseur.locations import ROOM_ENV, rooms_dir
from adviseur.rooms.exercises import plan_exercises
from adviseur.rooms.participant import NicknameError, clean_nickname, read_participants, returning_member
from adviseur.rooms.room import (
    DAYS_ENV,
    RoomError,
    create_room,
    default_days,
    expire_rooms,
    open_room,
    room_from_env,
    room_id,
)
from tests.rooms.conftest import MadeRoom, participant


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_room_is_owner_only_and_keeps_only_a_hash_of_the_key(made: MadeRoom, tmp_path: Path) -> None:
    room = made.room
    participant(room, tmp_path / "anna", "Anna", "casus-buurman", ["langs"])
    assert _mode(room.folder) == 0o700 and _mode(room.participants_dir) == 0o700
    files = [p for p in room.folder.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"room.json", "casus-buurman.yaml"} and len(files) == 3
    assert all(_mode(p) == 0o600 for p in files)
    assert made.key not in (room.folder / "room.json").read_text()
    assert len(made.key) >= 22  # token_urlsafe(16): 128 random bits
    assert room.verify_key(made.key) and room.verify_key(f"  {made.key}\n")
    assert not room.verify_key("") and not room.verify_key(made.key[:-1]) and not room.verify_key("é" + made.key)


def test_a_room_taken_up_again_gets_a_new_key_and_keeps_its_answers(made: MadeRoom, tmp_path: Path) -> None:
    participant(made.room, tmp_path / "anna", "Anna", "casus-buurman", ["langs"])
    again, key = create_room(rooms_dir(), "Utrecht mei", list(made.room.exercises))
    assert again.folder == made.room.folder and again.created_at == made.room.created_at
    assert key != made.key and again.verify_key(key) and not again.verify_key(made.key)
    answers, unreadable = read_participants(again)
    assert [p.nickname for p in answers] == ["Anna"] and unreadable == 0
    assert returning_member(again, tmp_path / "anna") is not None  # a reloaded tab is still Anna


def test_room_names() -> None:
    assert room_id("Utrecht, 12 mei") == "utrecht-12-mei"
    assert room_id("Zoë's groep") == "zoe-s-groep"
    for bad in ("!!!", "", "../.."):
        with pytest.raises(RoomError, match="geen bruikbare naam"):
            room_id(bad)
    with pytest.raises(RoomError, match="te lang"):
        room_id("x" * 61)


def test_room_data_is_removed_after_expiry(made: MadeRoom, tmp_path: Path) -> None:
    room = made.room
    anna = participant(room, tmp_path / "anna", "Anna", "casus-buurman", ["langs"])
    assert room.expires_at - room.created_at == timedelta(days=7)
    assert expire_rooms(rooms_dir(), room.created_at + timedelta(days=6, hours=23)) == []
    assert (room.participants_dir / f"{anna.id}.json").exists()

    assert expire_rooms(rooms_dir(), room.expires_at + timedelta(seconds=1)) == [room.id]
    assert not room.folder.exists()
    # a participant still answering writes nothing, and does not make the folder again
    assert anna.save() is False and anna.error is not None and "bestaat niet meer" in anna.error
    assert not room.folder.exists()
    with pytest.raises(RoomError, match="geen trainingsruimte"):
        open_room(room.folder)


def test_an_expired_room_is_removed_when_an_app_opens_it(made: MadeRoom, monkeypatch: pytest.MonkeyPatch) -> None:
    room = made.room
    monkeypatch.setenv(ROOM_ENV, str(room.folder))
    assert room_from_env() == room
    with pytest.raises(RoomError, match="verlopen"):
        open_room(room.folder, now=room.expires_at)
    assert not room.folder.exists()


def test_retention_in_days(monkeypatch: pytest.MonkeyPatch) -> None:
    exercises, _files = plan_exercises(["training-pijlers"])
    monkeypatch.setenv(DAYS_ENV, "2")
    assert default_days() == 2
    room, _key = create_room(rooms_dir(), "Twee dagen", exercises)
    assert room.expires_at - room.created_at == timedelta(days=2)
    for bad in ("0", "-1", "zeven"):
        monkeypatch.setenv(DAYS_ENV, bad)
        assert default_days() == 7
    with pytest.raises(RoomError, match="groter zijn dan 0"):
        create_room(rooms_dir(), "Nul", exercises, days=0)


def test_a_damaged_answers_file_is_counted_not_trusted(made: MadeRoom, tmp_path: Path) -> None:
    participant(made.room, tmp_path / "anna", "Anna", "casus-buurman", ["langs"])
    (made.room.participants_dir / "kapot.json").write_text('{"format": 1, "kind": "room-participant"}')
    (made.room.participants_dir / "leeg.json").write_bytes(b"\xff\x00")
    answers, unreadable = read_participants(made.room)
    assert [p.nickname for p in answers] == ["Anna"] and unreadable == 2


def test_nicknames() -> None:
    assert clean_nickname("  Anna \x1b[31m  de\u202eGroot ") == "Anna [31m deGroot"
    assert clean_nickname("   ") is None and clean_nickname(None) is None
    with pytest.raises(NicknameError, match="hoogstens 30"):
        clean_nickname("x" * 31)
