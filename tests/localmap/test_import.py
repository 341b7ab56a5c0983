"""Importing a social map: each format, broken files, all-or-nothing writes, privacy warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from adviseur.localmap.importer import apply_import, plan_import
from tests.localmap.conftest import EXAMPLES, TODAY


def _plan(path: Path, kb, store, index, **kwargs):
    return plan_import(path, kb, store=store, index=index, today=TODAY, **kwargs)


def _messages(plan) -> list[str]:
    return [str(p) for p in plan.problems]


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize(
    ("source", "count"),
    [("voorbeeld.csv", 6), ("voorbeeld.yaml", 2), ("hsds-voorbeeld", 3)],
)
def test_the_examples_import_without_errors(source, count, kb, store, index):
    plan = _plan(EXAMPLES / source, kb, store, index)
    assert plan.errors == [], _messages(plan)
    assert [m.municipality for m in plan.maps] == ["Voorbeeldstad"]
    assert len(plan.maps[0].services) == count
    written = apply_import(plan, store)
    assert written == [store.root / "voorbeeldstad.json"]
    assert len(store.load("voorbeeldstad").services) == count


def test_hsds_fields_are_joined_from_their_tables(kb, store, index):
    plan = _plan(EXAMPLES / "hsds-voorbeeld", kb, store, index)
    services = {s.name: s for s in plan.maps[0].services}
    vroeg = services["Vroeg Eropaf Voorbeeldstad"]
    assert vroeg.organisation == "Buurtteam Voorbeeldstad"  # organizations.csv
    assert vroeg.phone == "012 345 6701"  # phones.csv by service_id
    assert vroeg.address == "Marktplein 1, 1234 AB Voorbeeldstad"  # physical_addresses.csv via the location
    assert vroeg.opening_hours == "ma 09:00-17:00, di 09:00-17:00, vr 09:00-12:00"  # regular_schedules.csv
    assert vroeg.checked is not None and vroeg.checked.isoformat() == "2026-09-15"  # metadata.csv
    assert vroeg.offers == ["vroeg-eropaf"] and vroeg.signals == ["huurachterstand"]  # taxonomy
    assert vroeg.referral is False
    # the phone of the organisation, the opening hours from the service-at-location note
    assert services["Schuldhulpverlening"].phone == "14 012"
    assert services["Nachtopvang De Haven"].opening_hours == "elke dag vanaf 21:00"
    assert services["Nachtopvang De Haven"].referral is True
    # a defunct service is skipped, with a warning
    assert "Dagopvang (gesloten)" not in services
    assert any("overgeslagen (status 'defunct')" in m for m in _messages(plan))


def test_a_broken_csv_gets_located_dutch_messages_and_nothing_is_written(tmp_path, kb, store, index):
    path = tmp_path / "kaart.csv"
    path.write_text(
        "naam;organisatie;telefoon;signalen;biedt;gemeente\n"
        "Schuldhulp;Gemeente X;06-12;schuldn;vroeg-erop;Zeist\n"
        "Schuldhulp;Gemeente X;030 123 4567;schulden;;Zeist\n",
        encoding="utf-8",
    )
    plan = _plan(path, kb, store, index)
    messages = _messages(plan)
    assert f"{path}:2:3: telefoon: '06-12' is geen telefoonnummer" in messages[0]
    assert f"{path}:2:4: signalen: onbekend signaal 'schuldn' (bedoel je 'schulden'?)" in messages
    assert f"{path}:2:5: biedt: onbekend landelijk record 'vroeg-erop' (bedoel je 'vroeg-eropaf'?)" in messages
    assert f"{path}:3:1: naam: dubbele dienst: 'gemeente-x-schuldhulp' staat al op rij 2" in messages
    assert not plan.ok
    with pytest.raises(Exception, match="niets opgeslagen"):
        apply_import(plan, store)
    assert not store.root.exists()


def test_a_failed_import_leaves_the_stored_map_as_it_was(tmp_path, kb, store, index):
    apply_import(_plan(EXAMPLES / "voorbeeld.csv", kb, store, index), store)
    before = (store.root / "voorbeeldstad.json").read_bytes()
    broken = tmp_path / "kaart.csv"
    broken.write_text("naam;organisatie;gemeente;telefoon\nInloop;Buurtteam;Voorbeeldstad;12\n", encoding="utf-8")
    plan = _plan(broken, kb, store, index)
    assert not plan.ok
    assert (store.root / "voorbeeldstad.json").read_bytes() == before


def test_a_broken_hsds_package_is_located_in_the_file_that_holds_the_mistake(hsds_copy, kb, store, index):
    phones = hsds_copy / "phones.csv"
    _replace(phones, "012 345 6701", "bel ons")
    services = hsds_copy / "services.csv"
    _replace(services, "6f1c2b7e-8d4a-4f3e-9b1a-2c3d4e5f6a02,,Schuld", "6f1c2b7e-8d4a-4f3e-9b1a-2c3d4e5f6a09,,Schuld")
    terms = hsds_copy / "services_taxonomy.csv"
    for path in (hsds_copy / "taxonomy.csv", terms):
        _replace(path, "adviseur-signaal:huurachterstand", "adviseur-signaal:huurachterstnd")
    plan = _plan(hsds_copy, kb, store, index)
    messages = _messages(plan)
    assert any(m.startswith(f"{phones}:2:7: telefoon: 'bel ons' is geen telefoonnummer") for m in messages), messages
    bad_organisation = f"{services}:3:2: organization_id: onbekende organisatie"
    assert any(m.startswith(bad_organisation) and "bedoel je" in m for m in messages), messages
    unknown_signal = f"{terms}:3:3: signalen: onbekend signaal 'huurachterstnd' (bedoel je 'huurachterstand'?)"
    assert unknown_signal in messages
    assert not plan.ok


def test_an_hsds_path_outside_the_package_is_refused(hsds_copy, kb, store, index):
    descriptor = hsds_copy / "datapackage.json"
    _replace(descriptor, '"path": "phones.csv"', '"path": "../../etc/passwd"')
    plan = _plan(hsds_copy, kb, store, index)
    assert any("pad '../../etc/passwd' moet een bestand in dit pakket zijn" in m for m in _messages(plan))


def test_a_broken_yaml_file_gets_located_messages(tmp_path, kb, store, index):
    path = tmp_path / "kaart.yaml"
    path.write_text(
        "gemeente: Voorbeeldstad\n"
        "diensten:\n"
        "  - naam: Inloop\n"
        "    organisatie: Buurtteam\n"
        "    telfoon: '030 123 4567'\n"
        "    signalen: [schulden, eenzaamhied]\n"
        "  - naam: Budgetcoach\n"
        "    organisatie: Stichting\n"
        "    telefoon: 0301234567\n",
        encoding="utf-8",
    )
    messages = _messages(_plan(path, kb, store, index))
    assert f"{path}:5:5: onbekende sleutel 'telfoon' (bedoel je 'telefoon'?)" in messages
    assert f"{path}:6:26: signalen: onbekend signaal 'eenzaamhied' (bedoel je 'eenzaamheid'?)" in messages
    assert any(m.startswith(f"{path}:9:5: telefoon: zet het nummer tussen aanhalingstekens") for m in messages), messages


def test_a_yaml_syntax_error_is_a_problem_not_a_traceback(tmp_path, kb, store, index):
    path = tmp_path / "kaart.yaml"
    path.write_text("diensten:\n  - naam: [Inloop\n", encoding="utf-8")
    plan = _plan(path, kb, store, index)
    assert not plan.ok and plan.errors[0].path == path and "YAML-fout" in plan.errors[0].message


def test_a_file_without_municipality_asks_for_one(tmp_path, kb, store, index):
    path = tmp_path / "kaart.csv"
    path.write_text("naam,organisatie\nInloop,Buurtteam\n", encoding="utf-8")
    assert any("geef --gemeente NAAM" in m for m in _messages(_plan(path, kb, store, index)))
    plan = _plan(path, kb, store, index, municipality="Voorbeeldstad")
    assert plan.ok and plan.maps[0].municipality == "Voorbeeldstad"


def test_dutch_excel_files_are_read(tmp_path, kb, store, index):
    """Semicolons, Windows-1252 (with a warning about accented letters), other header spellings."""
    path = tmp_path / "kaart.csv"
    text = "Naam;Organisatie;Telefoonnummer;E-mailadres;Gemeente\nCliëntondersteuning;Zorgbureau;030 123 4567;a@b.nl;Súdwest\n"
    path.write_bytes(text.encode("cp1252"))
    plan = _plan(path, kb, store, index)
    assert plan.ok, _messages(plan)
    service = plan.maps[0].services[0]
    assert (service.name, service.phone, service.email) == ("Cliëntondersteuning", "030 123 4567", "a@b.nl")
    assert any("Windows-1252" in m for m in _messages(plan))


def test_changes_are_shown_as_added_changed_and_removed(tmp_path, kb, store, index):
    apply_import(_plan(EXAMPLES / "voorbeeld.csv", kb, store, index), store)
    lines = (EXAMPLES / "voorbeeld.csv").read_text(encoding="utf-8-sig").splitlines()
    changed = [lines[0], lines[1].replace("012 345 6701", "012 345 6799"), lines[2], "nieuw;Nieuw;Org;;Voorbeeldstad" + ";" * 13]
    path = tmp_path / "kaart.csv"
    path.write_text("\n".join(changed) + "\n", encoding="utf-8")
    plan = _plan(path, kb, store, index)
    assert plan.ok, _messages(plan)
    (changes,) = plan.changes
    assert [s.id for s in changes.added] == ["nieuw"]
    assert [(s.id, fields) for s, fields in changes.changed] == [("vroeg-eropaf-voorbeeldstad", ["telefoon"])]
    removed = {"inloop-noord", "straathoekwerk-voorbeeldstad", "veilig-thuis-regio", "nachtopvang-voorbeeldstad"}
    assert {s.id for s in changes.removed} == removed
    assert changes.unchanged == 1


@pytest.mark.parametrize("header", ["geboortedatum", "BSN", "Burgerservicenummer", "date_of_birth"])
def test_personal_columns_are_warned_about_and_not_read(tmp_path, header, kb, store, index):
    path = tmp_path / "kaart.csv"
    path.write_text(f"naam,organisatie,gemeente,{header}\nInloop,Buurtteam,Zeist,12-03-1961\n", encoding="utf-8")
    plan = _plan(path, kb, store, index)
    assert plan.ok
    (warning,) = [p for p in plan.problems if p.severity == "warning"]
    assert (warning.line, warning.column) == (1, 4) and "organisaties, geen inwoners" in warning.message
    assert "1961" not in str(plan.maps[0].services[0].stored())


def test_a_bsn_in_a_cell_is_warned_about(tmp_path, kb, store, index):
    path = tmp_path / "kaart.csv"
    path.write_text("naam,organisatie,gemeente,omschrijving\nInloop,Buurtteam,Zeist,bsn 111222333\n", encoding="utf-8")
    warnings = [p for p in _plan(path, kb, store, index).problems if p.severity == "warning"]
    assert [(w.line, w.column) for w in warnings] == [(2, 4)] and "burgerservicenummer" in warnings[0].message
