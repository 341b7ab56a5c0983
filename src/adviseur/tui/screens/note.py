"""A short note with the question being answered (issue 16): 'afspraak met corporatie loopt tot 2026'.

The conversation opens this with `ctrl+n` in a policy flow (the scan, a checklist); the engine
keeps the note (`FlowEngine.set_note`), so it is autosaved with the answers and shown in the
report next to the answer. The dialog says it plainly: notes are about policy, never about persons.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Static

from adviseur.flows.run.engine import NOTE_MAX, EngineError, FlowEngine
from adviseur.tui import texts


class NoteScreen(ModalScreen[str | None]):
    """Type or change the note; enter keeps it (empty removes it), escape changes nothing."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", texts.KEY_CANCEL, id="cancel")]
    DEFAULT_CSS = """
    NoteScreen { align: center middle; }
    #note-dialog {
        width: 80%; max-width: 100; height: auto; border: round $accent; background: $surface; padding: 1 2;
    }
    #note-hint { color: $text-muted; margin: 0 0 1 0; }
    """

    def __init__(self, question: str, note: str = "") -> None:
        super().__init__()
        self.question = question
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog"):
            yield Static(texts.NOTE_TITLE.format(question=self.question), classes="dialog-title", markup=False)
            yield Static(texts.NOTE_HINT.format(max=NOTE_MAX), id="note-hint", markup=False)
            yield Input(value=self.note, max_length=NOTE_MAX, placeholder=texts.NOTE_PLACEHOLDER, id="note-input")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


def ask_note(screen: Screen[Any], engine: FlowEngine) -> None:
    """Open the note dialog for the current question and keep what is typed (the engine checks it)."""
    step = engine.current
    if step is None:
        screen.notify(texts.NOTE_NO_QUESTION, timeout=6)
        return
    key = step.key

    def typed(text: str | None) -> None:
        if text is None:
            return
        try:
            engine.set_note(key, text)
        except EngineError as exc:
            screen.notify(str(exc), title=texts.NOTE_NOT_SAVED, severity="error", timeout=8)
            return
        screen.notify(texts.NOTE_SAVED if key in engine.notes else texts.NOTE_REMOVED, timeout=4)

    label = step.info.node.label or step.text
    screen.app.push_screen(NoteScreen(label, engine.notes.get(key, "")), typed)
