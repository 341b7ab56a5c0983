"""What the casework scenarios promise beyond what the generic scenario test checks.

tests/flows/authoring/test_scenarios.py runs every file and compares its expectations. These tests keep the
labelled set itself honest (benchmarks/advice_quality.py scores the recommender against it): the
expected ids are real records with a written reason, every urgent answer of the interview
has a scenario, an urgent case puts the first steps on top of the advice, and a case without any
signal gets no advice at all rather than filler.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from adviseur.advice import case_summary_markdown, profile_from_outcome, recommend
from adviseur.flows.authoring.loader import FlowLibrary
from adviseur.flows.authoring.scenarios import run_scenario, scenario_files
from adviseur.locations import flows_dir

FLOW_ID = "signalen"
SCENARIOS = scenario_files(flows_dir(), FLOW_ID)


def _data(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _expected(path: Path) -> list[str]:
    return list((_data(path).get("expect") or {}).get("recommendations") or [])


def test_enough_casework_scenarios_with_expected_advice() -> None:
    assert len(SCENARIOS) >= 25
    assert sum(1 for p in SCENARIOS if _expected(p)) >= 25


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_expected_recommendations_are_records_with_a_reason(path: Path, kb) -> None:
    """Mostly interventions; since issue 11 ranks all kinds in one order, a national resource
    (Veilig Thuis for acute violence) may be what clearly fits."""
    expected = _expected(path)
    assert len(expected) == len(set(expected)), "an id is expected twice"
    assert len(expected) <= 4, "expect the 2-4 interventions that clearly fit, not a wish list"
    for record_id in expected:
        record = kb.by_id.get(record_id)
        assert record is not None, f"unknown record '{record_id}'"
    lines = path.read_text(encoding="utf-8").splitlines()
    for record_id in expected:
        line = next(line for line in lines if line.strip().startswith(f"- {record_id}"))
        assert "#" in line and line.split("#", 1)[1].strip(), f"no reason written next to '{record_id}'"


def test_every_urgent_answer_has_a_scenario() -> None:
    program, problems = FlowLibrary(flows_dir()).program(FLOW_ID)
    assert program is not None, problems
    urgent = {
        (qid, cid) for qid, q in program.questions.items() for cid, choice in q.choices.items() if choice.urgent
    }
    assert urgent, "the casework interview has no urgent answer any more"
    covered = set()
    for path in SCENARIOS:
        data = _data(path)
        if not (data.get("expect") or {}).get("urgent"):
            continue
        for qid, answer in (data.get("answers") or {}).items():
            chosen = answer if isinstance(answer, list) else [answer]
            covered.update((qid, str(c)) for c in chosen)
    assert urgent <= covered, f"no scenario with 'urgent: true' for {sorted(urgent - covered)}"


@pytest.mark.parametrize(
    ("name", "signal", "resource"),
    [
        ("acuut-huiselijk-geweld", "huiselijk-geweld", "veilig-thuis"),
        ("acuut-kinderen-onveilig", "kindermishandeling", "veilig-thuis"),
        ("acuut-psychische-crisis", "psychische-crisis", "crisiskaart"),
    ],
)
def test_urgent_case_puts_first_steps_on_top(name: str, signal: str, resource: str, kb) -> None:
    result = run_scenario(flows_dir() / "scenarios" / FLOW_ID / f"{name}.yaml")
    assert result.outcome is not None, result.failures
    advice = recommend(profile_from_outcome(result.outcome, kb), kb)
    first = advice.urgent[0]
    assert (first.signal, first.urgency) == (signal, "acuut")
    assert first.first_steps.strip()
    assert resource in [r.id for r in first.resources]


def test_no_signals_no_advice(kb) -> None:
    result = run_scenario(flows_dir() / "scenarios" / FLOW_ID / "geen-signalen.yaml")
    assert result.outcome is not None and result.passed, result.failures
    profile = profile_from_outcome(result.outcome, kb)
    assert profile.is_empty
    advice = recommend(profile, kb)
    assert (advice.urgent, advice.all) == ([], [])
    assert "Geen signalen aangegeven." in case_summary_markdown(profile, advice, kb)
