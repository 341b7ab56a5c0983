"""Saving a session and resuming it, also after the flow has changed.

A snapshot holds what cannot be recomputed: the answers (by visit key), the notes on them (a
policy flow's short remarks per question), where the user was when reviewing, and a history of
events (no answer values in it, so nothing sensitive leaks through the history). The path, scores
and transcript are recomputed on resume, so a corrected flow applies at once. When the flow
changed since (its content hash differs), every answer is checked against the new flow: answers
to questions that no longer exist, or that no longer fit (a choice
removed, a range narrowed), are dropped and reported, the rest is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from adviseur.content.wording import errors_counted
from adviseur.errors import AdviseurError
from adviseur.flows import texts
from adviseur.flows.language.runtime import Program
from adviseur.flows.run.values import coerce
from adviseur.flows.run.walk import question_of

SNAPSHOT_FORMAT = 1


class SnapshotError(AdviseurError):
    """A snapshot that cannot be used (wrong shape, or for another flow)."""


class _SnapshotModel(BaseModel):
    model_config = ConfigDict(extra="ignore")

    format: int
    flow_id: str
    flow_version: str
    content_hash: str
    answers: dict[str, Any]
    history: list[dict[str, Any]] = []
    cursor: str | None = None
    cursor_returns: bool = False
    started_at: str
    updated_at: str
    redacted: list[str] = []
    notes: dict[str, str] = {}
    """Added without a new format: an older Adviseur ignores it (extra keys are ignored)."""


@dataclass
class Snapshot:
    flow_id: str
    flow_version: str
    content_hash: str
    answers: dict[str, Any]
    history: list[dict[str, Any]]
    cursor: str | None
    cursor_returns: bool
    started_at: str
    updated_at: str
    redacted: list[str] = field(default_factory=list)
    """Keys of sensitive answers that were given but deliberately not saved."""
    notes: dict[str, str] = field(default_factory=dict)
    """Question key -> a short note (policy flows only; see `FlowEngine.set_note`)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "format": SNAPSHOT_FORMAT,
            "flow_id": self.flow_id,
            "flow_version": self.flow_version,
            "content_hash": self.content_hash,
            "answers": self.answers,
            "history": self.history,
            "cursor": self.cursor,
            "cursor_returns": self.cursor_returns,
            "started_at": self.started_at,
            "updated_at": self.updated_at,
            "redacted": self.redacted,
            "notes": self.notes,
        }

    @classmethod
    def from_json(cls, data: Any) -> Snapshot:
        try:
            model = _SnapshotModel.model_validate(data)
        except ValidationError as exc:
            raise SnapshotError(texts.SNAPSHOT_INVALID.format(errors=errors_counted(exc.error_count()))) from None
        if model.format != SNAPSHOT_FORMAT:
            raise SnapshotError(texts.SNAPSHOT_UNKNOWN_FORMAT.format(format=model.format))
        return cls(**model.model_dump(exclude={"format"}))


@dataclass(frozen=True)
class Dropped:
    """An answer that could not be carried over to the current version of the flow."""

    key: str
    question_text: str | None
    reason: str

    def __str__(self) -> str:
        return f"{self.question_text or self.key}: {self.reason}"


@dataclass
class ResumeReport:
    flow_changed: bool
    version_before: str
    version_now: str
    kept: int
    dropped: list[Dropped] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.dropped


def reconcile(program: Program, snapshot: Snapshot) -> tuple[dict[str, Any], str | None, ResumeReport]:
    """The answers of `snapshot` that still fit `program`, the cursor if still valid, and a report."""
    if snapshot.flow_id != program.id:
        raise SnapshotError(texts.RESUME_OTHER_FLOW.format(found=snapshot.flow_id, expected=program.id))
    report = ResumeReport(
        flow_changed=snapshot.content_hash != program.content_hash,
        version_before=snapshot.flow_version,
        version_now=program.version,
        kept=0,
    )
    answers: dict[str, Any] = {}
    for key, value in snapshot.answers.items():
        q = program.questions.get(question_of(key))
        if q is None:
            report.dropped.append(Dropped(key, None, texts.RESUME_QUESTION_GONE))
            continue
        coerced, problems = coerce(q, value)
        errors = [p.message for p in problems if p.level == "error"]
        if errors:
            report.dropped.append(Dropped(key, q.text, texts.RESUME_ANSWER_INVALID.format(reason=errors[0])))
            continue
        answers[key] = coerced
    for key in snapshot.redacted:
        q = program.questions.get(question_of(key))
        if q is not None and key not in answers:
            report.dropped.append(Dropped(key, q.text, texts.RESUME_NOT_KEPT))
    report.kept = len(answers)
    cursor = snapshot.cursor if snapshot.cursor in answers else None
    return answers, cursor, report


def reconcile_notes(program: Program, snapshot: Snapshot, report: ResumeReport) -> dict[str, str]:
    """The notes of `snapshot` whose question is still in `program`; the others are reported."""
    notes: dict[str, str] = {}
    for key, text in snapshot.notes.items():
        if question_of(key) in program.questions:
            notes[key] = text
        else:
            report.dropped.append(Dropped(key, None, texts.RESUME_NOTE_GONE))
    return notes
