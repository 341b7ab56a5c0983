"""Starting and resuming flows from the UI: the session layer's answers shown as screens and messages.

Kept out of the screens so the start screen, the command palette and the training menu all start
a flow the same way; what happens (autosave, resume, which session to offer) is decided by
`adviseur.session.start`, without textual.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.app import App

from adviseur.tui import texts
from adviseur.tui.host import as_host

if TYPE_CHECKING:
    from adviseur.flows.authoring.loader import FlowInfo
    from adviseur.flows.language.runtime import Program
    from adviseur.session.start import SessionSummary, Started
    from adviseur.store import StoreProblem

TRAINING_PREFIX = "training-"


def available_flows() -> list[FlowInfo]:
    from adviseur.flows.authoring.loader import FlowLibrary

    infos, _problems = FlowLibrary().infos()
    return infos


def open_way_in(app: App, way: str) -> None:
    if way == "search":
        as_host(app).action_open_search()
    elif way == "training":
        from adviseur.tui.screens.training import TrainingMenu

        app.push_screen(TrainingMenu([f for f in available_flows() if f.id.startswith(TRAINING_PREFIX)]))
    elif way == "sessions":
        from adviseur.tui.screens.sessions import SessionsScreen

        app.push_screen(SessionsScreen())
    elif way == "scans":
        from adviseur.tui.screens.scans import ScansScreen

        app.push_screen(ScansScreen())
    elif way.startswith("flow:"):
        start_flow(app, way.removeprefix("flow:"))
    elif way.startswith("resume:"):
        resume_session(app, way.removeprefix("resume:"))
    elif way.startswith("room:"):
        start_room_exercise(app, way.removeprefix("room:"))


def _load_program(app: App, flow_id: str) -> Program | None:
    from adviseur.content import ContentError
    from adviseur.flows.authoring.loader import load_flow

    try:
        return load_flow(flow_id)
    except ContentError as exc:
        app.notify(
            texts.FLOW_BROKEN.format(flow=flow_id, problems="\n".join(str(p) for p in exc.problems[:5])),
            title=texts.FLOW_BROKEN_TITLE,
            severity="error",
            timeout=15,
        )
        return None


def start_flow(app: App, flow_id: str) -> None:
    from adviseur.flows.run.walk import FlowRuntimeError
    from adviseur.session.start import start_flow as start

    program = _load_program(app, flow_id)
    if program is None:
        return
    try:
        started = start(program)
    except FlowRuntimeError as exc:
        app.notify(str(exc), title=texts.FLOW_BROKEN_TITLE, severity="error", timeout=15)
        return
    _show_started(app, started)


def _show_started(app: App, started: Started) -> None:
    from adviseur.tui.screens.chat import ChatScreen

    if started.warning:  # e.g. the data folder is a file: go on, but say nothing is kept
        app.notify(started.warning, title=texts.NOT_KEPT_TITLE, severity="warning", timeout=15)
    app.push_screen(ChatScreen(started.engine, autosave=started.autosave))


def start_room_exercise(app: App, exercise_id: str) -> None:
    """A training room's exercise: this participant's unfinished one, or a new one, with every
    answer shared with the room (`adviseur.rooms.play`)."""
    from adviseur.content import ContentError
    from adviseur.flows.run.walk import FlowRuntimeError
    from adviseur.rooms.play import play_exercise
    from adviseur.tui.room import room_session

    session = room_session(app)
    exercise = session.room.exercise(exercise_id) if session.room is not None else None
    if session.room is None or exercise is None:
        return
    try:
        started = play_exercise(session.room, exercise, session.member)
    except (ContentError, FlowRuntimeError) as exc:
        app.notify(str(exc)[:500], title=texts.EXERCISE_BROKEN_TITLE, severity="error", timeout=15)
        return
    member = session.member
    told: set[str] = set()

    def tell(_engine: object) -> None:
        """Once per problem: the answers no longer reach the trainer (the room expired, a full disk)."""
        if member is not None and member.error and member.error not in told:
            told.add(member.error)
            app.notify(member.error, title=texts.TRAINER_UNREACHABLE_TITLE, severity="warning", timeout=15)

    tell(started.engine)
    started.engine.subscribe(tell)  # after the room's recorder, which play_exercise subscribed first
    _show_started(app, started)


def resume_session(app: App, session_id: str) -> None:
    from adviseur.session.start import resume_flow
    from adviseur.store import Store, StoreError
    from adviseur.tui.screens.chat import ChatScreen

    try:
        store = Store()
    except StoreError as exc:
        app.notify(str(exc), title=texts.NOT_KEPT_TITLE, severity="error", timeout=15)
        return
    resumed = resume_flow(session_id, store=store)
    _report_set_aside(app, resumed.set_aside)
    if resumed.started is None:
        app.notify(resumed.problem or "", severity="warning", timeout=8)
        return
    started = resumed.started
    app.push_screen(ChatScreen(started.engine, autosave=started.autosave, notice=started.notice))


def kept_sessions(app: App | None = None) -> list[SessionSummary]:
    """The kept sessions that can be opened, most recent first; broken files are set aside and
    reported. None at all when the data folder cannot be read (starting a flow says why)."""
    from adviseur.session.start import list_sessions
    from adviseur.store import Store, StoreError

    try:
        store = Store()
        sessions = list_sessions(store)
    except (StoreError, OSError):
        return []
    if app is not None:
        _report_set_aside(app, store.problems)
        store.problems.clear()
    return sessions


def delete_session(app: App, session_id: str) -> bool:
    """Delete a kept session; a refusal of the disk is told, not raised."""
    from adviseur.store import Store, StoreError

    try:
        return Store().delete_session(session_id)
    except StoreError as exc:
        app.notify(str(exc), title=texts.DELETE_FAILED, severity="error", timeout=10)
        return False


def _report_set_aside(app: App, problems: Sequence[StoreProblem]) -> None:
    from adviseur.store import TooNew

    for problem in problems:
        if isinstance(problem, TooNew):  # not damaged: this Adviseur is older than the file
            app.notify(str(problem), title=texts.NEWER_SESSION_TITLE, severity="warning", timeout=15)
            continue
        app.notify(
            texts.SET_ASIDE.format(problem=problem),
            title=texts.SET_ASIDE_TITLE,
            severity="warning",
            timeout=15,
        )
