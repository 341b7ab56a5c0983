"""A small host app for one screen with prepared state, and the state to prepare.

Typing a whole flow by keyboard to reach a screen costs seconds per test (the self-scan took
35 s for two scans). Most screen tests need the screen, not the typing: they open it here on an
outcome or an engine prepared headlessly with the same engine the app uses, and press keys only
for what they test. A few journeys in `test_journeys.py` still type whole flows by keyboard.

`HostApp` provides exactly what screens may ask of their app (`adviseur.tui.host.Host`), with the
app's own stylesheet (scroll positions and sizes depend on it), and records the requests that
would navigate elsewhere, so a test can check them without the rest of the app.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.screen import Screen

import adviseur.tui.app
from adviseur.flows.language.runtime import Program
from adviseur.flows.run.engine import FlowEngine
from adviseur.tui.services import Services

if TYPE_CHECKING:
    from adviseur.session.start import SessionSummary

APP_STYLESHEET = Path(adviseur.tui.app.__file__).with_name(adviseur.tui.app.AdviseurApp.CSS_PATH)


class HostApp(App[None]):
    """Shows `screen` (pushed once mounted) with prepared `services`."""

    CSS_PATH = str(APP_STYLESHEET)

    def __init__(self, screen: Screen[Any], services: Services) -> None:
        super().__init__()
        self._first = screen
        self._services = services
        self.requests: list[tuple[str, str]] = []
        """What screens asked for that this app does not show: ('start_flow', id), ('open_way_in', way), ('search', query)."""

    def on_mount(self) -> None:
        self.theme = "textual-dark"
        self.push_screen(self._first)

    # --- adviseur.tui.host.Host ------------------------------------------------------------------
    @property
    def services(self) -> Services:
        return self._services

    async def wait_for_services(self) -> Services:
        return self._services

    def open_record(self, record_id: str) -> None:
        from adviseur.tui.screens.detail import DetailScreen

        self.push_screen(DetailScreen(record_id))

    def start_flow(self, flow_id: str) -> None:
        self.requests.append(("start_flow", flow_id))

    def open_way_in(self, way: str) -> None:
        self.requests.append(("open_way_in", way))

    def kept_sessions(self) -> list[SessionSummary]:
        return []

    def delete_session(self, session_id: str) -> bool:
        self.requests.append(("delete_session", session_id))
        return False

    def action_open_search(self, query: str = "") -> None:
        self.requests.append(("search", query))



def engine_at(program: Program, answers: dict[str, Any], question: str) -> FlowEngine:
    """An engine that has taken `answers` (by question id, as a scenario file gives them) in the
    flow's order, up to where it asks `question`; optional questions without an answer are skipped."""
    engine = FlowEngine(program)
    for _ in range(500):
        step = engine.current
        assert step is not None, f"the flow ended before asking '{question}'"
        if step.question == question:
            return engine
        result = engine.answer(answers[step.question]) if step.question in answers else engine.skip()
        assert result.accepted, (step.question, result.errors)
    raise AssertionError(f"'{question}' not reached")
