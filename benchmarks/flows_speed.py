"""How fast flows load, lint and run (targets: all flows loaded and linted under 100 ms; one engine
step under 1 ms).

- load_ms: read, validate and compile every flow in flows/ (a fresh library each time: nothing
  is cached between repetitions).
- load_and_lint_ms: the same plus the linter (graph analysis and the knowledge vocabularies).
- check_ms: everything `adviseur check flows` does for flows, including running every scenario
  for the coverage report.
- step_ms: one engine step as a front end does it: `answer()` then `current` (the next question
  with its progress), measured per step over complete runs of every flow with random answers.
- snapshot_ms / resume_ms / outcome_ms: saving, resuming and summarising a finished session of
  the example flow.
Prints JSON with medians and 95th percentiles.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import yaml  # noqa: E402
from timing import summary, timed  # noqa: E402

from adviseur.flows.authoring.check import check_flow_paths  # noqa: E402
from adviseur.flows.authoring.lint import lint_program  # noqa: E402
from adviseur.flows.authoring.loader import FlowLibrary  # noqa: E402
from adviseur.flows.authoring.scenarios import run_answers  # noqa: E402
from adviseur.flows.authoring.vocab import load_vocabulary  # noqa: E402
from adviseur.flows.run.engine import FlowEngine  # noqa: E402
from adviseur.flows.run.snapshot import Snapshot  # noqa: E402
from adviseur.locations import flows_dir  # noqa: E402


def load_all() -> list:
    library = FlowLibrary()
    return [library.program(flow_id)[0] for flow_id in library.ids()]


def load_and_lint_all() -> None:
    vocab = load_vocabulary()
    for program in load_all():
        if program is not None:
            lint_program(program, vocab)


def _answer_for(step, rng: random.Random):
    if step.kind == "single":
        return rng.choice(step.choices).id
    if step.kind == "multi":
        plain = [c.id for c in step.choices if not c.exclusive]
        return rng.sample(plain, k=min(len(plain), rng.randint(1, 3))) if plain else [step.choices[0].id]
    if step.kind == "yesno":
        return rng.choice([True, False])
    if step.kind == "scale":
        low, high, stride, _labels = step.scale
        return rng.randrange(low, high + 1, stride)
    if step.kind == "number":
        return rng.randint(1, 20)
    return "een korte beschrijving"


def step_times(runs: int = 30) -> tuple[list[float], int]:
    library = FlowLibrary()
    samples: list[float] = []
    rng = random.Random(4)
    programs = [p for p in (library.program(i)[0] for i in library.ids()) if p is not None]
    for program in programs:
        for _ in range(runs):
            engine = FlowEngine(program)
            step = engine.current
            for _guard in range(500):
                if step is None:
                    break
                value = _answer_for(step, rng)
                start = time.perf_counter()
                result = engine.answer(value)
                if not result.accepted:
                    result = engine.answer(None) if not step.required else engine.answer(_fallback(step))
                step = engine.current
                samples.append((time.perf_counter() - start) * 1000)
    return samples, len(programs)


def _fallback(step):
    for rule in step.info.checks:
        if rule.model.min is not None:
            return rule.model.min
    return 1


def main() -> None:
    first_start = time.perf_counter()
    programs = load_all()
    first = (time.perf_counter() - first_start) * 1000
    load = timed(load_all, 30)
    lint = timed(load_and_lint_all, 30)
    check = timed(lambda: check_flow_paths([flows_dir()]), 10)
    steps, flows = step_times()
    library = FlowLibrary()
    program = library.load("example")
    scenario = flows_dir() / "scenarios" / "example" / "huurder-met-achterstand.yaml"
    answers = yaml.safe_load(scenario.read_text(encoding="utf-8"))["answers"]
    engine, _notes = run_answers(program, answers)
    snapshot = Snapshot.from_json(engine.snapshot().to_json())
    snapshot_ms = timed(lambda: engine.snapshot().to_json(), 200)
    resume_ms = timed(lambda: FlowEngine.resume(program, snapshot)[0].current, 200)
    outcome_ms = timed(engine.outcome, 200)
    print(
        json.dumps(
            {
                "benchmark": "flows_speed",
                "flows": len(programs),
                "first_load_ms": round(first, 2),
                "load_ms": summary(load),
                "load_and_lint_ms": summary(lint),
                "check_ms": summary(check),
                "step_ms": summary(steps),
                "step_flows": flows,
                "snapshot_ms": summary(snapshot_ms),
                "resume_ms": summary(resume_ms),
                "outcome_ms": summary(outcome_ms),
                "targets": {"load_and_lint_ms": 100, "step_ms": 1},
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
