"""Turn a flow's outcome into a case profile: the one bridge between flows and advice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from adviseur.advice.profile import STAGE_PILLAR, CaseProfile
from adviseur.knowledge.loader import KnowledgeBase

if TYPE_CHECKING:
    from adviseur.flows.run.outcome import FlowOutcome


def profile_from_outcome(outcome: FlowOutcome, kb: KnowledgeBase) -> CaseProfile:
    """Signals and target groups with the answers, in words, that implied them.

    Ids the knowledge base does not know are left out (the flow linter reports them; a stale saved
    session must still give advice).
    """
    profile = CaseProfile(casework=outcome.casework)
    for signal, reasons in outcome.signals.items():
        if signal in kb.signal_by_id:
            for reason in reasons:
                profile.add_signal(signal, str(reason))
    for group, reasons in outcome.target_groups.items():
        if group in kb.target_group_by_id:
            for reason in reasons:
                profile.add_target_group(group, str(reason))
    for fact, reasons in outcome.facts.items():
        for reason in reasons:
            profile.add_fact(fact, str(reason))
    profile.stages = [s for s in outcome.stages if s in STAGE_PILLAR]  # type: ignore[misc]
    if outcome.life_phases:
        profile.life_phase, reasons = next(iter(outcome.life_phases.items()))
        profile.life_phase_because = [str(r) for r in reasons]
    if outcome.search_texts:
        profile.free_text = "\n".join(outcome.search_texts)
    return profile
