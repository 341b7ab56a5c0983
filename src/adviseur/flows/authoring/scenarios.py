"""Scenario files: a flow's tests, written by the same experts who write the flow.

`flows/scenarios/<flow-id>/<name>.yaml` holds the answers of one imagined case and what should
come out: the path, the scores, the signals, the top recommendations. A scenario may also go back
or change an earlier answer (`steps:`), which is how back/change is tested without code:

    description: Huurder met achterstand
    answers:
      woonsituatie: huur
      huurachterstand: ja
    steps:
      - change: woonsituatie
        answer: koop
    expect:
      asked: [woonsituatie, leeftijd, ...]
      scores: {wonen: 0}
      signals: []

The same runner drives `adviseur run --answers`, the pytest scenario test (which picks up every
file, so new flows' scenarios run without new test code) and the coverage report of `adviseur
check`, which lists the branches no scenario takes.

This module checks everything the engine decides. The expected recommendations (`expect:
recommendations`, `known_gap`) need the advisor, which sits above flows: the application layer
checks them (`adviseur.session.scenarios.run_scenario`), on the result this runner returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from adviseur.content import ContentError, LocatedYaml, Problem, did_you_mean, load_located_yaml
from adviseur.content.schema import schema_problems
from adviseur.content.yamlsource import DataPath
from adviseur.flows import texts
from adviseur.flows.authoring.loader import SCENARIO_DIR, FlowLibrary
from adviseur.flows.language.runtime import END, Program
from adviseur.flows.run.answers import ScenarioError as ScenarioError  # re-exported: `adviseur run` imports flows.run.answers
from adviseur.flows.run.answers import play, unknown_answers
from adviseur.flows.run.answers import read_answer_file as read_answer_file
from adviseur.flows.run.answers import read_answers as read_answers
from adviseur.flows.run.answers import run_answers as run_answers
from adviseur.flows.run.engine import EngineError, FlowEngine
from adviseur.flows.run.engine import Step as EngineStep
from adviseur.flows.run.outcome import FlowOutcome
from adviseur.flows.run.walk import FlowRuntimeError


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScoreExpectation(_Strict):
    points: float | None = None
    percent: float | None = None
    band: str | None = None


class Expectation(_Strict):
    finished: bool | None = None
    path: list[str] | None = None
    """Every step on the path, in order (visit keys)."""
    asked: list[str] | None = None
    """The questions on the path, in order."""
    scores: dict[str, float | ScoreExpectation] = {}
    signals: list[str] | None = None
    target_groups: list[str] | None = None
    pillars: list[str] | None = None
    stages: list[str] | None = None
    leads: list[str] | None = None
    urgent: bool | None = None
    variables: dict[str, Any] = {}
    quiz: dict[str, str] = {}
    """Question -> goed, deels or fout."""
    gaps: list[str] | None = None
    messages: list[str] = []
    """Texts that must appear in the messages shown (a part of a message is enough)."""
    recommendations: list[str] | None = None
    """Record ids that must be among the top recommendations (the top 5, or as many as listed)."""


class Step(_Strict):
    change: str | None = None
    back: int | None = Field(default=None, ge=1)
    answer: Any = None

    @model_validator(mode="after")
    def _one_move(self) -> Step:
        if (self.change is None) == (self.back is None):
            raise ValueError(texts.SCENARIO_ONE_MOVE)
        return self


class ScenarioFile(_Strict):
    description: str | None = None
    flow: str | None = None
    """The flow id; default: the name of the folder the scenario is in."""
    answers: dict[str, Any] = {}
    notes: dict[str, str] = {}
    """A short note per question key, kept with the answer as the app keeps one (policy flows)."""
    steps: list[Step] = []
    expect: Expectation = Expectation()
    known_gap: str | None = None
    """Why the recommender does not (yet) meet `expect.recommendations` here. The miss is then
    reported but not a failure, so an honest expectation can stay in the file; once the
    recommender meets it, the scenario fails until this note is removed."""


@dataclass
class ScenarioResult:
    path: Path
    flow_id: str
    engine: FlowEngine | None = None
    outcome: FlowOutcome | None = None
    failures: list[str] = field(default_factory=list)
    failure_locs: list[tuple[str | int, ...]] = field(default_factory=list)
    """Where in the scenario file each failure belongs (for `adviseur check`)."""
    doc: LocatedYaml | None = None
    notes: list[str] = field(default_factory=list)
    scenario: ScenarioFile | None = None
    """The scenario file as read (None when it could not be read)."""
    recommendations: list[dict[str, Any]] = field(default_factory=list)
    """The advice, when the application layer checked the expected recommendations."""
    problems: list[Problem] = field(default_factory=list)
    """Located problems in the scenario file itself (it could not be run)."""
    known_misses: list[str] = field(default_factory=list)
    """Recommendation misses the scenario declares as a known gap (see `ScenarioFile.known_gap`)."""

    @property
    def passed(self) -> bool:
        return not self.failures and not any(p.severity == "error" for p in self.problems)

    @property
    def name(self) -> str:
        return self.path.stem

    def fail(self, what: str, message: str) -> None:
        """Record a failed expectation, located at `expect.<what>` in the scenario file."""
        self.failures.append(message)
        key = what.split(" ")[0]
        self.failure_locs.append(("expect", *key.split(".")))

    def differ(self, what: str, expected: Any, actual: Any) -> None:
        """Record that `what` came out as `actual` where the scenario expected `expected`."""
        self.fail(what, texts.SCENARIO_EXPECTED.format(what=what, expected=_fmt(expected), actual=_fmt(actual)))


def _load_scenario(path: Path) -> tuple[LocatedYaml | None, ScenarioFile | None, list[Problem]]:
    try:
        doc = load_located_yaml(path)
    except ContentError as exc:
        return None, None, list(exc.problems)
    problems = list(doc.problems)
    try:
        scenario = ScenarioFile.model_validate(doc.data if doc.data is not None else {})
    except ValidationError as exc:
        return doc, None, problems + schema_problems(doc, exc, ScenarioFile)
    return doc, scenario, problems


def flow_id_of(path: Path, scenario: ScenarioFile | None) -> str:
    if scenario is not None and scenario.flow:
        return scenario.flow
    return path.parent.name


def run_scenario(path: Path, library: FlowLibrary | None = None) -> ScenarioResult:
    """Run one scenario file and compare with what it expects of the engine (everything but
    the recommendations, see the module docstring). Never raises for bad content."""
    doc, scenario, problems = _load_scenario(path)
    flow_id = flow_id_of(path, scenario)
    result = ScenarioResult(path=path, flow_id=flow_id, problems=problems, doc=doc, scenario=scenario)
    if doc is None or scenario is None:
        return result
    if library is None:
        library = _library_of(path)
    program, flow_problems = library.program(flow_id)
    if program is None:
        where = ("flow",) if scenario.flow else ()
        detail = flow_problems[0].message if flow_problems else flow_id
        result.problems.append(doc.problem(where, texts.SCENARIO_FLOW_BROKEN.format(flow=flow_id, detail=detail)))
        return result
    for part, keys in (("answers", scenario.answers), ("notes", scenario.notes)):
        for key in unknown_answers(program, keys):
            hint = did_you_mean(str(key), program.questions)
            result.problems.append(doc.problem((part, key), texts.SCENARIO_UNKNOWN_KEY.format(question=key, hint=hint)))
    if result.problems:
        return result
    answers = dict(scenario.answers)
    try:
        engine = FlowEngine(program)  # walks the flow up to its first question: may raise too
        result.engine = engine
        result.notes.extend(play(engine, answers, path.name))
        for index, step in enumerate(scenario.steps, start=1):
            _apply_step(engine, step, answers, index)
            result.notes.extend(play(engine, answers, path.name))
        for key, text in scenario.notes.items():
            engine.set_note(key, text)
    except (ScenarioError, EngineError, FlowRuntimeError) as exc:
        result.failures.append(str(exc))
        result.failure_locs.append(("steps",) if scenario.steps else ("answers",))
        return result
    result.outcome = engine.outcome()
    _compare(result, scenario.expect)
    return result


def _apply_step(engine: FlowEngine, step: Step, answers: dict[str, Any], index: int) -> None:
    if step.change is not None:
        current: EngineStep | None = engine.change(step.change)
    else:
        for _ in range(step.back or 0):
            if not engine.back():
                raise ScenarioError(texts.SCENARIO_STEP_FAILED.format(index=index, detail=texts.NOTHING_TO_GO_BACK_TO))
        current = engine.current
    assert current is not None
    if step.answer is not None:
        answers[current.key] = step.answer
        result = engine.answer(step.answer)
        if not result.accepted:
            problems = "; ".join(result.errors)
            detail = texts.SCENARIO_INVALID_ANSWER.format(question=current.key, text=current.text, problems=problems)
            raise ScenarioError(texts.SCENARIO_STEP_FAILED.format(index=index, detail=detail))


def _fmt(value: Any) -> str:
    if isinstance(value, (list, tuple, set)):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return repr(value) if isinstance(value, str) else str(value)


def _compare(result: ScenarioResult, expect: Expectation) -> None:
    outcome = result.outcome
    engine = result.engine
    assert outcome is not None and engine is not None
    fail, differ = result.fail, result.differ

    if expect.finished is not None and expect.finished != engine.finished:
        differ("finished", expect.finished, engine.finished)
    if expect.path is not None and expect.path != outcome.path:
        differ("path", expect.path, outcome.path)
    if expect.asked is not None and expect.asked != engine.asked:
        differ("asked", expect.asked, engine.asked)
    for what in ("signals", "target_groups", "pillars", "stages", "leads"):
        expected = getattr(expect, what)
        actual = sorted(getattr(outcome, what))
        if expected is not None and sorted(expected) != actual:
            differ(what, sorted(expected), actual)
    if expect.urgent is not None and expect.urgent != bool(outcome.urgent):
        differ("urgent", expect.urgent, bool(outcome.urgent))
    for group, expected_score in expect.scores.items():
        score = outcome.scores.get(group)
        if score is None:
            differ(f"scores.{group}", expected_score, None)
            continue
        wanted = ScoreExpectation(points=expected_score) if isinstance(expected_score, (int, float)) else expected_score
        if wanted.points is not None and abs(score.points - wanted.points) > 1e-6:
            differ(f"scores.{group}.points", wanted.points, round(score.points, 2))
        if wanted.percent is not None and (score.percent is None or abs(score.percent - wanted.percent) > 0.05):
            differ(f"scores.{group}.percent", wanted.percent, score.percent)
        actual_band = score.band.id if score.band else None
        if wanted.band is not None and wanted.band != actual_band:
            differ(f"scores.{group}.band", wanted.band, actual_band)
    for name, wanted_value in expect.variables.items():
        value = outcome.variables.get(name)
        if value != wanted_value:
            differ(f"variables.{name}", wanted_value, value)
    verdicts = {f.question: f.verdict for f in outcome.quiz}
    for question, verdict in expect.quiz.items():
        if verdicts.get(question) != verdict:
            differ(f"quiz.{question}", verdict, verdicts.get(question))
    if expect.gaps is not None and sorted(expect.gaps) != sorted(g.question for g in outcome.gaps):
        differ("gaps", sorted(expect.gaps), sorted(g.question for g in outcome.gaps))
    shown = [m.text for m in outcome.messages]
    for part in expect.messages:
        if not any(part in text for text in shown):
            missing = texts.SCENARIO_EXPECTED.format(what="messages", expected=repr(part), actual=texts.SCENARIO_NOT_SHOWN)
            fail("messages", missing)


def _library_of(path: Path) -> FlowLibrary:
    """The flows a scenario file plays against. The scenarios of the configured flows folder use
    the configured library, which reads the compiled flows (a file edited since is read again, see
    `loader`): reading and validating every flow file anew took a tenth of a second per scenario."""
    from adviseur.locations import flows_dir

    root = _library_root(path)
    return FlowLibrary() if root == flows_dir().resolve() else FlowLibrary(root)


def _library_root(path: Path) -> Path:
    parts = path.resolve().parts
    if SCENARIO_DIR in parts:
        index = len(parts) - 1 - list(reversed(parts)).index(SCENARIO_DIR)
        return Path(*parts[:index])
    return path.resolve().parent


def scenario_files(root: Path, flow_id: str | None = None) -> list[Path]:
    """Scenario files under `root/scenarios` (of one flow, or of all)."""
    base = root / SCENARIO_DIR
    if flow_id is not None:
        base = base / flow_id
    if not base.is_dir():
        return []
    return sorted(p for p in base.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


# --- for adviseur check ---------------------------------------------------------------------------------

RunCache = dict[Path, ScenarioResult]


def _run_cached(library: FlowLibrary, path: Path, runs: RunCache | None) -> ScenarioResult:
    """`adviseur check` needs each scenario twice (its own check and coverage): run it once."""
    if runs is None:
        return run_scenario(path, library)
    key = path.resolve()
    if key not in runs:
        runs[key] = run_scenario(path, library)
    return runs[key]


def check_scenarios(files: list[tuple[FlowLibrary, Path]], runs: RunCache | None = None) -> list[Problem]:
    """Located problems for scenario files: broken files, unknown questions and failed expectations.

    Recommendations are not compared here (that needs the whole knowledge base and search index;
    the pytest scenario test does it)."""
    problems: list[Problem] = []
    for library, path in files:
        result = _run_cached(library, path, runs)
        problems.extend(result.problems)
        for failure, loc in zip(result.failures, result.failure_locs, strict=True):
            message = texts.LINT_SCENARIO_FAILED.format(name=path.stem, detail=failure)
            problems.append(result.doc.problem(loc, message) if result.doc is not None else Problem(path, 1, 1, message))
    return problems


def uncovered_branches(library: FlowLibrary, program: Program, runs: RunCache | None = None) -> list[Problem]:
    """Warnings for the branches of a main flow that none of its scenarios takes."""
    source = program.main.source
    files = scenario_files(library.root, program.id)
    if not files:
        folder = f"{SCENARIO_DIR}/{program.id}/"
        return [source.problem(("id",), texts.LINT_NO_SCENARIOS.format(folder=folder), "warning")]
    taken: set[tuple[str, str, int | None]] = set()
    for path in files:
        result = _run_cached(library, path, runs)
        if result.engine is not None:
            taken.update(result.engine.walk.edges)
    problems: list[Problem] = []
    for nid in program.main.node_ids:
        node = program.nodes.get(nid)
        if node is None or node.source is not source or not any(r.when is not None for r in node.rules):
            continue
        branches: list[tuple[str, int | None, DataPath]] = [(r.target, r.index, r.loc) for r in node.rules]
        if node.rules[-1].when is not None:
            branches.append((node.fallthrough, None, (*node.loc, "next")))
        for target, index, loc in branches:
            if (nid, target, index) in taken:
                continue
            label = texts.END_LABEL if target == END else target
            rule = texts.RULE_NUMBER.format(number=index + 1) if index is not None else texts.NO_RULE_MATCHES
            problems.append(source.problem(loc, texts.LINT_UNCOVERED.format(source=nid, target=label, rule=rule), "warning"))
    return problems
