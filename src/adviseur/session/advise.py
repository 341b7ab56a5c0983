"""Recommendations for a flow's outcome, for the CLI, scenario files and reports.

The engine itself knows nothing of advice; this module is the one place that hands an outcome to
`adviseur.advice` (imported lazily, so loading and linting flows stays light).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from adviseur.flows.outcome import FlowOutcome

if TYPE_CHECKING:
    from adviseur.advice import Advice, CaseProfile
    from adviseur.advice.safety import SafetyStep
    from adviseur.knowledge import KnowledgeBase


@dataclass
class AdviceResult:
    profile: CaseProfile
    advice: Advice
    kb: KnowledgeBase
    safety: list[SafetyStep]
    """The one list of safety steps every face shows (adviseur.advice.safety)."""

    @cached_property
    def payload(self) -> dict[str, Any]:
        """The advice as JSON (recommendations, plan, suggested signals), built once."""
        return self.advice.to_json(self.kb)

    @property
    def recommendations(self) -> list[dict[str, Any]]:
        """The plan and the rest in one order of fit, then national resources (JSON-ready)."""
        return self.payload["recommendations"]

    @property
    def ids(self) -> list[str]:
        return [str(r["id"]) for r in self.recommendations]

    def summary_markdown(self) -> str:
        """The anonymised case summary (no free text of the resident)."""
        from adviseur.advice import case_summary_markdown

        return case_summary_markdown(self.profile, self.advice, self.kb, safety=self.safety)

    def why_not(self, record_id: str) -> str:
        """Why the record is or is not advised for this case (the id must exist)."""
        from adviseur.advice import why_not

        return why_not(record_id, self.advice, self.kb)


def advise(
    outcome: FlowOutcome, *, kb: KnowledgeBase | None = None, confirmed: Iterable[str] = ()
) -> AdviceResult:
    """Advice for an outcome. `confirmed` are signals the professional confirmed from the
    suggestions found in the description; they count like answers."""
    from adviseur.advice import profile_from_outcome, recommend
    from adviseur.advice.recommend import CONFIRMED_REASON

    if kb is None:
        from adviseur.knowledge import load_knowledge

        kb = load_knowledge()
    profile = profile_from_outcome(outcome, kb)
    for signal in confirmed:
        if signal in kb.signal_by_id:
            profile.add_signal(signal, f"{CONFIRMED_REASON}: {kb.signal_by_id[signal].label}")
            profile.confirmed.append(signal)
    from adviseur.advice.safety import safety_steps

    advice = recommend(profile, kb)
    return AdviceResult(profile, advice, kb, safety_steps(outcome, advice))
