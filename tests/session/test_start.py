"""Starting and resuming a conversation through the session layer, headless: autosave when the data
folder allows, a Dutch warning when it does not, and only sessions that can still be continued."""

from __future__ import annotations

from pathlib import Path

from adviseur.flows.authoring.loader import FlowLibrary, load_flow
from adviseur.locations import flows_dir
from adviseur.session.start import CANNOT_RESUME, list_sessions, resume_flow, start_flow
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


def test_a_session_is_offered_and_resumed(tmp_path: Path) -> None:
    store = Store(tmp_path)
    library = FlowLibrary(flows_dir())
    started = start_flow(library.load("example"), store=store)
    assert started.autosave is not None
    started.engine.answer("huur")
    (offered,) = list_sessions(store, library)
    assert offered.session_id == started.autosave.session_id and not offered.finished
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
    assert list_sessions(store) == []


def test_every_kept_session_is_listed_with_its_flow_date_and_progress_never_an_answer(tmp_path: Path) -> None:
    """'Verder waar je was' and 'Mijn gesprekken': an unfinished casework session stays listed
    after a training was finished later (the most recent session), and the line carries no answer."""
    from datetime import UTC, datetime, timedelta

    from adviseur.session.start import list_sessions
    from tests.reports.helpers import scenario

    now = datetime(2025, 3, 12, 14, 5, tzinfo=UTC)
    store = Store(tmp_path, session_ttl=timedelta(days=30), clock=lambda: now)
    library = FlowLibrary(flows_dir())
    casework = start_flow(library.load("example"), store=store)
    assert casework.autosave is not None and casework.engine.answer("huur").accepted
    training_program, training_outcome = scenario("training-pijlers", "alles-goed")
    training = start_flow(training_program, store=store)
    assert training.autosave is not None
    for key, value in training_outcome.answers.items():
        assert training.engine.answer(value).accepted, key
    assert training.engine.finished

    listed = list_sessions(store, library)
    by_id = {s.session_id: s for s in listed}
    assert [s.session_id for s in listed if not s.finished] == [casework.autosave.session_id]
    kept = by_id[casework.autosave.session_id]
    assert kept.flow_title == library.load("example").flow.title and not kept.finished
    assert kept.progress.startswith("vraag 2 van")
    assert kept.when == now.astimezone().strftime("%d-%m-%Y %H:%M")
    assert kept.expires == now + timedelta(days=30)  # casework: removed after the retention period
    assert "huur" not in kept.line.lower()
    done = by_id[training.autosave.session_id]
    assert done.finished and done.progress.startswith("klaar") and done.expires is None
    assert done.kept_until == "bewaard tot je het verwijdert"

    assert store.delete_session(kept.session_id)
    assert [s.session_id for s in list_sessions(store, library)] == [training.autosave.session_id]


def test_an_expired_session_is_no_longer_listed(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from adviseur.session.start import list_sessions

    clock = [datetime(2025, 3, 12, tzinfo=UTC)]
    store = Store(tmp_path, session_ttl=timedelta(days=30), clock=lambda: clock[0])
    library = FlowLibrary(flows_dir())
    started = start_flow(library.load("example"), store=store)
    assert started.engine.answer("huur").accepted
    assert len(list_sessions(store, library)) == 1
    clock[0] += timedelta(days=31)
    assert list_sessions(store, library) == []
