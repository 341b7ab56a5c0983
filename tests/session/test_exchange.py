"""Sharing scans without a server (issue 16): a scan exports to one JSON file and imports again
elsewhere unchanged; importing it twice adds nothing; a file from a newer Adviseur, a broken file
and a foreign JSON file each get a clear Dutch message, and nothing already saved is touched.
A questionnaire a partner filled in alone imports as that partner's answers."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from adviseur.content import load_located_yaml
from adviseur.session.exchange import FILE_VERSION, FORMAT, ExchangeError, export_scans, read_scans
from adviseur.session.history import ScanError, combined, list_scans, respondent
from adviseur.session.questionnaire import questionnaire_text
from adviseur.session.scans import save_scan
from adviseur.session.sharing import import_shared
from adviseur.store import Store
from tests.reports.helpers import SCENARIOS, scenario
from tests.reports.scan_helpers import SAMENSTAD, TIJDSTAD

NOW = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)


def _store(root: Path) -> Store:
    return Store(root, clock=lambda: NOW)


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def municipality(tmp_path: Path) -> Store:
    """Gemeente Tijdstad's data folder: three yearly scans, the last with notes."""
    store = _store(tmp_path / "tijdstad")
    for year, name in zip((2023, 2024, 2025), TIJDSTAD, strict=True):
        save_scan(scenario("zelfscan", name)[1], "Gemeente Tijdstad", store, made=date(year, 3, 1))
    return store


def test_export_then_import_elsewhere_gives_the_same_scans(municipality: Store, tmp_path: Path) -> None:
    shared = export_scans(list_scans(municipality), tmp_path / "tijdstad.json")
    document = json.loads(shared.read_text(encoding="utf-8"))
    assert document["format"] == FORMAT and document["schema_version"] == FILE_VERSION and len(document["scans"]) == 3
    region = _store(tmp_path / "regio")
    done = import_shared(shared, region)
    assert len(done.added) == 3 and done.already == []
    before, after = list_scans(municipality), list_scans(region)
    def seen(scans: list) -> list[tuple]:
        return [(s.uid, s.label, s.date, s.total, s.notes) for s in scans]

    assert seen(after) == seen(before)
    assert after[-1].notes["housing_first"] == "Pilot met tien plekken; evaluatie in het najaar."
    assert after[-1].payload["scores"] == before[-1].payload["scores"]


def test_importing_the_same_file_twice_adds_nothing(municipality: Store, tmp_path: Path) -> None:
    shared = export_scans(list_scans(municipality), tmp_path / "tijdstad.json")
    region = _store(tmp_path / "regio")
    import_shared(shared, region)
    files = _files(region.root)
    again = import_shared(shared, region)
    assert again.added == [] and len(again.already) == 3
    assert all(line.startswith("al aanwezig") for line in again.messages)
    assert _files(region.root) == files
    # importing into the folder it came from changes nothing either
    assert import_shared(shared, municipality).added == []


def test_a_partners_answers_travel_with_their_role(tmp_path: Path) -> None:
    partner = _store(tmp_path / "corporatie")
    who = respondent("corporatie", "Woonstichting Samen")
    save_scan(scenario("zelfscan", SAMENSTAD["corporatie"])[1], "Gemeente Samenstad", partner, respondent=who, round="2025")
    shared = export_scans(list_scans(partner), tmp_path / "corporatie.json")
    coordinator = _store(tmp_path / "coordinator")
    [scan] = import_shared(shared, coordinator).added
    assert (scan.role, scan.organisation, scan.round) == ("corporatie", "Woonstichting Samen", "2025")
    assert combined(coordinator, "Gemeente Samenstad").names == ("Woningcorporatie (Woonstichting Samen)",)


def _valid_document(municipality: Store, tmp_path: Path) -> dict:
    path = export_scans(list_scans(municipality)[:1], tmp_path / "een.json")
    return json.loads(path.read_text(encoding="utf-8"))


BROKEN = [
    ("broken", lambda doc: '{"format": "adviseur-scans", "schema_version": 1, "scans": [', "geen geldig JSON-bestand (regel 1"),
    ("not utf-8", lambda doc: b"\xff\xfe{}", "geen UTF-8"),
    ("a list", lambda doc: "[1, 2, 3]", "geen scanbestand van Adviseur (het bestand is geen JSON-object)"),
    ("foreign", lambda doc: '{"name": "iets anders", "items": []}', "geen scanbestand van Adviseur (het veld 'format'"),
    ("other format", lambda doc: json.dumps({**doc, "format": "hsds"}), "'format' is 'hsds'"),
    ("newer", lambda doc: json.dumps({**doc, "schema_version": FILE_VERSION + 1}), "nieuwere versie van Adviseur"),
    ("odd version", lambda doc: json.dumps({**doc, "schema_version": "1"}), "onbekende bestandsversie"),
    ("no scans", lambda doc: json.dumps({**doc, "scans": []}), "beschadigd of onvolledig"),
    ("no scores", lambda doc: json.dumps({**doc, "scans": [{**doc["scans"][0], "outcome": {"flow": "zelfscan"}}]}), "ontbreekt"),
    ("bad uid", lambda doc: json.dumps({**doc, "scans": [{**doc["scans"][0], "uid": "../../x"}]}), "scans.0.uid"),
    ("bad role", lambda doc: json.dumps({**doc, "scans": [{**doc["scans"][0], "respondent": {"role": "burgemeester"}}]}),
     "onbekende rol 'burgemeester'"),
    ("other flow", lambda doc: json.dumps({**doc, "scans": [{**doc["scans"][0], "flow": "housing-first"}]}), "andere flow"),
]


