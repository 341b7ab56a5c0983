"""The Adviseur Textual app.

The first screen appears at once; the knowledge base and the search index load in a thread worker
after the first paint, and screens that need them await `wait_for_services()`.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.reactive import reactive

from adviseur.tui import texts
from adviseur.tui.services import Services

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.screen import Screen

    from adviseur.session.start import SessionSummary


def _records_provider() -> type[Provider]:
    """The palette's records and flows, imported when the palette first opens (a lazy entry)."""
    from adviseur.tui.providers import RecordsProvider

    return RecordsProvider


class AdviseurApp(App[None]):
    """Chat-style advisor for the prevention of homelessness."""

    CSS_PATH = "app.tcss"
    TITLE = texts.TITLE
    SUB_TITLE = texts.SUB_TITLE
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", texts.KEY_QUIT, id="quit", priority=True),
        Binding("slash", "open_search", texts.KEY_SEARCH, id="search"),
        Binding("question_mark,f1", "help", texts.KEY_HELP, key_display="?", id="help"),
        Binding("ctrl+t", "toggle_theme", texts.KEY_THEME, id="theme"),
        Binding("ctrl+p", "command_palette", texts.KEY_PALETTE, id="palette", priority=True, show=False),
    ]

    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = App.COMMANDS | {_records_provider}

    services: reactive[Services | None] = reactive(None)

    def __init__(self, services: Services | None = None, *, gc_paused: bool = False) -> None:
        """`gc_paused`: Python's cycle collector was paused to start (see `run`); it is resumed
        once the first screen is painted."""
        super().__init__()
        self._preloaded = services
        self._services_ready = asyncio.Event()
        self._gc_paused = gc_paused

    def get_default_screen(self) -> Screen[None]:
        from adviseur.tui.screens.start import StartScreen

        return StartScreen()

    error_log: Path | None = None
    """Where an unexpected error was written (see `_fatal_error`), for `run` to tell the user."""

    def on_mount(self) -> None:
        self.theme = "textual-dark"
        if self._gc_paused:
            self.call_after_refresh(gc.enable)
        # SIGTERM (a shutdown, `kill`, serve ending a tab) and SIGHUP (the terminal window closed)
        # end the app like ctrl+q, so the terminal leaves the alternate screen and raw mode
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGHUP):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError, AttributeError):
                loop.add_signal_handler(sig, self.exit)
        if self._preloaded is not None:
            self.services = self._preloaded
        else:
            # after the first paint: the loader holds the GIL for a few hundred milliseconds
            self.call_after_refresh(self._load_services)
        self.call_after_refresh(self._show_municipality)

    def _show_municipality(self, municipality: str | None = None) -> None:
        """The chosen municipality in the header (read after the first paint)."""
        from adviseur.tui.local import chosen_municipality, sub_title

        self.sub_title = sub_title(municipality or chosen_municipality())

    def action_choose_municipality(self) -> None:
        """Ask for the municipality whose social map is shown next to the advice."""
        from adviseur.tui.local import chosen_municipality, notice
        from adviseur.tui.screens.municipality import MunicipalityScreen

        def chosen(name: str | None) -> None:
            if name is None:
                return
            self._show_municipality(name)
            said = notice(name) or texts.LOCAL_SERVICES_SHOWN.format(municipality=name)
            self.notify(said, title=texts.MUNICIPALITY_TITLE.format(municipality=name))

        self.push_screen(MunicipalityScreen(chosen_municipality()), chosen)

    @work(thread=True, exclusive=True, group="load")
    def _load_services(self) -> None:
        from adviseur.content import ContentError

        try:
            services = Services.load()
        except ContentError as exc:
            self.call_from_thread(self._content_broken, exc)
            return
        self.call_from_thread(setattr, self, "services", services)

    def _content_broken(self, exc: Exception) -> None:
        self.notify(
            texts.KNOWLEDGE_BROKEN.format(error=str(exc)[:500]),
            title=texts.KNOWLEDGE_BROKEN_TITLE,
            severity="error",
            timeout=30,
        )

    def watch_services(self, services: Services | None) -> None:
        if services is not None:
            self._services_ready.set()

    async def wait_for_services(self) -> Services:
        """For screens that need the knowledge base: returns once loading has finished."""
        await self._services_ready.wait()
        assert self.services is not None
        return self.services

    def action_open_search(self, query: str = "") -> None:
        """'/' always lands in the search field: the search on screen gets the focus, a search
        under records opened from it is returned to (the records only close), else a new one opens."""
        from adviseur.tui.screens.detail import DetailScreen
        from adviseur.tui.screens.local_service import LocalServiceScreen
        from adviseur.tui.screens.search import SearchScreen

        stack = self.screen_stack
        for depth, screen in enumerate(reversed(stack)):
            if isinstance(screen, SearchScreen):
                for _ in range(depth):
                    self.pop_screen()
                screen.focus_query(query or None)
                return
            if not isinstance(screen, DetailScreen | LocalServiceScreen):
                break
        self.push_screen(SearchScreen(initial_query=query))

    def action_help(self) -> None:
        from adviseur.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_command_palette(self) -> None:
        """The palette with a Dutch prompt; records and flows come first (see providers.py)."""
        from textual.command import CommandPalette

        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(CommandPalette(id="--command-palette", placeholder=texts.PALETTE_PROMPT))

    def get_system_commands(self, screen: Screen[Any]) -> Iterator[SystemCommand]:
        """Textual's own commands, in Dutch, and only those a user of this app needs."""
        yield SystemCommand(*texts.COMMAND_SEARCH, self.action_open_search)
        yield SystemCommand(*texts.COMMAND_HELP, self.action_help)
        yield SystemCommand(*texts.COMMAND_MUNICIPALITY, self.action_choose_municipality)
        yield SystemCommand(*texts.COMMAND_THEME, self.action_toggle_theme)
        yield SystemCommand(*texts.COMMAND_QUIT, self.exit)

    def action_help_quit(self) -> None:
        """Ctrl+C: say in Dutch how to stop, and that nothing is lost (answers are saved already)."""
        self.notify(texts.HOW_TO_QUIT, title=texts.HOW_TO_QUIT_TITLE)

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def _fatal_error(self) -> None:
        """An unexpected error ends the app without a traceback on the user's screen: Textual
        would print one with local variables (answers among them). It goes to an owner-only file
        in the data folder instead, and `run` says where."""
        from adviseur.errorlog import write_error_log

        self.bell()
        self.error_log = write_error_log(self._exception or sys.exc_info()[1])
        self._close_messages_no_wait()

    # --- what screens ask of the app (adviseur.tui.host.Host) ------------------------------------
    def start_flow(self, flow_id: str) -> None:
        from adviseur.tui.navigation import start_flow

        start_flow(self, flow_id)

    def open_way_in(self, way: str) -> None:
        from adviseur.tui.navigation import open_way_in

        open_way_in(self, way)

    def kept_sessions(self) -> list[SessionSummary]:
        from adviseur.tui.navigation import kept_sessions

        return kept_sessions(self)

    def delete_session(self, session_id: str) -> bool:
        from adviseur.tui.navigation import delete_session

        return delete_session(self, session_id)

    def open_record(self, record_id: str) -> None:
        from adviseur.tui.screens.detail import DetailScreen

        self.push_screen(DetailScreen(record_id))


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def run(*, gc_paused: bool = False) -> int:
    """Run the app; the exit code is 1 after an unexpected error (told in Dutch, details in a file).
    `gc_paused`: the caller paused Python's cycle collector before importing the app (its start
    makes tens of thousands of lasting objects the collector would visit for nothing: 6% of the
    time to the first screen); the app resumes it after its first paint (issue 12)."""
    from adviseur.errorlog import TOLD

    for sig in (signal.SIGTERM, signal.SIGHUP):  # until the app is mounted (then: a clean exit)
        with contextlib.suppress(ValueError, AttributeError):
            signal.signal(sig, _interrupt)
    try:
        app = AdviseurApp(gc_paused=gc_paused)
        app.run()
    except KeyboardInterrupt:
        raise
    except Exception as exc:  # noqa: BLE001 - before or after the app ran: still no traceback
        from adviseur.errorlog import write_error_log

        print(TOLD.format(path=write_error_log(exc)), file=sys.stderr)
        return 1
    if app.error_log is not None or app.return_code:
        print(TOLD.format(path=app.error_log or texts.LOG_NOT_WRITTEN), file=sys.stderr)
        return 1
    return 0
