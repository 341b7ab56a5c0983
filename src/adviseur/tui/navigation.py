"""Starting and resuming flows from the UI: the glue between screens, the engine and the store.

Kept out of the screens so the start screen, the command palette and the training menu all start
a flow the same way (load, autosave, push the chat).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.app import App

if TYPE_CHECKING:
    from adviseur.flows.loader import FlowInfo

TRAINING_PREFIX = "training-"


def available_flows() -> list[FlowInfo]:
    from adviseur.flows.loader import FlowLibrary

    infos, _problems = FlowLibrary().infos()
    return infos


def open_way_in(app: App, way: str) -> None:
    if way == "search":
        app.action_open_search()  # type: ignore[attr-defined]
    elif way == "training":
        from adviseur.tui.screens.training import TrainingMenu

        app.push_screen(TrainingMenu([f for f in available_flows() if f.id.startswith(TRAINING_PREFIX)]))
    elif way.startswith("flow:"):
        start_flow(app, way.removeprefix("flow:"))
    elif way.startswith("resume:"):
        resume_session(app, way.removeprefix("resume:"))


def _load_program(app: App, flow_id: str):
    from adviseur.content import ContentError
    from adviseur.flows.loader import load_flow

    try:
        return load_flow(flow_id)
    except ContentError as exc:
        app.notify(
            f"Flow '{flow_id}' kan niet worden geladen:\n" + "\n".join(str(p) for p in exc.problems[:5]),
            title="Fout in de flow",
            severity="error",
            timeout=15,
        )
        return None


def start_flow(app: App, flow_id: str) -> None:
    from adviseur.flows.engine import FlowEngine
    from adviseur.flows.walk import FlowRuntimeError
    from adviseur.store import Autosave, Store, StoreError
    from adviseur.tui.screens.chat import ChatScreen

    program = _load_program(app, flow_id)
    if program is None:
        return
    try:
        engine = FlowEngine(program)
    except FlowRuntimeError as exc:
        app.notify(str(exc), title="Fout in de flow", severity="error", timeout=15)
        return
    try:
        autosave: Autosave | None = Autosave(Store(), engine, label=program.flow.title)
    except StoreError as exc:  # e.g. the data folder is a file: go on, but say nothing is kept
        autosave = None
        app.notify(
            f"Je antwoorden worden niet bewaard: {exc}. Het gesprek kan wel verder.",
            title="Bewaren lukt niet",
            severity="warning",
            timeout=15,
        )
    app.push_screen(ChatScreen(engine, autosave=autosave))


def resume_session(app: App, session_id: str) -> None:
    from adviseur.flows.walk import FlowRuntimeError
    from adviseur.store import Store, StoreError, resume
    from adviseur.tui.screens.chat import ChatScreen

    try:
        store = Store()
    except StoreError as exc:
        app.notify(str(exc), title="Bewaren lukt niet", severity="error", timeout=15)
        return
    record = store.load_session(session_id)
    program = _load_program(app, record.flow_id) if record is not None else None
    try:
        resumed = resume(store, program, session_id) if program is not None else None
    except FlowRuntimeError:
        resumed = None
    _report_set_aside(app, store)
    if resumed is None:
        app.notify("Deze sessie kan niet meer worden hervat.", severity="warning", timeout=8)
        return
    engine, report, autosave = resumed
    notice = None
    if not report.clean:
        notice = "Niet alles paste nog bij de nieuwe versie van de flow:\n" + "\n".join(f"• {d}" for d in report.dropped)
    app.push_screen(ChatScreen(engine, autosave=autosave, notice=notice))


@dataclass(frozen=True)
class Resumable:
    session_id: str
    title: str


def latest_resumable(app: App | None = None) -> Resumable | None:
    """The most recent unfinished session, if any; broken files are set aside and reported."""
    from adviseur.content import ContentError
    from adviseur.flows.engine import FlowEngine
    from adviseur.flows.loader import FlowLibrary
    from adviseur.flows.snapshot import Snapshot, SnapshotError
    from adviseur.flows.walk import FlowRuntimeError
    from adviseur.store import Store, StoreError

    try:
        store = Store()
        sessions = store.list_sessions()
    except (StoreError, OSError):
        return None
    if app is not None:
        _report_set_aside(app, store)
    library = FlowLibrary()
    for record in sessions[:5]:
        try:
            program = library.load(record.flow_id)
            engine, _ = FlowEngine.resume(program, Snapshot.from_json(record.snapshot))
        except (ContentError, SnapshotError, FlowRuntimeError, KeyError, ValueError):
            continue
        if not engine.finished:
            answered = len(engine.answers)
            return Resumable(record.id, f"{program.flow.title} ({answered} antwoord{'en' if answered != 1 else ''})")
    return None


def _report_set_aside(app: App, store) -> None:
    for problem in store.problems:
        app.notify(
            f"Een beschadigd bestand is apart gezet en niet gebruikt:\n{problem}",
            title="Beschadigde sessie",
            severity="warning",
            timeout=15,
        )
    store.problems.clear()
