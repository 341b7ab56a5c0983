"""`adviseur scans` and `adviseur regio` as a user runs them (issue 16): three yearly scans on a
timeline, a comparison of any two, notes in the report, four partners who disagree, export and
import between data folders, a regional report named and anonymised; and every bad input a Dutch
message with exit code 2, never a traceback.

The commands run in this process, through the `main()` the console script calls (a subprocess
costs half a second to start; one test still starts the real one). Scans a test only needs to
exist are saved through the session layer, as `run --save` saves them; the tests of saving itself
(`--datum`, `--rol`, `--ronde`) go through the command line."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from adviseur.flows.run.outcome import FlowOutcome
from adviseur.locations import DATA_ENV
from adviseur.session.scans import save_scan
from adviseur.store import Store
from tests.cli.helpers import InProcessCli, run_cli
from tests.reports.helpers import SCENARIOS, scenario
from tests.reports.scan_helpers import REGION, SAMENSTAD, TIJDSTAD

ZELFSCAN = SCENARIOS / "zelfscan"


@cache
def _outcome(name: str) -> FlowOutcome:
    return scenario("zelfscan", name)[1]


def _keep(folder: Path, name: str, label: str, day: date) -> None:
    """A scan saved as `run zelfscan --answers NAME.yaml --save LABEL --datum DAY` saves it."""
    save_scan(_outcome(name), label, Store(folder), made=day)


def _save(cli: InProcessCli, data: Path, name: str, label: str, day: str, *extra: str) -> None:
    """Save a scan with the command line itself."""
    answers = str(ZELFSCAN / f"{name}.yaml")
    result = cli("run", "zelfscan", "--answers", answers, "--save", label, "--datum", day, *extra, data=data)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def tijdstad(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with Gemeente Tijdstad's scans of 2023, 2024 and 2025 (tests only read it)."""
    folder = tmp_path_factory.mktemp("tijdstad")
    for year, name in zip((2023, 2024, 2025), TIJDSTAD, strict=True):
        _keep(folder, name, "Gemeente Tijdstad", date(year, 3, 1))
    return folder


def test_list_and_show_a_timeline_of_three_scans(cli: InProcessCli, tijdstad: Path, tmp_path: Path) -> None:
    listed = cli.json("scans", "list", "--json", data=tijdstad)["scans"]
    seen = [(s["date"], s["total"], s["notes"]) for s in listed]
    assert seen == [("2023-03-01", 9.1, 0), ("2024-03-01", 39.4, 1), ("2025-03-01", 72.1, 3)]
    started = run_cli("scans", "list", env={DATA_ENV: str(tijdstad)})  # once, the real console script
    assert started.returncode == 0 and "Traceback" not in started.stderr
    assert "Gemeente Tijdstad (zelfscan)" in started.stdout
    assert f"3. 2025-03-01  {listed[2]['id']}  totaal 72,1%, 3 notities" in started.stdout
    report = tmp_path / "tijdlijn.html"
    shown = cli("scans", "show", "gemeente tijdstad", "--van", "1", "--tot", "3", "--report", str(report), data=tijdstad)
    assert shown.returncode == 0, shown.stderr
    assert "Scan 1 en 3 vergeleken" in shown.stdout and "Totaal" in shown.stdout
    html = report.read_text(encoding="utf-8")
    assert "Wat veranderde tussen 2023-03-01 en 2025-03-01" in html and 'id="trend-chart"' in html
    data = cli.json("scans", "show", "Gemeente Tijdstad", "--json", data=tijdstad)
    assert next(s for s in data["scores"] if s["id"] == "totaal")["values"] == [9.1, 39.4, 72.1]
    assert data["compared"] == [2, 3] and [c["key"] for c in data["comparison"]["worse"]] == ["samenwerking_corporaties"]


