"""The app in a training room: which room, which participant, and starting the room's exercises.

A browser tab's app learns its room from ADVISEUR_ROOM_DIR (set by `adviseur serve --room`);
outside a room nothing here changes the app. The state is kept per app instance (a weak map,
not an attribute every host app would have to carry), read from the environment the first time
a screen asks.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from textual.app import App

from adviseur.locations import ROOM_ENV

if TYPE_CHECKING:
    from adviseur.rooms.participant import Member
    from adviseur.rooms.room import Room


@dataclass
class RoomSession:
    room: Room | None = None
    member: Member | None = None
    problem: str | None = None
    """Why the room named by the environment cannot be used (Dutch), shown once."""

    @property
    def active(self) -> bool:
        return self.room is not None

    @property
    def needs_nickname(self) -> bool:
        return self.room is not None and self.member is None

    def join(self, nickname: str | None) -> str | None:
        """Take part under `nickname` (None: without one); returns a Dutch problem, or None."""
        from adviseur.locations import data_dir
        from adviseur.rooms.participant import NicknameError, join

        if self.room is None:
            return None
        try:
            self.member = join(self.room, data_dir(), nickname)
        except NicknameError as exc:
            return str(exc)
        except OSError as exc:  # the data folder itself
            from adviseur.oserrors import os_reason

            return os_reason(exc)
        return self.member.error


_SESSIONS: WeakKeyDictionary[App[Any], RoomSession] = WeakKeyDictionary()


def room_session(app: App[Any]) -> RoomSession:
    """The app's room (inactive outside a room); a reloaded tab is the same participant again."""
    session = _SESSIONS.get(app)
    if session is None:
        session = RoomSession()
        if os.environ.get(ROOM_ENV):  # outside a room nothing is imported: the start screen comes first
            _open(session)
        _SESSIONS[app] = session
    return session


def _open(session: RoomSession) -> None:
    from adviseur.locations import data_dir
    from adviseur.rooms.participant import returning_member
    from adviseur.rooms.room import RoomError, room_from_env

    try:
        session.room = room_from_env()
    except RoomError as exc:
        session.problem = str(exc)
    if session.room is not None:
        try:
            session.member = returning_member(session.room, data_dir())
        except OSError:
            session.member = None
