"""The store: atomic owner-only files, corrupted files set aside (never a crash), casework
sessions that expire, results to compare over the years, and autosave with privacy by default."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import adviseur.store.atomic as atomic
from adviseur.flows.authoring.loader import load_flow
from adviseur.flows.run.engine import FlowEngine
from adviseur.locations import flows_dir
from adviseur.session.autosave import Autosave, resume
from adviseur.store import Store, StoreError, list_results, save_result
from adviseur.store.atomic import CorruptFile, read_json, write_json

EXAMPLE = flows_dir() / "example.yaml"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Store:
    return Store(tmp_path / "data", session_ttl=timedelta(days=30), clock=clock)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_files_are_owner_only_and_checksummed(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "file.json"
    write_json(path, {"a": 1})
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    assert read_json(path) == {"a": 1}
    data = json.loads(path.read_text(encoding="utf-8"))
    data["a"] = 2  # edited or damaged: the checksum no longer fits
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CorruptFile, match="controlesom"):
        read_json(path)


def test_interrupted_write_leaves_the_old_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.json"
    write_json(path, {"versie": 1})

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_json(path, {"versie": 2})
    monkeypatch.undo()
    assert read_json(path) == {"versie": 1}
    leftovers = list(tmp_path.glob(".*.tmp"))
    assert len(leftovers) == 1  # cleaned up later by remove_stale_tmp
    os.utime(leftovers[0], (0, 0))
    atomic.remove_stale_tmp(tmp_path)
    assert list(tmp_path.glob(".*.tmp")) == []


def test_write_failure_is_a_store_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full)
    with pytest.raises(StoreError, match="kan niet opslaan"):
        write_json(tmp_path / "x.json", {"a": 1})
    assert list(tmp_path.glob(".*.tmp")) == []
    with pytest.raises(StoreError, match="geen JSON"):
        write_json(tmp_path / "y.json", {"a": object()})


def test_session_round_trip(store: Store) -> None:
    session_id = store.save_session({"flow_id": "example", "answers": {"a": 1}}, label="test", casework=True)
    record = store.load_session(session_id)
    assert record is not None and record.snapshot["answers"] == {"a": 1} and record.label == "test"
    path = store.sessions_dir / f"{session_id}.json"
    assert mode(path) == 0o600 and mode(store.sessions_dir) == 0o700
    assert [r.id for r in store.list_sessions("example")] == [session_id]
    assert store.list_sessions("zelfscan") == []
    assert store.delete_session(session_id) and store.load_session(session_id) is None


def test_corrupted_session_is_set_aside_and_reported(store: Store) -> None:
    good = store.save_session({"flow_id": "example", "answers": {}})
    bad = store.save_session({"flow_id": "example", "answers": {}})
    (store.sessions_dir / f"{bad}.json").write_text('{"format": 1, "kind": "sess', encoding="utf-8")
    assert [r.id for r in store.list_sessions()] == [good]
    assert len(store.problems) == 1 and "geen geldige JSON" in store.problems[0].reason
    moved = store.problems[0].moved_to
    assert moved is not None and moved.parent == store.corrupt_dir and moved.exists()
    assert "geen geldige JSON" in Path(str(moved) + ".reden.txt").read_text(encoding="utf-8")
    assert store.load_session(bad) is None  # gone from sessions/, no crash


def test_nonsense_ids_are_refused_safely(store: Store) -> None:
    assert store.load_session("../../etc/passwd") is None
    assert not store.delete_session("../x")
    with pytest.raises(StoreError):
        store.save_session({}, session_id="../x")
    assert store.list_results("../x") == []


def test_casework_sessions_expire(store: Store, clock: Clock) -> None:
    case = store.save_session({"flow_id": "signalen"}, casework=True)
    scan = store.save_session({"flow_id": "zelfscan"}, casework=False)
    clock.now += timedelta(days=29)
    assert {r.id for r in store.list_sessions()} == {case, scan}
    clock.now += timedelta(days=2)
    assert store.load_session(case) is None
    assert {r.id for r in store.list_sessions()} == {scan}
    assert not (store.sessions_dir / f"{case}.json").exists()


def test_expiry_period_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADVISEUR_SESSION_DAYS", "7")
    assert Store(tmp_path).session_ttl == timedelta(days=7)
    monkeypatch.setenv("ADVISEUR_SESSION_DAYS", "onzin")
    assert Store(tmp_path).session_ttl == timedelta(days=30)


def test_results_by_flow_and_label(store: Store, clock: Clock) -> None:
    store.save_result("zelfscan", "Gemeente Voorbeeld", {"totaal": 40})
    clock.now += timedelta(days=365)
    store.save_result("zelfscan", "Gemeente Voorbeeld", {"totaal": 55})
    store.save_result("zelfscan", "Andere gemeente", {"totaal": 70})
    store.save_result("housing-first", None, {"totaal": 80})
    mine = store.list_results("zelfscan", "gemeente voorbeeld")
    assert [r.payload["totaal"] for r in mine] == [40, 55]  # oldest first: compare with last year
    assert len(store.list_results("zelfscan")) == 3
    assert store.list_results("training-casus") == []
    assert all(mode(r.path) == 0o600 for r in mine)


def test_corrupted_result_is_skipped_and_reported(store: Store) -> None:
    kept = store.save_result("zelfscan", "A", {"x": 1})
    broken = store.save_result("zelfscan", "A", {"x": 2})
    broken.path.write_bytes(b"\x00\xff garbage")
    assert [r.id for r in store.list_results("zelfscan")] == [kept.id]
    assert store.problems and store.problems[0].path == broken.path


def test_module_level_api_uses_the_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADVISEUR_DATA_DIR", str(tmp_path / "elders"))
    record = save_result("zelfscan", "Gemeente X", {"score": 1})
    assert record.path.is_relative_to(tmp_path / "elders")
    assert [r.id for r in list_results("zelfscan", "Gemeente X")] == [record.id]


def answer_all(engine: FlowEngine, *values: object) -> None:
    for value in values:
        assert engine.answer(value).accepted


def test_autosave_after_every_answer_without_free_text(store: Store) -> None:
    engine = FlowEngine(load_flow(EXAMPLE))
    saver = Autosave(store, engine)
    answer_all(engine, "koop", 40, "werk", False, 2, ["geen"], "Naam en adres van de inwoner")
    assert saver.saves == 7 and saver.error is None
    raw = (store.sessions_dir / f"{saver.session_id}.json").read_text(encoding="utf-8")
    assert "Naam en adres" not in raw  # free text stays in memory
    record = store.load_session(saver.session_id)
    assert record.casework and record.snapshot["redacted"] == ["toelichting"]


def test_autosave_keeps_free_text_when_the_user_asks(store: Store) -> None:
    engine = FlowEngine(load_flow(EXAMPLE))
    saver = Autosave(store, engine, keep_sensitive=True)
    answer_all(engine, "koop", 40, "werk", False, 2, ["geen"], "Eigen woorden")
    assert "Eigen woorden" in (store.sessions_dir / f"{saver.session_id}.json").read_text(encoding="utf-8")


def test_resume_after_a_restart(tmp_path: Path, clock: Clock) -> None:
    first = Store(tmp_path, clock=clock)
    engine = FlowEngine(load_flow(EXAMPLE))
    saver = Autosave(first, engine)
    answer_all(engine, "huur", "ja", 4, 50)
    engine.back()
    # "restart": a new store and a freshly loaded flow
    again = Store(tmp_path, clock=clock)
    engine2, report, saver2 = resume(again, load_flow(EXAMPLE), saver.session_id)
    assert report.clean and engine2.path == engine.path and engine2.current.key == "leeftijd"
    answer_all(engine2, 51)
    assert saver2.saves == 1 and again.load_session(saver.session_id).snapshot["answers"]["leeftijd"] == 51
    assert resume(again, load_flow(EXAMPLE), "0000000000000000") is None


def test_autosave_reports_a_full_disk_instead_of_crashing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = FlowEngine(load_flow(EXAMPLE))
    saver = Autosave(store, engine)

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full)
    assert engine.answer("koop").accepted  # the conversation goes on
    assert saver.error is not None and "de schijf is vol" in saver.error
    monkeypatch.undo()
    assert engine.answer(40).accepted and saver.error is None


def test_resume_of_a_broken_session_returns_none(store: Store) -> None:
    session_id = store.save_session({"flow_id": "example", "answers": "geen dict"})
    assert resume(store, load_flow(EXAMPLE), session_id) is None


def test_private_text_files_for_exported_reports(tmp_path: Path) -> None:
    from adviseur.store.files import write_private_text

    path = write_private_text(tmp_path / "rapport.md", "# Rapport\n")
    assert path.read_text(encoding="utf-8") == "# Rapport\n" and mode(path) == 0o600
    write_private_text(path, "# Nieuw\n")
    assert path.read_text(encoding="utf-8") == "# Nieuw\n"
    (tmp_path / "geen-map").write_text("", encoding="utf-8")
    with pytest.raises(StoreError, match="kan niet opslaan"):
        write_private_text(tmp_path / "geen-map" / "rapport.md", "x")


def test_unusable_data_dir_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "bezet").write_text("", encoding="utf-8")
    with pytest.raises(StoreError, match="gegevensmap"):
        Store(tmp_path / "bezet" / "data")