def test_show_one_scan_with_its_notes_in_the_report(cli: InProcessCli, tijdstad: Path, tmp_path: Path) -> None:
    last = cli.json("scans", "list", "--json", data=tijdstad)["scans"][-1]["id"]
    shown = cli("scans", "show", last[:6], data=tijdstad)
    assert shown.returncode == 0 and "Notities:" in shown.stdout and "Pilot met tien plekken" in shown.stdout
    report = tmp_path / "scan.md"
    assert cli("scans", "show", last, "--report", str(report), data=tijdstad).returncode == 0
    markdown = report.read_text(encoding="utf-8")
    assert "*Notitie: Pilot met tien plekken; evaluatie in het najaar.*" in markdown
    assert markdown.startswith("# Uitslag van de zelfscan voor Gemeente Tijdstad")


def test_compare_two_scans(cli: InProcessCli, tijdstad: Path) -> None:
    ids = [s["id"] for s in cli.json("scans", "list", "--json", data=tijdstad)["scans"]]
    data = cli.json("scans", "compare", ids[1], ids[2], "--json", data=tijdstad)
    assert [c["key"] for c in data["comparison"]["worse"]] == ["samenwerking_corporaties"]
    text = cli("scans", "compare", ids[1], ids[2], data=tijdstad).stdout
    assert "ACHTERUITGEGAAN (1)" in text and "Afspraken met woningcorporaties: Ja → Deels, of in voorbereiding" in text


