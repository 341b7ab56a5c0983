"""The recommender, headless: explained, deterministic, balanced, evidence-aware, safety first."""

from __future__ import annotations

from dataclasses import replace

import pytest

from adviseur.advice import CaseProfile, case_summary_markdown, recommend
from adviseur.knowledge.loader import KnowledgeBase
from adviseur.knowledge.models import Evidence, Record


def _profile(*signals: str, groups: tuple[str, ...] = ()) -> CaseProfile:
    profile = CaseProfile()
    for s in signals:
        profile.add_signal(s, f"antwoord over {s}")
    for g in groups:
        profile.add_target_group(g, f"antwoord over {g}")
    return profile


def test_same_answers_same_advice(kb) -> None:
    profile = _profile("huurachterstand", "psychische-klachten", "klein-netwerk")
    first = recommend(profile, kb).to_json(kb)
    second = recommend(profile, kb).to_json(kb)
    assert first == second


def test_every_recommendation_is_explained(kb) -> None:
    advice = recommend(_profile("uitstroom-jeugdzorg", "klein-netwerk", groups=("jongeren",)), kb)
    assert len(advice.all) >= 3
    for rec in advice.all:
        assert rec.reasons and all(r.strip() for r in rec.reasons)
        assert rec.matched_signals
        assert any("antwoord over" in r for r in rec.reasons)
    for rec in advice.interventions:
        payload = rec.to_json(kb)
        assert payload["evidence"] is not None and payload["evidence"]["explanation"]


def test_interventions_come_first(kb) -> None:
    advice = recommend(_profile("schulden"), kb)
    kinds = [r.record.kind for r in advice.all]
    first_other = next(i for i, k in enumerate(kinds) if k != "interventie")
    assert all(k == "interventie" for k in kinds[:first_other])
    assert "interventie" not in kinds[first_other:]


def test_multi_problem_case_gets_a_balanced_picture(kb) -> None:
    advice = recommend(_profile("schulden", "verslaving", "eenzaamheid", "werkloosheid"), kb)
    domains = {r.domain for r in advice.interventions}
    assert len(domains) >= 3, domains
    schulden_only = [r for r in advice.interventions if r.matched_signals == ["schulden"]]
    assert len(schulden_only) < len(advice.interventions)


def test_acute_signal_puts_safety_first(kb) -> None:
    advice = recommend(_profile("huiselijk-geweld", "huurachterstand"), kb)
    assert [u.signal for u in advice.urgent] == ["huiselijk-geweld"]
    step = advice.urgent[0]
    assert "112" in step.first_steps and "Veilig Thuis" in step.first_steps
    assert "veilig-thuis" in [r.id for r in step.resources]


def test_no_signal_no_advice(kb) -> None:
    advice = recommend(CaseProfile(), kb)
    assert advice.all == [] and advice.urgent == []


def _synthetic_kb(kb: KnowledgeBase, records: list[Record]) -> KnowledgeBase:
    return replace(kb, records=records)


def _intervention(id_: str, level: str | None, signals: list[str]) -> Record:
    return Record(
        id=id_, kind="interventie", title=id_.title(), summary="Test.", pillars=["voorzorg"],
        signals=signals, evidence=Evidence(level=level),
    )


def test_stronger_evidence_wins_at_equal_fit(kb) -> None:
    small = _synthetic_kb(kb, [
        _intervention("a-inspirerend", "inspirerend", ["schulden"]),
        _intervention("b-effectief", "effectief", ["schulden"]),
        _intervention("c-kansrijk", "kansrijk", ["schulden"]),
    ])
    ranked = [r.record.id for r in recommend(_profile("schulden"), small).interventions]
    assert ranked == ["b-effectief", "c-kansrijk", "a-inspirerend"]


def test_good_inspiring_fit_beats_poor_effective_fit(kb) -> None:
    small = _synthetic_kb(kb, [
        _intervention("weak-effectief", "effectief", ["schulden", "verslaving", "werkloosheid", "overlast"]),
        _intervention("strong-inspirerend", "inspirerend", ["schulden", "eenzaamheid"]),
    ])
    ranked = [r.record.id for r in recommend(_profile("schulden", "eenzaamheid"), small).interventions]
    assert ranked[0] == "strong-inspirerend"


def test_case_summary_is_anonymous_unless_asked(kb) -> None:
    profile = _profile("huurachterstand")
    profile.free_text = "Mevrouw Jansen, Dorpsstraat 12, heeft een huurachterstand"
    advice = recommend(profile, kb)
    summary = case_summary_markdown(profile, advice, kb)
    assert "Jansen" not in summary and "Dorpsstraat" not in summary
    assert "Huurachterstand" in summary
    assert advice.interventions[0].record.title in summary
    with_text = case_summary_markdown(profile, advice, kb, include_free_text=True)
    assert "Dorpsstraat" in with_text
