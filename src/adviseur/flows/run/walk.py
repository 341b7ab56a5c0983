"""The path through a flow, recomputed from the answers.

The engine keeps no "current node" that could get out of step with the answers: after every
answer, back or change it walks the flow again from the start, following the rules with the
answers given so far, and stops at the first question without an answer. Whatever lies off that
path (answers on a branch no longer taken) simply does not count. Walking a flow of fifty steps
costs tens of microseconds, so this simplicity is cheap.

A question asked more than once on a path (a loop, or a sub-flow called twice) has one answer per
visit: the first visit's key is the question id, later ones are `id#2`, `id#3` ….
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from adviseur.errors import AdviseurError
from adviseur.flows import texts
from adviseur.flows.language.expr import truth
from adviseur.flows.language.model import AnswerKind
from adviseur.flows.language.runtime import END, QUIZ_GROUP, TOTAL_GROUP, Program, QuestionInfo, RNode
from adviseur.flows.language.scoring import QUIZ_POINTS, percent, points, quiz_verdict

STEP_LIMIT = 10_000
"""More steps than this (or four per step of the flow, for a very long flow) without reaching a
question means a loop without a question in it (the linter warns about those); the walk stops
with an error instead of hanging the app."""
SPECULATIVE_LIMIT = 2_000


class FlowRuntimeError(AdviseurError):
    """The flow cannot go on (only possible for flows the linter warned about)."""


def visit_key(question: str, occurrence: int) -> str:
    return question if occurrence == 1 else f"{question}#{occurrence}"


def question_of(key: str) -> str:
    return key.split("#", 1)[0]


@dataclass(slots=True)
class Visit:
    node: str
    kind: str
    key: str
    depth: int
    section: str | None
    text: str | None = None
    """The step's text as shown at this point (expressions filled in)."""
    title: str | None = None
    value: Any = None
    answered: bool = False


class WalkEnv:
    """Answers, variables and scores as they stand at one point of the walk (read by expressions)."""

    __slots__ = ("program", "values", "answered_set", "counts", "visited_nodes", "points", "maxima", "verdicts")

    def __init__(self, program: Program) -> None:
        self.program = program
        self.values: dict[str, Any] = dict(program.variables)
        self.answered_set: set[str] = set()
        self.counts: Counter[str] = Counter()
        self.visited_nodes: set[str] = set()
        self.points: dict[str, float] = {}
        self.maxima: dict[str, float] = {}
        self.verdicts: dict[str, str] = {}

    # --- Env protocol ---------------------------------------------------------------------------
    def get(self, name: str) -> Any:
        return self.values.get(name)

    def answered(self, question: str) -> bool:
        return question in self.answered_set

    def count(self, question: str) -> int:
        value = self.values.get(question)
        info = self.program.questions.get(question)
        if info is not None and info.kind == AnswerKind.MULTI:
            return len(value) if isinstance(value, list) else 0
        return self.counts[question]

    def score(self, group: str) -> float:
        return self.points.get(group, 0.0)

    def percent(self, group: str) -> float | None:
        return percent(self.points.get(group, 0.0), self.maxima.get(group, 0.0))

    def visited(self, node: str) -> bool:
        return node in self.visited_nodes

    # --- updates --------------------------------------------------------------------------------
    def add_points(self, group: str, gained: float, maximum: float) -> None:
        self.points[group] = self.points.get(group, 0.0) + gained
        self.maxima[group] = self.maxima.get(group, 0.0) + maximum

    def record(self, q: QuestionInfo, key: str, value: Any, section: str | None) -> None:
        self.values[q.id] = value
        if value is None:
            self.answered_set.discard(q.id)
            return
        self.answered_set.add(q.id)
        self.counts[q.id] += 1
        base, extra = points(q, value)
        if base is not None and q.base_max is not None:
            groups = dict.fromkeys([*([section] if section else []), *q.node.score_groups, TOTAL_GROUP])
            for group in groups:
                self.add_points(group, base, q.base_max)
        for group, maximum in q.extra_max.items():
            self.add_points(group, extra.get(group, 0.0), maximum)
        verdict = quiz_verdict(q, value)
        if verdict is not None:
            self.verdicts[key] = verdict
            self.add_points(QUIZ_GROUP, QUIZ_POINTS[verdict], 1.0)


