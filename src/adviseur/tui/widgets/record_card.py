"""A recommendation as a card: title, kind, evidence badge, reasons, related practice examples."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Static

from adviseur.advice.recommend import Recommendation
from adviseur.knowledge.models import Record
from adviseur.knowledge.present import kind_label
from adviseur.tui.widgets.evidence_badge import EvidenceBadge


class RecordCard(Vertical, can_focus=True):
    """Focusable; enter or a click opens the record's detail."""

    BINDINGS = [("enter", "open", "Details")]

    class Opened(Message):
        def __init__(self, record_id: str) -> None:
            super().__init__()
            self.record_id = record_id

    def __init__(self, record: Record, *, reasons: list[str] | None = None, related: list[Record] | None = None) -> None:
        super().__init__(classes="card")
        self.record = record
        self.reasons = reasons or []
        self.related = related or []

    @classmethod
    def for_recommendation(cls, rec: Recommendation) -> RecordCard:
        return cls(rec.record, reasons=rec.reasons, related=rec.related_examples)

    def compose(self) -> ComposeResult:
        with Horizontal(classes="card-head"):
            yield Static(self.record.title, classes="card-title", markup=False)
            yield Static(kind_label(self.record.kind), classes="card-kind")
            if self.record.evidence is not None:
                yield EvidenceBadge(self.record)
        for reason in self.reasons[:3]:
            yield Static(f"• {reason}", classes="card-reason", markup=False)
        if self.related:
            titles = "; ".join(r.title for r in self.related)
            yield Static(f"Praktijk: {titles}", classes="card-related", markup=False)

    def action_open(self) -> None:
        self.post_message(self.Opened(self.record.id))

    def on_click(self) -> None:
        self.action_open()
