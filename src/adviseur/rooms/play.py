"""Playing a room's exercise: start it (or go on where this participant was), share every answer.

What the app does when a participant picks an exercise, without textual, so a test can play a
room headless exactly as a browser tab does: the flow comes from the room (a trainer's own case
file is loaded from the room's copy), the answers the trainer fixed for everyone are given, the
session is autosaved in the participant's own data folder as any session, and every change is
written to the participant's file in the room.
"""

from __future__ import annotations

from adviseur.flows.language.runtime import Program
from adviseur.flows.run.snapshot import SnapshotError
from adviseur.flows.run.walk import FlowRuntimeError
from adviseur.rooms.exercises import apply_preset, load_exercise
from adviseur.rooms.participant import Member, RoomRecorder
from adviseur.rooms.room import Exercise, Room
from adviseur.session.autosave import resume
from adviseur.session.start import Started, start_flow
from adviseur.store import Store, StoreError


def _unfinished(store: Store, program: Program) -> Started | None:
    """The most recent session of this flow that is not finished yet, continued."""
    for record in store.list_sessions(flow_id=program.id):
        try:
            resumed = resume(store, program, record.id)
        except (FlowRuntimeError, SnapshotError):
            continue
        if resumed is not None and not resumed[0].finished:
            engine, _report, autosave = resumed
            return Started(engine, autosave)
    return None


def play_exercise(room: Room, exercise: Exercise, member: Member | None, *, store: Store | None = None) -> Started:
    """The conversation for `exercise`: this participant's unfinished one, or a new one. Raises
    ContentError (the flow no longer loads) or FlowRuntimeError (it cannot reach a question)."""
    program = load_exercise(room, exercise)
    try:
        store = store or Store()
    except StoreError:
        store = None  # start_flow says the answers are not kept
    started = _unfinished(store, program) if store is not None else None
    if started is None:
        started = start_flow(program, store=store)
    apply_preset(started.engine, exercise)
    if member is not None:
        RoomRecorder(member, exercise, started.engine)
    return started
