"""The training menu: case exercises and quizzes."""

from __future__ import annotations

from textwrap import shorten
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from adviseur.tui import texts
from adviseur.tui.host import as_host

if TYPE_CHECKING:
    from adviseur.flows.authoring.loader import FlowInfo


class TrainingMenu(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss", texts.KEY_BACK_TO, id="back")]

    def __init__(self, flows: list[FlowInfo]) -> None:
        super().__init__()
        self.flows = flows

    def compose(self) -> ComposeResult:
        with Vertical(id="training-dialog"):
            yield Static(texts.TRAINING_TITLE, classes="dialog-title")
            if not self.flows:
                yield Static(texts.NO_TRAINING)
            yield OptionList(
                *[Option(f"{f.title}\n[dim]{shorten(f.description, 100, placeholder='…')}[/]", id=f.id) for f in self.flows],
                id="training-list",
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(None)
        if event.option.id:
            as_host(self.app).start_flow(event.option.id)