def test_saving_with_a_date_and_deleting_after_asking(cli: InProcessCli, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _save(cli, data, "zwak", "Gemeente Weg", "2024-01-01")
    _save(cli, data, "middelmatig", "Gemeente Weg", "2025-01-01")
    listed = cli.json("scans", "list", "--json", data=data)["scans"]
    assert [s["date"] for s in listed] == ["2024-01-01", "2025-01-01"]
    ids = [s["id"] for s in listed]
    refused = cli("scans", "delete", ids[0], data=data, input_text="")
    assert refused.returncode == 2 and "--ja" in refused.stderr
    done = cli("scans", "delete", ids[0], "--ja", data=data)
    assert done.returncode == 0 and f"scan {ids[0]} verwijderd" in done.stderr
    assert [s["id"] for s in cli.json("scans", "list", "--json", data=data)["scans"]] == ids[1:]


def test_four_partners_fill_in_alone_and_the_combined_report_shows_the_disagreement(cli: InProcessCli, tmp_path: Path) -> None:
    coordinator = tmp_path / "coordinator"
    for n, (role, name) in enumerate(SAMENSTAD.items(), 1):
        partner = tmp_path / role  # each fills in alone, in a data folder of its own
        _save(cli, partner, name, "Gemeente Samenstad", f"2025-05-0{n}", "--rol", role, "--ronde", "2025")
        shared = tmp_path / f"{role}.json"
        assert cli("scans", "export", "Gemeente Samenstad", "--naar", str(shared), data=partner).returncode == 0
        imported = cli("scans", "import", str(shared), data=coordinator)
        assert imported.returncode == 0 and "geïmporteerd: Gemeente Samenstad" in imported.stderr
    report = tmp_path / "samen.html"
    text = cli("scans", "samen", "Gemeente Samenstad", "--report", str(report), data=coordinator)
    assert text.returncode == 0, text.stderr
    assert "Agenda: waar partners van mening verschillen (3):" in text.stdout
    data = cli.json("scans", "samen", "Gemeente Samenstad", "--json", data=coordinator)
    assert [q["question"] for q in data["agenda"]] == ["samenwerking_corporaties", "samenwerking_zorg", "ervaring_beleid"]
    first = {a["who"]: a["answer"] for a in data["agenda"][0]["answers"]}
    assert (first["Gemeente"], first["Woningcorporatie"]) == ("Ja", "Nee")
    html = report.read_text(encoding="utf-8")
    assert len(re.findall(r'class="disagree"', html)) == 3 and 'id="by-role"' in html


def test_export_import_round_trip_and_a_second_import_adds_nothing(cli: InProcessCli, tijdstad: Path, tmp_path: Path) -> None:
    shared = tmp_path / "tijdstad.json"
    assert cli("scans", "export", "Gemeente Tijdstad", "--naar", str(shared), data=tijdstad).returncode == 0
    other = tmp_path / "regio"
    first = cli("scans", "import", str(shared), data=other)
    assert first.returncode == 0 and first.stderr.count("geïmporteerd:") == 3
    second = cli("scans", "import", str(shared), data=other)
    assert second.returncode == 0 and second.stderr.count("al aanwezig") == 3
    mine = cli.json("scans", "list", "--json", data=tijdstad)["scans"]
    theirs = cli.json("scans", "list", "--json", data=other)["scans"]
    def seen(scans: list[dict]) -> list[tuple]:
        return [(s["uid"], s["date"], s["total"], s["notes"]) for s in scans]

    assert seen(theirs) == seen(mine)


@pytest.fixture(scope="module")
def region_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Each municipality's scan as the file it sends to the region (`scans export`)."""
    from adviseur.session.exchange import export_scans
    from adviseur.session.history import list_scans

    folder = tmp_path_factory.mktemp("regio")
    files = []
    for label, name in REGION.items():
        _keep(folder / name, name, label, date(2025, 4, 1))
        files.append(export_scans(list_scans(Store(folder / name)), folder / f"{name}.json"))
    return files


def test_a_regional_report_of_three_municipalities_named(cli: InProcessCli, region_files: list[Path], tmp_path: Path) -> None:
    report = tmp_path / "regio.md"
    result = cli("regio", "rapport", *map(str, region_files), "--report", str(report), data=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    assert "Gemeente Dorpveld" in result.stdout and "★" in result.stdout
    markdown = report.read_text(encoding="utf-8")
    assert "Ervaringsdeskundigen in de uitvoering: in 3 van 3 gemeenten" in markdown
    data = cli.json("regio", "rapport", *map(str, region_files), "--json", data=tmp_path / "d")
    assert [m["name"] for m in data["municipalities"]] == list(REGION)
    voorzorg = next(s for s in data["scores"] if s["id"] == "pijler_voorzorg")
    assert voorzorg["strongest"] == ["Gemeente Dorpveld"]
    assert not (tmp_path / "d" / "results").exists()  # a regional picture saves nothing


def test_a_regional_report_anonymised(cli: InProcessCli, region_files: list[Path], tmp_path: Path) -> None:
    report = tmp_path / "regio.html"
    result = cli("regio", "rapport", *map(str, region_files), "--anoniem", "--report", str(report), data=tmp_path / "d")
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
def test_bad_input_gets_a_dutch_message(cli: InProcessCli, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = cli(*args, data=tmp_path / "data")  # cli() finds no traceback in what was printed
    assert result.returncode == 2 and message in result.stderr, result.stderr


def test_a_broken_or_newer_file_is_refused_and_nothing_is_touched(cli: InProcessCli, tijdstad: Path, tmp_path: Path) -> None:
    folder = tijdstad
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    newer = tmp_path / "nieuw.json"
    newer.write_text(json.dumps({"format": "adviseur-scans", "schema_version": 99, "scans": []}), encoding="utf-8")
    broken = tmp_path / "kapot.json"
    broken.write_text('{"format": "adviseur-scans", "scans": [', encoding="utf-8")
    foreign = tmp_path / "vreemd.json"
    foreign.write_text(json.dumps({"schema_version": 1, "flow": "zelfscan"}), encoding="utf-8")
    cases = ((newer, "nieuwere versie van Adviseur"), (broken, "geen geldig JSON-bestand"), (foreign, "geen scanbestand"))
    for path, message in cases:
        result = cli("scans", "import", str(path), data=tijdstad)
        assert result.returncode == 2 and message in result.stderr and "niets geïmporteerd" in result.stderr
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
