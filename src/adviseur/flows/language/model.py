"""The flow language: what a `flows/*.yaml` file may contain.

Every model forbids unknown keys, so a misspelt key is a load error with a "did you mean", never a
silently ignored setting. These models only check the *shape* of a file; everything that needs the
whole file (targets exist, expressions type-check, ids are unique) is checked by `program.py`,
which knows where each value sits in the file.

The models are plain frozen classes (`adviseur.content.shape`): a file is validated against them
by `adviseur.content.validation`, and running a flow never imports pydantic.

Keys are English (like the knowledge files); every text a user reads is Dutch and lives in the
YAML, so a later translation finds it there.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from adviseur.content.shape import Alias, Before, Chars, Limits, Shape, Tagged, cross_check
from adviseur.flows import texts
from adviseur.knowledge.applicability import CaseFact

NodeId = Annotated[str, Chars(pattern=r"^[a-z][a-z0-9_]*$", max_length=60)]
"""Ids that expressions use (nodes, sections, score groups, variables): no '-', which is minus."""
ChoiceId = Annotated[str, Chars(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=60)]
"""Answer ids appear in quotes in expressions (`woonsituatie == "huur-sociaal"`), so '-' is fine."""
Slug = Annotated[str, Chars(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
"""Flow ids and knowledge ids (signals, target groups, records) follow the knowledge base's slugs."""
Text = Annotated[str, Chars(strip_whitespace=True, min_length=1)]

END = "end"
"""The reserved target that ends a flow (or, in a sub-flow, returns to the caller)."""


class AnswerKind(StrEnum):
    """How a question is answered (a question's `answer:`): the one list of answer kinds.

    Code compares against these members, never against the strings, so a misspelt kind is a
    name error mypy and ruff find instead of a branch that silently never runs. A `StrEnum`
    still equals its text, so files, JSON and scenario answers keep the plain words.
    """

    SINGLE = "single"
    MULTI = "multi"
    YESNO = "yesno"
    SCALE = "scale"
    NUMBER = "number"
    TEXT = "text"


NODE_TYPES: tuple[str, ...] = ("say", "question", "set", "branch", "call", "result")
SHOW_KINDS: tuple[str, ...] = ("advice", "scores", "gaps", "quiz", "transcript")


