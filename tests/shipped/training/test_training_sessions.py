"""Training sessions played through the engine: feedback after every answer, the score, the
verdict on the whole session, and a review that shows every question completely."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from adviseur.flows.authoring.scenarios import run_scenario, scenario_files
from adviseur.flows.language.runtime import Program
from adviseur.flows.language.scoring import QUIZ_POINTS
from adviseur.flows.run.engine import FlowEngine
from adviseur.flows.run.outcome import FlowOutcome
from adviseur.locations import flows_dir
from tests.shipped.training.conftest import TRAINING_FLOWS, right

VERDICT_NODES = {"oordeel_oefenen": (0, 60), "oordeel_op_weg": (60, 85), "oordeel_sterk": (85, 100.01)}


def _scenarios(flow_id: str) -> list[Path]:
    return scenario_files(flows_dir(), flow_id)


def _played(path: Path) -> FlowOutcome:
    result = run_scenario(path)
    assert result.passed, f"{path.name}: {result.failures} {[str(p) for p in result.problems]}"
    assert result.outcome is not None and result.outcome.finished
    return result.outcome


@pytest.mark.parametrize("flow_id", TRAINING_FLOWS)
def test_scenarios_cover_all_right_all_wrong_and_mixed(flow_id: str) -> None:
    kinds = set()
    for path in _scenarios(flow_id):
        outcome = _played(path)
        verdicts = {f.verdict for f in outcome.quiz}
        kinds.add("goed" if verdicts == {"goed"} else "fout" if verdicts == {"fout"} else "gemengd")
        # Every scenario checks the feedback of every question it answers, and the score.
        expect = yaml.safe_load(path.read_text(encoding="utf-8"))["expect"]
        assert set(expect["quiz"]) == {f.question for f in outcome.quiz}, path.name
        assert {"points", "percent"} <= set(expect["scores"]["quiz"]), path.name
    assert kinds == {"goed", "fout", "gemengd"}


@pytest.mark.parametrize("flow_id", TRAINING_FLOWS)
def test_the_review_shows_every_question_completely(programs: dict[str, Program], flow_id: str) -> None:
    program = programs[flow_id]
    for path in _scenarios(flow_id):
        outcome = _played(path)
        asked = [key for key in outcome.path if key in program.questions and program.questions[key].quiz]
        assert [f.question for f in outcome.quiz] == asked, "one review item per quiz question, in order"
        for item in outcome.quiz:
            info = program.questions[item.question]
            chosen = info.chosen(outcome.answers[item.question])
            assert item.text == info.node.text
            assert item.given == [c.label for c in chosen]
            assert item.correct == [info.choices[c].label for c in info.choices if c in right(info)]
            assert item.explanations == [c.explanation for c in chosen] + [info.node.explanation]
        assert outcome.results and "quiz" in outcome.results[-1].show
        score = outcome.quiz_score
        assert score is not None
        assert score.maximum == len(outcome.quiz)
        assert score.points == sum(QUIZ_POINTS[f.verdict] for f in outcome.quiz)


@pytest.mark.parametrize("flow_id", TRAINING_FLOWS)
def test_exactly_one_verdict_on_the_session_matching_the_score(flow_id: str) -> None:
    for path in _scenarios(flow_id):
        outcome = _played(path)
        shown = [node for node in outcome.path if node in VERDICT_NODES]
        assert len(shown) == 1, (path.name, shown)
        low, high = VERDICT_NODES[shown[0]]
        assert outcome.quiz_score is not None and outcome.quiz_score.percent is not None
        assert low <= outcome.quiz_score.percent < high
        assert outcome.path[-1] == "resultaat"
        final = outcome.messages[-1].text
        assert f"{outcome.quiz_score.percent:g}".replace(".", ",") in final


def test_feedback_comes_right_after_each_answer(programs: dict[str, Program]) -> None:
    program = programs["training-casus"]
    engine = FlowEngine(program)
    assert engine.answer(["huur"]).feedback is None  # choosing cases is not a quiz question
    step = engine.current
    assert step is not None and step.key == "huur_interventies"
    assert any("Casus: huurachterstand" == m.title for m in step.messages)  # the case comes first
    result = engine.answer(["vroeg-eropaf", "crisiskaart"])
    assert result.accepted and result.feedback is not None
    info = program.questions["huur_interventies"]
    assert result.feedback.verdict == "deels"
    assert result.feedback.explanations[:2] == [info.choices["vroeg-eropaf"].explanation, info.choices["crisiskaart"].explanation]
    assert result.feedback.explanations[0].startswith("Goed — ")
    assert result.feedback.explanations[1].startswith("Niet goed — ")
    result = engine.answer("afwachten")
    assert result.feedback is not None and result.feedback.verdict == "fout"
    assert engine.finished


def test_only_the_chosen_cases_are_asked(programs: dict[str, Program]) -> None:
    engine = FlowEngine(programs["training-casus"])
    engine.answer(["eenzaamheid", "detentie"])
    asked = []
    while engine.current is not None:
        asked.append(engine.current.key)
        info = engine.current.info
        engine.answer(sorted(right(info)) if info.kind == "multi" else next(iter(right(info))))
    assert asked == ["eenzaamheid_interventies", "eenzaamheid_eerste_stap", "detentie_interventies", "detentie_eerste_stap"]
    outcome = engine.outcome()
    assert outcome.quiz_score is not None and outcome.quiz_score.percent == 100


def test_all_cases_cannot_be_combined_with_single_cases(programs: dict[str, Program]) -> None:
    engine = FlowEngine(programs["training-casus"])
    result = engine.answer(["alle", "huur"])
    assert not result.accepted
    assert any("Alle tien" in e for e in result.errors)
