"""Start: a short greeting and the ways in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from adviseur.tui.host import as_host
from adviseur.tui.room import RoomSession, room_session
from adviseur.tui.screens.sessions import ask_delete, session_option
from adviseur.tui.widgets.footer import AppFooter

SHOWN_UNFINISHED = 5
"""Unfinished sessions listed on the start screen itself; 'Mijn gesprekken' lists them all."""
ROOM_GREETING = "Welkom in trainingsruimte '{room}'{who}. Kies hieronder een oefening van de trainer."
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
    WayIn("scans", "Bewaarde scans", "tijdlijn door de jaren, samen invullen met partners, regiobeeld"),
    WayIn("flow:vroeginterventie", "Checklist vroeginterventie", "kiezen, invoeren en evalueren"),
    WayIn("flow:housing-first", "Housing First modelgetrouwheid", "toets aan de kernprincipes"),
    WayIn("training", "Training", "casusoefeningen en quizzen"),
)


class StartScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "Kiezen", show=True, id="choose"),
        Binding("d,delete", "delete_session", "Verwijderen", id="delete"),
        Binding("t", "trainer", "Trainersoverzicht", id="trainer"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="start"):
            yield Static(GREETING, id="greeting", classes="bubble bot")
            yield OptionList(id="ways-in")
        yield AppFooter()

    def on_mount(self) -> None:
        self.refresh_ways_in()
        self.query_one(OptionList).focus()
        room = room_session(self.app)
        if room.problem:
            self.notify(room.problem, title="Trainingsruimte", severity="warning", timeout=15)
        if room.room is not None and room.needs_nickname:
            from adviseur.tui.screens.room_join import NicknameScreen

            self.app.push_screen(NicknameScreen(room.room.name), self._joined)

    def _joined(self, nickname: str | None) -> None:
        problem = room_session(self.app).join(nickname)
        if problem:
            self.notify(problem, title="Delen met de trainer lukt niet", severity="warning", timeout=15)
        self.refresh_ways_in()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The trainer's view is offered only in a training room; deleting only on a session."""
        if action == "trainer":
            return room_session(self.app).active
        if action == "delete_session":
            return self._highlighted().startswith("resume:")
        return True

    def _highlighted(self) -> str:
        menu = self.query_one(OptionList)
        if menu.highlighted is None or not menu.option_count:
            return ""
        return menu.get_option_at_index(menu.highlighted).id or ""

    @on(OptionList.OptionHighlighted, "#ways-in")
    def _moved(self) -> None:
        self.refresh_bindings()  # 'Verwijderen' follows the highlighted line

    def action_delete_session(self) -> None:
        way = self._highlighted()
        if way.startswith("resume:"):
            ask_delete(self, way.removeprefix("resume:"), self.refresh_ways_in)

    def action_trainer(self) -> None:
        from adviseur.tui.screens.trainer import TrainerKeyScreen, TrainerScreen

        room = room_session(self.app).room
        if room is None:
            return

        def opened(key: str | None) -> None:
            if key is not None:
                self.app.push_screen(TrainerScreen(room, key))

        self.app.push_screen(TrainerKeyScreen(room), opened)

    def on_screen_resume(self) -> None:
        self.refresh_ways_in()

    def refresh_ways_in(self) -> None:
        """Rebuild the menu: a 'Verder waar je was' line for every unfinished session (the most
        recent first, up to SHOWN_UNFINISHED; the rest under 'Mijn gesprekken'), then the ways
        in, then 'Mijn gesprekken' once anything is kept."""
        room = room_session(self.app)
        options = _room_options(room) if room.room is not None else []
        sessions = as_host(self.app).kept_sessions() if room.room is None else []  # a room resumes per exercise
        unfinished = [s for s in sessions if not s.finished]
        options += [session_option(s, on_start=True) for s in unfinished[:SHOWN_UNFINISHED]]
        options += [Option(f"{w.label}\n[dim]{w.hint}[/]", id=w.id) for w in WAYS_IN if room.room is None or w.id != "training"]
        if sessions:
            more = len(unfinished) - SHOWN_UNFINISHED
            hint = f"nog {more} onafgerond, " if more > 0 else ""
            hint += f"{len(sessions)} bewaard, ook afgeronde: openen of verwijderen"
            options.append(Option(f"Mijn gesprekken\n[dim]{hint}[/]", id="sessions"))
        if room.room is not None:
            who = f" als {room.member.nickname}" if room.member is not None and room.member.nickname else ""
            greeting = ROOM_GREETING.format(room=room.room.name, who=who)
            self.query_one("#greeting", Static).update(Content(greeting))  # names typed by people: no markup
            self.sub_title = f"trainingsruimte {room.room.name}"
        menu = self.query_one(OptionList)
        highlighted = menu.highlighted
        menu.clear_options()
        menu.add_options(options)
        menu.highlighted = highlighted if highlighted is not None and highlighted < len(options) else 0
        self.refresh_bindings()

    def action_choose(self) -> None:
        menu = self.query_one(OptionList)
        if menu.highlighted is not None:
            self._choose(menu.get_option_at_index(menu.highlighted).id or "")

    @on(OptionList.OptionSelected, "#ways-in")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id or "")

    def _choose(self, way: str) -> None:
        if way == "trainer":
            self.action_trainer()
        else:
            as_host(self.app).open_way_in(way)


def _room_options(room: RoomSession) -> list[Option]:
    """The room's exercises first, then the trainer's view (which asks for the key)."""
    assert room.room is not None
    from textual.markup import escape  # a trainer's own case file names its title

    hint = "[dim]van de trainer van deze ruimte[/]"
    options = [Option(f"Oefening: {escape(x.title)}\n{hint}", id=f"room:{x.id}") for x in room.room.exercises]
    options.append(Option("Trainersoverzicht\n[dim]alleen voor de trainer: vraagt de trainerssleutel (toets t)[/]", id="trainer"))
    return options
