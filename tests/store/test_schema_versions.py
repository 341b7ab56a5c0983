"""Saved files carry a schema version: files of the previous format are upgraded when read (never set
aside), a file from a newer Adviseur is left alone with a Dutch message, and a version no Adviseur
writes is damage. The fixtures in tests/store/fixtures/v1 were written by the store before versions
existed (see their README)."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from adviseur.flows.authoring.loader import load_flow
from adviseur.locations import flows_dir
from adviseur.session.autosave import resume
from adviseur.session.scans import compare_with_record, previous_scan
from adviseur.store import SCHEMA_VERSION, SetAside, Store, TooNew
from adviseur.store.atomic import read_json, write_json
from tests.reports.helpers import scenario

V1 = Path(__file__).parent / "fixtures" / "v1"
SESSION_ID = "0123456789abcdef"
SAVED = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)  # when the fixtures were saved (their own clock)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    for part in ("sessions", "results"):
        shutil.copytree(V1 / part, folder / part)
    return folder


def store_at(root: Path, when: datetime = SAVED + timedelta(days=1)) -> Store:
    return Store(root, session_ttl=timedelta(days=30), clock=lambda: when)


def all_files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_fixtures_are_in_the_previous_format() -> None:
    files = sorted(V1.rglob("*.json"))
    assert len(files) == 3
    for path in files:
        body = json.loads(path.read_text(encoding="utf-8"))
        assert "schema_version" not in body and body["format"] == 1


def test_a_session_of_the_previous_format_is_upgraded_and_resumed(root: Path) -> None:
    before = all_files(root)
    store = store_at(root)
    record = store.load_session(SESSION_ID)
    assert record is not None and store.problems == []
    assert record.flow_id == "example" and record.casework and record.label.startswith("Voorbeeld")
    assert record.snapshot["answers"] == {"woonsituatie": "huur", "huurachterstand": True, "maanden": 30}
    assert all_files(root) == before  # upgraded in memory: nothing moved, nothing rewritten
    engine, report, saver = resume(store, load_flow(flows_dir() / "example.yaml"), SESSION_ID)
    assert report.clean and len(engine.answers) == 3 and not (root / "corrupt").exists()
    assert saver.save()  # as after the next answer
    saved = read_json(root / "sessions" / f"{SESSION_ID}.json")
    assert saver.error is None and saved["schema_version"] == SCHEMA_VERSION and saved["format"] == 1
    assert saved["created_at"] == "2025-03-01T12:00:00+00:00"  # the session's history is kept


def test_a_saved_scan_of_the_previous_format_is_found_and_compared(root: Path) -> None:
    store = store_at(root, SAVED + timedelta(days=400))  # a year on: scans do not expire
    earlier = previous_scan("zelfscan", "gemeente beginstad", store)
    assert earlier is not None and earlier.label == "Gemeente Beginstad" and store.problems == []
    program, later = scenario("zelfscan", "middelmatig")
    comparison = compare_with_record(earlier, later, label="Gemeente Beginstad", program=program)
    rows = {r.id: r for r in comparison.rows}
    assert (rows["totaal"].before, rows["totaal"].after) == (6.1, 50.0)
    assert comparison.earlier_date == "2025-03-01"


def test_a_casework_result_of_the_previous_format_still_expires(root: Path) -> None:
    assert [r.label for r in store_at(root).list_results("example")] == ["casus"]
    assert store_at(root, SAVED + timedelta(days=31)).list_results("example") == []
    assert list((root / "results" / "example").glob("*.json")) == []  # deleted, as a casework result should be


def test_new_files_carry_the_current_version(tmp_path: Path) -> None:
    store = Store(tmp_path)
    record = store.save_result("zelfscan", "Gemeente Nieuw", {"flow": "zelfscan"})
    session = store.save_session({"flow_id": "example"}, label="x")
    for path in (record.path, store.sessions_dir / f"{session}.json"):
        body = read_json(path)
        assert body["schema_version"] == SCHEMA_VERSION and body["format"] == 1


def _rewrite(path: Path, **changes: object) -> None:
    body = read_json(path)
    body.update(changes)
    write_json(path, body)  # a valid checksum: the file is whole, only its version differs


def test_a_file_from_a_newer_adviseur_is_kept_where_it_is_and_said_so(root: Path) -> None:
    session = root / "sessions" / f"{SESSION_ID}.json"
    _rewrite(session, schema_version=SCHEMA_VERSION + 1, updated_at="2000-01-01T00:00:00+00:00")
    scan = next((root / "results" / "zelfscan").glob("*.json"))
    _rewrite(scan, schema_version=SCHEMA_VERSION + 1)
    before = all_files(root)
    store = store_at(root)
    assert store.load_session(SESSION_ID) is None
    assert store.list_sessions() == [] and store.expire_sessions() == []  # old and casework, yet not deleted
    assert store.list_results("zelfscan") == []
    assert all_files(root) == before and not (root / "corrupt").exists()
    newer = [p for p in store.problems if isinstance(p, TooNew)]
    assert {p.path for p in newer} == {session, scan} and len(store.problems) == 2  # each said once
    message = str(newer[0])
    assert "nieuwere versie van Adviseur" in message and "blijft bewaard" in message and "werk Adviseur bij" in message


@pytest.mark.parametrize("version", [0, -1, "2", 2.5, True, None])
def test_a_version_no_adviseur_writes_is_damage(root: Path, version: object) -> None:
    session = root / "sessions" / f"{SESSION_ID}.json"
    _rewrite(session, schema_version=version)
    store = store_at(root)
    assert store.load_session(SESSION_ID) is None
    assert [type(p) for p in store.problems] == [SetAside] and not session.exists()
    assert "bestandsversie" in store.problems[0].reason
