"""Flows: declarative YAML dialogues, their condition language, engine, linter (pure Python).

    from adviseur.flows import FlowLibrary, FlowEngine
    program = FlowLibrary().load("signalen")      # ContentError with located messages if broken
    engine = FlowEngine(program)
    while (step := engine.current) is not None:
        engine.answer(...)
    outcome = engine.outcome()                    # FlowOutcome: for advice, scores, reports

Modules, one concern each: `model` (the YAML language), `expr` (conditions), `source` and
`loader` (reading files), `program` (checks across a file, compiling), `runtime` (the compiled
form), `walk` (the path from the answers), `values` (reading answers), `scoring`, `engine` (the
state machine), `outcome`, `snapshot` (save/resume), `graph`, `lint` and `check` (`adviseur check`),
`mermaid` (`adviseur graph`), `scenarios` (scenario files), `messages` (every Dutch engine text).

Names are imported lazily so that `import adviseur.flows.messages` (or the CLI's parser) stays
cheap; nothing here imports textual.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "FlowLibrary": "adviseur.flows.loader",
    "FlowInfo": "adviseur.flows.loader",
    "load_flow": "adviseur.flows.loader",
    "Program": "adviseur.flows.runtime",
    "FlowEngine": "adviseur.flows.engine",
    "Step": "adviseur.flows.engine",
    "Progress": "adviseur.flows.engine",
    "AnswerResult": "adviseur.flows.engine",
    "EngineError": "adviseur.flows.engine",
    "FlowOutcome": "adviseur.flows.outcome",
    "Reason": "adviseur.flows.outcome",
    "Snapshot": "adviseur.flows.snapshot",
    "SnapshotError": "adviseur.flows.snapshot",
    "ResumeReport": "adviseur.flows.snapshot",
    "FlowRuntimeError": "adviseur.flows.walk",
    "check_flow_paths": "adviseur.flows.check",
    "lint_program": "adviseur.flows.lint",
    "to_mermaid": "adviseur.flows.mermaid",
    "run_scenario": "adviseur.flows.scenarios",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'adviseur.flows' has no attribute '{name}'")
    return getattr(import_module(module), name)
