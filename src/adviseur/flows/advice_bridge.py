"""Handing a flow's outcome to the recommender, whichever shape `adviseur.advice` has.

The flow engine does not depend on the advice package (it is written separately and may be
absent in a partial install). When `adviseur.advice` offers `recommend(profile, kb, index)`, the
outcome is turned into its case profile, with the advice package's own `profile_from_outcome`
when it has one (else `case_profile` below does the same): every signal and target group with
the answers, in words, that implied it. A `recommend` taking the outcome itself is also
accepted. Without a `recommend` there are simply no recommendations.
"""

from __future__ import annotations

import dataclasses
import importlib
from dataclasses import dataclass, field
from typing import Any

from adviseur.flows.outcome import FlowOutcome


@dataclass
class AdviceResult:
    recommendations: list[dict[str, Any]] = field(default_factory=list)
    urgent: list[dict[str, Any]] = field(default_factory=list)
    available: bool = True

    @property
    def ids(self) -> list[str]:
        return [str(r.get("id")) for r in self.recommendations if r.get("id") is not None]


def _as_dict(item: Any, kb: Any) -> dict[str, Any]:
    if isinstance(item, dict):
        return item
    to_json = getattr(item, "to_json", None)
    if callable(to_json):
        try:
            return to_json(kb)
        except TypeError:
            return to_json()
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return dataclasses.asdict(item)
    return {"id": getattr(item, "id", str(item))}


def case_profile(outcome: FlowOutcome, profile_cls: type, kb: Any, stages: Any = None) -> Any:
    """The advice package's CaseProfile for an outcome (only ids the knowledge base knows)."""
    profile = profile_cls()
    known_signals = getattr(kb, "signal_by_id", None)
    known_groups = getattr(kb, "target_group_by_id", None)
    for signal, reasons in outcome.signals.items():
        if known_signals is None or signal in known_signals:
            for reason in reasons:
                profile.add_signal(signal, str(reason))
    for group, reasons in outcome.target_groups.items():
        if known_groups is None or group in known_groups:
            for reason in reasons:
                profile.add_target_group(group, str(reason))
    if hasattr(profile, "stages"):
        profile.stages = [s for s in outcome.stages if stages is None or s in stages]
    if outcome.search_texts and hasattr(profile, "free_text"):
        profile.free_text = "\n".join(outcome.search_texts)
    return profile


def advise(outcome: FlowOutcome, *, kb: Any = None, use_search: bool = True) -> AdviceResult:
    """Recommendations for an outcome; `available` is False when there is no recommender."""
    try:
        advice = importlib.import_module("adviseur.advice")
    except ImportError:
        return AdviceResult(available=False)
    recommend = getattr(advice, "recommend", None)
    if recommend is None:
        return AdviceResult(available=False)
    profile_cls = getattr(advice, "CaseProfile", None)
    if profile_cls is None:
        result = recommend(outcome)
        items = result if isinstance(result, list) else getattr(result, "all", [])
        return AdviceResult([_as_dict(i, kb) for i in items])
    if kb is None:
        from adviseur.knowledge import load_knowledge

        kb = load_knowledge()
    from_outcome = getattr(advice, "profile_from_outcome", None)
    if callable(from_outcome):
        profile = from_outcome(outcome, kb)
    else:
        stages = getattr(importlib.import_module(profile_cls.__module__), "STAGE_PILLAR", None)
        profile = case_profile(outcome, profile_cls, kb, stages)
    index = _search_index(kb) if use_search and outcome.search_texts else None
    result = recommend(profile, kb, index)
    to_json = getattr(result, "to_json", None)
    if callable(to_json):
        data = to_json(kb)
        return AdviceResult(list(data.get("recommendations", [])), list(data.get("urgent", [])))
    items = result if isinstance(result, list) else getattr(result, "all", [])
    return AdviceResult([_as_dict(i, kb) for i in items])


def _search_index(kb: Any) -> Any:
    try:
        from adviseur.search import SearchIndex  # type: ignore[attr-defined]
    except ImportError:
        return None
    build = getattr(SearchIndex, "build", None)
    return build(kb) if callable(build) else None
