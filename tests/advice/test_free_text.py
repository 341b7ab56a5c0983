"""The description is read for whole words, with negation and time, and only ever suggests.

Each case below is one of the misreadings the audit found (issue 11): fragments, number words,
a past eviction read as a threatened one, and signals added silently.
"""

from __future__ import annotations

from adviseur.advice import CaseProfile, recommend
from adviseur.advice.free_text import read_description


def _found(text: str, kb, stated: frozenset[str] = frozenset()) -> dict[str, str]:
    return {f.id: f.status for f in read_description(text, kb, stated)}


def test_negation_is_recognised_and_not_counted(kb) -> None:
    found = _found("Heeft geen schulden, maar wel een huurachterstand", kb)
    assert found["schulden"] == "ontkend"
    assert found["huurachterstand"] == "nieuw"


def test_a_negation_inside_the_phrase_is_what_it_names(kb) -> None:
    found = _found("Heeft geen woning en geen werk; geen schulden", kb)
    assert found["dakloos"] == "nieuw"
    assert found["schulden"] == "ontkend"


def test_a_past_eviction_is_not_a_threatened_one(kb) -> None:
    found = _found("Is al vaker uit huis gezet.", kb)
    assert found.get("dreigende-huisuitzetting") == "verleden"
    found = _found("Was vroeger verslaafd; drinkt niet meer.", kb)
    assert found.get("verslaving") == "verleden"


def test_number_words_and_fragments_match_nothing(kb) -> None:
    assert _found("twee kinderen, drie", kb) == {}
    found = read_description("problemen met de buren. Stel het gesprek uit", kb)
    assert "verslaving" not in {f.id for f in found}  # 'problemen' is not 'verslavingsproblemen'
    assert all(f.words != "stel" for f in found)


def test_a_named_record_is_found_by_its_name_or_abbreviation(kb) -> None:
    found = {f.id: f.words for f in read_description("Misschien CTI of Housing First?", kb)}
    assert found == {"critical-time-intervention": "cti", "housing-first": "housing first"}


def test_signals_in_the_description_are_suggestions_never_added(kb) -> None:
    profile = CaseProfile()
    profile.free_text = "Hij heeft schulden en voelt zich eenzaam"
    advice = recommend(profile, kb)
    assert {f.id for f in advice.suggestions} == {"schulden", "eenzaamheid"}
    assert advice.all == []  # nothing counted until the professional confirms
    profile.add_signal("schulden", "bevestigd uit je beschrijving: Schulden")
    assert recommend(profile, kb).all


def test_what_the_answers_already_said_is_not_suggested_again(kb) -> None:
    profile = CaseProfile()
    profile.add_signal("schulden", "Geld: Schulden die oplopen")
    profile.free_text = "schulden"
    assert recommend(profile, kb).suggestions == []


def test_a_long_description_is_cut_and_read_in_linear_time(kb) -> None:
    found = read_description("schulden " * 5000 + "x" * 100_000, kb)
    assert [f.id for f in found] == ["schulden"]


def test_description_words_never_reach_the_stem_cache(kb) -> None:
    """The stem memo is written to cache/ on disk; a resident's words must not be in it."""
    from adviseur.search.text import known_stems

    read_description("Woont bij Pietersma aan de Kastanjelaan, gokverslaafd", kb)
    assert not {"pietersma", "kastanjelaan", "gokverslaafd"} & set(known_stems())


def test_a_denial_in_the_description_stops_a_guess_but_not_an_answer(kb) -> None:
    """An eviction for nuisance while the rent is paid: arrears are not inferred once the
    professional wrote so, and no team for payment arrears is advised without any arrears."""
    profile = CaseProfile(casework=True)
    profile.add_signal("dreigende-huisuitzetting", "Achterstand: ontruimingsprocedure zonder achterstand")
    profile.add_fact("heeft-woning", "Woonsituatie: Huurt bij een woningcorporatie")
    guessed = recommend(profile, kb)
    assert guessed.implied.get("huurachterstand") == "dreigende-huisuitzetting"

    profile.free_text = "Er is geen huurachterstand; het vonnis gaat over overlast."
    told = recommend(profile, kb)
    assert "huurachterstand" not in told.implied
    assert told.ruled_out["vroeg-eropaf"].rule == "requires"
    assert "vroeg-eropaf" not in {r.record.id for r in told.all}

    profile.add_signal("huurachterstand", "Achterstand: Twee maanden of meer")
    assert "vroeg-eropaf" in {r.record.id for r in recommend(profile, kb).all}
