"""The trainer's overview of a room, read from the room folder, and its export as Markdown and HTML.

`read_overview` is what the trainer's view calls on every poll (in a thread: it reads a file
per participant and loads the exercises' flows once). Each poll also removes expired rooms,
this one included: the view then says the room's data is gone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from adviseur.flows.language.runtime import Program
from adviseur.knowledge.loader import KnowledgeBase
from adviseur.oserrors import os_reason
from adviseur.reports.room import RoomTally, tally_room
from adviseur.reports.room_render import render_room_html, render_room_markdown
from adviseur.rooms import texts
from adviseur.rooms.exercises import room_programs
from adviseur.rooms.participant import read_participants
from adviseur.rooms.room import Room, expire_rooms, now_utc
from adviseur.store.files import StoreError, write_private_text

EXPORT_SUFFIXES = (".md", ".html")


@dataclass
class Overview:
    tally: RoomTally
    notes: list[str] = field(default_factory=list)
    """Problems to show beside the numbers (an exercise that no longer loads, unreadable files)."""
    gone: bool = False
    """The room expired (and was removed) since the view opened."""


class RoomReader:
    """Reads one room again and again; the exercises' flows are loaded once."""

    def __init__(self, room: Room, kb: KnowledgeBase | None = None) -> None:
        self.room = room
        self.kb = kb
        self._programs: tuple[list[tuple[str, Program]], list[str]] | None = None

    def read(self, now: datetime | None = None) -> Overview:
        expire_rooms(self.room.folder.parent, now or now_utc())
        if self._programs is None:
            self._programs = room_programs(self.room)
        programs, broken = self._programs
        gone = not self.room.still_there()
        participants, unreadable = ([], 0) if gone else read_participants(self.room)
        expires = self.room.expires_at.astimezone().isoformat(timespec="minutes")
        tally = tally_room(self.room.name, self.room.id, programs, participants, kb=self.kb, expires=expires)
        notes = list(broken)
        if unreadable:
            notes.append(texts.UNREADABLE_ONE if unreadable == 1 else texts.UNREADABLE_MANY.format(count=unreadable))
        if gone:
            notes.insert(0, texts.GONE)
        return Overview(tally, notes, gone)


def export_path(room: Room, folder: Path | None = None, now: datetime | None = None) -> Path:
    """'adviseur-ruimte-<room>-<date>-<time>' in `folder` (the export folder,
    `locations.export_dir`), without a suffix. Raises StoreError when that folder cannot be made."""
    stamp = (now or datetime.now()).strftime("%Y-%m-%d-%H%M")
    if folder is None:
        from adviseur.locations import export_dir

        try:
            folder = export_dir()
        except OSError as exc:
            raise StoreError(texts.NO_REPORT_DIR.format(reason=os_reason(exc))) from None
    return folder / f"adviseur-ruimte-{room.id}-{stamp}"


def export_overview(tally: RoomTally, base: Path) -> list[Path]:
    """The room's numbers as Markdown and as an HTML page with a chart per question, owner-only
    (they name the participants' nicknames). Raises StoreError (Dutch) when a file cannot be written."""
    if not base.parent.is_dir():
        raise StoreError(texts.NO_FOLDER.format(folder=base.parent))
    written = []
    for suffix in EXPORT_SUFFIXES:
        path = base.with_suffix(suffix)
        text = render_room_markdown(tally) if suffix == ".md" else render_room_html(tally)
        written.append(write_private_text(path, text))
    return written
