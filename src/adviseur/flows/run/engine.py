"""The flow engine: a small state machine that the TUI, the CLI and the tests drive alike.

State is only what a person did: the answers (by visit key), and, while reviewing earlier
questions, a cursor. Everything else (the path, the current question, progress, scores, the
transcript) is derived by walking the flow again (see `walk.py`), so going back or changing an
earlier answer can never leave stale state behind.

    engine = FlowEngine(program)
    engine.current              # Step: the question to ask now (None when finished)
    engine.answer("huur")       # AnswerResult: accepted? problems? quiz feedback?
    engine.back()               # review the previous question (its answer is kept as proposal)
    engine.change("leeftijd")   # jump to an earlier question; after answering, return to the end
    engine.set_note("analyse_cijfers", "afspraak met corporatie loopt tot 2026")   # policy flows only
    engine.outcome()            # FlowOutcome for advice, scores and reports
    engine.snapshot()           # for the store; FlowEngine.resume(program, snapshot) continues

Listeners (`subscribe`) are called after every change; the store's autosave is one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from adviseur.content import did_you_mean
from adviseur.errors import AdviseurError
from adviseur.flows import texts
from adviseur.flows.language.expr import truth
from adviseur.flows.language.model import AnswerKind
from adviseur.flows.language.runtime import Program, QuestionInfo
from adviseur.flows.run.outcome import FlowOutcome, Message, QuizFeedback, build_outcome, quiz_feedback
from adviseur.flows.run.values import AnswerProblem, coerce
from adviseur.flows.run.walk import Visit, Walk, extend, question_of, walk

if TYPE_CHECKING:  # saving and resuming import it (a pydantic model): a run that does neither does not
    from adviseur.flows.run.snapshot import ResumeReport, Snapshot


class EngineError(AdviseurError):
    """A request the engine cannot carry out (e.g. changing a question that is not on the path)."""


@dataclass(frozen=True, slots=True)
class ChoiceView:
    id: str
    label: str
    help: str | None = None
    exclusive: bool = False


@dataclass(frozen=True, slots=True)
class Progress:
    position: int
    """1-based number of the current question on the path (answered count when finished)."""
    total: int
    """Estimated number of questions on the path as it looks now."""
    answered: int
    finished: bool
    section: str | None = None
    section_title: str | None = None
    section_position: int = 0
    section_total: int = 0

    @property
    def text(self) -> str:
        if self.finished:
            return texts.PROGRESS_DONE.format(total=self.answered)
        return texts.PROGRESS.format(position=self.position, total=self.total)

    @property
    def fraction(self) -> float:
        if self.finished or self.total == 0:
            return 1.0
        return max(0.0, min(1.0, (self.position - 1) / self.total))


@dataclass(eq=False)
class Step:
    """The question to ask now, with everything a front end needs to show it.

    A snapshot taken when asked: it does not change when the engine moves on. `progress` is
    computed on first use (it walks the rest of the flow, which a headless run does not need).
    """

    key: str
    question: str
    kind: AnswerKind
    text: str
    help: str | None
    choices: list[ChoiceView]
    scale: tuple[int, int, int, dict[int, str]] | None
    unit: str | None
    placeholder: str | None
    required: bool
    sensitive: bool
    section: str | None
    section_title: str | None
    value: Any
    """The answer given before (when reviewing), as a proposal."""
    answered: bool
    reviewing: bool
    messages: list[Message]
    """Messages on the path since the previous question (show them before asking)."""
    info: QuestionInfo = field(repr=False)
    _progress: Callable[[], Progress] = field(repr=False, default=lambda: Progress(0, 0, 0, True))

    @cached_property
    def progress(self) -> Progress:
        return self._progress()


@dataclass(frozen=True)
class AnswerResult:
    accepted: bool
    problems: list[AnswerProblem] = field(default_factory=list)
    feedback: QuizFeedback | None = None
    urgent: list[str] = field(default_factory=list)
    """Labels of urgent answers just given: show what to do now."""

    @property
    def errors(self) -> list[str]:
        return [p.message for p in self.problems if p.level == "error"]

    @property
    def warnings(self) -> list[str]:
        return [p.message for p in self.problems if p.level == "warning"]


Listener = Callable[["FlowEngine"], None]

NOTE_MAX = 300
"""A note is a short remark ("afspraak met corporatie loopt tot 2026"), not a report."""


def _now() -> datetime:
    return datetime.now(UTC)


class FlowEngine:
    def __init__(self, program: Program, *, clock: Callable[[], datetime] = _now) -> None:
        self.program = program
        self._clock = clock
        self.answers: dict[str, Any] = {}
        self.notes: dict[str, str] = {}
        """Question key -> a short note on it; kept apart from the answers, which notes never change."""
        self.cursor: str | None = None
        self.cursor_returns = False
        self.history: list[dict[str, Any]] = []
        self.started_at = self._stamp()
        self.updated_at = self.started_at
        self._walk: Walk | None = None
        self._spec: Walk | None = None
        self._version = 0
        self._listeners: list[Listener] = []

    # --- derived state --------------------------------------------------------------------------
    def _stamp(self) -> str:
        return self._clock().isoformat(timespec="seconds")

    @property
    def walk(self) -> Walk:
        if self._walk is None:
            self._walk = walk(self.program, self.answers)
        return self._walk

    def _speculative(self) -> Walk:
        if self._spec is None:
            self._spec = walk(self.program, self.answers, speculative=True)
        return self._spec

    @property
    def current_key(self) -> str | None:
        w = self.walk
        if self.cursor is not None:
            visit = w.by_key.get(self.cursor)
            if visit is not None and visit.kind == "question":
                return self.cursor
        return w.frontier.key if w.frontier is not None else None

    @property
    def finished(self) -> bool:
        return self.current_key is None and self.walk.finished

    @property
    def path(self) -> list[str]:
        return [v.key for v in self.walk.visits]

    @property
    def asked(self) -> list[str]:
        """Keys of the questions on the path, answered or current."""
        return [v.key for v in self.walk.question_visits]

    def _position_of_current(self) -> int:
        keys = [v.key for v in self.walk.question_visits]
        current = self.current_key
        return keys.index(current) if current in keys else len(keys)

    @property
    def progress(self) -> Progress:
        return self._progress_from(self._speculative(), self.walk, self.current_key)

    def _progress_from(self, spec: Walk, real: Walk, current: str | None) -> Progress:
        questions = spec.question_visits
        answered = sum(1 for v in real.question_visits if v.answered)
        if current is None:
            return Progress(answered, answered, answered, True)
        keys = [v.key for v in questions]
        position = keys.index(current) + 1 if current in keys else answered + 1
        total = max(len(questions), position)
        visit = spec.by_key.get(current)
        section = visit.section if visit is not None else None
        in_section = [v.key for v in questions if v.section == section]
        return Progress(
            position=position,
            total=total,
            answered=answered,
            finished=False,
            section=section,
            section_title=self.program.section_title(section),
            section_position=in_section.index(current) + 1 if current in in_section else 0,
            section_total=len(in_section),
        )

    @property
    def current(self) -> Step | None:
        key = self.current_key
        if key is None:
            return None
        w = self.walk
        visit = w.by_key[key]
        q = self.program.nodes[visit.node].question
        assert q is not None
        node = q.node
        scale = None
        if q.kind == AnswerKind.SCALE:
            low, high, step = q.scale_bounds
            scale = (low, high, step, dict(node.scale.labels) if node.scale else {})
        choices = [] if q.kind in (AnswerKind.SCALE, AnswerKind.NUMBER, AnswerKind.TEXT) else [
            ChoiceView(c.id, c.label, c.help, c.exclusive) for c in q.choices.values()
        ]
        return Step(
            key=key,
            question=q.id,
            kind=q.kind,
            text=visit.text or node.text,
            help=node.help,
            choices=choices,
            scale=scale,
            unit=node.unit,
            placeholder=node.placeholder,
            required=node.required,
            sensitive=q.sensitive,
            section=visit.section,
            section_title=self.program.section_title(visit.section),
            value=self.answers.get(key),
            answered=key in self.answers,
            reviewing=key != (w.frontier.key if w.frontier else None),
            messages=self._messages_before(w, visit),
            info=q,
            _progress=self._progress_snapshot(),
        )

    def _progress_snapshot(self) -> Callable[[], Progress]:
        """Progress as it is now, computed only if a front end asks for it (and from the state
        of this moment, even if the engine has moved on since)."""
        version, answers, current = self._version, dict(self.answers), self.current_key

        def compute() -> Progress:
            if self._version == version:
                return self._progress_from(self._speculative(), self.walk, current)
            spec = walk(self.program, answers, speculative=True)
            return self._progress_from(spec, walk(self.program, answers), current)

        return compute

    def _messages_before(self, w: Walk, visit: Visit) -> list[Message]:
        index = w.visits.index(visit)
        found: list[Message] = []
        for earlier in reversed(w.visits[:index]):
            if earlier.kind == "question":
                break
            if earlier.kind in ("say", "result") and earlier.text:
                node = self.program.nodes[earlier.node]
                found.append(Message(earlier.node, earlier.text, earlier.title, node.urgent))
        return list(reversed(found))

    def pending_messages(self) -> list[Message]:
        """Messages after the last question when the flow has finished (closing words, results)."""
        if not self.finished:
            return []
        w = self.walk
        found: list[Message] = []
        for visit in reversed(w.visits):
            if visit.kind == "question":
                break
            if visit.kind in ("say", "result") and visit.text:
                found.append(Message(visit.node, visit.text, visit.title, self.program.nodes[visit.node].urgent))
        return list(reversed(found))

    # --- changes ----------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _changed(self, event: str, key: str | None, walk_now: Walk | None = None) -> None:
        self._walk = walk_now
        self._spec = None
        self._version += 1
        self.updated_at = self._stamp()
        self.history.append({"at": self.updated_at, "event": event, "key": key})
        for listener in list(self._listeners):
            listener(self)

    def answer(self, value: Any) -> AnswerResult:
        """Answer the current question. Nothing changes unless the answer is accepted."""
        key = self.current_key
        if key is None:
            return AnswerResult(False, [AnswerProblem("error", texts.NOT_ASKED_NOW)])
        visit = self.walk.by_key[key]
        q = self.program.nodes[visit.node].question
        assert q is not None
        coerced, problems = coerce(q, value)
        if any(p.level == "error" for p in problems):
            return AnswerResult(False, problems)
        problems = problems + self._expression_checks(q, key, coerced)
        if any(p.level == "error" for p in problems):
            return AnswerResult(False, problems)
        skipped = coerced is None
        previous = self._walk
        at_frontier = (
            self.cursor is None and previous is not None and previous.frontier is not None and previous.frontier.key == key
        )
        self.answers[key] = coerced
        self._advance_cursor(key)
        # going forward (the common case) continues the walk instead of starting it again
        extended = extend(self.program, previous, self.answers) if at_frontier and previous is not None else None
        self._changed("skip" if skipped else "answer", key, extended)
        feedback = quiz_feedback(q, key, visit.text or q.text, coerced)
        urgent = [c.label for c in q.chosen(coerced) if c.urgent]
        return AnswerResult(True, problems, feedback, urgent)

    def skip(self) -> AnswerResult:
        """Leave an optional question unanswered."""
        key = self.current_key
        if key is None:
            return AnswerResult(False, [AnswerProblem("error", texts.NOT_ASKED_NOW)])
        q = self.program.nodes[self.walk.by_key[key].node].question
        if q is not None and q.node.required:
            return AnswerResult(False, [AnswerProblem("error", texts.CANNOT_SKIP)])
        return self.answer(None)

    def _expression_checks(self, q: QuestionInfo, key: str, value: Any) -> list[AnswerProblem]:
        sites = [(c, c.site) for c in q.checks if c.site is not None]
        if not sites or value is None:
            return []
        env = walk(self.program, {**self.answers, key: value}, stop_after=key).env
        problems = []
        for check, site in sites:
            if not truth(site.fn(env)):
                problems.append(AnswerProblem(check.model.level, check.model.message or texts.CHECK_FAILED))
        return problems

    def _advance_cursor(self, key: str) -> None:
        if self.cursor is None:
            return
        if self.cursor_returns:
            self.cursor = None
            return
        w = walk(self.program, self.answers)
        keys = [v.key for v in w.question_visits]
        if key not in keys or keys.index(key) + 1 >= len(keys):
            self.cursor = None
            return
        following = w.by_key[keys[keys.index(key) + 1]]
        self.cursor = following.key if following.answered else None

    def back(self) -> bool:
        """Go to the previous question on the path; its answer stays as a proposal."""
        position = self._position_of_current()
        if position == 0:
            return False
        keys = [v.key for v in self.walk.question_visits]
        self.cursor = keys[position - 1]
        self.cursor_returns = False
        self._changed("back", self.cursor)
        return True

    def forward(self) -> bool:
        """While reviewing: keep the current answer and go to the next question."""
        key = self.current_key
        if self.cursor is None or key is None or key not in self.answers:
            return False
        self._advance_cursor(key)
        self._changed("forward", key)
        return True

    def change(self, question: str) -> Step:
        """Jump to an earlier question on the path to change it; answering returns to the end."""
        w = self.walk
        answered = [v for v in w.question_visits if v.answered]
        # an exact visit key first ('nog' is the first visit, 'nog#2' the second); a bare
        # question id of a question asked several times means its latest visit
        visits = [v for v in answered if v.key == question] or [v for v in answered if v.node == question]
        if not visits:
            if question_of(question) not in self.program.questions:
                hint = did_you_mean(question, self.program.questions)
                raise EngineError(texts.UNKNOWN_QUESTION.format(question=question, hint=hint))
            raise EngineError(texts.NOT_ON_PATH.format(question=question))
        self.cursor = visits[-1].key
        self.cursor_returns = True
        self._changed("change", self.cursor)
        step = self.current
        assert step is not None
        return step

    def set_note(self, key: str, text: str | None) -> None:
        """Keep a short note with a question on the path (the current one or an answered one);
        an empty text removes it. Notes are for policy flows (a scan, a checklist): a casework
        flow is about a resident, and a note there would be free text about a person, so it is
        refused (EngineError), as are a question off the path and a note over `NOTE_MAX`."""
        if self.program.flow.casework:
            raise EngineError(texts.NOTE_CASEWORK)
        visit = self.walk.by_key.get(key)
        if visit is None or visit.kind != "question":
            raise EngineError(texts.NOTE_NOT_ON_PATH.format(question=key))
        clean = " ".join((text or "").split())
        if len(clean) > NOTE_MAX:
            raise EngineError(texts.NOTE_TOO_LONG.format(max=NOTE_MAX, length=len(clean)))
        if clean == self.notes.get(key, ""):
            return
        if clean:
            self.notes[key] = clean
        else:
            self.notes.pop(key, None)
        self._changed("note", key, self._walk)  # the path does not change: keep the walk

    # --- results and persistence ----------------------------------------------------------------
    def outcome(self) -> FlowOutcome:
        return build_outcome(self.program, self.walk, self.notes)

    def snapshot(self, *, include_sensitive: bool = False) -> Snapshot:
        """What to save. Sensitive answers (free text by default) stay out unless asked for."""
        answers: dict[str, Any] = {}
        redacted: list[str] = []
        for key, value in self.answers.items():
            if self._hidden(key) and value is not None and not include_sensitive:
                redacted.append(key)
                continue
            answers[key] = value
        notes = {k: v for k, v in self.notes.items() if include_sensitive or not self._hidden(k)}
        from adviseur.flows.run.snapshot import Snapshot

        return Snapshot(
            flow_id=self.program.id,
            flow_version=self.program.version,
            content_hash=self.program.content_hash,
            answers=answers,
            history=list(self.history),
            cursor=self.cursor if self.cursor in answers else None,
            cursor_returns=self.cursor_returns,
            started_at=self.started_at,
            updated_at=self.updated_at,
            redacted=redacted,
            notes=notes,
        )

    def _hidden(self, key: str) -> bool:
        """A sensitive question's answer and note stay out of what is saved (unless asked)."""
        q = self.program.questions.get(question_of(key))
        return q is not None and q.sensitive

    @classmethod
    def resume(
        cls, program: Program, snapshot: Snapshot, *, clock: Callable[[], datetime] = _now
    ) -> tuple[FlowEngine, ResumeReport]:
        """A new engine continuing `snapshot`, and what had to be dropped to fit `program`."""
        from adviseur.flows.run.snapshot import reconcile, reconcile_notes

        answers, cursor, report = reconcile(program, snapshot)
        engine = cls(program, clock=clock)
        engine.answers = answers
        engine.notes = reconcile_notes(program, snapshot, report)
        engine.cursor = cursor
        engine.cursor_returns = snapshot.cursor_returns
        engine.history = list(snapshot.history)
        engine.started_at = snapshot.started_at
        engine._changed("resume", None)
        return engine, report
