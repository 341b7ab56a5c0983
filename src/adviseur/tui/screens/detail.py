"""A record's full card: summary, placement, evidence with its meaning, references, related records."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Markdown

from adviseur.knowledge.present import record_markdown
from adviseur.tui.host import as_host
from adviseur.tui.services import Services
from adviseur.tui.widgets.evidence_badge import EvidenceBadge


class DetailScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Terug", id="back"),
        Binding("w", "why_not", "Waarom (niet) geadviseerd?", id="why-not"),
    ]

    def __init__(self, record_id: str) -> None:
        super().__init__()
        self.record_id = record_id

    def compose(self) -> ComposeResult:
        services = self._services()
        record = services.kb.get(self.record_id)
        yield Header()
        with VerticalScroll(id="detail-body"):
            if record.evidence is not None:
                yield EvidenceBadge(record, id="detail-badge")
            yield Markdown(record_markdown(record, services.kb), id="detail-markdown", open_links=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#detail-body").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """'Waarom niet?' needs a case: offered once a casework conversation has given advice."""
        if action == "why_not":
            return self._services().case is not None
        return True

    def action_why_not(self) -> None:
        case = self._services().case
        if case is None:
            return
        self.notify(case.why_not(self.record_id), title="Voor de laatst besproken situatie", timeout=15)

    @on(Markdown.LinkClicked)
    def _open_related(self, event: Markdown.LinkClicked) -> None:
        if event.href.startswith("record:"):
            as_host(self.app).open_record(event.href.removeprefix("record:"))

    def _services(self) -> Services:
        services = as_host(self.app).services
        assert services is not None, "a record is opened from search or advice, both after loading"
        return services
