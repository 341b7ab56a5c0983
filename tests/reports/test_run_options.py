"""`adviseur run --report/--save/--compare`: through the real command line, and `finish_run` itself."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from adviseur.flows.engine import FlowEngine
from adviseur.locations import flows_dir
from adviseur.reports import ReportError
from adviseur.reports.run import finish_run
from adviseur.store import Store
from tests.cli_helpers import assert_no_traceback, run_cli, run_json
from tests.reports.helpers import program, scenario

SCENARIOS = flows_dir() / "scenarios"


def answers(flow: str, name: str) -> str:
    return str(SCENARIOS / flow / f"{name}.yaml")


def test_run_writes_an_html_and_a_markdown_report(tmp_path: Path) -> None:
    html, md = tmp_path / "scan.html", tmp_path / "scan.md"
    result = run_cli("run", "zelfscan", "--answers", answers("zelfscan", "gemengd-route-instelling"), "--report", str(html))
    assert_no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert f"rapport geschreven naar {html}" in result.stderr
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<svg xmlns="http://www.w3.org/2000/svg" class="chart"' in page
    assert "Uitslag van de zelfscan voor Gemeente Tweesporen" in page
    data = run_json("run", "housing-first", "--answers", answers("housing-first", "startend-team"), "--report", str(md), "--json")
    assert data["report"] == str(md) and data["saved"] is None and data["comparison"] is None
    assert md.read_text(encoding="utf-8").startswith("# Modelgetrouwheid van Pilot Housing First Zuid")


def test_save_then_compare_a_year_later(tmp_path: Path) -> None:
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


def test_compare_without_an_earlier_scan_says_so_and_still_succeeds() -> None:
    result = run_cli("run", "housing-first", "--answers", answers("housing-first", "sterk-team"), "--compare", "Team Nergens")
    assert result.returncode == 0
    assert "geen eerdere scan 'Team Nergens' van flow 'housing-first' gevonden" in result.stderr


@pytest.mark.parametrize(
    ("report", "message"),
    [("rapport.pdf", "onbekend rapportformaat '.pdf'"), ("ontbreekt/rapport.html", "de map bestaat niet")],
)
def test_bad_report_paths_give_a_dutch_error_and_save_nothing(tmp_path: Path, report: str, message: str) -> None:
    target = tmp_path / report
    result = run_cli("run", "zelfscan", "--answers", answers("zelfscan", "zwak"), "--report", str(target), "--save", "Gemeente X")
    assert_no_traceback(result)
    assert result.returncode == 2 and message in result.stderr
    assert not target.exists()
    assert Store().list_results("zelfscan") == []


def test_finish_run_compares_before_saving_so_a_scan_never_meets_itself(tmp_path: Path, kb) -> None:
    store = Store(root=tmp_path)
    prog, outcome = scenario("zelfscan", "middelmatig")
    extras = finish_run(outcome, prog, save="Gemeente Middenwijk", compare="Gemeente Middenwijk", store=store, kb=kb)
    assert extras.comparison is None and extras.saved is not None
    assert any("geen eerdere scan" in m for m in extras.messages)
    again = finish_run(outcome, prog, compare="Gemeente Middenwijk", store=store, kb=kb, today=date(2025, 1, 1))
    assert again.comparison is not None and all(r.delta == 0 for r in again.comparison.rows)


def test_finish_run_refuses_unfinished_flows_and_empty_labels(tmp_path: Path, kb) -> None:
    engine = FlowEngine(program("zelfscan"))
    engine.answer("Gemeente Half")
    with pytest.raises(ReportError, match="alleen een afgeronde flow"):
        finish_run(engine.outcome(), engine.program, save="Gemeente Half", store=Store(root=tmp_path), kb=kb)
    prog, outcome = scenario("zelfscan", "sterk")
    with pytest.raises(ReportError, match="geef bij --save een naam op"):
        finish_run(outcome, prog, save="  ", store=Store(root=tmp_path), kb=kb)
    assert Store(root=tmp_path).list_results("zelfscan") == []


def test_advice_goes_into_the_report_only_when_the_flow_asks_for_it(tmp_path: Path, kb) -> None:
    from adviseur.advice import CaseProfile, recommend

    profile = CaseProfile()
    profile.add_signal("huurachterstand", "Oorzaak: betalingsachterstand")
    advice = recommend(profile, kb)
    prog, outcome = scenario("zelfscan", "zwak")
    finish_run(outcome, prog, report=tmp_path / "z.md", advice=advice, kb=kb)
    assert "## Passende interventies" not in (tmp_path / "z.md").read_text(encoding="utf-8")
    prog, outcome = scenario("vroeginterventie", "kiezen-huurachterstand")
    finish_run(outcome, prog, report=tmp_path / "v.md", advice=advice, kb=kb)
    text = (tmp_path / "v.md").read_text(encoding="utf-8")
    assert "1. **Vroeg Eropaf** (Interventie · Inspirerend) — Waarom: omdat je aangaf: Oorzaak: betalingsachterstand" in text
