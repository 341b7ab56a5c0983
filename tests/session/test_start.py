"""Starting and resuming a conversation through the session layer, headless: autosave when the data
folder allows, a Dutch warning when it does not, and only sessions that can still be continued."""

from __future__ import annotations

from pathlib import Path

from adviseur.flows.authoring.loader import FlowLibrary, load_flow
from adviseur.locations import flows_dir
from adviseur.session.start import CANNOT_RESUME, latest_unfinished, resume_flow, start_flow
from adviseur.store import SetAside, Store

EXAMPLE = flows_dir() / "example.yaml"


def test_a_started_flow_is_saved_after_every_answer(tmp_path: Path) -> None:
    store = Store(tmp_path)
    started = start_flow(load_flow(EXAMPLE), store=store)
    assert started.autosave is not None and started.warning is None
    assert started.engine.answer("huur").accepted
    record = store.load_session(started.autosave.session_id)
    assert record is not None and record.snapshot["answers"] == {"woonsituatie": "huur"}


def test_when_nothing_can_be_kept_the_conversation_goes_on_and_says_so(tmp_path: Path, monkeypatch) -> None:
    blocked = tmp_path / "bestand"
    blocked.write_text("geen map", encoding="utf-8")
    monkeypatch.setenv("ADVISEUR_DATA_DIR", str(blocked / "data"))  # a folder inside a file
    started = start_flow(load_flow(EXAMPLE))
    assert started.autosave is None and started.engine.current is not None
    assert started.warning is not None and started.warning.startswith("Je antwoorden worden niet bewaard")


def test_a_session_is_resumed_and_offered_until_it_is_finished(tmp_path: Path) -> None:
    store = Store(tmp_path)
    library = FlowLibrary(flows_dir())
    started = start_flow(library.load("example"), store=store)
    assert started.autosave is not None
    started.engine.answer("huur")
    offered = latest_unfinished(store, library)
    assert offered is not None and offered.session_id == started.autosave.session_id
    assert offered.title.endswith("(1 antwoord)")
    resumed = resume_flow(offered.session_id, store=store, library=library)
    assert resumed.problem is None and resumed.started is not None
    assert resumed.started.engine.answers == {"woonsituatie": "huur"} and resumed.started.notice is None


def test_a_broken_session_is_set_aside_reported_once_and_not_resumed(tmp_path: Path) -> None:
    store = Store(tmp_path)
    started = start_flow(load_flow(EXAMPLE), store=store)
    assert started.autosave is not None and started.engine.answer("huur").accepted
    path = store.sessions_dir / f"{started.autosave.session_id}.json"
    path.write_text("{kapot", encoding="utf-8")
    resumed = resume_flow(started.autosave.session_id, store=store)
    assert resumed.started is None and resumed.problem == CANNOT_RESUME
    assert [type(p) for p in resumed.set_aside] == [SetAside] and store.problems == []
    assert latest_unfinished(store) is None
