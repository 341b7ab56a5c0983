"""Choose the municipality once: remembered in the settings, shown in the header, and its social
map shown next to the advice."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from adviseur.tui import texts


class MunicipalityScreen(ModalScreen[str | None]):
    """Returns the chosen (and saved) municipality, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", texts.KEY_CANCEL, id="cancel")]

    def __init__(self, current: str | None = None) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="municipality", classes="bubble bot"):
            yield Static(texts.MUNICIPALITY_PROMPT, markup=False)
            yield Input(value=self.current or "", placeholder=texts.MUNICIPALITY_PLACEHOLDER, id="municipality-input")
            yield Static("", id="municipality-error", markup=False)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted, "#municipality-input")
    def _chosen(self, event: Input.Submitted) -> None:
        from adviseur.settings import Settings, check_municipality_name, save_settings
        from adviseur.store import StoreError

        try:
            name = check_municipality_name(event.value)
            save_settings(Settings(municipality=name))
        except (ValueError, StoreError) as exc:
            self.query_one("#municipality-error", Static).update(str(exc))
            return
        self.dismiss(name)

    def action_cancel(self) -> None:
        self.dismiss(None)
