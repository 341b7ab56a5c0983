"""Recommendations for a flow's outcome in the JSON shape the CLI, scenario files and reports use.

The engine itself knows nothing of advice; this module is the one place that hands an outcome to
`adviseur.advice` (imported lazily, so loading and linting flows stays light).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from adviseur.flows.outcome import FlowOutcome

if TYPE_CHECKING:
    from adviseur.knowledge import KnowledgeBase


@dataclass
class AdviceResult:
    recommendations: list[dict[str, Any]] = field(default_factory=list)
    urgent: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        return [str(r["id"]) for r in self.recommendations]


def advise(outcome: FlowOutcome, *, kb: KnowledgeBase | None = None, use_search: bool = True) -> AdviceResult:
    """Recommendations (interventions first) and first steps for acute signals.

    Free-text answers the flow sends to search use the shipped knowledge base's index (built once
    per process)."""
    from adviseur.advice import profile_from_outcome, recommend

    if kb is None:
        from adviseur.knowledge import load_knowledge

        kb = load_knowledge()
    profile = profile_from_outcome(outcome, kb)
    index = None
    if use_search and profile.free_text:
        from adviseur.search import get_index

        index = get_index()
    data = recommend(profile, kb, index).to_json(kb)
    return AdviceResult(data["recommendations"], data["urgent"])
