"""Start: a short greeting and the ways in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from adviseur.tui.host import as_host

GREETING = (
    "Goedendag. Ik help je bij het voorkomen van dakloosheid: ik zoek met je mee naar interventies, "
    "praktijkvoorbeelden en landelijke informatie, en vertel hoe sterk het bewijs is.\n"
    "Waar wil je mee beginnen?"
)


@dataclass(frozen=True)
class WayIn:
    id: str
    label: str
    hint: str


WAYS_IN: tuple[WayIn, ...] = (
    WayIn("flow:signalen", "Signalen van een inwoner doorlopen", "een kort gesprek, daarna passend advies"),
    WayIn("search", "Interventie zoeken", "zoek op naam, afkorting, signaal of situatie"),
    WayIn("flow:zelfscan", "Zelfscan preventiebeleid", "voor gemeenten: scores per pijler en verbeterpunten"),
    WayIn("flow:vroeginterventie", "Checklist vroeginterventie", "kiezen, invoeren en evalueren"),
    WayIn("flow:housing-first", "Housing First modelgetrouwheid", "toets aan de kernprincipes"),
    WayIn("training", "Training", "casusoefeningen en quizzen"),
)


class StartScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "Kiezen", show=True, id="choose"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="start"):
            yield Static(GREETING, id="greeting", classes="bubble bot")
            yield OptionList(id="ways-in")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_ways_in()
        self.query_one(OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_ways_in()

    def refresh_ways_in(self) -> None:
        """Rebuild the menu: 'Verder waar je was' appears only when a session can be resumed."""
        options = []
        resumable = as_host(self.app).latest_resumable()
        if resumable is not None:
            options.append(Option(f"Verder waar je was — {resumable.title}", id=f"resume:{resumable.session_id}"))
        options += [Option(f"{w.label}\n[dim]{w.hint}[/]", id=w.id) for w in WAYS_IN]
        menu = self.query_one(OptionList)
        highlighted = menu.highlighted
        menu.clear_options()
        menu.add_options(options)
        menu.highlighted = highlighted if highlighted is not None and highlighted < len(options) else 0

    def action_choose(self) -> None:
        menu = self.query_one(OptionList)
        if menu.highlighted is not None:
            self._choose(menu.get_option_at_index(menu.highlighted).id or "")

    @on(OptionList.OptionSelected, "#ways-in")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id or "")

    def _choose(self, way: str) -> None:
        as_host(self.app).open_way_in(way)
