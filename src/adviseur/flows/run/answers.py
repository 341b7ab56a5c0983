"""Answers by question id, read from a file and played through the engine headless.

`adviseur run --answers`, an imported questionnaire, a replayed scan and the scenario runner
(`flows.authoring.scenarios`) all answer a flow this way. It lives here, in the run tier, so a
command that only runs a flow does not import the scenario runner (its models cost `run` several
milliseconds of pydantic class creation; issue 12: import only what a command needs).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adviseur.content import ANSWERS, ContentError, did_you_mean, load_located_yaml
from adviseur.errors import AdviseurError
from adviseur.flows import texts
from adviseur.flows.language.runtime import Program
from adviseur.flows.run.engine import FlowEngine
from adviseur.flows.run.walk import question_of

MAX_STEPS = 5_000


class ScenarioError(AdviseurError):
    """The answers do not lead through the flow (a missing or invalid answer)."""


def play(engine: FlowEngine, answers: dict[str, Any], origin: str = texts.ANSWERS_ORIGIN) -> list[str]:
    """Answer questions from `answers` until the flow ends. Returns notes; raises ScenarioError."""
    notes: list[str] = []
    for _ in range(MAX_STEPS):
        step = engine.current
        if step is None:
            break
        if step.key in answers:
            result = engine.answer(answers[step.key])
        elif not step.required:
            result = engine.skip()
        else:
            raise ScenarioError(texts.SCENARIO_MISSING_ANSWER.format(question=step.key, text=step.text, file=origin))
        if not result.accepted:
            problems = "; ".join(result.errors)
            raise ScenarioError(texts.SCENARIO_INVALID_ANSWER.format(question=step.key, text=step.text, problems=problems))
        notes.extend(f"{step.key}: {w}" for w in result.warnings)
    return notes


def unknown_answers(program: Program, answers: dict[str, Any]) -> list[str]:
    return [key for key in answers if question_of(str(key)) not in program.questions]


def read_answers(path: Path) -> dict[str, Any]:
    """The answers in an answers file (or a scenario file's `answers:`), by question id."""
    return read_answer_file(path)[0]


def read_answer_file(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The answers by question id, and the whole file (for what sits beside `answers:`, such as
    `notes:`), read once: the file may be a pipe (`--answers <(…)`), which cannot be read twice.

    Read through the safe loader with the answer-file limits (small, no aliases). Raises
    ContentError with located Dutch problems, a key given twice included: in an answers file the
    last of two answers silently winning would hide a mistake."""
    doc = load_located_yaml(path, limits=ANSWERS)
    if doc.problems:
        raise ContentError(list(doc.problems))
    data = {} if doc.data is None else doc.data
    if not isinstance(data, dict):
        raise ContentError([doc.problem((), texts.ANSWERS_NOT_A_MAPPING)])
    answers = data["answers"] if isinstance(data.get("answers"), dict) else data  # a scenario file
    return {str(k): v for k, v in answers.items()}, data


def run_answers(program: Program, answers: dict[str, Any], origin: str = texts.ANSWERS_ORIGIN) -> tuple[FlowEngine, list[str]]:
    """Run a flow headless on answers by question id (for `adviseur run`)."""
    for key in unknown_answers(program, answers):
        hint = did_you_mean(str(key), program.questions)
        raise ScenarioError(texts.SCENARIO_UNKNOWN_QUESTION.format(question=key, hint=hint, file=origin))
    engine = FlowEngine(program)
    notes = play(engine, answers, origin)
    on_path = set(engine.outcome().answers)
    notes.extend(texts.SCENARIO_UNUSED_ANSWER.format(question=k) for k in answers if k not in on_path)
    return engine, notes
