"""Issue 17 (and 11): the training and the casework advice tell a trainee the same thing.

For every training case that describes a casework situation (flows/training-casus.yaml), the same
situation is run through the casework interview and the advice (answers in
casework_equivalents.yaml, written from the case texts). A choice the training grades as right
must not be ruled out by the advice for that person; one it grades as wrong must not be a step
of the advice's 'eerst doen' plan. A disagreement names the record, the verdict and the advice's
own 'why not?' sentence, so a trainer or author sees which side to correct.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from adviseur.advice import profile_from_outcome, recommend, why_not
from adviseur.advice.recommend import implied_by_answers
from adviseur.advice.rules import rule_out
from adviseur.flows.authoring.loader import FlowLibrary
from adviseur.flows.authoring.scenarios import run_answers
from adviseur.knowledge import load_knowledge

EQUIVALENTS = yaml.safe_load((Path(__file__).with_name("casework_equivalents.yaml")).read_text(encoding="utf-8"))
TRAINING = yaml.safe_load(
    (Path(__file__).resolve().parents[3] / "flows" / "training-casus.yaml").read_text(encoding="utf-8")
)


def _graded_leads(case: str) -> list[tuple[str, object, str]]:
    """(record id, verdict, choice id) for every choice of the case's questions that names a record."""
    out = []
    for node in TRAINING["nodes"]:
        if node.get("type") == "question" and node["id"].startswith(case + "_"):
            for choice in node.get("choices", []):
                for lead in choice.get("leads", []):
                    out.append((lead, choice.get("correct"), f"{node['id']}.{choice['id']}"))
    return out


def test_every_casework_case_of_the_training_has_its_situation() -> None:
    cases = {n["id"].removeprefix("casus_") for n in TRAINING["nodes"] if n["id"].startswith("casus_")}
    assert cases == set(EQUIVALENTS), "every training case needs its answers in casework_equivalents.yaml"


@pytest.fixture(scope="module")
def advised():
    kb = load_knowledge()
    program, _ = FlowLibrary().program("signalen")
    out = {}
    for case, entry in EQUIVALENTS.items():
        engine, _ = run_answers(program, entry["answers"], f"casework_equivalents.yaml:{case}")
        assert engine.finished, case
        profile = profile_from_outcome(engine.outcome(), kb)
        out[case] = (profile, recommend(profile, kb))
    return kb, out


def disagreements(case: str, kb, profile, advice) -> dict[str, str]:
    """Record id -> what the training says against what the advice says, for this case."""
    plan = {r.record.id for r in advice.plan}
    implied = implied_by_answers(advice.implied)
    found: dict[str, str] = {}
    for lead, verdict, where in _graded_leads(case):
        record = kb.by_id[lead]
        if verdict is True and record.kind != "landelijk" and rule_out(record, profile, kb, implied) is not None:
            found[lead] = f"{where}: training 'goed', advice: {why_not(lead, advice, kb)}"
        if verdict is False and lead in plan:
            found[lead] = f"{where}: training 'niet goed', advice: in het plan 'eerst doen'"
    return found


@pytest.mark.parametrize("case", sorted(EQUIVALENTS))
def test_training_verdicts_agree_with_the_advice(case: str, advised) -> None:
    kb, out = advised
    found = disagreements(case, kb, *out[case])
    accepted = EQUIVALENTS[case].get("accepted", {})
    unexplained = [text for lead, text in found.items() if lead not in accepted]
    assert not unexplained, "\n".join(unexplained)
    stale = sorted(set(accepted) - set(found))
    assert not stale, f"training and advice agree now on {stale}: remove them from 'accepted'"


def test_a_ruled_out_right_answer_is_found(advised) -> None:
    """The check can fail: were the detention case's home arranged, CTI stays right, but the
    interim home for ex-detainees (graded right too) would be ruled out and reported."""
    kb, out = advised
    profile, advice = out["detentie"]
    facts = {fact: why for fact, why in profile.facts.items() if fact != "geen-woning"}
    arranged = replace(profile, facts={**facts, "heeft-woning": ["Woonplek na vertrek: Ja"]})
    found = disagreements("detentie", kb, arranged, recommend(arranged, kb))
    assert "tussenwoning-ex-gedetineerden-zuid-limburg" in found
    assert "critical-time-intervention" not in found
