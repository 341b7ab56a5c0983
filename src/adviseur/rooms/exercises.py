"""Which exercises a room offers: shipped training flows, a pick of the shipped cases, a trainer's own case file.

A trainer's case file is a flow in the quiz form (see the template in the README's trainer
section): it is checked exactly as `adviseur check` checks it (located errors, "bedoel je …",
unknown records in `leads:` are errors) before the room is made, and then copied into the room,
so an edit during the session cannot change the questions under the participants' feet.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from adviseur.content import ContentError, did_you_mean
from adviseur.flows.authoring.loader import FlowLibrary, load_flow, root_for
from adviseur.flows.language.runtime import Program
from adviseur.flows.run.engine import FlowEngine
from adviseur.reports.room import quiz_questions
from adviseur.rooms import texts
from adviseur.rooms.room import Exercise, Room, RoomError

TRAINING_PREFIX = "training-"
CASE_FLOW, CASE_QUESTION = "training-casus", "casussen"
"""`--casus` picks cases of the case exercises: it answers this question for everyone."""
MAX_PROBLEMS = 10



def _is_file(name: str) -> bool:
    return name.endswith((".yaml", ".yml")) or "/" in name or "\\" in name


def _problems_text(problems: Sequence[object]) -> str:
    lines = [str(p) for p in problems[:MAX_PROBLEMS]]
    if len(problems) > MAX_PROBLEMS:
        lines.append(texts.MORE_PROBLEMS.format(count=len(problems) - MAX_PROBLEMS))
    return "\n".join(lines)


def check_case_file(path: Path, shipped: FlowLibrary | None = None) -> Program:
    """A trainer's own case file, checked like `adviseur check` does; raises RoomError with the
    located problems. The file must hold quiz questions and must not take a shipped flow's id."""
    if not path.is_file():
        raise RoomError(texts.NO_FILE.format(path=path))
    program, problems = FlowLibrary(root_for(path)).checked(path)
    errors = [p for p in problems if p.severity == "error"]
    if program is None or errors:
        raise RoomError(texts.FILE_ERRORS.format(path=path, problems=_problems_text(errors or problems)))
    if not quiz_questions(program):
        raise RoomError(texts.NO_QUIZ.format(name=path))
    library = shipped or FlowLibrary()
    same_id = library.locate(program.id)
    if same_id is not None and same_id.resolve() != path.resolve():
        raise RoomError(texts.SHIPPED_ID.format(path=path, id=program.id))
    return program


def training_ids(library: FlowLibrary) -> list[str]:
    infos, _problems = library.infos()
    return [i.id for i in infos if i.id.startswith(TRAINING_PREFIX)]


def plan_exercises(
    given: Sequence[str], cases: Sequence[str] = (), library: FlowLibrary | None = None
) -> tuple[list[Exercise], dict[str, Path]]:
    """The room's exercises from the trainer's `--oefening` (flow ids or case files; default:
    every shipped training) and `--casus` (a pick of the case exercises' cases), with the case
    files to copy. Raises RoomError with a Dutch message for anything that cannot be used."""
    library = library or FlowLibrary()
    names = list(given) or training_ids(library)
    if cases and CASE_FLOW not in names:
        names.append(CASE_FLOW)
    exercises: list[Exercise] = []
    files: dict[str, Path] = {}
    for name in names:
        if _is_file(name):
            path = Path(name)
            program = check_case_file(path, library)
            files[program.id] = path
        else:
            program = _shipped(name, library)
        if any(x.id == program.id for x in exercises):
            raise RoomError(texts.TWICE.format(id=program.id))
        preset: dict[str, Any] = {}
        if cases and program.id == CASE_FLOW:
            preset[CASE_QUESTION] = _picked_cases(program, cases)
        exercises.append(Exercise(program.id, program.flow.title, None, preset))
    return exercises, files


def _shipped(name: str, library: FlowLibrary) -> Program:
    known = training_ids(library)
    if library.locate(name) is None:
        raise RoomError(texts.NOT_FOUND.format(name=name, hint=did_you_mean(name, known), choices=", ".join(known)))
    try:
        program = library.load(name)
    except ContentError as exc:
        raise RoomError(_problems_text(exc.problems)) from None
    if not quiz_questions(program):
        raise RoomError(texts.NO_QUIZ.format(name=name))
    return program


def _picked_cases(program: Program, cases: Sequence[str]) -> list[str]:
    question = program.questions[CASE_QUESTION]
    choices = [c.id for c in question.choices.values() if not c.exclusive]
    picked: list[str] = []
    for given in cases:
        for case in (part.strip() for part in given.split(",")):
            if not case:
                continue
            if case not in choices:
                hint = did_you_mean(case, choices)
                raise RoomError(texts.UNKNOWN_CASE.format(case=case, hint=hint, choices=", ".join(choices)))
            if case not in picked:
                picked.append(case)
    return picked


def load_exercise(room: Room, exercise: Exercise) -> Program:
    """The exercise's flow as the room offers it. Raises ContentError."""
    return load_flow(room.flow_ref(exercise))


def room_programs(room: Room) -> tuple[list[tuple[str, Program]], list[str]]:
    """Every exercise's flow (id, program), and a Dutch line for each one that no longer loads."""
    loaded: list[tuple[str, Program]] = []
    broken: list[str] = []
    for exercise in room.exercises:
        try:
            loaded.append((exercise.id, load_exercise(room, exercise)))
        except ContentError as exc:
            broken.append(f"{exercise.title}: {_problems_text(exc.problems)}")
    return loaded, broken


def apply_preset(engine: FlowEngine, exercise: Exercise) -> None:
    """Answer the questions the trainer answered for everyone, as far as they come first."""
    while (step := engine.current) is not None and step.question in exercise.preset:
        if not engine.answer(exercise.preset[step.question]).accepted:
            return
