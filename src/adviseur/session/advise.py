"""Advice for a flow's outcome: the one entry from a finished flow to `adviseur.advice`.

Here, in the application layer, and not in `adviseur.flows`: the engine knows nothing of advice
(flows sit below advice), and every face reaches advice through this function, via
`adviseur.session.finish` (the app, the command line and the reports) or directly (the scenario
runner and the benchmarks, which only need the ranking).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from adviseur.advice import Advice, CaseProfile, profile_from_outcome, recommend
from adviseur.advice.recommend import CONFIRMED_REASON
from adviseur.flows.run.outcome import FlowOutcome
from adviseur.knowledge import KnowledgeBase


@dataclass
class AdviceResult:
    profile: CaseProfile
    advice: Advice
    kb: KnowledgeBase

    @cached_property
    def payload(self) -> dict[str, Any]:
        """The advice as JSON (recommendations, plan, suggested signals), built once."""
        return self.advice.to_json(self.kb)

    @property
    def recommendations(self) -> list[dict[str, Any]]:
        """The plan and the rest in one order of fit, then national resources (JSON-ready)."""
        recommendations: list[dict[str, Any]] = self.payload["recommendations"]
        return recommendations

    @property
    def ids(self) -> list[str]:
        return [str(r["id"]) for r in self.recommendations]


def advise(outcome: FlowOutcome, *, kb: KnowledgeBase | None = None, confirmed: Iterable[str] = ()) -> AdviceResult:
    """Advice for an outcome. `confirmed` are signals the professional confirmed from the
    suggestions found in the description; they count like answers (unknown ids are ignored)."""
    if kb is None:
        from adviseur.knowledge import load_knowledge

        kb = load_knowledge()
    profile = profile_from_outcome(outcome, kb)
    for signal in confirmed:
        if signal in kb.signal_by_id:
            profile.add_signal(signal, f"{CONFIRMED_REASON}: {kb.signal_by_id[signal].label}")
            profile.confirmed.append(signal)
    return AdviceResult(profile, recommend(profile, kb), kb)