def _expr_text(value: Any) -> Any:
    """YAML turns `when: true` or `set: {teller: 0}` into a bool or number; keep them as expression text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return value


ExprText = Annotated[str, Before(_expr_text), Chars(strip_whitespace=True, min_length=1)]


def _version_text(value: Any) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


class Band(Shape):
    """A named range of scores with an explanation, e.g. 'op orde' from 75 to 100 percent."""

    id: Slug
    label: Text
    min: float
    """Lowest value in the band (inclusive)."""
    max: float
    """Upper bound: exclusive, except for the highest band, which includes it."""
    explanation: Text | None = None
    """What this band means and what to do next (shown with the score)."""


class Section(Shape):
    """A part of the flow, for progress ('Financiën, vraag 2 van 4') and per-section scores."""

    id: NodeId
    title: Text
    description: Text | None = None
    bands: list[Band] | None = None
    """Bands for this section's score; without them the flow's `bands` apply."""
    heading: Text | None = None
    """The heading its score is listed under with the scores of its level ('Bouwstenen'), on
    the score screen and in `adviseur run`; without one: 'Per onderdeel'."""


class ScoreGroup(Shape):
    """A score that collects points across sections, e.g. a pillar in the municipal self-scan."""

    id: NodeId
    label: Text
    description: Text | None = None
    bands: list[Band] | None = None
    heading: Text | None = None
    """The heading its score is listed under with the scores of its level ('Pijlers', 'Routes');
    without one: 'Samengestelde scores'."""


class Rule(Shape):
    """One way out of a step: go to `goto` when `when` holds (no `when`: always)."""

    when: ExprText | None = None
    goto: Annotated[str, Chars(pattern=r"^[a-z][a-z0-9_]*$", max_length=60)]
    """A step id in the same file, or `end`."""


def _rules(value: Any) -> Any:
    """`next: stap` is shorthand for one unconditional rule; a single mapping is one rule."""
    if isinstance(value, str):
        return [{"goto": value}]
    if isinstance(value, dict):
        return [value]
    return value


Rules = Annotated[list[Rule], Before(_rules)]


class Choice(Shape):
    """One answer of a choice question, with what it tells the recommender and the scorer."""

    id: ChoiceId
    """Stable id, used in answers files, scenarios and expressions (`zorgen == "schulden"`)."""
    label: Text
    help: Text | None = None
    signals: list[Slug] = []
    """Risk signals (knowledge/signals.yaml) this answer implies."""
    target_groups: list[Slug] = []
    """Target groups (knowledge/target_groups.yaml) this answer implies."""
    pillars: list[Slug] = []
    """Pillars (knowledge/pillars.yaml) this answer points to."""
    stage: Slug | None = None
    """The stage of the case this answer points to (e.g. voorzorg, herstelzorg, woonvraag)."""
    life_phase: Slug | None = None
    facts: list[CaseFact] = []
    """What the answer states about the case's housing or household (heeft-woning, met-kinderen…):
    the advisor rules out records that do not fit them (adviseur.knowledge.applicability)."""
    urgent: bool = False
    """Safety is at stake: the app shows what to do now before anything else."""
    score: float | None = None
    """Points for this answer, counted in the question's section and score groups."""
    scores: dict[Annotated[str, Chars(pattern=r"^[a-z][a-z0-9_]*$")], float] = {}
    """Points for named score groups only (when one answer counts differently per group)."""
    correct: Literal[True, False, "partial"] | None = None
    """For quizzes: true, false or partial."""
    explanation: Text | None = None
    """For quizzes: why this answer is (not) right; shown as feedback."""
    leads: list[Slug] = []
    """Knowledge records (ids) worth reading when this answer is given."""
    exclusive: bool = False
    """For multiple choice: this answer ('geen van deze') cannot be combined with others."""


class Scale(Shape):
    min: int = 1
    max: int = 5
    step: int = 1
    labels: dict[int, Text] = {}
    """Words for some points of the scale, e.g. {1: 'nee', 4: 'volledig'}."""


class Check(Shape):
    """One validation rule for an answer. Give one test (a range counts as one) and, ideally, a message."""

    min: float | None = None
    """Smallest number; for multiple choice: the fewest answers."""
    max: float | None = None
    """Largest number; for multiple choice: the most answers."""
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    """A regular expression the whole text must match, e.g. '[1-9][0-9]{3} ?[A-Z]{2}'."""
    check: ExprText | None = None
    """A condition that must hold; it can use the question's own id for the new answer."""
    level: Literal["error", "warning"] = "error"
    """error: the answer is refused; warning: it is shown but the user may continue."""
    message: Text | None = None
    """Dutch message for the user; without it a standard message is used."""

    @cross_check
    def _one_test(self) -> None:
        tests = [
            self.min is not None or self.max is not None,
            self.min_length is not None or self.max_length is not None,
            self.pattern is not None,
            self.check is not None,
        ]
        if sum(tests) != 1:
            raise ValueError(texts.ONE_CHECK)


class NodeBase(Shape):
    id: NodeId
    """Stable id: answers, sessions and scenarios refer to it, so do not rename it lightly."""
    section: NodeId | None = None
    """The section this step starts; later steps stay in it until the next `section`."""
    when: ExprText | None = None
    """Only visit this step when the condition holds; otherwise pass on to its `next`."""
    next: Rules | None = None
    """Where to go after this step; without it, the next step in the file."""
    note: str | None = None
    """A note for other authors; never shown to users."""


class SayNode(NodeBase):
    """A message from the advisor (markdown; `{expressie}` inserts a value)."""

    type: Literal["say"]
    text: Text
    title: Text | None = None
    urgent: bool = False
    """Shown as 'nu doen': the acute-safety message before the flow continues."""


