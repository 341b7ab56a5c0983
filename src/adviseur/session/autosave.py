"""Saving a flow session after every answer, and picking it up again.

The engine calls its listeners after every change (answer, skip, back, change); the autosaver
is such a listener and writes the session atomically each time, so stopping the app at any
moment (Ctrl+C, a crash, closing the laptop) loses at most the answer being typed.

Privacy: the snapshot leaves out sensitive answers (free text by default) unless the user chose
to keep them (`keep_sensitive=True`); those answers live only in memory and are asked again after
a resume.

Here in the application layer, not in `adviseur.store`: the store keeps files and knows nothing
of flows; this module joins the engine (below) to the store (below).
"""

from __future__ import annotations

from adviseur.flows.language.runtime import Program
from adviseur.flows.run.engine import FlowEngine
from adviseur.flows.run.snapshot import ResumeReport, Snapshot, SnapshotError
from adviseur.store import Store, StoreError


class Autosave:
    """Keeps one engine's session on disk. Write failures are kept in `error`, never raised,
    so a full disk does not interrupt a conversation (the app shows the error instead)."""

    def __init__(
        self,
        store: Store,
        engine: FlowEngine,
        *,
        session_id: str | None = None,
        label: str | None = None,
        keep_sensitive: bool = False,
    ) -> None:
        self.store = store
        self.engine = engine
        self.session_id = session_id or store.new_session_id()
        self.label = label
        self.keep_sensitive = keep_sensitive
        self.error: str | None = None
        self.saves = 0
        engine.subscribe(self._changed)

    def _changed(self, engine: FlowEngine) -> None:
        self.save(engine)

    def save(self, engine: FlowEngine | None = None) -> bool:
        engine = engine or self.engine
        snapshot = engine.snapshot(include_sensitive=self.keep_sensitive).to_json()
        try:
            self.store.save_session(
                snapshot,
                session_id=self.session_id,
                label=self.label,
                casework=engine.program.flow.casework,
            )
        except StoreError as exc:
            self.error = str(exc)
            return False
        self.error = None
        self.saves += 1
        return True


def resume(
    store: Store, program: Program, session_id: str, *, keep_sensitive: bool = False
) -> tuple[FlowEngine, ResumeReport, Autosave] | None:
    """Continue a saved session with (possibly a newer version of) its flow.

    None when the session is gone, expired, broken (then set aside, see `store.problems`) or
    belongs to another flow.
    """
    record = store.load_session(session_id)
    if record is None:
        return None
    try:
        snapshot = Snapshot.from_json(record.snapshot)
        engine, report = FlowEngine.resume(program, snapshot)
    except SnapshotError:
        return None
    saver = Autosave(store, engine, session_id=session_id, label=record.label, keep_sensitive=keep_sensitive)
    return engine, report, saver
