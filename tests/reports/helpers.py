"""Running flows headlessly for report tests: from a scenario file, or with made-up answers."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from adviseur.advice import Advice
from adviseur.flows.authoring.loader import FlowLibrary
from adviseur.flows.authoring.scenarios import run_scenario
from adviseur.flows.language.model import AnswerKind
from adviseur.flows.language.runtime import Program
from adviseur.flows.run.engine import FlowEngine, Step
from adviseur.flows.run.outcome import FlowOutcome
from adviseur.knowledge import KnowledgeBase
from adviseur.locations import flows_dir
from adviseur.reports import Comparison, Report, build_report, build_result

SCENARIOS = flows_dir() / "scenarios"


def scenario(flow_id: str, name: str) -> tuple[Program, FlowOutcome]:
    """The program and outcome of `flows/scenarios/<flow_id>/<name>.yaml` (which must pass)."""
    result = run_scenario(SCENARIOS / flow_id / f"{name}.yaml")
    assert result.passed, result.failures or [str(p) for p in result.problems]
    assert result.engine is not None and result.outcome is not None
    return result.engine.program, result.outcome


def report_for(
    outcome: FlowOutcome,
    program: Program | None,
    kb: KnowledgeBase,
    *,
    advice: Advice | None = None,
    comparison: Comparison | None = None,
    subject: str | None = None,
    today: date | None = None,
    include_sensitive: bool = False,
) -> Report:
    """The report of an outcome, built as the session builds it: the `RunResult`, then its report."""
    run = build_result(outcome, program, kb, advice=advice, comparison=comparison, subject=subject)
    return build_report(run, today=today, include_sensitive=include_sensitive)


def _candidates(step: Step) -> list[Any]:
    plain = [c.id for c in step.choices if not c.exclusive] or [c.id for c in step.choices]
    if step.kind == AnswerKind.SINGLE:
        return plain[:3]
    if step.kind == AnswerKind.MULTI:
        return [plain[:1], plain[:2]]
    if step.kind == AnswerKind.YESNO:
        return [True, False]
    if step.kind == AnswerKind.SCALE:
        assert step.scale is not None
        return [step.scale[1], step.scale[0]]
    if step.kind == AnswerKind.NUMBER:
        return [1, 0, 18, 30, 100, 1000]
    return ["Een toelichting <script>alert('x')</script> & meer", "Tekst"]


def play_anything(program: Program) -> FlowOutcome:
    """Answer every question with the first acceptable made-up answer, until the flow ends."""
    engine = FlowEngine(program)
    for _ in range(500):
        step = engine.current
        if step is None:
            break
        for value in _candidates(step):
            if engine.answer(value).accepted:
                break
        else:
            assert not step.required, f"geen geldig antwoord gevonden voor {step.key}"
            assert engine.skip().accepted
    assert engine.finished
    return engine.outcome()


def main_flows() -> list[str]:
    infos, problems = FlowLibrary().infos()
    assert not [p for p in problems if p.severity == "error"], [str(p) for p in problems]
    return [i.id for i in infos]


def program(flow_id: str) -> Program:
    loaded, problems = FlowLibrary().program(flow_id)
    assert loaded is not None, [str(p) for p in problems]
    return loaded


def repo_path(*parts: str) -> Path:
    return flows_dir().joinpath(*parts)