class QuestionNode(NodeBase):
    """A question and how its answer is read, checked and scored."""

    type: Literal["question"]
    answer: AnswerKind
    text: Text
    label: Text | None = None
    """A short name for reports and reasons ('Huurachterstand'); the question text otherwise."""
    help: Text | None = None
    """Explanation shown on request (markdown)."""
    choices: list[Choice] = []
    scale: Scale | None = None
    unit: Text | None = None
    """For numbers: the unit shown next to the field, e.g. 'jaar' or 'euro'."""
    placeholder: Text | None = None
    required: bool = True
    required_message: Text | None = None
    """Dutch message when a required question is left empty (default: 'Dit veld is verplicht.')."""
    validate_: Annotated[list[Check], Alias("validate")] = []
    sensitive: bool | None = None
    """Not saved to disk unless the user asks. Free-text questions are sensitive unless set to false."""
    search: bool = False
    """For free text: the advisor searches the knowledge base with this text."""
    weight: float = 1.0
    """Multiplies this question's points."""
    scored: bool = False
    """For scale and number questions: the answer itself counts as points."""
    score_groups: list[NodeId] = []
    """Score groups this question counts towards, besides its section."""
    leads: list[Slug] = []
    """Knowledge records worth reading when this question scores low (the self-scan's 'gaps')."""
    explanation: Text | None = None
    """For quizzes: the explanation shown in the review, whatever was answered."""

    @property
    def is_sensitive(self) -> bool:
        return self.sensitive if self.sensitive is not None else self.answer == AnswerKind.TEXT


class SetNode(NodeBase):
    """Compute values: `set: {risico: "score(wonen) + score(geld)"}`."""

    type: Literal["set"]
    set: dict[NodeId, ExprText]


class BranchNode(NodeBase):
    """Only chooses the way on: `next` is a list of rules, the first that holds wins."""

    type: Literal["branch"]
    next: Rules


class CallNode(NodeBase):
    """Ask the questions of another flow (role: subflow), then continue here."""

    type: Literal["call"]
    flow: Slug


class ResultNode(NodeBase):
    """Hand the answers to the recommender or the scorer and show what comes out."""

    type: Literal["result"]
    show: list[Literal["advice", "scores", "gaps", "quiz", "transcript"]] = ["advice"]
    title: Text | None = None
    text: Text | None = None
    groups: list[NodeId] = []
    """The sections and score groups to show (default: all that have points)."""


Node = Annotated[
    SayNode | QuestionNode | SetNode | BranchNode | CallNode | ResultNode,
    Tagged("type"),
]


class Flow(Shape):
    """One flow file."""

    id: Slug
    title: Text
    audience: Text
    """Who the flow is for, in words (shown in the list of flows)."""
    description: Text
    version: Annotated[Text, Before(_version_text)]
    """Raise it when questions change; saved sessions record it."""
    duration_minutes: Annotated[int | None, Limits(ge=1)] = None
    """Estimated time to complete, in minutes."""
    role: Literal["main", "subflow", "example"] = "main"
    """subflow: a bank of questions that other flows call; example: a flow that shows authors the
    language. Neither is listed for users (`adviseur flows --all` shows them)."""
    casework: bool = False
    """Sessions concern a resident: they expire after the configured period."""
    language: Literal["nl"] = "nl"
    start: NodeId | None = None
    """The first step (default: the first in the list)."""
    sections: list[Section] = []
    score_groups: list[ScoreGroup] = []
    bands: list[Band] = []
    """Default bands for every score (on the percentage of the maximum)."""
    gap_below: Annotated[float | None, Limits(ge=0, le=100)] = None
    """Scored questions below this percentage of their maximum are reported as gaps."""
    variables: dict[NodeId, bool | int | float | str] = {}
    """Variables with their starting value (a `set` step changes them)."""
    nodes: Annotated[list[Node], Limits(min_length=1)]
