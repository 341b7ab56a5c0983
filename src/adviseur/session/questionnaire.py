"""A scan as a questionnaire file: for a partner who fills it in alone, with a text editor.

`adviseur scans vragenlijst` writes the flow's questions as a YAML file: every question as a
comment (its label, text and the answers it takes) above an empty answer, and room for a short
note per question. The partner fills it in and sends it back; `adviseur scans import` reads it,
runs the answers through the flow as the app would (every answer checked, the path followed)
and saves the outcome as that partner's answers. The file's `uid` is derived from its content,
so importing the same filled-in file twice adds it once.

The file is read with the bounded YAML loader of answer files (small, no aliases) and its shape
checked with located Dutch messages (`file:line:column`).
"""

from __future__ import annotations

import hashlib
import json
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, ValidationError

from adviseur.flows.language.model import AnswerKind
from adviseur.reports.scanset import ROLES, SavedScan
from adviseur.session import texts
from adviseur.session.history import Respondent, ScanError, notes_of, respondent

if TYPE_CHECKING:
    from adviseur.flows.language.runtime import Program, QuestionInfo
    from adviseur.flows.run.outcome import FlowOutcome
    from adviseur.session.exchange import Imported
    from adviseur.store import Store

SUFFIXES = (".yaml", ".yml")
WIDTH = 100
"""Comment lines are wrapped to this width (a partner reads the file in any editor)."""


class _Filled(BaseModel):
    model_config = ConfigDict(extra="forbid")

    flow: str
    role: str | None = None
    organisation: str | None = None
    round: str | int | None = None
    answers: dict[str, Any] = {}
    notes: dict[str, str | None] = {}


@dataclass
class Filled:
    """A filled-in questionnaire, read and checked (not yet run through the flow)."""

    path: Path
    flow_id: str
    respondent: Respondent | None
    round: str | None
    answers: dict[str, Any]
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def uid(self) -> str:
        """Derived from what was filled in: the same file imported twice has the same uid."""
        content = {
            "flow": self.flow_id,
            "respondent": self.respondent.to_json() if self.respondent else None,
            "round": self.round,
            "answers": self.answers,
            "notes": self.notes,
        }
        digest = hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()
        return f"v-{digest[:32]}"


# --- writing -----------------------------------------------------------------------------------------


def _question_nodes(program: Program) -> list[tuple[str | None, QuestionInfo, str | None]]:
    """(section, question, its condition) in the order of the flow file, called flows in place."""
    out: list[tuple[str | None, QuestionInfo, str | None]] = []

    def visit(flow_id: str) -> None:
        for node_id in program.flows[flow_id].node_ids:
            node = program.nodes.get(node_id)
            if node is None:
                continue
            if node.call is not None:
                visit(node.call)
            elif node.question is not None:
                when = getattr(node.model, "when", None)
                out.append((node.section, node.question, str(when) if when is not None else None))

    visit(program.id)
    return out


def _yaml_value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _comment(text: str) -> str:
    return " ".join(text.split())


def questionnaire_text(program: Program, *, label: str | None = None, role: str | None = None, round: str | None = None) -> str:
    """The questionnaire of `program` as YAML text (comments in Dutch, the answers empty)."""
    if program.flow.casework:
        raise ScanError(texts.CASEWORK_NO_QUESTIONNAIRE.format(flow=program.id))
    if role is not None:
        respondent(role)  # an unknown role is refused before anything is written
    out = [texts.HEADER.format(title=program.flow.title, flow=program.id, version=program.version)]
    out += [f"flow: {program.id}", "", texts.ROLE_LINE.format(roles=", ".join(ROLES)), f"role: {role or ''}"]
    out += [texts.ORGANISATION_LINE, "organisation:", texts.ROUND_LINE]
    out += [f"round: {_yaml_value(round or str(datetime.now().year))}", ""]
    out.append("answers:")
    section: str | None = None
    first_text = True
    for node_section, q, when in _question_nodes(program):
        if node_section != section and node_section is not None:
            section = node_section
            out += ["", texts.SECTION_LINE.format(title=program.section_title(section) or section)]
        title = _comment(q.node.label or q.text) + (f" — {_comment(q.text)}" if q.node.label else "")
        out += [f"  # {line}" for line in textwrap.wrap(title, WIDTH)]
        if when:
            out.append(texts.ONLY_IF.format(when=when))
        if q.kind in (AnswerKind.SINGLE, AnswerKind.MULTI):
            choices = " | ".join(f"{c.id} = {_comment(c.label)}" for c in q.choices.values())
            out += textwrap.wrap(texts.ANSWERS_LINE.format(choices=choices), WIDTH, subsequent_indent="  #   ")
            if q.kind == AnswerKind.MULTI:
                out.append(texts.MULTI_LINE)
        elif q.kind == AnswerKind.YESNO:
            out.append(texts.ANSWERS_LINE.format(choices="ja | nee"))
        elif q.kind in (AnswerKind.NUMBER, AnswerKind.SCALE):
            out.append(texts.NUMBER.format(unit=f" ({q.node.unit})" if q.node.unit else ""))
        else:
            out.append(texts.FREE_TEXT.format(limit="" if q.node.required else texts.MAY_STAY_EMPTY))
        value = _yaml_value(label) if label and q.kind == AnswerKind.TEXT and first_text else ""
        if q.kind == AnswerKind.TEXT:
            first_text = False
        out.append(f"  {q.id}: {value}".rstrip())
    out += ["", texts.NOTES_LINE, "notes: {}", ""]
    return "\n".join(out)


