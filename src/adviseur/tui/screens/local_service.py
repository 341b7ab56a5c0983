"""One local service in full, with its suggested tags marked, and 'a' to accept them: the place
in the app where a person confirms what Adviseur guessed from the description."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Static

from adviseur.localmap.model import LocalService
from adviseur.tui import texts
from adviseur.tui.host import as_host
from adviseur.tui.widgets.footer import AppFooter


class LocalServiceScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", texts.KEY_BACK_TO, id="back"),
        Binding("a", "accept", texts.KEY_ACCEPT, id="accept"),
    ]

    def __init__(self, service: LocalService) -> None:
        super().__init__()
        self.service = service

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="local-service"):
            yield Static(self._text(), id="local-service-text", markup=False)
        yield AppFooter()

    def on_mount(self) -> None:
        self.title = self.service.name
        self.sub_title = texts.LOCAL_SUB_TITLE.format(municipality=self.service.municipality)

    def _text(self) -> str:
        from adviseur.localmap.present import service_text

        services = as_host(self.app).services
        assert services is not None, "a local service is opened from a record, after loading"
        text = service_text(self.service, services.kb)
        if self.service.suggested:
            text += texts.ACCEPT_HINT
        return text

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "accept":
            return bool(self.service.suggested)
        return True

    def action_accept(self) -> None:
        """Confirm this service's suggestions in its stored map."""
        from adviseur.localmap.lookup import default_store
        from adviseur.localmap.store import MapError, accept_suggestions

        store = default_store()
        try:
            local_map = store.load(self.service.municipality)
            if local_map is None or self.service.id not in local_map.by_id():
                raise MapError(texts.SERVICE_GONE)
            accept_suggestions(store, local_map, {self.service.id})
            updated = store.load(self.service.municipality)
        except MapError as exc:
            self.notify(str(exc), title=texts.ACCEPT_FAILED, severity="error", timeout=10)
            return
        if updated is not None:
            self.service = updated.by_id().get(self.service.id, self.service)
        self.query_one("#local-service-text", Static).update(self._text())
        self.refresh_bindings()
        self.notify(texts.ACCEPTED, title=texts.ACCEPTED_TITLE, timeout=5)
