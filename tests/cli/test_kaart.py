"""`adviseur kaart` with its own data folder, run in this process through the `main()` the console
script calls (the `cli` fixture). The first test, the whole round from import to export, is the
one that starts the real process, as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.helpers import InProcessCli, assert_no_traceback, run_cli
from tests.localmap.conftest import EXAMPLES


def test_import_choose_list_show_accept_export(tmp_path: Path) -> None:
    """The one real-process run of `kaart`: every subcommand, end to end."""
    csv_file = str(EXAMPLES / "voorbeeld.csv")
    dry = run_cli("kaart", "import", csv_file, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Voorbeeldstad: 6 nieuw, 0 gewijzigd, 0 verwijderd" in dry.stdout and "niets opgeslagen" in dry.stderr
    assert "geen sociale kaarten" in run_cli("kaart", "list").stdout.lower()

    done = run_cli("kaart", "import", csv_file)
    assert done.returncode == 0 and "opgeslagen in" in done.stderr
    assert "kaart gemeente \"Voorbeeldstad\"" in done.stderr  # the hint to choose it

    chosen = run_cli("kaart", "gemeente", "Voorbeeldstad")
    assert chosen.returncode == 0 and "Jouw gemeente is nu Voorbeeldstad" in chosen.stdout
    assert "Jouw gemeente: Voorbeeldstad" in run_cli("kaart", "gemeente").stdout

    listed = run_cli("kaart", "list", "--gemeente", "voorbeeldstad", "--json")
    services = json.loads(listed.stdout)["services"]
    assert len(services) == 6 and {s["kind"] for s in services} == {"lokaal"}

    shown = run_cli("kaart", "show", "straathoekwerk-voorbeeldstad")
    assert "Biedt (voorstel, nog niet bevestigd): Straathoekwerk [straathoekwerk]" in shown.stdout
    accepted = run_cli("kaart", "accept", "straathoekwerk-voorbeeldstad")
    assert accepted.returncode == 0, accepted.stderr
    shown = json.loads(run_cli("kaart", "show", "straathoekwerk-voorbeeldstad", "--json").stdout)
    assert shown["offers"] == ["straathoekwerk"] and shown["suggested"]["offers"] == []

    target = tmp_path / "export"
    exported = run_cli("kaart", "export", str(target))
    assert exported.returncode == 0, exported.stderr
    assert (target / "datapackage.json").is_file() and (target / "services.csv").is_file()
    again = run_cli("kaart", "import", str(target), "--dry-run")
    assert again.returncode == 0 and "0 nieuw, 0 gewijzigd, 0 verwijderd, 6 ongewijzigd" in again.stdout, again.stdout


def test_a_broken_file_exits_1_with_located_messages_and_writes_nothing(cli: InProcessCli, tmp_path: Path) -> None:
    broken = tmp_path / "kaart.csv"
    broken.write_text("naam;organisatie;gemeente;telefoon;signalen\nInloop;Buurtteam;Zeist;12;schuldn\n", encoding="utf-8")
    result = cli("kaart", "import", str(broken))
    assert_no_traceback(result)
    assert result.returncode == 1
    assert f"{broken}:2:4: telefoon: '12' is geen telefoonnummer" in result.stderr
    assert f"{broken}:2:5: signalen: onbekend signaal 'schuldn' (bedoel je 'schulden'?)" in result.stderr
    assert "er is niets opgeslagen" in result.stderr
    assert "geen sociale kaarten" in cli("kaart", "list").stdout.lower()


def test_a_municipality_without_a_map_says_how_to_add_one(cli: InProcessCli) -> None:
    result = cli("kaart", "gemeente", "Zeist")
    assert result.returncode == 0
    expected = "Voor Zeist is nog geen sociale kaart ingelezen. Voeg er een toe met: adviseur kaart import BESTAND --gemeente"
    assert expected in result.stdout
    listed = cli("kaart", "list", "--gemeente", "Zeist")
    assert listed.returncode == 1 and "nog geen sociale kaart" in listed.stderr


def test_usage_errors_are_dutch(cli: InProcessCli, tmp_path: Path) -> None:
    for args, expected in (
        (("kaart",), "kies een opdracht"),
        (("kaart", "accept"), "geef de ids"),
        (("kaart", "gemeente", "123"), "geen naam van een gemeente"),
        (("kaart", "import", str(tmp_path / "weg.csv")), "bestaat niet"),
    ):
        result = cli(*args)
        assert_no_traceback(result)
        assert result.returncode in (1, 2) and expected in result.stderr, (args, result.stderr)


def test_the_template_command_writes_a_file_that_imports(cli: InProcessCli, tmp_path: Path) -> None:
    path = tmp_path / "sjabloon.csv"
    assert cli("kaart", "sjabloon", str(path)).returncode == 0
    result = cli("kaart", "import", str(path), "--dry-run")
    assert result.returncode == 0 and "1 nieuw" in result.stdout, result.stderr
