"""What a training room answered: per question the spread of answers, per participant progress and score.

The trainer's view (`adviseur.tui.screens.trainer`) and the room's exported report both lay out
one `RoomTally`, built here from the room's exercises (compiled flows) and the answers every
participant's app wrote. The verdicts are computed again from the flow (`quiz_verdict`), not
taken from what a participant's app wrote: a file can only name choices, never grade itself,
and an answer that no longer fits the flow (an edited case file) is left out instead of counted.

Pure: no files, no terminal. `adviseur.rooms` reads the room folder into `ParticipantAnswers`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from adviseur.flows.language.model import AnswerKind
from adviseur.flows.language.runtime import Program, QuestionInfo
from adviseur.flows.language.scoring import QUIZ_POINTS, percent, quiz_verdict
from adviseur.knowledge.loader import KnowledgeBase
from adviseur.reports import scan_texts
from adviseur.reports.model import LeadView
from adviseur.reports.rows import LeadResolver


@dataclass(frozen=True, slots=True)
class ExerciseAnswers:
    """One participant's answers to one exercise, as their app wrote them."""

    answers: Mapping[str, Any]
    """Question key -> the answer (a choice id, a list of ids, or yes/no)."""
    progress: float = 0.0
    """0..1, on the participant's own path (the flow's progress)."""
    finished: bool = False


@dataclass(frozen=True, slots=True)
class ParticipantAnswers:
    id: str
    nickname: str | None
    joined_at: str
    exercises: Mapping[str, ExerciseAnswers] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class OptionTally:
    id: str
    label: str
    mark: bool | str | None
    """True, False or 'partial', as the flow marks the choice."""
    count: int
    percent: float | None
    """Share of those who answered the question that chose this option (multiple choice: may add up past 100)."""
    leads: tuple[LeadView, ...] = ()
    """The records the option's feedback names, with their evidence level."""


@dataclass(frozen=True, slots=True)
class QuestionTally:
    key: str
    label: str
    text: str
    multi: bool
    answered: int
    right: int
    partly: int
    options: tuple[OptionTally, ...]
    most_wrong: OptionTally | None
    """The wrong option chosen most (None when nobody chose a wrong one)."""

    @property
    def right_percent(self) -> float | None:
        return percent(self.right, self.answered)


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    participant: str
    name: str
    exercise: str | None
    """The exercise's title; None when the participant has not started one yet."""
    progress: float
    """0..100."""
    finished: bool
    answered: int
    right: int
    partly: int
    points: float

    @property
    def percent(self) -> float | None:
        return percent(self.points, self.answered)


@dataclass(frozen=True, slots=True)
class ExerciseTally:
    id: str
    title: str
    started: int
    questions: tuple[QuestionTally, ...]


@dataclass(frozen=True, slots=True)
class RoomTally:
    name: str
    code: str
    participants: int
    exercises: tuple[ExerciseTally, ...]
    rows: tuple[ParticipantRow, ...]
    expires: str | None = None
    """When the room's data will be removed (ISO date and time)."""


def quiz_questions(program: Program) -> list[QuestionInfo]:
    """The quiz questions of a flow, in the order of the file."""
    found = []
    for flow in program.flows.values():
        for node_id in flow.node_ids:
            info = program.questions.get(node_id)
            if info is not None and info.quiz:
                found.append(info)
    return found


def fits(info: QuestionInfo, value: Any) -> bool:
    """Does `value` name only choices this question has (an answer to an older version may not)?"""
    if info.kind == AnswerKind.YESNO:
        return isinstance(value, bool)
    if info.kind == AnswerKind.MULTI:
        return isinstance(value, list) and bool(value) and all(isinstance(v, str) and v in info.choices for v in value)
    return isinstance(value, str) and value in info.choices


def _chosen_ids(info: QuestionInfo, value: Any) -> set[str]:
    return {c.id for c in info.chosen(value)}


