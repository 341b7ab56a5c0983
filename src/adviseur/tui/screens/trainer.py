"""The trainer's view of a room: per question how the room answered, per participant progress and score.

Only the trainer opens it: the key printed when the server started must be typed first, and
the screen itself refuses a key that does not match (so no other path can open it without one).
It reads the room folder in a thread every few seconds (each participant's app writes its own
file there) and redraws only when the numbers changed.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Header, Input, Static

from adviseur.content.wording import counted
from adviseur.reports import scan_texts
from adviseur.reports.format import percent_text
from adviseur.reports.room import ExerciseTally, ParticipantRow, QuestionTally, RoomTally
from adviseur.reports.room_render import lead_text, progress_text, score_text, summary_line
from adviseur.rooms.overview import Overview, RoomReader, export_overview, export_path
from adviseur.rooms.room import Room
from adviseur.tui import texts
from adviseur.tui.host import as_host
from adviseur.tui.widgets.footer import AppFooter

BAR_WIDTH = 20
MARKS: dict[bool | str | None, tuple[str, str]] = {
    True: ("✓", "green"),
    "partial": ("½", "yellow"),
    False: ("✗", "red"),
    None: (" ", ""),
}
"""Symbol and colour per mark: the symbol keeps it readable without colour."""


class TrainerKeyScreen(ModalScreen[str | None]):
    """Asks for the trainer key; dismisses with the key once it matches, None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", texts.KEY_CANCEL, id="cancel")]

    def __init__(self, room: Room) -> None:
        super().__init__()
        self.room = room

    def compose(self) -> ComposeResult:
        with Vertical(id="trainer-key-dialog"):
            yield Static(texts.TRAINER_VIEW, classes="dialog-title")
            yield Static(texts.ASK_KEY)
            yield Input(password=True, placeholder=texts.KEY_PLACEHOLDER, id="trainer-key", max_length=200)
            yield Static("", id="trainer-key-error")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted, "#trainer-key")
    def _submitted(self, event: Input.Submitted) -> None:
        if self.room.verify_key(event.value):
            self.dismiss(event.value)
            return
        event.input.value = ""
        self.query_one("#trainer-key-error", Static).update(texts.WRONG_KEY)

    def action_cancel(self) -> None:
        self.dismiss(None)


class TrainerScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "refresh", texts.KEY_REFRESH, id="refresh"),
        Binding("e", "export", texts.KEY_EXPORT_ROOM, id="export"),
        Binding("escape", "leave", texts.KEY_BACK_TO, id="leave"),
    ]
    POLL_SECONDS: ClassVar[float] = 2.0
    """How often the room folder is read again (a participant sees their answer counted within this)."""

    def __init__(self, room: Room, key: str) -> None:
        if not room.verify_key(key):
            raise PermissionError(texts.WRONG_KEY)
        super().__init__()
        self.room = room
        self.reader = RoomReader(room)
        self.overview: Overview | None = None
        self.reads = 0
        """How many times the room folder was read (tests wait for the next read)."""

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="trainer"):
            yield Static("", id="room-info")
            yield Static("", id="room-participants")
            yield Static("", id="room-questions")
        yield AppFooter()

    def on_mount(self) -> None:
        self.title = scan_texts.ROOM_TITLE.format(name=self.room.name)
        self.sub_title = texts.ROOM_CODE.format(code=self.room.id)
        self.action_refresh()
        self.set_interval(self.POLL_SECONDS, self.action_refresh)

    def action_refresh(self) -> None:
        services = as_host(self.app).services
        self.reader.kb = services.kb if services is not None else None
        self._read()

    @work(thread=True, exclusive=True, group="room")
    def _read(self) -> None:
        overview = self.reader.read()
        self.app.call_from_thread(self._show, overview)

    def _show(self, overview: Overview) -> None:
        self.reads += 1
        if not self.is_mounted or (self.overview is not None and overview == self.overview):
            return
        self.overview = overview
        tally = overview.tally
        info = Text()
        info.append(
            texts.ROOM_INFO.format(
                participants=counted(tally.participants, *texts.NOUN_PARTICIPANT), time=f"{datetime.now():%H:%M:%S}"
            )
        )
        if tally.expires:
            info.append(texts.ROOM_EXPIRES.format(date=tally.expires[:16].replace("T", " ")))
        for note in overview.notes:
            info.append(f"\n{note}", style="bold red")
        self.query_one("#room-info", Static).update(info)
        self.query_one("#room-participants", Static).update(participants_text(tally.rows))
        self.query_one("#room-questions", Static).update(questions_text(tally))

    def action_export(self) -> None:
        """Markdown and HTML in the export folder (`locations.export_dir`), named in full."""
        from adviseur.store import StoreError

        if self.overview is None:
            return
        try:
            written = export_overview(self.overview.tally, export_path(self.room))
        except StoreError as exc:
            self.notify(str(exc), title=texts.SAVE_FAILED, severity="error", timeout=10)
            return
        lines = [str(path) for path in written] + [texts.PRIVATE_OVERVIEW]
        self.notify("\n".join(lines), title=texts.OVERVIEW_SAVED, timeout=20)

    def action_leave(self) -> None:
        self.app.pop_screen()


def participants_text(rows: tuple[ParticipantRow, ...]) -> Text:
    text = Text(f"{scan_texts.H_PARTICIPANTS}\n", style="bold")
    if not rows:
        return text.append(scan_texts.NO_PARTICIPANTS)
    name, exercise, progress = scan_texts.COL_NAME, scan_texts.COL_EXERCISE, scan_texts.COL_PROGRESS
    width = max(len(name), *(len(r.name) for r in rows))
    exercise_width = max(len(exercise), *(len(r.exercise or "—") for r in rows))
    text.append(f"{name:<{width}}  {exercise:<{exercise_width}}  {progress:<10}  {scan_texts.COL_SCORE}\n", style="dim")
    for row in rows:
        exercise = row.exercise or "—"
        text.append(f"{row.name:<{width}}  {exercise:<{exercise_width}}  {progress_text(row):<10}  {score_text(row)}\n")
    return text


def _bar(share: float | None) -> str:
    filled = round(BAR_WIDTH * (share or 0.0) / 100)
    return "█" * filled + "░" * (BAR_WIDTH - filled)


def question_text(q: QuestionTally, n: int) -> Text:
    text = Text(f"{n}. {q.label}\n", style="bold")
    text.append(f"   {summary_line(q)}\n")
    for option in q.options:
        symbol, colour = MARKS[option.mark]
        text.append(f"   {symbol} ", style=colour)
        text.append(_bar(option.percent), style=colour)
        text.append(f" {option.count:>3}  {percent_text(option.percent):>6}  {option.label}")
        if option.leads:
            text.append("  — " + "; ".join(lead_text(lead, option.label) for lead in option.leads), style="dim")
        text.append("\n")
    return text


def _exercise_text(exercise: ExerciseTally) -> Text:
    text = Text(f"\n{exercise.title}", style="bold underline")
    text.append(texts.EXERCISE_STARTED.format(participants=counted(exercise.started, *texts.NOUN_PARTICIPANT)))
    if not exercise.questions:
        return text.append(f"{scan_texts.ROOM_NO_ANSWERS}\n")
    for n, q in enumerate(exercise.questions, 1):
        text.append_text(question_text(q, n))
    return text


def questions_text(tally: RoomTally) -> Text:
    text = Text()
    for exercise in tally.exercises:
        text.append_text(_exercise_text(exercise))
    return text
