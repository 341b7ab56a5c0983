"""Schema version 3 (issue 16): scans keep notes, a respondent, a round and a lasting uid. Files of
version 2 (tests/store/fixtures/v2, written by the store before the change) are upgraded when read,
never set aside or rewritten, and a scan of then is still found, compared and resumed."""

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
from adviseur.store import SCHEMA_VERSION, Store
from adviseur.store.atomic import read_json
from tests.reports.helpers import scenario

V2 = Path(__file__).parent / "fixtures" / "v2"
SESSION_ID = "fedcba9876543210"
SAVED = datetime(2025, 9, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    for part in ("sessions", "results"):
        shutil.copytree(V2 / part, folder / part)
    return folder


def store_at(root: Path, when: datetime = SAVED + timedelta(days=1)) -> Store:
    return Store(root, session_ttl=timedelta(days=30), clock=lambda: when)


def all_files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_fixtures_are_of_version_2() -> None:
    files = sorted(V2.rglob("*.json"))
    assert len(files) == 2 and SCHEMA_VERSION == 3
    for path in files:
        body = json.loads(path.read_text(encoding="utf-8"))
        assert body["schema_version"] == 2 and "uid" not in body and "respondent" not in body
        assert "notes" not in body.get("payload", body.get("snapshot"))


def test_a_scan_of_version_2_is_upgraded_in_memory(root: Path) -> None:
    before = all_files(root)
    store = store_at(root, SAVED + timedelta(days=400))
    [record] = store.list_results("zelfscan")
    assert store.problems == [] and all_files(root) == before  # nothing moved, nothing rewritten
    assert record.label == "Gemeente Middenwijk" and record.uid == record.id
    assert record.respondent is None and record.round is None
    assert record.payload["notes"] == {} and record.payload["scores"]["totaal"]["percent"] == 50.0


def test_a_scan_of_version_2_is_compared_with_a_new_one(root: Path) -> None:
    store = store_at(root, SAVED + timedelta(days=400))
    earlier = previous_scan("zelfscan", "gemeente middenwijk", store)
    assert earlier is not None
    program, later = scenario("zelfscan", "sterk")
    comparison = compare_with_record(earlier, later, label="Gemeente Middenwijk", program=program)
    rows = {r.id: r for r in comparison.rows}
    assert rows["totaal"].before == 50.0 and rows["totaal"].after is not None and rows["totaal"].after > 50.0
    assert comparison.earlier_date == "2025-09-01"


def test_a_session_of_version_2_resumes_and_is_saved_as_version_3(root: Path) -> None:
    store = store_at(root)
    record = store.load_session(SESSION_ID)
    assert record is not None and record.snapshot["notes"] == {}
    engine, report, saver = resume(store, load_flow(flows_dir() / "zelfscan.yaml"), SESSION_ID)
    assert report.clean and len(engine.answers) == 3
    engine.set_note("analyse_cijfers", "cijfers komen van de GGD")  # the autosave writes the new format
    saved = read_json(root / "sessions" / f"{SESSION_ID}.json")
    assert saver.error is None and saved["schema_version"] == 3 and saved["format"] == 1
    assert saved["snapshot"]["notes"] == {"analyse_cijfers": "cijfers komen van de GGD"}


def test_a_new_result_keeps_its_uid_respondent_round_and_date(tmp_path: Path) -> None:
    store = Store(tmp_path)
    when = datetime(2023, 4, 5, 6, 7, tzinfo=UTC)
    respondent = {"role": "corporatie", "organisation": "Woonstichting Voorbeeld"}
    saved = store.save_result("zelfscan", "Gemeente A", {"flow": "zelfscan"}, uid="u" * 32, saved_at=when,
                              respondent=respondent, round="2023")
    [found] = store.list_results("zelfscan")
    assert (found.uid, found.respondent, found.round) == ("u" * 32, respondent, "2023")
    assert found.saved_at.startswith("2023-04-05T06:07") and saved.path.name.startswith("20230405T0607")
    assert store.delete_result(found) and store.list_results("zelfscan") == [] and not store.delete_result(found)
