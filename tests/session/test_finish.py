"""Finishing a flow through the session layer: the one `RunResult`, then writing and saving in the
order that keeps a scan from meeting itself, and advice only where the flow asks for it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from adviseur.advice import CaseProfile, recommend
from adviseur.advice.safety import safety_steps
from adviseur.flows.run.engine import FlowEngine
from adviseur.reports import ReportError
from adviseur.session.advise import AdviceResult, advise
from adviseur.session.finish import finish, keep
from adviseur.store import Store
from tests.reports.helpers import program, scenario


def test_the_earlier_scan_is_looked_up_before_saving_so_a_scan_never_meets_itself(tmp_path: Path, kb) -> None:
    store = Store(root=tmp_path)
    prog, outcome = scenario("zelfscan", "middelmatig")
    run = finish(outcome, prog, compare="Gemeente Middenwijk", store=store, kb=kb)
    kept = keep(run, save="Gemeente Middenwijk", store=store)
    assert run.comparison is None and kept.saved is not None
    assert any("geen eerdere scan" in m for m in run.notices)
    assert run.subject == "Gemeente Middenwijk"
    again = finish(outcome, prog, compare="Gemeente Middenwijk", store=store, kb=kb, today=date(2025, 1, 1))
    assert again.comparison is not None and all(r.delta == 0 for r in again.comparison.rows)
    assert any("vergeleken met de scan 'Gemeente Middenwijk'" in m for m in again.notices)


def test_a_half_finished_flow_or_an_empty_name_is_not_saved(tmp_path: Path, kb) -> None:
    engine = FlowEngine(program("zelfscan"))
    engine.answer("Gemeente Half")
    half = finish(engine.outcome(), engine.program, compare="Gemeente Half", store=Store(root=tmp_path), kb=kb)
    assert half.comparison is None and half.notices == ()  # a half scan is not compared either
    with pytest.raises(ReportError, match="alleen een afgeronde flow"):
        keep(half, save="Gemeente Half", store=Store(root=tmp_path))
    prog, outcome = scenario("zelfscan", "sterk")
    with pytest.raises(ReportError, match="geef bij --save een naam op"):
        keep(finish(outcome, prog, kb=kb), save="  ", store=Store(root=tmp_path))
    assert Store(root=tmp_path).list_results("zelfscan") == []


def test_nothing_is_saved_when_the_report_cannot_be_written(tmp_path: Path, kb) -> None:
    prog, outcome = scenario("zelfscan", "zwak")
    run = finish(outcome, prog, kb=kb)
    with pytest.raises(ReportError, match="de map bestaat niet"):
        keep(run, report=tmp_path / "nergens" / "scan.md", save="Gemeente X", store=Store(root=tmp_path))
    assert Store(root=tmp_path).list_results("zelfscan") == []


def test_advice_goes_into_the_report_only_when_the_flow_asks_for_it(tmp_path: Path, kb) -> None:
    profile = CaseProfile()
    profile.add_signal("huurachterstand", "Oorzaak: betalingsachterstand")
    case = AdviceResult(profile, recommend(profile, kb), kb)
    prog, outcome = scenario("zelfscan", "zwak")
    scan = finish(outcome, prog, kb=kb, case=case)
    assert "advice" not in scan.sections and scan.advice is not None
    kept = keep(scan, report=tmp_path / "z.md")
    assert kept.report_format == "markdown"
    assert "## Passende interventies" not in (tmp_path / "z.md").read_text(encoding="utf-8")
    prog, outcome = scenario("vroeginterventie", "kiezen-huurachterstand")
    keep(finish(outcome, prog, kb=kb, case=case), report=tmp_path / "v.md")
    text = (tmp_path / "v.md").read_text(encoding="utf-8")
    assert "1. **Vroeg Eropaf** (Interventie · Inspirerend) — Waarom: omdat je aangaf: Oorzaak: betalingsachterstand" in text


def test_the_result_is_built_once_with_the_one_safety_list_and_the_one_order(kb) -> None:
    prog, outcome = scenario("signalen", "acuut-huiselijk-geweld")
    case = advise(outcome, kb=kb)
    run = finish(outcome, prog, kb=kb, case=case)
    assert list(run.urgent) == safety_steps(outcome, case.advice)
    assert run.urgent[0].acute and "112" in run.urgent[0].text
    assert run.sections[0] == "urgent" and run.sections[-1] == "answers"
    assert run.sections.index("signals") < run.sections.index("advice")
    assert run.screen_sections == ("urgent", "advice")  # signalen shows [advice]; safety always
    summary = run.summary_markdown()
    assert summary is not None and all(f"- {step.line}" in summary for step in run.urgent)


def test_confirmed_signals_count_like_answers(kb) -> None:
    prog, outcome = scenario("signalen", "acuut-huiselijk-geweld")
    plain = finish(outcome, prog, kb=kb)
    confirmed = finish(outcome, prog, kb=kb, confirmed=["schulden", "geen-signaal-met-deze-naam"])
    assert plain.advice is not None and confirmed.advice is not None
    assert "schulden" not in plain.advice.profile.signals
    assert confirmed.advice.profile.confirmed == ["schulden"]
    assert confirmed.advice.profile.signals["schulden"]