def tally_room(
    name: str,
    code: str,
    exercises: Sequence[tuple[str, Program]],
    participants: Sequence[ParticipantAnswers],
    *,
    kb: KnowledgeBase | None = None,
    expires: str | None = None,
) -> RoomTally:
    """The room's numbers. `exercises` are (exercise id, compiled flow) in the order the room offers
    them; with `kb` every option's leads carry their evidence level."""
    ordered = sorted(participants, key=lambda p: (p.joined_at, p.id))
    names = _display_names(ordered)
    leads = LeadResolver(kb) if kb is not None else None
    tallies = []
    rows: dict[str, list[ParticipantRow]] = {p.id: [] for p in ordered}
    for exercise_id, program in exercises:
        given = [(p, p.exercises[exercise_id]) for p in ordered if exercise_id in p.exercises]
        questions = []
        for info in quiz_questions(program):
            answers = [a.answers[info.id] for _p, a in given if info.id in a.answers and fits(info, a.answers[info.id])]
            if answers:
                questions.append(_question(info, answers, leads))
        tallies.append(ExerciseTally(exercise_id, program.flow.title, len(given), tuple(questions)))
        for p, mine in given:
            rows[p.id].append(_row(p, names[p.id], program, mine))
    for p in ordered:  # joined, nothing started yet
        rows[p.id] = rows[p.id] or [ParticipantRow(p.id, names[p.id], None, 0.0, False, 0, 0, 0, 0.0)]
    flat = tuple(row for p in ordered for row in rows[p.id])
    return RoomTally(name, code, len(ordered), tuple(tallies), flat, expires)


def _display_names(participants: Sequence[ParticipantAnswers]) -> dict[str, str]:
    names: dict[str, str] = {}
    anonymous = 0
    for p in participants:
        if p.nickname:
            names[p.id] = p.nickname
        else:
            anonymous += 1
            names[p.id] = scan_texts.ANONYMOUS_PARTICIPANT.format(n=anonymous)
    return names


def _question(info: QuestionInfo, answers: list[Any], leads: LeadResolver | None) -> QuestionTally:
    counts = dict.fromkeys(info.choices, 0)
    verdicts = {"goed": 0, "deels": 0, "fout": 0}
    for value in answers:
        for choice_id in _chosen_ids(info, value):
            counts[choice_id] += 1
        verdict = quiz_verdict(info, value)
        if verdict is not None:
            verdicts[verdict] += 1
    options = tuple(
        OptionTally(
            choice.id,
            choice.label,
            choice.correct,
            counts[choice.id],
            percent(counts[choice.id], len(answers)),
            leads.many(choice.leads) if leads is not None else (),
        )
        for choice in info.choices.values()
    )
    wrong = [o for o in options if o.mark is False and o.count > 0]
    most_wrong = max(wrong, key=lambda o: o.count) if wrong else None  # max keeps the first of equals
    return QuestionTally(
        key=info.id,
        label=info.node.label or info.text,
        text=info.text,
        multi=info.kind == AnswerKind.MULTI,
        answered=len(answers),
        right=verdicts["goed"],
        partly=verdicts["deels"],
        options=options,
        most_wrong=most_wrong,
    )


def _row(participant: ParticipantAnswers, name: str, program: Program, given: ExerciseAnswers) -> ParticipantRow:
    answered = right = partly = 0
    points = 0.0
    for info in quiz_questions(program):
        value = given.answers.get(info.id)
        if value is None or not fits(info, value):
            continue
        verdict = quiz_verdict(info, value)
        if verdict is None:
            continue
        answered += 1
        right += verdict == "goed"
        partly += verdict == "deels"
        points += QUIZ_POINTS[verdict]
    progress = 100.0 if given.finished else round(100.0 * max(0.0, min(1.0, given.progress)), 1)
    return ParticipantRow(participant.id, name, program.flow.title, progress, given.finished, answered, right, partly, points)


def chosen_leads(info: QuestionInfo, value: Any, kb: KnowledgeBase) -> tuple[LeadView, ...]:
    """The records the feedback of the chosen options names (`leads:`), with their evidence level:
    shown under the feedback right after an answer, as in the trainer's view of the room."""
    return LeadResolver(kb).many(lead for choice in info.chosen(value) for lead in choice.leads)
