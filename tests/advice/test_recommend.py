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


def test_any_single_signal_gets_at_least_three_recommendations(kb) -> None:
    """Issue 5: at least three recommendations, each with reasons and evidence, for any signal."""
    for signal in kb.signals.signals:
        advice = recommend(_profile(signal.id), kb)
        payload = advice.to_json(kb)["recommendations"]
        assert len(payload) >= 3, signal.id
        for rec in payload:
            assert rec["reasons"], (signal.id, rec["id"])
            assert "evidence" in rec
        assert advice.interventions, f"no intervention at all for '{signal.id}'"


def test_life_phase_pushes_down_advice_for_another_age_group(kb) -> None:
    young = _profile("eenzaamheid", "klein-netwerk")
    young.life_phase = "jongvolwassen"
    old = _profile("eenzaamheid", "klein-netwerk")
    old.life_phase = "oudere"
    rank_young = [r.record.id for r in recommend(young, kb).interventions]
    rank_old = [r.record.id for r in recommend(old, kb).interventions]
    assert "studio-bruis" in rank_old[:3]  # community building for older residents
    assert "studio-bruis" not in rank_young[:3]
    warned = next(r for r in recommend(young, kb).all if r.record.id == "studio-bruis") if "studio-bruis" in rank_young else None
    if warned is not None:
        assert any("vooral bedoeld voor" in reason for reason in warned.reasons)


def test_summary_drops_words_matched_in_free_text(kb) -> None:
    """Matched words may be the resident's own (a place, a name of a street that is also a title)."""
    from adviseur.search import get_index

    profile = _profile("huurachterstand")
    profile.free_text = "woont in Arnhem, huurschuld bij de corporatie"
    advice = recommend(profile, kb, get_index())
    assert any("past bij je eigen beschrijving (" in r for rec in advice.all for r in rec.reasons)
    summary = case_summary_markdown(profile, advice, kb)
    advice_lines = summary.split("## Aanbevolen interventies", 1)[1].split("##", 1)[0]
    assert "past bij je eigen beschrijving" in advice_lines
    assert "arnhem" not in advice_lines.lower() and "huurschuld" not in advice_lines.lower()
