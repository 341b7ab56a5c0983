"""Small dialogs the screens share: choose one of a few options (a scan, a role), type a file's
path, or say yes or no before something that cannot be undone. Escape chooses nothing."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.markup import escape
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from adviseur.tui import texts


class PickScreen(ModalScreen[str | None]):
    """Choose one of a few options (a scan, a role); escape chooses nothing."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", texts.KEY_CANCEL, id="cancel")]
    DEFAULT_CSS = """
    PickScreen { align: center middle; }
    #pick-dialog {
        width: 80%; max-width: 100; height: auto; max-height: 80%;
        border: round $accent; background: $surface; padding: 1 2;
    }
    #pick-dialog OptionList { height: auto; max-height: 20; }
    """

    def __init__(self, title: str, options: list[tuple[str, str]], *, highlighted: int = 0) -> None:
        super().__init__()
        self.title_text = title
        self.options = options
        self.start = highlighted

    def compose(self) -> ComposeResult:
        with Vertical(id="pick-dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield OptionList(*[Option(escape(label), id=key) for key, label in self.options], id="pick-list")

    def on_mount(self) -> None:
        menu = self.query_one(OptionList)
        menu.highlighted = min(self.start, len(self.options) - 1) if self.options else None
        menu.focus()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class PathScreen(ModalScreen[str | None]):
    """Type a file's path; enter confirms, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", texts.KEY_CANCEL, id="cancel")]
    DEFAULT_CSS = """
    PathScreen { align: center middle; }
    #path-dialog { width: 80%; max-width: 100; height: auto; border: round $accent; background: $surface; padding: 1 2; }
    """

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="path-dialog"):
            yield Static(self.question, classes="dialog-title", markup=False)
            yield Input(placeholder=texts.PATH_PLACEHOLDER, id="path-input")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question before something that cannot be undone; 'nee' is highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,n", "answer(False)", texts.KEY_NO, id="no"),
        Binding("j", "answer(True)", texts.KEY_YES, id="yes"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Static(self.question, classes="dialog-title", markup=False)
            yield OptionList(Option(texts.CONFIRM_NO, id="nee"), Option(texts.CONFIRM_YES, id="ja"), id="confirm-choice")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id == "ja")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
