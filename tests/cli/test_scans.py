"""`adviseur scans` and `adviseur regio` as a user runs them (issue 16): three yearly scans on a
timeline, a comparison of any two, notes in the report, four partners who disagree, export and
import between data folders, a regional report named and anonymised; and every bad input a Dutch
message with exit code 2, never a traceback."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.cli.helpers import assert_no_traceback, run_cli, run_json
from tests.reports.helpers import SCENARIOS
from tests.reports.scan_helpers import REGION, SAMENSTAD, TIJDSTAD

ZELFSCAN = SCENARIOS / "zelfscan"


def _env(folder: Path) -> dict[str, str]:
    return {"ADVISEUR_DATA_DIR": str(folder)}


def _save(env: dict[str, str], name: str, label: str, day: str, *extra: str) -> None:
    answers = str(ZELFSCAN / f"{name}.yaml")
    result = run_cli("run", "zelfscan", "--answers", answers, "--save", label, "--datum", day, *extra, env=env)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def tijdstad(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    env = _env(tmp_path_factory.mktemp("tijdstad"))
    for year, name in zip((2023, 2024, 2025), TIJDSTAD, strict=True):
        _save(env, name, "Gemeente Tijdstad", f"{year}-03-01")
    return env


def test_list_and_show_a_timeline_of_three_scans(tijdstad: dict[str, str], tmp_path: Path) -> None:
    listed = run_json("scans", "list", "--json", env=tijdstad)["scans"]
    seen = [(s["date"], s["total"], s["notes"]) for s in listed]
    assert seen == [("2023-03-01", 9.1, 0), ("2024-03-01", 39.4, 1), ("2025-03-01", 72.1, 3)]
    text = run_cli("scans", "list", env=tijdstad).stdout
    assert "Gemeente Tijdstad (zelfscan)" in text and f"3. 2025-03-01  {listed[2]['id']}  totaal 72,1%, 3 notitie(s)" in text
    report = tmp_path / "tijdlijn.html"
    shown = run_cli("scans", "show", "gemeente tijdstad", "--van", "1", "--tot", "3", "--report", str(report), env=tijdstad)
    assert shown.returncode == 0, shown.stderr
    assert "Scan 1 en 3 vergeleken" in shown.stdout and "Totaal" in shown.stdout
    html = report.read_text(encoding="utf-8")
    assert "Wat veranderde tussen 2023-03-01 en 2025-03-01" in html and 'id="trend-chart"' in html
    data = run_json("scans", "show", "Gemeente Tijdstad", "--json", env=tijdstad)
    assert next(s for s in data["scores"] if s["id"] == "totaal")["values"] == [9.1, 39.4, 72.1]
    assert data["compared"] == [2, 3] and [c["key"] for c in data["comparison"]["worse"]] == ["samenwerking_corporaties"]


def test_show_one_scan_with_its_notes_in_the_report(tijdstad: dict[str, str], tmp_path: Path) -> None:
    last = run_json("scans", "list", "--json", env=tijdstad)["scans"][-1]["id"]
    shown = run_cli("scans", "show", last[:6], env=tijdstad)
    assert shown.returncode == 0 and "Notities:" in shown.stdout and "Pilot met tien plekken" in shown.stdout
    report = tmp_path / "scan.md"
    assert run_cli("scans", "show", last, "--report", str(report), env=tijdstad).returncode == 0
    markdown = report.read_text(encoding="utf-8")
    assert "*Notitie: Pilot met tien plekken; evaluatie in het najaar.*" in markdown
    assert markdown.startswith("# Uitslag van de zelfscan voor Gemeente Tijdstad")


def test_compare_two_scans(tijdstad: dict[str, str]) -> None:
    ids = [s["id"] for s in run_json("scans", "list", "--json", env=tijdstad)["scans"]]
    data = run_json("scans", "compare", ids[1], ids[2], "--json", env=tijdstad)
    assert [c["key"] for c in data["comparison"]["worse"]] == ["samenwerking_corporaties"]
    text = run_cli("scans", "compare", ids[1], ids[2], env=tijdstad).stdout
    assert "ACHTERUITGEGAAN (1)" in text and "Afspraken met woningcorporaties: Ja → Deels, of in voorbereiding" in text


def test_delete_asks_first_and_removes_one_scan(tmp_path: Path) -> None:
    env = _env(tmp_path / "data")
    _save(env, "zwak", "Gemeente Weg", "2024-01-01")
    _save(env, "middelmatig", "Gemeente Weg", "2025-01-01")
    ids = [s["id"] for s in run_json("scans", "list", "--json", env=env)["scans"]]
    refused = run_cli("scans", "delete", ids[0], env=env, input_text="")
    assert refused.returncode == 2 and "--ja" in refused.stderr
    done = run_cli("scans", "delete", ids[0], "--ja", env=env)
    assert done.returncode == 0 and f"scan {ids[0]} verwijderd" in done.stderr
    assert [s["id"] for s in run_json("scans", "list", "--json", env=env)["scans"]] == ids[1:]


def test_four_partners_fill_in_alone_and_the_combined_report_shows_the_disagreement(tmp_path: Path) -> None:
    coordinator = _env(tmp_path / "coordinator")
    for n, (role, name) in enumerate(SAMENSTAD.items(), 1):
        partner = _env(tmp_path / role)  # each fills in alone, in a data folder of its own
        _save(partner, name, "Gemeente Samenstad", f"2025-05-0{n}", "--rol", role, "--ronde", "2025")
        shared = tmp_path / f"{role}.json"
        assert run_cli("scans", "export", "Gemeente Samenstad", "--naar", str(shared), env=partner).returncode == 0
        imported = run_cli("scans", "import", str(shared), env=coordinator)
        assert imported.returncode == 0 and "geïmporteerd: Gemeente Samenstad" in imported.stderr
    report = tmp_path / "samen.html"
    text = run_cli("scans", "samen", "Gemeente Samenstad", "--report", str(report), env=coordinator)
    assert text.returncode == 0, text.stderr
    assert "Agenda: waar partners van mening verschillen (3):" in text.stdout
    data = run_json("scans", "samen", "Gemeente Samenstad", "--json", env=coordinator)
    assert [q["question"] for q in data["agenda"]] == ["samenwerking_corporaties", "samenwerking_zorg", "ervaring_beleid"]
    first = {a["who"]: a["answer"] for a in data["agenda"][0]["answers"]}
    assert (first["Gemeente"], first["Woningcorporatie"]) == ("Ja", "Nee")
    html = report.read_text(encoding="utf-8")
    assert len(re.findall(r'class="disagree"', html)) == 3 and 'id="by-role"' in html


def test_export_import_round_trip_and_a_second_import_adds_nothing(tijdstad: dict[str, str], tmp_path: Path) -> None:
    shared = tmp_path / "tijdstad.json"
    assert run_cli("scans", "export", "Gemeente Tijdstad", "--naar", str(shared), env=tijdstad).returncode == 0
    other = _env(tmp_path / "regio")
    first = run_cli("scans", "import", str(shared), env=other)
    assert first.returncode == 0 and first.stderr.count("geïmporteerd:") == 3
    second = run_cli("scans", "import", str(shared), env=other)
    assert second.returncode == 0 and second.stderr.count("al aanwezig") == 3
    mine = run_json("scans", "list", "--json", env=tijdstad)["scans"]
    theirs = run_json("scans", "list", "--json", env=other)["scans"]
    def seen(scans: list[dict]) -> list[tuple]:
        return [(s["uid"], s["date"], s["total"], s["notes"]) for s in scans]

    assert seen(theirs) == seen(mine)


@pytest.fixture(scope="module")
def region_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("regio")
    files = []
    for label, name in REGION.items():
        env = _env(folder / name)
        _save(env, name, label, "2025-04-01")
        path = folder / f"{name}.json"
        assert run_cli("scans", "export", label, "--naar", str(path), env=env).returncode == 0
        files.append(path)
    return files


def test_a_regional_report_of_three_municipalities_named(region_files: list[Path], tmp_path: Path) -> None:
    report = tmp_path / "regio.md"
    result = run_cli("regio", "rapport", *map(str, region_files), "--report", str(report), env=_env(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    assert "Gemeente Dorpveld" in result.stdout and "★" in result.stdout
    markdown = report.read_text(encoding="utf-8")
    assert "Ervaringsdeskundigen in de uitvoering: in 3 van 3 gemeenten" in markdown
    data = run_json("regio", "rapport", *map(str, region_files), "--json", env=_env(tmp_path / "d"))
    assert [m["name"] for m in data["municipalities"]] == list(REGION)
    voorzorg = next(s for s in data["scores"] if s["id"] == "pijler_voorzorg")
    assert voorzorg["strongest"] == ["Gemeente Dorpveld"]
    assert not (tmp_path / "d" / "results").exists()  # a regional picture saves nothing


def test_a_regional_report_anonymised(region_files: list[Path], tmp_path: Path) -> None:
    report = tmp_path / "regio.html"
    result = run_cli("regio", "rapport", *map(str, region_files), "--anoniem", "--report", str(report), env=_env(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    html = report.read_text(encoding="utf-8")
    for text in (result.stdout, result.stderr, html):
        for name in ("Tijdstad", "Dorpveld", "Havenstad"):
            assert name not in text
    assert "Gemeente A" in html and "Gemeente C" in html and "geanonimiseerd" in html


BAD = [
    (("scans", "show", "Gemeente Nergens"), "Geen bewaarde scan 'Gemeente Nergens'"),
    (("scans", "show", "ab"), "minstens 4 tekens"),
    (("scans", "compare", "abcd", "efgh"), "Geen bewaarde scan 'abcd'"),
    (("scans", "samen", "Gemeente Nergens"), "Geen scans van partners"),
    (("scans", "show", "Gemeente Nergens", "--report", "x.pdf"), "onbekend rapportformaat"),
    (("scans", "vragenlijst", "--naar", "/bestaat/niet/v.yaml"), "de map bestaat niet"),
    (("scans", "vragenlijst", "--naar", "v.yaml", "--rol", "wethouder"), "Onbekende rol 'wethouder'"),
    (("scans", "export", "Gemeente Nergens", "--naar", "x.json"), "Geen bewaarde scan"),
    (("regio", "rapport", "bestaat-niet.json"), "kan niet worden gelezen"),
    (("run", "zelfscan", "--answers", str(ZELFSCAN / "zwak.yaml"), "--rol", "ggd"), "horen bij --save"),
]


@pytest.mark.parametrize(("args", "message"), BAD, ids=[" ".join(b[0][:3]) for b in BAD])
def test_bad_input_gets_a_dutch_message(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = run_cli(*args, env=_env(tmp_path / "data"))
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert_no_traceback(result)


def test_a_broken_or_newer_file_is_refused_and_nothing_is_touched(tijdstad: dict[str, str], tmp_path: Path) -> None:
    folder = Path(tijdstad["ADVISEUR_DATA_DIR"])
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    newer = tmp_path / "nieuw.json"
    newer.write_text(json.dumps({"format": "adviseur-scans", "schema_version": 99, "scans": []}), encoding="utf-8")
    broken = tmp_path / "kapot.json"
    broken.write_text('{"format": "adviseur-scans", "scans": [', encoding="utf-8")
    foreign = tmp_path / "vreemd.json"
    foreign.write_text(json.dumps({"schema_version": 1, "flow": "zelfscan"}), encoding="utf-8")
    cases = ((newer, "nieuwere versie van Adviseur"), (broken, "geen geldig JSON-bestand"), (foreign, "geen scanbestand"))
    for path, message in cases:
        result = run_cli("scans", "import", str(path), env=tijdstad)
        assert result.returncode == 2 and message in result.stderr and "niets geïmporteerd" in result.stderr
        assert_no_traceback(result)
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
