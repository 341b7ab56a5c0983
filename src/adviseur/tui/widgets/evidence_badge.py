"""The evidence badge: a distinct colour per level *and* a text label, so it reads without colour."""

from __future__ import annotations

from typing import Any

from textual.widgets import Static

from adviseur.knowledge.models import Record
from adviseur.knowledge.present import level_label


class EvidenceBadge(Static):
    """Shows e.g. '▰▰▰ Effectief' — the bars repeat the level for colour-blind readers."""

    BARS = {"effectief": "▰▰▰", "kansrijk": "▰▰▱", "erkend": "▰▱▱", "inspirerend": "▱▱▱", None: "···"}

    def __init__(self, record: Record, **kwargs: Any) -> None:
        level = record.evidence.level if record.evidence else None
        label = level_label(record) or ""
        super().__init__(f"{self.BARS[level]} {label}", **kwargs)
        self.add_class("badge", f"level-{level or 'none'}")
        if record.evidence and record.evidence.international:
            self.add_class("international")
