"""Every scenario file under flows/scenarios/<flow-id>/ runs here, including ones added later for
other flows: the answers must lead through the flow and every expectation must hold (with the
recommender, when there is one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from adviseur.flows.authoring.scenarios import scenario_files
from adviseur.locations import flows_dir
from adviseur.session.scenarios import run_scenario

SCENARIOS = scenario_files(flows_dir())


def test_there_are_scenarios() -> None:
    assert any(p.parent.name == "example" for p in SCENARIOS)


@pytest.mark.parametrize("path", SCENARIOS, ids=[f"{p.parent.name}/{p.stem}" for p in SCENARIOS])
def test_scenario(path: Path) -> None:
    result = run_scenario(path)
    assert [str(p) for p in result.problems] == []
    assert result.failures == [], "\n".join(result.failures)
    assert result.outcome is not None and result.outcome.finished


def test_a_failing_expectation_is_reported_in_words(flows_copy: Path) -> None:
    path = flows_copy / "scenarios" / "example" / "terug-en-wijzigen.yaml"
    text = path.read_text(encoding="utf-8").replace("quiz: {kennisvraag: deels}", "quiz: {kennisvraag: goed}")
    path.write_text(text.replace("signals: [huiselijk-geweld]", "signals: [huiselijk-geweld, dakloos]"), encoding="utf-8")
    result = run_scenario(path)
    assert not result.passed
    assert sorted(result.failures) == [
        "quiz.kennisvraag: verwacht 'goed', gekregen 'deels'",
        "signals: verwacht [dakloos, huiselijk-geweld], gekregen [huiselijk-geweld]",
    ]


def test_a_missing_answer_names_the_question(flows_copy: Path) -> None:
    path = flows_copy / "scenarios" / "example" / "kort.yaml"
    path.write_text("answers:\n  woonsituatie: koop\n", encoding="utf-8")
    result = run_scenario(path)
    assert result.failures == ["vraag 'leeftijd' (Hoe oud is de inwoner?) heeft geen antwoord in kort.yaml"]
