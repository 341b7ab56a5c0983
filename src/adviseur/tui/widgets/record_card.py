"""A recommendation as a card: title, kind, evidence badge, reasons, related practice examples, and
the chosen municipality's services that deliver it ("In jouw gemeente: …")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Static

from adviseur.advice.recommend import NAMED_REASON, Recommendation
from adviseur.knowledge.models import Record
from adviseur.knowledge.present import kind_label, title_with_place
from adviseur.tui import texts
from adviseur.tui.widgets.evidence_badge import EvidenceBadge

if TYPE_CHECKING:
    from adviseur.localmap.lookup import LocalLink


class RecordCard(Vertical, can_focus=True):
    """Focusable; enter or a click opens the record's detail."""

    BINDINGS = [("enter", "open", texts.KEY_DETAILS)]

    class Opened(Message):
        def __init__(self, record_id: str) -> None:
            super().__init__()
            self.record_id = record_id

    def __init__(
        self,
        record: Record,
        *,
        reasons: list[str] | None = None,
        related: list[Record] | None = None,
        caveats: list[str] | None = None,
        number: int | None = None,
        for_carer: bool = False,
    ) -> None:
        super().__init__(classes="card")
        self.record = record
        self.reasons = reasons or []
        self.related = related or []
        self.caveats = caveats or []
        self.number = number
        self.for_carer = for_carer

    @classmethod
    def for_recommendation(cls, rec: Recommendation, *, number: int | None = None) -> RecordCard:
        """The card of one piece of advice. Words the user typed that named the record are quoted
        here, on screen only (reports and summaries never repeat the description)."""
        reasons = [f"{r} ('{rec.named_words}')" if r == NAMED_REASON and rec.named_words else r for r in rec.reasons]
        return cls(
            rec.record,
            reasons=reasons,
            related=rec.related_examples,
            caveats=rec.caveats,
            number=number,
            for_carer=rec.for_carer,
        )

    def compose(self) -> ComposeResult:
        with Horizontal(classes="card-head"):
            title = title_with_place(self.record)
            title = f"{self.number}. {title}" if self.number else title
            yield Static(title, classes="card-title", markup=False)
            yield Static(kind_label(self.record.kind), classes="card-kind")
            if self.record.evidence is not None:
                yield EvidenceBadge(self.record)
        reasons = [texts.CARD_FOR_CARER] if self.for_carer else []
        reasons += self.reasons[:3]
        if reasons:  # one widget for all lines: every widget of every card costs the screen its styling
            yield Static("\n".join(f"• {reason}" for reason in reasons), classes="card-reason", markup=False)
        for caveat in self.caveats:
            yield Static(texts.CARD_CAVEAT.format(caveat=" ".join(caveat.split())), classes="card-caveat", markup=False)
        for example in self.related:
            yield RecordLink(example, prefix=texts.CARD_PRACTICE)
        for link in self._local_links():
            yield Static(link.line(), classes="card-related card-local", markup=False)

    def _local_links(self) -> list[LocalLink]:
        """The chosen municipality's services for this record (none without a choice or a map)."""
        from adviseur.tui.host import as_host
        from adviseur.tui.local import links_for

        services = as_host(self.app).services
        return links_for(self.record.id, services.kb if services is not None else None)

    def action_open(self) -> None:
        self.post_message(self.Opened(self.record.id))

    def on_click(self) -> None:
        self.action_open()


class RecordLink(Static, can_focus=True):
    """A record named on a card ('Praktijk: Vroeg Erbij (Tilburg)'): tab reaches it, enter or a
    click opens it, through the same `RecordCard.Opened` the card itself posts."""

    BINDINGS = [("enter", "open", texts.KEY_OPEN)]

    def __init__(self, record: Record, *, prefix: str = "") -> None:
        super().__init__(f"{prefix}{title_with_place(record)} ›", classes="card-related record-link", markup=False)
        self.record = record

    def action_open(self) -> None:
        self.post_message(RecordCard.Opened(self.record.id))

    def on_click(self, event: events.Click) -> None:
        event.stop()  # the card under it would open itself as well
        self.action_open()
