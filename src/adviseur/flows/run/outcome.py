"""What a (finished or partial) flow hands to the recommender, the scorer and the reports.

`FlowOutcome` is the contract between the flow engine and `adviseur.advice`: only answers on the
current path count, and every signal, target group, pillar or lead carries the question and
answer that implied it, so advice can say in words *why* it was given. Sensitive answers (free
text by default) are in memory only: `to_json()` leaves them out unless asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from adviseur.flows import texts
from adviseur.flows.language.model import Band
from adviseur.flows.language.runtime import Program, QuestionInfo
from adviseur.flows.language.scoring import band_for, percent, points, quiz_verdict
from adviseur.flows.run.walk import Walk


@dataclass(frozen=True, slots=True)
class Reason:
    """One answer that implied something: 'Huurachterstand: twee maanden of meer'."""

    question: str
    key: str
    question_text: str
    question_label: str | None
    choice: str
    choice_label: str

    def __str__(self) -> str:
        if self.question_label:
            return f"{self.question_label}: {self.choice_label}"
        return f"{self.question_text} — {self.choice_label}"

    def to_json(self) -> dict[str, str]:
        return {"question": self.key, "choice": self.choice, "text": str(self)}


@dataclass(frozen=True, slots=True)
class ScoreResult:
    id: str
    label: str
    kind: str
    """section, group, total or quiz."""
    points: float
    maximum: float
    percent: float | None
    band: Band | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "kind": self.kind,
            "points": _round(self.points),
            "max": _round(self.maximum),
            "percent": self.percent,
            "band": None
            if self.band is None
            else {"id": self.band.id, "label": self.band.label, "explanation": self.band.explanation},
        }


@dataclass(frozen=True, slots=True)
class Gap:
    """A scored question well below its maximum, with the records worth reading about it."""

    question: str
    text: str
    section: str | None
    points: float
    maximum: float
    percent: float | None
    leads: list[str]

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "text": self.text,
            "section": self.section,
            "points": _round(self.points),
            "max": _round(self.maximum),
            "percent": self.percent,
            "leads": self.leads,
        }


@dataclass(frozen=True, slots=True)
class QuizOption:
    """One answer of a quiz question in the review: was it chosen, and was it right?"""

    label: str
    chosen: bool
    correct: bool | str | None
    """True, False or 'partial', as the flow marks the choice."""
    explanation: str | None

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "chosen": self.chosen, "correct": self.correct, "explanation": self.explanation}


@dataclass(frozen=True, slots=True)
class QuizFeedback:
    question: str
    text: str
    given: list[str]
    correct: list[str]
    verdict: str
    """goed, deels or fout."""
    explanations: list[str]
    options: list[QuizOption] = field(default_factory=list)
    """Every answer with its mark, so the review can explain the right answers not chosen too."""

    @property
    def verdict_label(self) -> str:
        return texts.VERDICT_LABELS[self.verdict]

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "text": self.text,
            "given": self.given,
            "correct": self.correct,
            "verdict": self.verdict,
            "explanations": self.explanations,
            "options": [o.to_json() for o in self.options],
        }


@dataclass(frozen=True, slots=True)
class Message:
    """A `say` step as shown at its place on the path."""

    node: str
    text: str
    title: str | None = None
    urgent: bool = False


@dataclass(frozen=True, slots=True)
class UrgentNote:
    """Something that needs action now: an urgent answer or an urgent message reached."""

    node: str
    text: str
    reason: Reason | None = None


@dataclass(frozen=True, slots=True)
class ResultView:
    node: str
    show: list[str]
    title: str | None
    text: str | None
    groups: list[str]


@dataclass(frozen=True, slots=True)
class TranscriptEntry:
    kind: str
    """say, question or result."""
    node: str
    key: str
    section: str | None
    text: str
    answer: Any = None
    answer_text: str | None = None
    sensitive: bool = False
    skipped: bool = False
    note: str | None = None
    """The short note kept with this answer (policy flows), shown next to it in reports."""

    def to_json(self, include_sensitive: bool = False) -> dict[str, Any]:
        hide = self.sensitive and not include_sensitive and self.answer is not None
        return {
            "kind": self.kind,
            "node": self.key,
            "section": self.section,
            "text": self.text,
            "answer": None if hide else self.answer,
            "answer_text": texts.NOT_KEPT if hide else self.answer_text,
            "note": None if self.sensitive and not include_sensitive else self.note,
        }


@dataclass
class FlowOutcome:
    """Everything a flow collected on its current path, ready for advice, scores and reports."""

    flow_id: str
    flow_title: str
    flow_version: str
    content_hash: str
    finished: bool
    path: list[str]
    """Visit keys of every step on the path, in order."""
    answers: dict[str, Any]
    """Visit key -> answer (None: skipped), only for questions on the path."""
    answer_texts: dict[str, str]
    sensitive: set[str]
    """Keys of answers that must not leave memory unless the user asks."""
    signals: dict[str, list[Reason]] = field(default_factory=dict)
    target_groups: dict[str, list[Reason]] = field(default_factory=dict)
    pillars: dict[str, list[Reason]] = field(default_factory=dict)
    stages: dict[str, list[Reason]] = field(default_factory=dict)
    life_phases: dict[str, list[Reason]] = field(default_factory=dict)
    facts: dict[str, list[Reason]] = field(default_factory=dict)
    """Housing and household facts (adviseur.knowledge.applicability) with the answers behind them."""
    leads: dict[str, list[Reason]] = field(default_factory=dict)
    urgent: list[UrgentNote] = field(default_factory=list)
    variables: dict[str, Any] = field(default_factory=dict)
    scores: dict[str, ScoreResult] = field(default_factory=dict)
    gaps: list[Gap] = field(default_factory=list)
    quiz: list[QuizFeedback] = field(default_factory=list)
    results: list[ResultView] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    search_texts: list[str] = field(default_factory=list)
    """Free-text answers the flow marked `search: true` (read for signals and record names)."""
    casework: bool = False
    """About one resident (the flow says `casework: true`): advice then follows the casework rules."""
    transcript: list[TranscriptEntry] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    """Question key -> the note kept with its answer (answered questions on the path only)."""

    @property
    def quiz_score(self) -> ScoreResult | None:
        return self.scores.get("quiz")

    def to_json(self, *, include_sensitive: bool = False) -> dict[str, Any]:
        def keep(key: str) -> bool:
            return include_sensitive or key not in self.sensitive

        return {
            "flow": self.flow_id,
            "title": self.flow_title,
            "version": self.flow_version,
            "content_hash": self.content_hash,
            "finished": self.finished,
            "path": self.path,
            "answers": {k: v for k, v in self.answers.items() if keep(k)},
            "answer_texts": {k: v for k, v in self.answer_texts.items() if keep(k)},
            "signals": _reasons_json(self.signals),
            "target_groups": _reasons_json(self.target_groups),
            "pillars": _reasons_json(self.pillars),
            "stages": _reasons_json(self.stages),
            "life_phases": _reasons_json(self.life_phases),
            "facts": _reasons_json(self.facts),
            "leads": _reasons_json(self.leads),
            "urgent": [
                {"node": u.node, "text": u.text, "reason": u.reason.to_json() if u.reason else None} for u in self.urgent
            ],
            "variables": self.variables,
            "scores": {k: s.to_json() for k, s in self.scores.items()},
            "gaps": [g.to_json() for g in self.gaps],
            "quiz": [q.to_json() for q in self.quiz],
            "results": [
                {"node": r.node, "show": r.show, "title": r.title, "text": r.text, "groups": r.groups} for r in self.results
            ],
            "messages": [m.text for m in self.messages],
            "search_texts": self.search_texts if include_sensitive else [],
            "transcript": [t.to_json(include_sensitive) for t in self.transcript],
            "notes": {k: v for k, v in self.notes.items() if keep(k)},
        }


def _round(value: float) -> float | int:
    value = round(value, 2)
    return int(value) if float(value).is_integer() else value


def _reasons_json(table: dict[str, list[Reason]]) -> dict[str, list[dict[str, str]]]:
    return {k: [r.to_json() for r in v] for k, v in table.items()}


def _add(table: dict[str, list[Reason]], key: str, reason: Reason) -> None:
    reasons = table.setdefault(key, [])
    if reason not in reasons:
        reasons.append(reason)


def quiz_feedback(q: QuestionInfo, key: str, text: str, value: Any) -> QuizFeedback | None:
    """Feedback on one quiz answer (the engine also shows it right after the answer)."""
    verdict = quiz_verdict(q, value)
    if verdict is None:
        return None
    chosen = q.chosen(value)
    explanations = [c.explanation for c in chosen if c.explanation]
    if q.node.explanation:
        explanations.append(q.node.explanation)
    chosen_ids = {c.id for c in chosen}
    return QuizFeedback(
        question=key,
        text=text,
        given=[c.label for c in chosen],
        correct=[c.label for c in q.choices.values() if c.correct is True],
        verdict=verdict,
        explanations=explanations,
        options=[QuizOption(c.label, c.id in chosen_ids, c.correct, c.explanation) for c in q.choices.values()],
    )


def build_outcome(program: Program, walk: Walk, notes: dict[str, str] | None = None) -> FlowOutcome:
    """The outcome of the path `walk` took; `notes` are kept for the answered questions on it."""
    notes = notes or {}
    env = walk.env
    out = FlowOutcome(
        flow_id=program.id,
        flow_title=program.flow.title,
        flow_version=program.version,
        content_hash=program.content_hash,
        finished=walk.finished,
        path=[v.key for v in walk.visits],
        answers={},
        answer_texts={},
        sensitive=set(),
        casework=program.flow.casework,
    )
    gap_below = program.flow.gap_below
    for visit in walk.visits:
        node = program.nodes[visit.node]
        text = visit.text or ""
        if visit.kind == "say":
            message = Message(visit.node, text, visit.title, node.urgent)
            out.messages.append(message)
            if node.urgent:
                out.urgent.append(UrgentNote(visit.node, text))
            out.transcript.append(TranscriptEntry("say", visit.node, visit.key, visit.section, text))
        elif visit.kind == "result":
            model = node.result
            assert model is not None
            out.results.append(ResultView(visit.node, list(model.show), visit.title, visit.text, list(model.groups)))
            if visit.text:
                out.messages.append(Message(visit.node, visit.text, visit.title))
            out.transcript.append(TranscriptEntry("result", visit.node, visit.key, visit.section, visit.title or text))
        elif visit.kind == "question" and visit.answered:
            q = node.question
            assert q is not None
            value = visit.value
            out.answers[visit.key] = value
            answer_text = q.answer_text(value) if value is not None else texts.SKIPPED
            out.answer_texts[visit.key] = answer_text
            if q.sensitive:
                out.sensitive.add(visit.key)
            note = notes.get(visit.key)
            if note:
                out.notes[visit.key] = note
            out.transcript.append(
                TranscriptEntry(
                    "question", visit.node, visit.key, visit.section, text, value, answer_text, q.sensitive, value is None, note
                )
            )
            if value is None:
                continue
            for choice in q.chosen(value):
                reason = Reason(q.id, visit.key, text, q.node.label, choice.id, choice.label)
                for signal in choice.signals:
                    _add(out.signals, signal, reason)
                for target_group in choice.target_groups:
                    _add(out.target_groups, target_group, reason)
                for pillar in choice.pillars:
                    _add(out.pillars, pillar, reason)
                for lead in choice.leads:
                    _add(out.leads, lead, reason)
                if choice.stage:
                    _add(out.stages, choice.stage, reason)
                if choice.life_phase:
                    _add(out.life_phases, choice.life_phase, reason)
                for fact in choice.facts:
                    _add(out.facts, fact, reason)
                if choice.urgent:
                    out.urgent.append(UrgentNote(visit.node, str(reason), reason))
            if q.node.search and isinstance(value, str) and value:
                out.search_texts.append(value)
            feedback = quiz_feedback(q, visit.key, text, value)
            if feedback is not None:
                out.quiz.append(feedback)
            base, _extra = points(q, value)
            if gap_below is not None and base is not None and q.base_max:
                share = percent(base, q.base_max)
                if share is not None and share < gap_below:
                    out.gaps.append(Gap(visit.key, text, visit.section, base, q.base_max, share, list(q.node.leads)))
    for group_id, group in program.groups.items():
        maximum = env.maxima.get(group_id, 0.0)
        gained = env.points.get(group_id, 0.0)
        if maximum == 0 and gained == 0:
            continue
        share = percent(gained, maximum)
        band = band_for(group.bands, share)
        out.scores[group_id] = ScoreResult(group_id, group.label, group.kind, gained, maximum, share, band)
    variable_names = set(program.variables) | {name for n in program.nodes.values() for name, _ in n.sets}
    out.variables = {name: env.values.get(name) for name in sorted(variable_names)}
    return out
