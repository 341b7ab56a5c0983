"""'Mijn gesprekken': every kept conversation, unfinished and finished, to open or delete.

An unfinished one continues where it stopped; a finished one opens on its result again. Each
line names only the flow, the date and how far it got (`SessionSummary.line`): never an answer.
Deleting asks first (`ConfirmScreen`), and is gone for good.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from adviseur.tui import texts
from adviseur.tui.host import as_host
from adviseur.tui.widgets.dialogs import ConfirmScreen
from adviseur.tui.widgets.footer import AppFooter

if TYPE_CHECKING:  # the flow engine behind it is not needed to paint the start screen (issue 12)
    from adviseur.session.start import SessionSummary


def session_option(summary: SessionSummary, *, on_start: bool = False) -> Option:
    """One session as a menu line: the flow, then when and how far. On the start screen an
    unfinished one reads 'Verder waar je was — …'; here each line also says whether it is
    finished and how long it is kept. Flow titles are authored text: escaped, never markup."""
    if on_start:
        title = texts.CONTINUE.format(title=summary.flow_title)
        detail = f"{summary.when} · {summary.progress}"
    else:
        state = texts.FINISHED if summary.finished else texts.UNFINISHED
        title = summary.flow_title
        detail = f"{state} · {summary.when} · {summary.progress} · {summary.kept_until}"
    return Option(f"{escape(title)}\n[dim]{escape(detail)}[/]", id=f"resume:{summary.session_id}")


class SessionsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", texts.KEY_BACK_TO, id="back"),
        Binding("d,delete", "delete", texts.KEY_DELETE, id="delete"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="sessions"):
            yield Static(texts.SESSIONS_INTRO, id="sessions-intro", classes="band-explanation")
            yield OptionList(id="session-list")
        yield AppFooter()

    def on_mount(self) -> None:
        self.sub_title = texts.SESSIONS_SUB_TITLE
        self.refresh_sessions()
        self.query_one(OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_sessions()

    def refresh_sessions(self) -> None:
        sessions = as_host(self.app).kept_sessions()
        menu = self.query_one(OptionList)
        highlighted = menu.highlighted
        menu.clear_options()
        menu.add_options([session_option(s) for s in sessions])
        self.query_one("#sessions-intro", Static).update(texts.SESSIONS_INTRO if sessions else texts.NO_SESSIONS)
        if sessions:
            menu.highlighted = min(highlighted or 0, len(sessions) - 1)
        self.refresh_bindings()

    def _highlighted_id(self) -> str | None:
        menu = self.query_one(OptionList)
        if menu.highlighted is None or not menu.option_count:
            return None
        return menu.get_option_at_index(menu.highlighted).id

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "delete":
            return self._highlighted_id() is not None
        return True

    @on(OptionList.OptionSelected, "#session-list")
    def _open(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            as_host(self.app).open_way_in(event.option.id)

    @on(OptionList.OptionHighlighted, "#session-list")
    def _moved(self) -> None:
        self.refresh_bindings()

    def action_delete(self) -> None:
        way = self._highlighted_id()
        if way is not None:
            ask_delete(self, way.removeprefix("resume:"), self.refresh_sessions)


def ask_delete(screen: Screen[None], session_id: str, then: Callable[[], None]) -> None:
    """Ask before deleting a session for good; `then()` runs after it was deleted."""
    host = as_host(screen.app)
    summary = next((s for s in host.kept_sessions() if s.session_id == session_id), None)
    if summary is None:
        return

    def answered(yes: bool | None) -> None:
        if yes and host.delete_session(session_id):
            said = texts.SESSION_DELETED.format(title=summary.flow_title, when=summary.when)
            screen.notify(said, title=texts.SESSION_DELETED_TITLE, timeout=5)
        if yes:
            then()

    screen.app.push_screen(ConfirmScreen(texts.DELETE_SESSION.format(line=summary.line)), answered)
