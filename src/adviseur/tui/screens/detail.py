"""A record's full card: summary, placement, evidence with its meaning, references, related records,
and the chosen municipality's services for it (enter opens one, to read it and accept suggestions)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Markdown, OptionList, Static
from textual.widgets.option_list import Option

from adviseur.knowledge import texts as knowledge_texts
from adviseur.knowledge.present import kind_label, record_markdown
from adviseur.tui import texts
from adviseur.tui.host import as_host
from adviseur.tui.services import Services
from adviseur.tui.widgets.evidence_badge import EvidenceBadge
from adviseur.tui.widgets.footer import AppFooter
from adviseur.tui.widgets.record_card import RecordCard, RecordLink

if TYPE_CHECKING:
    from adviseur.localmap.lookup import LocalLink


class DetailScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", texts.KEY_BACK_TO, id="back"),
        Binding("w", "why_not", texts.KEY_WHY_NOT, id="why-not"),
    ]

    def __init__(self, record_id: str) -> None:
        super().__init__()
        self.record_id = record_id
        self.local_links: list[LocalLink] = []

    def compose(self) -> ComposeResult:
        services = self._services()
        record = services.kb.get(self.record_id)
        yield Header()
        with VerticalScroll(id="detail-body"):
            if record.evidence is not None:
                yield EvidenceBadge(record, id="detail-badge")
            text = _without_see_also(record_markdown(record, services.kb))
            related = [services.kb.by_id[r] for r in record.related if r in services.kb.by_id]  # as the card lists them
            yield Markdown(text, id="detail-markdown", open_links=False)
            if related:
                # links in Markdown open with a mouse only: here tab reaches each one, enter opens it
                yield Static(knowledge_texts.SEE_ALSO, classes="results-domain", id="see-also")
                for other in related:
                    yield RecordLink(other, prefix=f"{kind_label(other.kind)}: ")
            yield from self._local_section(services)
        yield AppFooter()

    def _local_section(self, services: Services) -> ComposeResult:
        """'In jouw gemeente': the services of the chosen municipality for this record, or the
        line saying how to add its map. Nothing when no municipality is chosen."""
        from adviseur.tui.local import chosen_municipality, links_for, notice

        municipality = chosen_municipality()
        if municipality is None:
            return
        yield Static(texts.IN_YOUR_MUNICIPALITY.format(municipality=municipality), classes="results-heading", markup=False)
        self.local_links = links_for(self.record_id, services.kb)
        if self.local_links:
            options = [Option(link.summary(), id=f"local:{i}") for i, link in enumerate(self.local_links)]
            yield OptionList(*options, id="local-services")
        else:
            yield Static(notice(municipality) or texts.NO_LOCAL_SERVICES, markup=False)

    @on(OptionList.OptionSelected, "#local-services")
    def _open_local(self, event: OptionList.OptionSelected) -> None:
        from adviseur.tui.screens.local_service import LocalServiceScreen

        index = int((event.option.id or "local:0").removeprefix("local:"))
        self.app.push_screen(LocalServiceScreen(self.local_links[index].service))

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
        self.notify(case.why_not(self.record_id), title=texts.WHY_NOT_TITLE, timeout=15)

    @on(RecordCard.Opened)
    def _open_link(self, event: RecordCard.Opened) -> None:
        as_host(self.app).open_record(event.record_id)

    @on(Markdown.LinkClicked)
    def _open_related(self, event: Markdown.LinkClicked) -> None:
        if event.href.startswith("record:"):
            as_host(self.app).open_record(event.href.removeprefix("record:"))

    def _services(self) -> Services:
        services = as_host(self.app).services
        assert services is not None, "a record is opened from search or advice, both after loading"
        return services


SEE_ALSO = f"\n## {knowledge_texts.SEE_ALSO}\n"
"""The card's last section (`knowledge.present`), which the screen lists as links of its own."""


def _without_see_also(markdown: str) -> str:
    """The card without its last section, 'Zie ook', which the screen lists as links of its own."""
    head, found, _links = markdown.rpartition(SEE_ALSO)
    return head + "\n" if found else markdown