@dataclass
class Walk:
    env: WalkEnv
    """The answers, variables and points along the path so far."""
    visits: list[Visit] = field(default_factory=list)
    edges: list[tuple[str, str, int | None]] = field(default_factory=list)
    """(from node, to node or END, index of the rule taken or None for the fall-through)."""
    frontier: Visit | None = None
    """The first question on the path without an answer."""
    finished: bool = False
    by_key: dict[str, Visit] = field(default_factory=dict)
    frames: list[tuple[str, str | None]] = field(default_factory=list)
    """Call steps whose sub-flow is running (with the section they were in)."""
    occurrences: Counter[str] = field(default_factory=Counter)

    @property
    def question_visits(self) -> list[Visit]:
        return [v for v in self.visits if v.kind == "question"]


def _route(node: RNode, env: WalkEnv, edges: list[tuple[str, str, int | None]]) -> str:
    for rule in node.rules:
        if rule.when is None or truth(rule.when.fn(env)):
            edges.append((node.id, rule.target, rule.index))
            return rule.target
    edges.append((node.id, node.fallthrough, None))
    return node.fallthrough


def walk(
    program: Program,
    answers: dict[str, Any],
    *,
    speculative: bool = False,
    stop_after: str | None = None,
) -> Walk:
    """Follow the flow from its start with `answers` (visit key -> value; None means skipped).

    Normally stops at the first unanswered question (the frontier). `speculative` walks on past
    unanswered questions as if they were skipped, to estimate how many questions lie ahead.
    `stop_after` stops right after recording that visit (to check an answer in its context).
    """
    result = Walk(env=WalkEnv(program))
    return _advance(program, result, program.start, answers, speculative, stop_after)


def extend(program: Program, previous: Walk, answers: dict[str, Any]) -> Walk:
    """Continue a walk that stopped at its frontier, now that the frontier has an answer.

    Gives exactly what `walk(program, answers)` gives (the path up to the frontier cannot have
    changed: only the frontier's answer is new), without walking that part again; this keeps
    answering question n of a long self-scan O(1) instead of O(n). `previous` is consumed.
    """
    frontier = previous.frontier
    assert frontier is not None and frontier.key in answers
    previous.frontier = None
    node = program.nodes[frontier.node]
    assert node.question is not None
    frontier.value = answers[frontier.key]
    frontier.answered = True
    previous.env.record(node.question, frontier.key, frontier.value, frontier.section)
    node_id = _route(node, previous.env, previous.edges)
    return _advance(program, previous, node_id, answers, False, None)


def _advance(
    program: Program,
    result: Walk,
    node_id: str,
    answers: dict[str, Any],
    speculative: bool,
    stop_after: str | None,
) -> Walk:
    env = result.env
    visits, edges, frames, occurrences = result.visits, result.edges, result.frames, result.occurrences
    nodes = program.nodes
    limit = SPECULATIVE_LIMIT if speculative else max(STEP_LIMIT, 4 * len(nodes))
    for _ in range(limit):
        if node_id == END:
            if not frames:
                result.finished = True
                return result
            call_id, _section = frames.pop()
            node_id = _route(nodes[call_id], env, edges)
            continue
        node = nodes[node_id]
        if node.when is not None and not truth(node.when.fn(env)):
            node_id = _route(node, env, edges)
            continue
        occurrences[node_id] += 1
        key = visit_key(node_id, occurrences[node_id])
        section = node.section or (frames[-1][1] if frames else None)
        env.visited_nodes.add(node_id)
        visit = Visit(node_id, node.kind, key, len(frames), section)
        visits.append(visit)
        result.by_key[key] = visit
        kind = node.kind
        if node.text is not None:
            visit.text = node.text.render(env)
        if node.title is not None:
            visit.title = node.title.render(env)
        if kind == "set":
            for name, site in node.sets:
                env.values[name] = site.fn(env)
        elif kind == "question":
            q = node.question
            assert q is not None
            if key in answers:
                visit.value = answers[key]
                visit.answered = True
                env.record(q, key, visit.value, section)
                if key == stop_after:
                    return result
            elif speculative:
                env.record(q, key, None, section)
            else:
                result.frontier = visit
                return result
        elif kind == "call":
            frames.append((node_id, section))
            assert node.call is not None  # a call step names its flow (checked when compiling)
            node_id = program.start_of(node.call)
            continue
        node_id = _route(node, env, edges)
    if speculative:
        return result
    looped = any(count > 1 for count in occurrences.values())
    raise FlowRuntimeError((texts.FLOW_LOOPS if looped else texts.FLOW_TOO_LONG).format(steps=limit))
