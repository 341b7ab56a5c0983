"""Local next to national: suggestions stay suggestions, staleness, a municipality without a map."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from adviseur.localmap import lookup
from adviseur.localmap.importer import apply_import, plan_import
from adviseur.localmap.model import LocalService
from adviseur.localmap.store import MapStore
from tests.localmap.conftest import EXAMPLES, TODAY


@pytest.fixture
def voorbeeldstad(tmp_path, monkeypatch, kb, index):
    """The CSV example imported into a shared map folder (ADVISEUR_KAART_DIR), chosen as the
    user's municipality."""
    from adviseur.settings import Settings, save_settings

    folder = tmp_path / "kaarten"
    monkeypatch.setenv("ADVISEUR_KAART_DIR", str(folder))
    lookup.reset()
    store = MapStore()
    plan = plan_import(EXAMPLES / "voorbeeld.csv", kb, store=store, index=index, today=TODAY)
    apply_import(plan, store)
    save_settings(Settings(municipality="Voorbeeldstad"))
    return store


def test_services_that_deliver_a_record_come_under_it(voorbeeldstad, kb):
    links = lookup.local_links("vroeg-eropaf", kb=kb, today=TODAY)
    first = links[0]
    assert (first.service.id, first.relation, first.suggested) == ("vroeg-eropaf-voorbeeldstad", "biedt", False)
    assert links[0].line().startswith("In jouw gemeente: Vroeg Eropaf Voorbeeldstad (Buurtteam Voorbeeldstad) · 012 345 6701")
    assert [s.id for s in lookup.local_for("vroeg-eropaf", "Voorbeeldstad")] == ["vroeg-eropaf-voorbeeldstad"]


def test_a_suggested_link_is_marked_until_accepted(voorbeeldstad, kb):
    link = lookup.local_links("straathoekwerk", kb=kb, today=TODAY)[0]
    assert (link.service.id, link.relation) == ("straathoekwerk-voorbeeldstad", "biedt")
    assert link.suggested and "voorstel, nog niet bevestigd" in link.line()
    local_map = voorbeeldstad.load("Voorbeeldstad")
    service = local_map.by_id()["straathoekwerk-voorbeeldstad"]
    assert "straathoekwerk" not in service.offers  # never shown as fact
    accepted = service.accepted()
    assert "straathoekwerk" in accepted.offers and not accepted.suggested
    services = tuple(accepted if s.id == service.id else s for s in local_map.services)
    voorbeeldstad.save([replace(local_map, services=services)])
    link = lookup.local_links("straathoekwerk", kb=kb, today=TODAY)[0]
    assert link.service.id == "straathoekwerk-voorbeeldstad"
    assert not link.suggested and "voorstel" not in link.line()


def test_accepted_suggestions_survive_a_reimport(voorbeeldstad, kb, index):
    local_map = voorbeeldstad.load("Voorbeeldstad")
    services = tuple(s.accepted() if s.id == "straathoekwerk-voorbeeldstad" else s for s in local_map.services)
    voorbeeldstad.save([replace(local_map, services=services)])
    plan = plan_import(EXAMPLES / "voorbeeld.csv", kb, store=voorbeeldstad, index=index, today=TODAY)
    again = {s.id: s for s in plan.maps[0].services}
    assert "straathoekwerk" in again["straathoekwerk-voorbeeldstad"].offers
    assert not again["straathoekwerk-voorbeeldstad"].suggested.offers
    assert again["schuldhulp-voorbeeldstad"].suggested.signals == ["schulden"]  # never accepted: still a suggestion


def test_import_with_accept_confirms_every_suggestion(tmp_path, kb, index):
    store = MapStore(tmp_path / "kaart")
    plan = plan_import(EXAMPLES / "voorbeeld.csv", kb, store=store, index=index, today=TODAY, accept=True)
    assert plan.suggested == 0
    assert "schulden" in {s.id: s for s in plan.maps[0].services}["schuldhulp-voorbeeldstad"].signals


