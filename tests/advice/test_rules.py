"""Rules before ranking (issue 11): what would be wrong for this person never reaches the advice,
and every removal says why in one Dutch sentence."""

from __future__ import annotations

import pytest

from adviseur.advice import CaseProfile, recommend, why_not
from adviseur.advice.rules import rule_out
from adviseur.knowledge.applicability import AUDIENCES, CASE_FACTS


def _case(*signals: str, facts: dict[str, str] | None = None, phase: tuple[str, str] | None = None) -> CaseProfile:
    profile = CaseProfile()
    for s in signals:
        profile.add_signal(s, f"Antwoord: {s}")
    for fact, because in (facts or {}).items():
        profile.add_fact(fact, because)
    if phase:
        profile.life_phase, profile.life_phase_because = phase[0], [phase[1]]
    return profile


TENANT = {"heeft-woning": "Woonsituatie: Huurt bij een woningcorporatie"}
HOMELESS_HOUSING = ("housing-first", "skaeve-huse", "flexwonen", "maatschappelijke-opvang-in-zelfbeheer")


def _shown(profile: CaseProfile, kb) -> list[str]:
    return [r.record.id for r in recommend(profile, kb).all]


def test_housing_for_the_homeless_is_not_advised_to_a_tenant(kb) -> None:
    profile = _case("dakloos", "verslaving", "ernstige-psychische-aandoening", facts=TENANT)
    advice = recommend(profile, kb)
    shown = [r.record.id for r in advice.all]
    for record_id in HOMELESS_HOUSING:
        assert record_id in kb.by_id
        assert record_id not in shown
    sentence = why_not("housing-first", advice, kb)
    assert sentence == (
        "Niet geadviseerd: bedoeld voor mensen zonder woning; je gaf aan: Woonsituatie: Huurt bij een woningcorporatie."
    )


def test_the_same_housing_is_advised_without_a_home(kb) -> None:
    profile = _case("dakloos", "verslaving", "ernstige-psychische-aandoening", facts={"geen-woning": "Woonsituatie: straat"})
    assert "housing-first" in _shown(profile, kb)


@pytest.mark.parametrize("record_id", ["work-first", "individuele-plaatsing-en-steun", "kansen-op-werk"])
def test_no_work_programme_for_a_pensioner(kb, record_id: str) -> None:
    profile = _case(
        "werkloosheid", "laag-inkomen", "geen-dagbesteding", "psychische-klachten", phase=("oudere", "Leeftijd: 65 jaar of ouder")
    )
    advice = recommend(profile, kb)
    assert record_id not in [r.record.id for r in advice.all]
    assert advice.ruled_out[record_id].rule == "life_phase"
    assert "65 jaar of ouder" in why_not(record_id, advice, kb)


def test_no_youth_programme_for_a_45_year_old_also_among_national_resources(kb) -> None:
    profile = _case("schooluitval", "psychische-klachten", "werkloosheid", phase=("volwassen", "Leeftijd: 27 tot 65 jaar"))
    advice = recommend(profile, kb)
    for rec in advice.all:
        phases = rec.record.applies.life_phases
        assert not phases or "volwassen" in phases, rec.record.id
    assert "begeleid-leren" in advice.ruled_out


def test_courses_for_relatives_only_when_a_relative_needs_support(kb) -> None:
    client = recommend(_case("ernstige-psychische-aandoening", "psychische-klachten"), kb)
    assert "psycho-educatiecursus-naasten" not in [r.record.id for r in client.all]
    assert "naasten" in why_not("psycho-educatiecursus-naasten", client, kb)
    carer = recommend(_case("ernstige-psychische-aandoening", "overbelaste-naaste"), kb)
    rec = next(r for r in carer.all if r.record.id == "psycho-educatiecursus-naasten")
    assert rec.for_carer


@pytest.mark.parametrize("record_id", ["samen-geweldloos-verder", "take-a-break"])
def test_no_couple_programme_for_someone_who_fled_violence(kb, record_id: str) -> None:
    profile = _case("geweld-verleden", "uitstroom-opvang", facts={"met-partner": "Huishouden: met partner"})
    advice = recommend(profile, kb)
    assert record_id not in [r.record.id for r in advice.all]
    assert "ontvlucht" in why_not(record_id, advice, kb)


def test_policy_records_are_never_casework_advice(kb) -> None:
    everything = tuple(s.id for s in kb.signals.signals)
    advice = recommend(_case(*everything), kb)
    for rec in advice.all:
        assert {"inwoner", "professionals", "naasten"} & set(rec.record.applies.audience), rec.record.id
    policy = [r.id for r in kb.records if set(r.applies.audience) <= {"gemeente", "partners"}]
    assert policy and all(why_not(i, advice, kb).startswith("Niet geadviseerd") for i in policy)


