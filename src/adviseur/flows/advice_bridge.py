"""Recommendations for a flow's outcome, for the CLI, scenario files and reports.

The engine itself knows nothing of advice; this module is the one place that hands an outcome to
`adviseur.advice` (imported lazily, so loading and linting flows stays light).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from adviseur.flows.outcome import FlowOutcome

if TYPE_CHECKING:
    from adviseur.advice import Advice, CaseProfile
    from adviseur.knowledge import KnowledgeBase


@dataclass
class AdviceResult:
    profile: CaseProfile
    advice: Advice
    kb: KnowledgeBase

    @cached_property
    def _json(self) -> dict[str, Any]:
        return self.advice.to_json(self.kb)

    @property
    def recommendations(self) -> list[dict[str, Any]]:
        """Interventions first, then practice examples and national resources (JSON-ready)."""
        return self._json["recommendations"]

    @property
    def urgent(self) -> list[dict[str, Any]]:
        """First steps for acute signals (JSON-ready)."""
        return self._json["urgent"]

    @property
    def ids(self) -> list[str]:
        return [str(r["id"]) for r in self.recommendations]

    def summary_markdown(self) -> str:
        """The anonymised case summary (no free text of the resident)."""
        from adviseur.advice import case_summary_markdown

        return case_summary_markdown(self.profile, self.advice, self.kb)


def advise(outcome: FlowOutcome, *, kb: KnowledgeBase | None = None, use_search: bool = True) -> AdviceResult:
    """Advice for an outcome. Free-text answers the flow sends to search use the shipped
    knowledge base's index (built once per process)."""
    from adviseur.advice import profile_from_outcome, recommend

    if kb is None:
        from adviseur.knowledge import load_knowledge

        kb = load_knowledge()
    profile = profile_from_outcome(outcome, kb)
    index = None
    if use_search and profile.free_text:
        from adviseur.search import get_index

        index = get_index()
    return AdviceResult(profile, recommend(profile, kb, index), kb)
