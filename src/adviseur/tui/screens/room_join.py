"""Joining a training room: a nickname, or none at all."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from adviseur.rooms.participant import MAX_NICKNAME, NicknameError, clean_nickname
from adviseur.tui import texts


class NicknameScreen(ModalScreen[str | None]):
    """Dismisses with the nickname, or None to take part without one."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "without_name", texts.KEY_WITHOUT_NAME, id="without-name")]

    def __init__(self, room_name: str) -> None:
        super().__init__()
        self.room_name = room_name

    def compose(self) -> ComposeResult:
        with Vertical(id="nickname-dialog"):
            yield Static(texts.JOIN_TITLE, classes="dialog-title")
            yield Static(texts.JOIN_INTRO.format(room=self.room_name))
            yield Input(placeholder=texts.NICKNAME_PLACEHOLDER, max_length=MAX_NICKNAME, id="nickname")
            yield Static("", id="nickname-error")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted, "#nickname")
    def _submitted(self, event: Input.Submitted) -> None:
        try:
            self.dismiss(clean_nickname(event.value))
        except NicknameError as exc:
            self.query_one("#nickname-error", Static).update(str(exc))

    def action_without_name(self) -> None:
        self.dismiss(None)
