"""The compiled form of a flow that the engine runs: resolved steps, compiled expressions, and
everything precomputed that does not depend on answers (maximum points, choice tables).

Built once by `program.build_program` from the validated YAML models; the engine never looks at
raw YAML again, and the linter and the Mermaid export read the same structure, so all three agree
on what a flow means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from adviseur.content.wording import sentence_list
from adviseur.flows import texts
from adviseur.flows.language.expr import Compiled, Env, Expr
from adviseur.flows.language.model import AnswerKind, Band, Check, Choice, Flow, QuestionNode, ResultNode, SayNode

if TYPE_CHECKING:
    from adviseur.flows.language.source import DataPath, FlowSource

END = "end"
TOTAL_GROUP = "totaal"
QUIZ_GROUP = "quiz"
RESERVED_GROUPS = {TOTAL_GROUP: texts.TOTAL_LABEL, QUIZ_GROUP: texts.QUIZ_LABEL}


@dataclass(eq=False, slots=True)
class Site:
    """A compiled expression and where its text sits (for lint messages)."""

    source: FlowSource
    loc: DataPath
    text: str
    expr: Expr
    fn: Compiled
    offset: int = 0
    """Where `text` starts inside the value (expressions inside a `{…}` of a text)."""


@dataclass(eq=False, slots=True)
class Template:
    """A user-facing text with `{expressie}` parts."""

    parts: tuple[Any, ...]
    """Literal strings and (Site, QuestionInfo | None) pairs; the question is set for a bare name
    of a choice question, whose answer is then shown by its label rather than its id."""

    @property
    def sites(self) -> list[Site]:
        return [p[0] for p in self.parts if isinstance(p, tuple)]

    def render(self, env: Env) -> str:
        out: list[str] = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
                continue
            site, question = part
            value = site.fn(env)
            out.append(question.answer_text(value) if question is not None else format_value(value))
        return "".join(out)


def format_number(value: float) -> str:
    """Dutch notation: a decimal comma, at most two decimals, no trailing zeros."""
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def format_value(value: Any) -> str:
    if value is None:
        return texts.EMPTY_VALUE
    if isinstance(value, bool):
        return texts.YES if value else texts.NO
    if isinstance(value, (int, float)):
        return format_number(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(v) for v in value)
    return str(value)


@dataclass(eq=False, slots=True)
class RRule:
    target: str
    """A node id or END."""
    when: Site | None
    index: int
    loc: DataPath


@dataclass(eq=False, slots=True)
class CheckInfo:
    model: Check
    site: Site | None = None
    regex: re.Pattern[str] | None = None


@dataclass(eq=False)
class QuestionInfo:
    """A question with its choice table, checks and scoring, precomputed."""

    id: str
    node: QuestionNode
    flow_id: str
    choices: dict[str, Choice]
    checks: list[CheckInfo] = field(default_factory=list)
    base_max: float | None = None
    """Most points the question can give to its section and score groups; None: not scored."""
    extra_max: dict[str, float] = field(default_factory=dict)
    """Most points per group named in a choice's `scores`."""
    quiz: bool = False

    @property
    def kind(self) -> AnswerKind:
        return self.node.answer

    @property
    def text(self) -> str:
        return self.node.text

    @property
    def sensitive(self) -> bool:
        return self.node.is_sensitive

    @property
    def scale_bounds(self) -> tuple[int, int, int]:
        s = self.node.scale
        return (s.min, s.max, s.step) if s is not None else (1, 5, 1)

    def choice_for(self, value: Any) -> Choice | None:
        """The choice behind a single or yes/no answer."""
        if self.kind == AnswerKind.YESNO:
            if not isinstance(value, bool):
                return None
            return self.choices.get("ja" if value else "nee")
        return self.choices.get(value) if isinstance(value, str) else None

    def chosen(self, value: Any) -> list[Choice]:
        if value is None:
            return []
        if self.kind == AnswerKind.MULTI:
            return [self.choices[v] for v in value if v in self.choices]
        choice = self.choice_for(value)
        return [choice] if choice is not None else []

    def answer_text(self, value: Any) -> str:
        """The answer as a person reads it: labels for choices, ja/nee, Dutch numbers."""
        if value is None:
            return texts.EMPTY_VALUE
        if self.kind in (AnswerKind.SINGLE, AnswerKind.MULTI):
            labels = [c.label for c in self.chosen(value)]
            return sentence_list(labels) if labels else format_value(value)
        if self.kind == AnswerKind.YESNO:
            choice = self.choice_for(value)
            return choice.label if choice is not None else format_value(value)
        if self.kind == AnswerKind.SCALE:
            label = self.node.scale.labels.get(value) if self.node.scale else None
            return f"{format_value(value)} ({label})" if label else format_value(value)
        if self.kind == AnswerKind.NUMBER and self.node.unit:
            return f"{format_value(value)} {self.node.unit}"
        return format_value(value)


@dataclass(eq=False)
class RNode:
    id: str
    kind: str
    flow_id: str
    source: FlowSource
    index: int
    model: Any
    section: str | None
    when: Site | None = None
    rules: list[RRule] = field(default_factory=list)
    fallthrough: str = END
    """The next step in the file (or END): where to go when no rule holds."""
    sets: list[tuple[str, Site]] = field(default_factory=list)
    text: Template | None = None
    title: Template | None = None
    question: QuestionInfo | None = None
    call: str | None = None
    """For call steps: the id of the flow called."""

    @property
    def loc(self) -> DataPath:
        return ("nodes", self.index)

    @property
    def urgent(self) -> bool:
        return isinstance(self.model, SayNode) and self.model.urgent

    @property
    def result(self) -> ResultNode | None:
        return self.model if isinstance(self.model, ResultNode) else None


@dataclass(eq=False)
class GroupInfo:
    """A score: a section, a declared score group, the total or the quiz."""

    id: str
    label: str
    kind: str  # "section", "group", "total", "quiz"
    bands: list[Band]
    description: str | None = None
    heading: str | None = None
    """What the flow lists this score under with others of its level ('Pijlers'); None: by kind."""


@dataclass(eq=False)
class CompiledFlow:
    flow: Flow
    source: FlowSource
    start: str
    node_ids: list[str]
    calls: list[str]


@dataclass(eq=False)
class Program:
    """A main flow together with every sub-flow it calls, ready to run."""

    main: CompiledFlow
    flows: dict[str, CompiledFlow]
    nodes: dict[str, RNode]
    questions: dict[str, QuestionInfo]
    groups: dict[str, GroupInfo]
    variables: dict[str, Any]
    """Starting values of declared variables."""
    content_hash: str

    @property
    def id(self) -> str:
        return self.main.flow.id

    @property
    def flow(self) -> Flow:
        return self.main.flow

    @property
    def version(self) -> str:
        return self.main.flow.version

    @property
    def start(self) -> str:
        return self.main.start

    def start_of(self, flow_id: str) -> str:
        return self.flows[flow_id].start

    def section_title(self, section: str | None) -> str | None:
        group = self.groups.get(section or "")
        return group.label if group is not None and group.kind == "section" else None
