"""Flows: declarative YAML dialogues, their condition language, engine, linter (pure Python).

    from adviseur.flows import FlowLibrary, FlowEngine
    program = FlowLibrary().load("signalen")      # ContentError with located messages if broken
    engine = FlowEngine(program)
    while (step := engine.current) is not None:
        engine.answer(...)
    outcome = engine.outcome()                    # FlowOutcome: for advice, scores, reports

Three tiers, each a package that imports only the tiers below it (an import-linter contract):

- `authoring`: flow files as authors write them: the library of a folder (`loader`), the cache of
  checked flows (`compiled`), the linter (`lint`, `graph`, `vocab`), `check` (`adviseur check`),
  `scenarios` and `mermaid` (`adviseur graph`);
- `run`: running a compiled flow: `values`, `walk`, `engine`, `outcome`, `snapshot` (save/resume);
- `language`: what a flow file may say (`model`, `expr`), reading it (`source`, `schema`),
  compiling it (`program`) into the form the tiers above read (`runtime`), and `scoring`.

`texts` holds every Dutch text the three produce.

Names are imported lazily so that `import adviseur.flows.texts` (or the CLI's parser) stays
cheap; nothing here imports textual.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "FlowLibrary": "adviseur.flows.authoring.loader",
    "FlowInfo": "adviseur.flows.authoring.loader",
    "load_flow": "adviseur.flows.authoring.loader",
    "AnswerKind": "adviseur.flows.language.model",
    "Program": "adviseur.flows.language.runtime",
    "FlowEngine": "adviseur.flows.run.engine",
    "Step": "adviseur.flows.run.engine",
    "Progress": "adviseur.flows.run.engine",
    "AnswerResult": "adviseur.flows.run.engine",
    "EngineError": "adviseur.flows.run.engine",
    "FlowOutcome": "adviseur.flows.run.outcome",
    "Reason": "adviseur.flows.run.outcome",
    "Snapshot": "adviseur.flows.run.snapshot",
    "SnapshotError": "adviseur.flows.run.snapshot",
    "ResumeReport": "adviseur.flows.run.snapshot",
    "FlowRuntimeError": "adviseur.flows.run.walk",
    "check_flow_paths": "adviseur.flows.authoring.check",
    "lint_program": "adviseur.flows.authoring.lint",
    "to_mermaid": "adviseur.flows.authoring.mermaid",
    "run_scenario": "adviseur.flows.authoring.scenarios",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'adviseur.flows' has no attribute '{name}'")
    return getattr(import_module(module), name)
