"""The evidence badge: a distinct colour per level *and* a text label, so it reads without colour."""

from __future__ import annotations

from typing import Any

from textual.widgets import Static

from adviseur.knowledge.models import Record
from adviseur.knowledge.present import level_label
from adviseur.knowledge.vocabulary import LEVEL_RANK, LEVELS


class EvidenceBadge(Static):
    """Shows e.g. '▰▰▰ Effectief' — the bars repeat the level for colour-blind readers."""

    BARS = {level: "▰" * (len(LEVELS) - 1 - rank) + "▱" * rank for level, rank in LEVEL_RANK.items() if level is not None}
    """Three bars for the strongest level, one fewer per step down; '···' when no level is stated."""

    INTERNATIONAL = "◆"
    """For a record shown effective abroad: its Dutch level may be 'inspirerend' (three empty
    bars), and empty bars next to 'internationaal effectief' read as a contradiction."""

    def __init__(self, record: Record, **kwargs: Any) -> None:
        level = record.evidence.level if record.evidence else None
        label = level_label(record) or ""
        international = bool(record.evidence and record.evidence.international)
        mark = self.INTERNATIONAL if international else self.BARS.get(level or "", "···")
        super().__init__(f"{mark} {label}", **kwargs)
        self.add_class("badge", f"level-{level or 'none'}")
        if international:
            self.add_class("international")