def write_questionnaire(program: Program, path: Path, **options: Any) -> Path:
    """Write the questionnaire to `path` (atomically; the folder must exist)."""
    from adviseur.store.files import StoreError, write_user_text

    text = questionnaire_text(program, **options)
    if not path.parent.is_dir():
        raise ScanError(texts.QUESTIONNAIRE_NO_FOLDER.format(path=path))
    try:
        write_user_text(path, text)
    except StoreError as exc:
        raise ScanError(texts.CANNOT_WRITE_QUESTIONNAIRE.format(path=path, reason=exc)) from None
    return path


# --- reading -----------------------------------------------------------------------------------------


def read_questionnaire(path: Path) -> Filled:
    """A filled-in questionnaire, its shape checked; ScanError with located Dutch messages."""
    from adviseur.content import ANSWERS, ContentError, load_located_yaml
    from adviseur.content.schema import schema_problems

    try:
        doc = load_located_yaml(path, limits=ANSWERS)
    except ContentError as exc:
        raise ScanError("\n".join(str(p) for p in exc.problems[:5])) from None
    if doc.problems:
        raise ScanError("\n".join(str(p) for p in doc.problems[:5]))
    data = doc.data if isinstance(doc.data, dict) else None
    if data is None or "flow" not in data:
        raise ScanError(texts.NOT_A_QUESTIONNAIRE.format(path=path, problems=texts.NO_FLOW_LINE))
    try:
        filled = _Filled.model_validate(data)
    except ValidationError as exc:
        raise ScanError("\n".join(str(p) for p in schema_problems(doc, exc, _Filled)[:5])) from None
    try:
        who = respondent(filled.role, filled.organisation)
    except ScanError as exc:
        raise ScanError(f"{path}: {exc}") from None
    return Filled(
        path=path,
        flow_id=filled.flow,
        respondent=who,
        round=str(filled.round).strip() if filled.round not in (None, "") else None,
        answers={k: v for k, v in filled.answers.items() if v is not None and v != ""},
        notes={k: " ".join(v.split()) for k, v in filled.notes.items() if v and v.strip()},
    )


def read_notes(path: Path) -> dict[str, str]:
    """The `notes:` of an answers file (a scenario, a questionnaire), empty when it has none;
    ScanError when they are not a mapping of question to text."""
    from adviseur.content import ANSWERS, ContentError, load_located_yaml

    try:
        doc = load_located_yaml(path, limits=ANSWERS)
    except ContentError as exc:
        raise ScanError("\n".join(str(p) for p in exc.problems[:5])) from None
    return notes_of(doc.data, path)


def run_filled(filled: Filled, program: Program) -> FlowOutcome:
    """The outcome of the filled-in answers, as the app would reach it (every answer checked, the
    flow's path followed, the notes kept). ScanError for a missing or invalid answer or note."""
    from adviseur.flows.run.answers import ScenarioError, run_answers, unknown_answers
    from adviseur.flows.run.engine import EngineError
    from adviseur.flows.run.walk import FlowRuntimeError

    if program.flow.casework:
        raise ScanError(texts.CASEWORK_NO_QUESTIONNAIRE.format(flow=program.id))
    unknown = unknown_answers(program, filled.notes)
    if unknown:
        raise ScanError(texts.NOTE_OF_UNKNOWN_QUESTION.format(path=filled.path, question=unknown[0]))
    try:
        engine, _ = run_answers(program, filled.answers, origin=filled.path.name)
        for key, text in filled.notes.items():
            engine.set_note(key, text)
    except (ScenarioError, EngineError, FlowRuntimeError) as exc:
        raise ScanError(f"{filled.path}: {exc}") from None
    outcome = engine.outcome()
    if not outcome.finished:
        raise ScanError(texts.NOT_FILLED_IN.format(path=filled.path))
    return outcome


def filled_scan(filled: Filled, program: Program, label: str, now: datetime | None = None) -> SavedScan:
    """The filled-in questionnaire as a scan ready to import (its uid from its content)."""
    from adviseur.session.scans import scan_payload

    outcome = run_filled(filled, program)
    now = now or datetime.now(UTC)
    who = filled.respondent
    return SavedScan(
        uid=filled.uid,
        flow_id=program.id,
        label=label,
        saved_at=now.isoformat(timespec="microseconds"),
        payload=scan_payload(outcome),
        role=who.role if who else None,
        organisation=who.organisation if who else None,
        round=filled.round or (str(now.year) if who else None),
    )



def import_questionnaire(path: Path, store: Store) -> Imported:
    """Read a filled-in questionnaire, run it through its flow and save it as that partner's
    answers (or the municipality's own scan, without a role); a second import of the same file
    adds nothing. ScanError or ExchangeError with a Dutch message; nothing is saved on error."""
    from adviseur.content import ContentError
    from adviseur.flows.authoring.loader import FlowLibrary
    from adviseur.session.exchange import import_scans
    from adviseur.session.scans import scan_label

    filled = read_questionnaire(path)
    try:
        program = FlowLibrary().load(filled.flow_id)
    except (ContentError, KeyError) as exc:
        raise ScanError(texts.QUESTIONNAIRE_FLOW_BROKEN.format(path=path, flow=filled.flow_id, reason=str(exc)[:200])) from None
    outcome = run_filled(filled, program)
    label = scan_label(outcome, program)
    if label is None:
        raise ScanError(texts.NO_LABEL.format(path=path))
    scan = filled_scan(filled, program, label, now=store.clock())
    return import_scans([scan], store, source=path)