def test_temporary_housing_not_inferred_against_a_home_arranged(kb) -> None:
    """Leaving a clinic implies uncertain housing, but not when the answers say a home is arranged."""
    arranged = _case(
        "uitstroom-ggz-kliniek", facts={"verlaat-instelling": "Uitstroom: kliniek", "heeft-woning": "Woonplek na vertrek: Ja"}
    )
    advice = recommend(arranged, kb)
    assert not any("onzekere" in reason for rec in advice.all for reason in rec.reasons)
    assert not {"flexwonen", "onder-de-pannen"} & {r.record.id for r in advice.all}


def test_cti_for_the_transitions_the_annex_names(kb) -> None:
    for signal in ("uitstroom-detentie", "dreigende-huisuitzetting", "uitstroom-ggz-kliniek"):
        advice = recommend(_case(signal), kb)
        assert "critical-time-intervention" in [r.record.id for r in advice.ranked[:5]], signal


def test_every_record_gets_an_answer_to_why_not(kb) -> None:
    profile = _case("huurachterstand", "schulden", "eenzaamheid", facts=TENANT, phase=("oudere", "Leeftijd: 65+"))
    advice = recommend(profile, kb)
    for record in kb.records:
        sentence = why_not(record.id, advice, kb)
        assert sentence.startswith(("Niet geadviseerd: ", "Wel geadviseerd: ", "Niet in de lijst: ")), sentence
        assert sentence.endswith("."), sentence


def test_an_unknown_situation_rules_nothing_out(kb) -> None:
    profile = _case("dakloos")
    for record in kb.records:
        rule = rule_out(record, profile, kb)
        assert rule is None or rule.rule in {"audience", "exclusion", "requires"}, (record.id, rule)


def test_vocabularies_are_used_by_the_content(kb) -> None:
    """Every audience value occurs in the records, every case fact in the casework interview."""
    from adviseur.flows.authoring.loader import FlowLibrary

    used = {a for r in kb.records for a in r.applies.audience}
    assert used == set(AUDIENCES)
    program, _ = FlowLibrary().program("signalen")
    assert program is not None
    facts = {f for q in program.questions.values() for c in q.choices.values() for f in c.facts}
    assert facts == set(CASE_FACTS)


def test_schemes_with_the_landlord_are_not_for_an_owner(kb) -> None:
    owner = _case(
        "huurachterstand",
        "schulden",
        facts={
            "heeft-woning": "Woonsituatie: Eigen koopwoning",
            "koop": "Woonsituatie: Eigen koopwoning",
            "woning-in-gevaar": "Achterstand: Twee maanden of meer",
        },
    )
    advice = recommend(owner, kb)
    assert "geregelde-betalingen-amsterdam" not in [r.record.id for r in advice.all]
    assert why_not("geregelde-betalingen-amsterdam", advice, kb).startswith("Niet geadviseerd: bedoeld voor huurders")


def test_ips_needs_both_no_work_and_psychiatric_problems(kb) -> None:
    jobless = recommend(_case("werkloosheid", phase=("volwassen", "Leeftijd: 27 tot 65 jaar")), kb)
    assert "individuele-plaatsing-en-steun" in jobless.ruled_out
    both = recommend(_case("werkloosheid", "ernstige-psychische-aandoening", phase=("volwassen", "Leeftijd: 27 tot 65 jaar")), kb)
    assert "individuele-plaatsing-en-steun" in [r.record.id for r in both.ranked]


def test_housing_first_needs_problems_the_professional_named(kb) -> None:
    """Signals over three life domains imply 'multiproblematiek' for ranking, but that guess does
    not make someone without addiction or psychiatric problems a Housing First candidate."""
    profile = _case("dakloos", "schulden", "eenzaamheid", "lichamelijke-problemen", facts={"geen-woning": "Woonsituatie: straat"})
    advice = recommend(profile, kb)
    assert "housing-first" in advice.ruled_out
    assert "alleen bij" in why_not("housing-first", advice, kb)


def test_adult_shelter_is_not_advised_to_a_minor_and_says_so_briefly(kb) -> None:
    """A homeless 16-year-old belongs to youth care: adult housing and shelter are ruled out with one
    short phrase ('volwassenen (18 jaar en ouder)'), not the three adult age ranges."""
    profile = _case("dakloos", "bankslapen", "schooluitval", phase=("jeugd", "Leeftijd: Jonger dan 18"))
    profile.casework = True
    advice = recommend(profile, kb)
    for record_id in ("onder-de-pannen", "kleinschalige-tijdelijke-opvang", "flexwonen"):
        assert advice.ruled_out[record_id].rule == "life_phase"
    assert why_not("onder-de-pannen", advice, kb) == (
        "Niet geadviseerd: bedoeld voor volwassenen (18 jaar en ouder); je gaf aan: Leeftijd: Jonger dan 18."
    )