def test_services_fitting_the_main_signal_follow_those_that_deliver(voorbeeldstad, kb):
    # 'housing-first' is delivered by nobody here; the night shelter is tagged 'dakloos'
    assert kb.by_id["housing-first"].signals[0] == "dakloos"
    links = lookup.local_links("housing-first", kb=kb, today=TODAY)
    by_id = {link.service.id: link for link in links}
    assert by_id["nachtopvang-voorbeeldstad"].relation == "signaal"
    assert "past bij dezelfde signalen" in by_id["nachtopvang-voorbeeldstad"].line()


def test_a_service_not_checked_for_twelve_months_is_possibly_stale():
    service = LocalService(id="x", name="Inloop", organisation="Buurtteam", municipality="Zeist", checked=date(2025, 11, 30))
    assert service.is_stale(date(2026, 12, 1))
    assert service.stale_note(date(2026, 12, 1)) == "mogelijk verouderd (laatst gecontroleerd 2025-11-30)"
    assert not service.is_stale(date(2026, 11, 29))
    never = LocalService(id="y", name="Inloop", organisation="Buurtteam", municipality="Zeist")
    assert never.stale_note() == "mogelijk verouderd (nooit gecontroleerd)"


def test_stale_services_are_marked_where_they_are_shown(voorbeeldstad, kb):
    links = lookup.local_links("housing-first", kb=kb, today=TODAY)
    night = next(link for link in links if link.service.id == "nachtopvang-voorbeeldstad")
    assert night.stale == "mogelijk verouderd (laatst gecontroleerd 2023-02-10)"
    assert "mogelijk verouderd" in night.line() and night.to_json(TODAY)["stale"] is True


def test_a_municipality_without_a_map_gets_a_line_how_to_add_one(voorbeeldstad, kb):
    assert lookup.local_links("vroeg-eropaf", "Zeist", kb=kb) == []
    notice = lookup.map_notice("Zeist")
    assert notice is not None and "Voor Zeist is nog geen sociale kaart ingelezen" in notice
    assert 'adviseur kaart import BESTAND --gemeente "Zeist"' in notice
    assert lookup.map_notice("Voorbeeldstad") is None


def test_without_a_chosen_municipality_nothing_breaks(tmp_path, kb):
    assert lookup.chosen_municipality() is None
    assert lookup.local_links("vroeg-eropaf", kb=kb) == []
    assert "adviseur kaart gemeente NAAM" in (lookup.map_notice() or "")


def test_a_damaged_map_file_is_a_message_not_a_crash(voorbeeldstad, kb):
    (voorbeeldstad.root / "voorbeeldstad.json").write_text("{niet: json", encoding="utf-8")
    lookup.reset()
    assert lookup.local_links("vroeg-eropaf", kb=kb) == []
    notice = lookup.map_notice("Voorbeeldstad")
    assert notice is not None and "niet te gebruiken" in notice and "adviseur kaart import" in notice


def test_the_default_map_folder_is_in_the_data_folder_and_owner_only(tmp_path, kb, index, _isolated_data_dir):
    store = MapStore()
    assert store.root == _isolated_data_dir / "kaart" and not store.shared
    apply_import(plan_import(EXAMPLES / "voorbeeld.yaml", kb, store=store, index=index, today=TODAY), store)
    assert ((store.root / "voorbeeldstad.json").stat().st_mode & 0o777) == 0o600


def test_another_map_folder_is_read_as_itself_not_as_the_first_one(voorbeeldstad, tmp_path, monkeypatch, kb):
    """The lookup keeps its store per folder: pointed at an empty folder in the same process, it
    finds no map there, rather than the map it read before (found by the in-process CLI tests)."""
    assert lookup.local_for("vroeg-eropaf", "Voorbeeldstad")  # read from the first folder
    monkeypatch.setenv("ADVISEUR_KAART_DIR", str(tmp_path / "leeg"))
    assert lookup.local_for("vroeg-eropaf", "Voorbeeldstad") == []
    assert lookup.local_links("vroeg-eropaf", kb=kb, today=TODAY) == []
