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

from adviseur.tui import texts
from adviseur.tui.host import as_host
from adviseur.tui.room import RoomSession, room_session
from adviseur.tui.screens.sessions import ask_delete, session_option
from adviseur.tui.widgets.footer import AppFooter

SHOWN_UNFINISHED = 5
"""Unfinished sessions listed on the start screen itself; 'Mijn gesprekken' lists them all."""


@dataclass(frozen=True)
class WayIn:
    id: str
    label: str
    hint: str


WAYS_IN: tuple[WayIn, ...] = tuple(WayIn(way, label, hint) for way, (label, hint) in texts.WAYS_IN.items())


class StartScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", texts.KEY_CHOOSE, show=True, id="choose"),
        Binding("d,delete", "delete_session", texts.KEY_DELETE, id="delete"),
        Binding("t", "trainer", texts.KEY_TRAINER, id="trainer"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="start"):
            yield Static(texts.GREETING, id="greeting", classes="bubble bot")
            yield OptionList(id="ways-in")
        yield AppFooter()

    def on_mount(self) -> None:
        self.refresh_ways_in()
        self.query_one(OptionList).focus()
        room = room_session(self.app)
        if room.problem:
            self.notify(room.problem, title=texts.ROOM_TITLE, severity="warning", timeout=15)
        if room.room is not None and room.needs_nickname:
            from adviseur.tui.screens.room_join import NicknameScreen

            self.app.push_screen(NicknameScreen(room.room.name), self._joined)

    def _joined(self, nickname: str | None) -> None:
        problem = room_session(self.app).join(nickname)
        if problem:
            self.notify(problem, title=texts.TRAINER_UNREACHABLE_TITLE, severity="warning", timeout=15)
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
            hint = texts.MORE_UNFINISHED.format(count=more) if more > 0 else ""
            hint += texts.SESSIONS_KEPT.format(count=len(sessions))
            options.append(Option(f"{texts.MY_SESSIONS}\n[dim]{hint}[/]", id="sessions"))
        if room.room is not None:
            member = room.member
            who = texts.AS_NICKNAME.format(nickname=member.nickname) if member is not None and member.nickname else ""
            greeting = texts.ROOM_GREETING.format(room=room.room.name, who=who)
            self.query_one("#greeting", Static).update(Content(greeting))  # names typed by people: no markup
            self.sub_title = texts.ROOM_SUB_TITLE.format(name=room.room.name)
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

    hint = f"[dim]{texts.EXERCISE_HINT}[/]"
    options = [Option(f"{texts.EXERCISE.format(title=escape(x.title))}\n{hint}", id=f"room:{x.id}") for x in room.room.exercises]
    options.append(Option(f"{texts.TRAINER_VIEW}\n[dim]{texts.TRAINER_VIEW_HINT}[/]", id="trainer"))
    return options
