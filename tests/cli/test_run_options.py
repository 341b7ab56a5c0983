"""`adviseur run --report/--save/--compare`, run in this process through the `main()` the console
script calls (the `cli` fixture); the session steps behind it are tested in
tests/session/test_finish.py. Saving and comparing a year later is the one real-process run, as a
user runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from adviseur.locations import flows_dir
from adviseur.store import Store
from tests.cli.helpers import InProcessCli, assert_no_traceback, run_cli, run_json

SCENARIOS = flows_dir() / "scenarios"


def answers(flow: str, name: str) -> str:
    return str(SCENARIOS / flow / f"{name}.yaml")


def test_run_writes_an_html_and_a_markdown_report(cli: InProcessCli, tmp_path: Path) -> None:
    html, md = tmp_path / "scan.html", tmp_path / "scan.md"
    result = cli("run", "zelfscan", "--answers", answers("zelfscan", "gemengd-route-instelling"), "--report", str(html))
    assert_no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert f"rapport geschreven naar {html}" in result.stderr
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<svg xmlns="http://www.w3.org/2000/svg" class="chart"' in page
    assert "Uitslag van de zelfscan voor Gemeente Tweesporen" in page
    data = cli.json("run", "housing-first", "--answers", answers("housing-first", "startend-team"), "--report", str(md), "--json")
    assert data["report"] == str(md) and data["saved"] is None and data["comparison"] is None
    assert md.read_text(encoding="utf-8").startswith("# Modelgetrouwheid van Pilot Housing First Zuid")


def test_save_then_compare_a_year_later(tmp_path: Path) -> None:
    """The one real-process run of this module: three runs of `adviseur` that save, compare and report."""
    first = run_cli("run", "zelfscan", "--answers", answers("zelfscan", "zwak"), "--save", "Gemeente Beginstad")
    assert first.returncode == 0, first.stderr
    assert "scan bewaard als 'Gemeente Beginstad'" in first.stderr
    report = tmp_path / "vergelijking.md"
    data = run_json(
        "run", "zelfscan", "--answers", answers("zelfscan", "sterk"),
        "--compare", "gemeente beginstad", "--save", "Gemeente Beginstad", "--report", str(report), "--json",
    )
    rows = {r["id"]: r for r in data["comparison"]["rows"]}
    assert (rows["totaal"]["before"], rows["totaal"]["after"]) == (6.1, 94.1)
    assert (rows["pijler_voorzorg"]["before_band"], rows["pijler_voorzorg"]["after_band"]) == ("Beginnend", "Preventieproof")
    assert len(data["comparison"]["better"]) == 33 and data["comparison"]["worse"] == []
    assert data["saved"]["label"] == "Gemeente Beginstad"
    text = report.read_text(encoding="utf-8")
    assert "## Vergelijking met de vorige keer" in text and "| Totaal | 6,1% (Beginnend) | 94,1% (Preventieproof) |" in text
    # The second scan was saved too: a third run compares with it, not with the first.
    third = run_json(
        "run", "zelfscan", "--answers", answers("zelfscan", "middelmatig"), "--compare", "Gemeente Beginstad", "--json"
    )
    assert {r["id"]: r["before"] for r in third["comparison"]["rows"]}["totaal"] == 94.1


def test_compare_without_an_earlier_scan_says_so_and_still_succeeds(cli: InProcessCli) -> None:
    result = cli("run", "housing-first", "--answers", answers("housing-first", "sterk-team"), "--compare", "Team Nergens")
    assert result.returncode == 0
    assert "geen eerdere scan 'Team Nergens' van flow 'housing-first' gevonden" in result.stderr


@pytest.mark.parametrize(
    ("report", "message"),
    [("rapport.pdf", "onbekend rapportformaat '.pdf'"), ("ontbreekt/rapport.html", "de map bestaat niet")],
)
def test_bad_report_paths_give_a_dutch_error_and_save_nothing(
    cli: InProcessCli, tmp_path: Path, report: str, message: str
) -> None:
    target = tmp_path / report
    result = cli("run", "zelfscan", "--answers", answers("zelfscan", "zwak"), "--report", str(target), "--save", "Gemeente X")
    assert_no_traceback(result)
    assert result.returncode == 2 and message in result.stderr
    assert not target.exists()
    assert Store().list_results("zelfscan") == []


def test_run_compare_prints_the_answers_that_fell_first(cli: InProcessCli) -> None:
    """'sterk' kept, then 'middelmatig' compared with it: the step back is in the plain text
    output, in capitals, before anything that rose (issue 14)."""
    first = cli("run", "zelfscan", "--answers", answers("zelfscan", "sterk"), "--save", "Gemeente Terug")
    assert first.returncode == 0, first.stderr
    result = cli("run", "zelfscan", "--answers", answers("zelfscan", "middelmatig"), "--compare", "Gemeente Terug")
    assert_no_traceback(result)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    data = cli.json("run", "zelfscan", "--answers", answers("zelfscan", "middelmatig"), "--compare", "Gemeente Terug", "--json")
    worse = data["comparison"]["worse"]
    assert worse and data["comparison"]["better"] == []
    assert f"ACHTERUITGEGAAN ({len(worse)}):" in out
    assert f"▼ {worse[0]['question']}: {worse[0]['before']} → {worse[0]['after']}" in out
    assert f"Antwoorden: {len(worse)} achteruit, 0 vooruit" in out
    assert "opgelost" not in out and "Vooruitgegaan" not in out
