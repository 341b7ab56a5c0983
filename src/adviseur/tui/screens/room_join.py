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

INTRO = (
    "Je doet mee in trainingsruimte '{room}'. De trainer ziet per vraag hoe de groep antwoordde, en "
    "per deelnemer de voortgang en score onder een bijnaam.\n"
    "Kies een bijnaam, of laat het veld leeg om zonder naam mee te doen. Je echte naam is niet nodig.\n"
    "Enter: meedoen · Escape: meedoen zonder bijnaam"
)


class NicknameScreen(ModalScreen[str | None]):
    """Dismisses with the nickname, or None to take part without one."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "without_name", "Zonder bijnaam", id="without-name")]

    def __init__(self, room_name: str) -> None:
        super().__init__()
        self.room_name = room_name

    def compose(self) -> ComposeResult:
        with Vertical(id="nickname-dialog"):
            yield Static("Meedoen", classes="dialog-title")
            yield Static(INTRO.format(room=self.room_name))
            yield Input(placeholder="bijnaam (mag leeg blijven)", max_length=MAX_NICKNAME, id="nickname")
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
