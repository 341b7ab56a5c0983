"""What the advisor knows about a case: signals and target groups, each with the answers behind them.

The recommender reads only this, not flow answers directly, so any front end (the casework flow,
a quick search, a test) can ask for advice, and every recommendation can say in words why it was
made. Nothing here identifies a person: reasons are built from choice labels, not free text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from adviseur.knowledge.vocabulary import PillarId

Stage = Literal["voorzorg", "herstelzorg", "woonvraag"]

#: Which pillar a stage of the case points to (used as a small ranking bonus).
STAGE_PILLAR: dict[str, PillarId] = {
    "voorzorg": PillarId.VOORZORG,
    "herstelzorg": PillarId.HERSTELZORG,
    "woonvraag": PillarId.INCLUSIEF_WONEN,
}


@dataclass
class CaseProfile:
    signals: dict[str, list[str]] = field(default_factory=dict)
    """Signal id -> the answers (in words) that implied it, e.g. 'Huurachterstand: twee maanden of meer'."""
    target_groups: dict[str, list[str]] = field(default_factory=dict)
    stages: list[Stage] = field(default_factory=list)
    life_phase: str | None = None
    """jeugd, jongvolwassen, volwassen or oudere: keeps advice for older people from a 30-year-old."""
    life_phase_because: list[str] = field(default_factory=list)
    facts: dict[str, list[str]] = field(default_factory=dict)
    """Housing and household facts (adviseur.knowledge.applicability) -> the answers that stated them."""
    free_text: str | None = None
    """The professional's own description; searched, never repeated in summaries unless asked."""
    casework: bool = True
    """About one resident. False for a policy flow (the early-intervention checklist): there is no
    person whose situation could rule a record out, and records for municipalities are the point."""
    confirmed: list[str] = field(default_factory=list)
    """Signals found in the free text that the professional confirmed (they count like answers)."""

    def add_signal(self, signal: str, because: str) -> None:
        reasons = self.signals.setdefault(signal, [])
        if because not in reasons:
            reasons.append(because)

    def add_fact(self, fact: str, because: str) -> None:
        reasons = self.facts.setdefault(fact, [])
        if because not in reasons:
            reasons.append(because)

    def add_target_group(self, group: str, because: str) -> None:
        reasons = self.target_groups.setdefault(group, [])
        if because not in reasons:
            reasons.append(because)

    @property
    def is_empty(self) -> bool:
        return not self.signals and not self.target_groups and not (self.free_text or "").strip()
