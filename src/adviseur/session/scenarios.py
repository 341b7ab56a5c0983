"""The scenario runner with advice: a scenario file's expected recommendations checked too.

`adviseur.flows.authoring.scenarios` runs a scenario through the engine and checks all it expects of the
engine (path, scores, signals, …). The expected recommendations need the advisor, which sits
above the flows; so they are checked here, in the application layer, on the runner's result.
`adviseur check` uses the engine-only runner (fast, no knowledge base); the pytest scenario test
and `benchmarks/advice_quality.py` use this one.
"""

from __future__ import annotations

from pathlib import Path

from adviseur.flows import texts
from adviseur.flows.authoring.loader import FlowLibrary
from adviseur.flows.authoring.scenarios import ScenarioResult
from adviseur.flows.authoring.scenarios import run_scenario as run_engine_scenario
from adviseur.knowledge import KnowledgeBase
from adviseur.session.advise import advise

TOP = 5
"""An expected recommendation must be among the top five (or as many as the scenario lists)."""


def run_scenario(path: Path, library: FlowLibrary | None = None, *, kb: KnowledgeBase | None = None) -> ScenarioResult:
    """Run one scenario file and compare with all its expectations, the recommendations
    included. Never raises for bad content."""
    result = run_engine_scenario(path, library)
    scenario = result.scenario
    if result.outcome is None or scenario is None or scenario.expect.recommendations is None:
        return result
    expected = scenario.expect.recommendations
    case = advise(result.outcome, kb=kb)
    result.recommendations = case.recommendations
    # the ranked advice's top five, or the short list of national resources (their own list)
    ranked = [r.record.id for r in case.advice.ranked]
    top = ranked[: max(TOP, len(expected))] + [r.record.id for r in case.advice.resources]
    if any(r not in top for r in expected):
        result.differ("recommendations (top)", expected, top)
    if scenario.known_gap:
        _apply_known_gap(result)
    return result


def _apply_known_gap(result: ScenarioResult) -> None:
    """Turn the declared recommendation miss into a known miss; insist the note goes once met."""
    pairs = list(zip(result.failures, result.failure_locs, strict=True))
    misses = [f for f, _ in pairs if f.startswith("recommendations")]
    if not misses:
        result.failures.append(texts.SCENARIO_GAP_CLOSED)
        result.failure_locs.append(("known_gap",))
        return
    kept = [(f, loc) for f, loc in pairs if not f.startswith("recommendations")]
    result.known_misses = misses
    result.failures = [f for f, _ in kept]
    result.failure_locs = [loc for _, loc in kept]
