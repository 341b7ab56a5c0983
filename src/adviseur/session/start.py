"""Starting and resuming a flow with autosave: what the app does before the first question.

The app's screens only show what these functions return (a conversation, or a Dutch message);
the decisions are made here, without textual, so they can be tested headless: a session that can
no longer be resumed is skipped, a broken file is set aside by the store and reported, and when
the data folder cannot be used the conversation goes on without being kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from adviseur.session import texts
from adviseur.store import SessionRecord, Store, StoreError, StoreProblem
from adviseur.store.store import parse_time

if TYPE_CHECKING:  # imported where used: the start screen lists no sessions without them (issue 12)
    from adviseur.flows.authoring.loader import FlowLibrary
    from adviseur.flows.language.runtime import Program
    from adviseur.flows.run.engine import FlowEngine
    from adviseur.flows.run.snapshot import ResumeReport
    from adviseur.session.autosave import Autosave

CANNOT_RESUME = texts.CANNOT_RESUME


@dataclass
class Started:
    """A conversation ready for its first (or next) question."""

    engine: FlowEngine
    autosave: Autosave | None
    """None when the answers cannot be kept (then `warning` says why)."""
    warning: str | None = None
    notice: str | None = None
    """After a resume: what no longer fits the flow's new version."""


def start_flow(program: Program, *, store: Store | None = None) -> Started:
    """A new conversation on `program`, saved after every answer. Raises FlowRuntimeError when
    the flow cannot even reach its first question."""
    from adviseur.flows.run.engine import FlowEngine
    from adviseur.session.autosave import Autosave

    engine = FlowEngine(program)
    try:
        autosave: Autosave | None = Autosave(store or Store(), engine, label=program.flow.title)
    except StoreError as exc:  # e.g. the data folder is a file: go on, but say nothing is kept
        return Started(engine, None, warning=texts.NOT_KEPT.format(error=exc))
    return Started(engine, autosave)


@dataclass
class Resumed:
    """The outcome of trying to continue a saved session."""

    started: Started | None = None
    problem: str | None = None
    """Why it could not be continued (Dutch), when `started` is None."""
    set_aside: list[StoreProblem] = field(default_factory=list)
    """Files the store did not use meanwhile: damaged and set aside, or too new (to report once)."""


def resume_flow(session_id: str, *, store: Store, library: FlowLibrary | None = None) -> Resumed:
    """Continue a saved session with its flow as it is now. A flow that no longer loads, a
    session that is gone, broken or expired: `problem` says so; nothing is raised."""
    from adviseur.flows.authoring.loader import FlowLibrary
    from adviseur.flows.run.walk import FlowRuntimeError
    from adviseur.session.autosave import resume

    record = store.load_session(session_id)
    program, broken = _load(library or FlowLibrary(), record.flow_id) if record is not None else (None, None)
    try:
        resumed = resume(store, program, session_id) if program is not None else None
    except FlowRuntimeError:
        resumed = None
    out = Resumed(set_aside=_take_problems(store))
    if resumed is None:
        out.problem = f"{broken}\n{CANNOT_RESUME}" if broken else CANNOT_RESUME
        return out
    engine, report, autosave = resumed
    out.started = Started(engine, autosave, notice=_dropped_notice(report))
    return out


MAX_LISTED = 50
"""At most this many sessions are listed (the most recent): each is replayed to know its progress."""
DATE_FORMAT = "%d-%m-%Y %H:%M"


@dataclass(frozen=True)
class SessionSummary:
    """A kept conversation as 'Verder waar je was' and 'Mijn gesprekken' list it: its flow, when
    it was last changed and how far it got. Never an answer, a name or a municipality: the list
    is on screen for anyone looking over a shoulder, and the start screen shows it first."""

    session_id: str
    flow_id: str
    flow_title: str
    updated: datetime | None
    progress: str
    """'vraag 5 van ongeveer 12', or 'klaar: 12 vragen beantwoord'."""
    finished: bool
    expires: datetime | None
    """When the store removes it (casework, after the retention period); None: kept until deleted."""

    @property
    def when(self) -> str:
        """The last change in local time, '12-03-2025 14:05'."""
        return self.updated.astimezone().strftime(DATE_FORMAT) if self.updated is not None else texts.UNKNOWN_DATE

    @property
    def line(self) -> str:
        """'Zelfscan preventiebeleid · 12-03-2025 14:05 · vraag 5 van ongeveer 12'."""
        return f"{self.flow_title} · {self.when} · {self.progress}"

    @property
    def kept_until(self) -> str:
        """How long it stays: 'bewaard tot 11-04-2025' or 'bewaard tot je het verwijdert'."""
        if self.expires is None:
            return texts.KEPT_FOR_GOOD
        return texts.KEPT_UNTIL.format(date=self.expires.astimezone().strftime(DATE_FORMAT.split(" ")[0]))


def list_sessions(store: Store, library: FlowLibrary | None = None) -> list[SessionSummary]:
    """Every kept session that can still be opened, most recently changed first: unfinished ones
    to continue, finished ones to see their result again, until they expire. A session whose flow
    no longer loads or whose answers no longer fit is left out (opening it would fail)."""
    out: list[SessionSummary] = []
    for record in store.list_sessions()[:MAX_LISTED]:
        if library is None:  # the flows (and the engine) only once there is a session to show
            from adviseur.flows.authoring.loader import FlowLibrary

            library = FlowLibrary()
        engine = _engine_of(record, library)
        if engine is None:
            continue
        updated = parse_time(record.updated_at)
        expires = updated + store.session_ttl if record.casework and updated is not None else None
        progress = engine.progress
        out.append(
            SessionSummary(
                record.id, record.flow_id, engine.program.flow.title, updated, progress.text, engine.finished, expires
            )
        )
    return out


def _engine_of(record: SessionRecord, library: FlowLibrary) -> FlowEngine | None:
    """The session replayed on its flow as it is now, or None when that is no longer possible."""
    from adviseur.content import ContentError
    from adviseur.flows.run.engine import FlowEngine
    from adviseur.flows.run.snapshot import Snapshot, SnapshotError
    from adviseur.flows.run.walk import FlowRuntimeError

    try:
        program = library.load(record.flow_id)
        engine, _ = FlowEngine.resume(program, Snapshot.from_json(record.snapshot))
    except (ContentError, SnapshotError, FlowRuntimeError, KeyError, ValueError):
        return None
    return engine


def _load(library: FlowLibrary, flow_id: str) -> tuple[Program | None, str | None]:
    """The flow, or why it cannot be loaded (its first located errors)."""
    from adviseur.content import ContentError

    try:
        return library.load(flow_id), None
    except ContentError as exc:
        return None, texts.FLOW_BROKEN.format(flow=flow_id, problems="\n".join(str(p) for p in exc.problems[:5]))


def _take_problems(store: Store) -> list[StoreProblem]:
    problems = list(store.problems)
    store.problems.clear()
    return problems


def _dropped_notice(report: ResumeReport) -> str | None:
    if report.clean:
        return None
    return texts.RESUME_DROPPED.format(dropped="\n".join(f"• {d}" for d in report.dropped))