@pytest.mark.parametrize(("_name", "content", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_or_foreign_file_gets_a_dutch_message_and_touches_nothing(
    municipality: Store, tmp_path: Path, _name: str, content, message: str
) -> None:
    path = tmp_path / "gedeeld.json"
    data = content(_valid_document(municipality, tmp_path))
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    before = _files(municipality.root)
    with pytest.raises(ExchangeError) as caught:
        import_shared(path, municipality)
    text = str(caught.value)
    assert message in text and "Er is niets geïmporteerd." in text and "Traceback" not in text
    assert _files(municipality.root) == before and not (municipality.root / "corrupt").exists()


def test_a_file_that_is_no_file_is_refused(municipality: Store, tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="kan niet worden gelezen"):
        read_scans(tmp_path / "bestaat-niet.json")
    with pytest.raises(ExchangeError, match="kan niet worden gelezen"):
        read_scans(tmp_path)


def test_a_failed_write_leaves_nothing_of_the_import_behind(municipality: Store, tmp_path: Path) -> None:
    shared = export_scans(list_scans(municipality), tmp_path / "tijdstad.json")
    region = _store(tmp_path / "regio")
    calls = {"n": 0}
    original = region.save_result

    def failing(*args, **kwargs):  # the disk fills up at the third scan
        calls["n"] += 1
        if calls["n"] == 3:
            from adviseur.store import StoreError

            raise StoreError("kan niet opslaan: schijf vol")
        return original(*args, **kwargs)

    region.save_result = failing  # type: ignore[method-assign]
    with pytest.raises(ExchangeError, match="weer verwijderd"):
        import_shared(shared, region)
    assert list_scans(region) == []


# --- a questionnaire filled in alone ---------------------------------------------------------------


def _fill(text: str, answers: dict, notes: dict) -> str:
    """Fill in a questionnaire as a partner does in a text editor: an answer after each question."""
    for key, value in answers.items():
        text, count = re.subn(rf"^  {key}:.*$", f"  {key}: {json.dumps(value, ensure_ascii=False)}", text, flags=re.M)
        assert count == 1, key
    lines = "".join(f"  {k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in notes.items())
    return text.replace("notes: {}", "notes:\n" + lines)


def test_a_filled_in_questionnaire_imports_as_the_partners_answers(tmp_path: Path) -> None:
    program, _ = scenario("zelfscan", SAMENSTAD["corporatie"])
    text = questionnaire_text(program, label="Gemeente Samenstad", role="corporatie", round="2025")
    assert "role: corporatie" in text and 'gemeente: "Gemeente Samenstad"' in text and "alleen als: housing_first" in text
    assert all(len(line) <= 110 for line in text.splitlines())
    scenario_file = load_located_yaml(SCENARIOS / "zelfscan" / f"{SAMENSTAD['corporatie']}.yaml")
    answers = {k: v for k, v in scenario_file.data["answers"].items() if k != "gemeente"}
    filled = tmp_path / "corporatie.yaml"
    filled.write_text(_fill(text, answers, scenario_file.data["notes"]), encoding="utf-8")
    coordinator = _store(tmp_path / "coordinator")
    [scan] = import_shared(filled, coordinator).added
    assert (scan.label, scan.role, scan.round, scan.total) == ("Gemeente Samenstad", "corporatie", "2025", 48.5)
    assert "vroeg melden" in scan.notes["samenwerking_corporaties"]
    assert import_shared(filled, coordinator).added == []  # the same file twice: once


def test_an_incomplete_questionnaire_names_the_question_and_saves_nothing(tmp_path: Path) -> None:
    program, _ = scenario("zelfscan", "zwak")
    path = tmp_path / "half.yaml"
    path.write_text(questionnaire_text(program, label="Gemeente Half", role="ggd"), encoding="utf-8")
    coordinator = _store(tmp_path / "coordinator")
    with pytest.raises(ScanError, match="'analyse_cijfers'"):
        import_shared(path, coordinator)
    path.write_text("flow: zelfscan\nrole: burgemeester\nanswers: {}\n", encoding="utf-8")
    with pytest.raises(ScanError, match="onbekende rol|Onbekende rol"):
        import_shared(path, coordinator)
    path.write_text("flow: zelfscan\nrol: ggd\n", encoding="utf-8")
    with pytest.raises(ScanError, match="rol"):
        import_shared(path, coordinator)
    assert list_scans(coordinator) == []
