"""Import -> export -> import gives the same map, in every export format."""

from __future__ import annotations

import csv
import json

import pytest

from adviseur.localmap.export import write_export
from adviseur.localmap.importer import apply_import, plan_import
from adviseur.localmap.store import MapStore
from tests.localmap.conftest import EXAMPLES, TODAY


def _import(path, kb, store, index, **kwargs):
    plan = plan_import(path, kb, store=store, index=index, today=TODAY, **kwargs)
    assert plan.ok, [str(p) for p in plan.problems]
    apply_import(plan, store)
    return store.load(plan.maps[0].municipality)


def _data(local_map) -> list[dict]:
    return sorted((s.stored() for s in local_map.services), key=lambda d: d["id"])


@pytest.mark.parametrize("source", ["voorbeeld.csv", "voorbeeld.yaml", "hsds-voorbeeld"])
@pytest.mark.parametrize("fmt", ["hsds", "csv", "yaml"])
def test_import_export_import_gives_the_same_data(source, fmt, tmp_path, kb, index):
    first_store = MapStore(tmp_path / "eerst")
    first = _import(EXAMPLES / source, kb, first_store, index, accept=True)
    target = tmp_path / ("export" if fmt == "hsds" else f"export.{fmt}")
    write_export(first, target, fmt, kb)
    second = _import(target, kb, MapStore(tmp_path / "daarna"), index)
    assert _data(second) == _data(first)
    assert second.municipality == first.municipality


def test_suggestions_are_not_exported_as_fact(tmp_path, kb, store, index):
    local_map = _import(EXAMPLES / "voorbeeld.csv", kb, store, index)
    straat = local_map.by_id()["straathoekwerk-voorbeeldstad"]
    assert straat.suggested.offers == ["straathoekwerk"] and straat.offers == []
    target = tmp_path / "export"
    write_export(local_map, target, "hsds", kb)
    links = list(csv.DictReader((target / "services_taxonomy.csv").open(encoding="utf-8")))
    terms = {r["taxonomy_id"] for r in links if r["service_id"] == "straathoekwerk-voorbeeldstad"}
    assert terms == {"adviseur-verwijzing:niet-nodig"}  # what the source stated, not what was guessed
    # and an import of the export suggests the same again, as a suggestion
    again = _import(target, kb, MapStore(tmp_path / "weer"), index)
    assert again.by_id()["straathoekwerk-voorbeeldstad"].suggested == straat.suggested


def test_the_hsds_export_is_an_hsds_1_1_datapackage(tmp_path, kb, store, index):
    local_map = _import(EXAMPLES / "voorbeeld.csv", kb, store, index)
    target = tmp_path / "export"
    write_export(local_map, target, "hsds", kb)
    descriptor = json.loads((target / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert {"organization", "service", "location", "phone", "service_at_location"} <= set(resources)
    for name, resource in resources.items():
        header = next(csv.reader((target / resource["path"]).open(encoding="utf-8")))
        assert header == [f["name"] for f in resource["schema"]["fields"]], name
    services = list(csv.DictReader((target / "services.csv").open(encoding="utf-8")))
    organisations = {r["id"] for r in csv.DictReader((target / "organizations.csv").open(encoding="utf-8"))}
    assert all(s["organization_id"] in organisations and s["status"] == "active" for s in services)
    # one organisation, one id, however many of its services
    assert len(organisations) == len({s.organisation for s in local_map.services})


def test_an_export_goes_into_a_folder_or_a_file_and_says_so(tmp_path, kb, store, index):
    from adviseur.localmap.store import MapError

    local_map = _import(EXAMPLES / "voorbeeld.csv", kb, store, index)
    (tmp_path / "bestand").write_text("x", encoding="utf-8")
    with pytest.raises(MapError, match="een HSDS-datapakket is een map"):
        write_export(local_map, tmp_path / "bestand", "hsds", kb)
    with pytest.raises(MapError, match="is een map"):
        write_export(local_map, tmp_path, "csv", kb)
