"""The search engine on the small hand-made knowledge base: every way of matching, the explanations,
filters, odd input and thread safety."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adviseur.content.shape import to_json
from adviseur.content.validation import validated
from adviseur.knowledge.models import Record, Signal, SignalsFile
from adviseur.search.index import SearchIndex
from adviseur.search.results import Match
from adviseur.search.synonyms import CuratedSynonyms

from .conftest import CURATED, RECORDS, ids, mini_kb, record


def kinds(response, record_id: str) -> set[str]:  # noqa: ANN001
    hit = next(h for h in response.hits if h.id == record_id)
    return {m.kind for m in hit.matched}


def test_abbreviation_is_an_exact_alias_not_a_fuzzy_guess(mini_index: SearchIndex) -> None:
    # "cti" is closer to "activering" character-wise; an alias must win outright
    response = mini_index.search("cti")
    assert ids(response) == ["critical-time-intervention"]
    assert response.hits[0].matched == [Match("cti", "CTI", "alias", "aliases")]


def test_name_initials_work_without_a_listed_alias(mini_index: SearchIndex) -> None:
    response = mini_index.search("IPS")
    assert ids(response)[0] == "individuele-plaatsing-en-steun"
    assert kinds(response, "individuele-plaatsing-en-steun") == {"alias"}


def test_typos_are_corrected_and_explained(mini_index: SearchIndex) -> None:
    response = mini_index.search("housing frist")
    assert ids(response)[0] == "housing-first"
    assert "frist → first (tikfout, in de titel)" in [str(m) for m in response.hits[0].matched]
    response = mini_index.search("huurachterstnd")
    assert ids(response)[0] == "vroeg-eropaf"
    assert str(response.hits[0].matched[0]).startswith("huurachterstnd → huurachterstand")


@pytest.mark.parametrize("query", ["uit huis gezet", "ontruiming", "deurwaarder"])
def test_everyday_words_find_records_through_their_signals(mini_index: SearchIndex, query: str) -> None:
    found = ids(mini_index.search(query))
    # both records carry the signal dreigende-huisuitzetting; neither uses these words
    assert set(found[:2]) == {"convenant-ontruimingen", "critical-time-intervention"}


def test_signal_match_names_the_signal(mini_index: SearchIndex) -> None:
    hit = mini_index.search("deurwaarder").hits[0]
    assert hit.matched[0].term == "signaal: Dreigende huisuitzetting"
    assert hit.matched[0].kind == "synonym" and hit.matched[0].field == "signals"


def test_compounds_both_ways(mini_index: SearchIndex) -> None:
    assert ids(mini_index.search("huurschuld"))[0] == "vroeg-eropaf"  # signal synonym and huur+schuld
    assert ids(mini_index.search("schuldsanering"))[0] == "schuldhulp-loket"  # curated group
    hit = mini_index.search("bank").hits[0]  # part of "bankslapers"
    assert hit.id == "bankslapers-unit" and hit.matched[0].kind in {"compound", "prefix"}


def test_situation_combines_signals_target_groups_and_words(mini_index: SearchIndex) -> None:
    response = mini_index.search("jongen van 17 verlaat de jeugdzorg zonder netwerk")
    assert ids(response)[0] == "vertrektraining"
    assert response.hits[0].coverage == 1.0
    assert "zonder" in response.words and "van" not in response.words


def test_weak_words_alone_match_nothing(mini_index: SearchIndex) -> None:
    assert ids(mini_index.search("zonder")) == []


def test_elderly_is_not_parenting(mini_index: SearchIndex) -> None:
    assert ids(mini_index.search("oudere vrouw")) == ["ouderenproject"]


def test_prefix_of_the_last_word_while_typing(mini_index: SearchIndex) -> None:
    assert ids(mini_index.search("vertrektr"))[0] == "vertrektraining"
    assert ids(mini_index.search("critical time inter"))[0] == "critical-time-intervention"


def test_exact_title_outranks_a_mention(mini_index: SearchIndex) -> None:
    assert ids(mini_index.search("activering"))[0] == "activering"


def test_stronger_evidence_wins_a_tie() -> None:
    same = "Begeleiding naar betaald werk."
    records = [
        record("zwak", "Werkaanpak A", same, signals=["werkloosheid"]),
        record("sterk", "Werkaanpak B", same, signals=["werkloosheid"], evidence={"level": "effectief"}),
    ]
    index = SearchIndex.build(mini_kb(records), synonyms=CURATED)  # type: ignore[arg-type]
    assert ids(index.search("werkloos")) == ["sterk", "zwak"]


def index_of(*records: Record, signals: list[Signal] | None = None) -> SearchIndex:
    """An index of just these records, without curated synonyms (the vocabularies of conftest)."""
    kb = mini_kb(list(records))
    if signals is not None:
        kb.signals = SignalsFile(signals=signals)
    return SearchIndex.build(kb, synonyms=CuratedSynonyms())  # type: ignore[arg-type]


def test_a_word_naming_an_urgent_signal_weighs_more() -> None:
    # two records match one word of the situation each, in the same way; the signal that puts a
    # home at more risk (signals.yaml weight) wins, as it does in the advisor
    signals = [
        validated(
            Signal, id="huurachterstand", label="Huurachterstand", condition="wonen", description="Huur niet betaald.",
            weight=1.25,
        ),
        validated(Signal, id="psychische-klachten", label="Stress", condition="gezondheid", description="Veel spanning."),
    ]
    index = index_of(
        record("stressaanpak", "Aanpak A", "Steun voor inwoners.", signals=["psychische-klachten"]),
        record("huuraanpak", "Aanpak B", "Steun voor inwoners.", signals=["huurachterstand"]),
        signals=signals,
    )
    assert ids(index.search("stress en huurachterstand")) == ["huuraanpak", "stressaanpak"]
    assert ids(index.search("stress")) == ["stressaanpak"]


def test_a_misspelt_word_brings_the_compounds_of_its_correction() -> None:
    index = index_of(
        record("loket", "Loket voor schuld", "Hulp."),
        record("huurschuld", "Aanpak huurschuld", "Hulp."),
        record("wonen", "Huur en wonen", "Hulp."),
    )
    found = ids(index.search("schuldd"))
    assert found[0] == "loket" and "huurschuld" in found


def test_a_misspelt_compound_is_split_like_its_correction() -> None:
    index = index_of(
        record("los", "Hulpverlening bij schulden", "Steun."),
        record("samen", "Schuldhulpverlening", "Steun."),
        record("ander", "Wonen in de wijk", "Steun."),
    )
    response = index.search("schuldhulpverleinng")
    assert ids(response)[:2] == ["samen", "los"]
    assert any(m.kind == "typo" and "schuld + hulpverlening" in m.term for m in response.hits[1].matched)


def test_the_head_of_a_compound_counts_less_than_what_it_is_about() -> None:
    # "huisuitzettingspreventie" is about evictions; prevention in general is a poorer answer
    index = index_of(
        record("preventie", "Preventie van eenzaamheid", "Voor ouderen."),
        record("uitzetting", "Aanpak bij huisuitzetting", "Voor huurders."),
    )
    assert ids(index.search("huisuitzettingspreventie")) == ["uitzetting", "preventie"]


def test_filters(mini_index: SearchIndex) -> None:
    assert ids(mini_index.search("schulden", kind="praktijkvoorbeeld")) == ["schuldhulp-loket"]
    assert "vroeg-eropaf" not in ids(mini_index.search("schulden", kind="praktijkvoorbeeld"))
    assert set(ids(mini_index.search("werk", level="effectief"))) == {"individuele-plaatsing-en-steun"}
    assert ids(mini_index.search("begeleiding", pillar="herstelzorg")) == ["housing-first"]
    assert ids(mini_index.search("schulden", condition="inkomen")) == ["schuldhulp-loket"]
    assert ids(mini_index.search("training", target_group="jongeren")) == ["vertrektraining"]
    assert ids(mini_index.search("schulden", kind="praktijkvoorbeeld", condition="wonen")) == []


def test_unknown_filter_value_names_the_nearest(mini_index: SearchIndex) -> None:
    with pytest.raises(ValueError, match="bedoel je 'interventie'"):
        mini_index.search("x", kind="interventi")


def test_limit_and_total(mini_index: SearchIndex) -> None:
    response = mini_index.search("begeleiding", limit=1)
    assert len(response.hits) == 1 and response.total >= 2
    assert mini_index.search("begeleiding", limit=0).hits == []


def test_nothing_found_suggests_similar_titles(mini_index: SearchIndex) -> None:
    response = mini_index.search("Vertraktrening zzqx")
    assert response.hits == [] or response.hits[0].id == "vertrektraining"
    response = mini_index.search("Housng Frst Nederlnd qqq")
    if not response.hits:
        assert response.suggestions and response.suggestions[0].record.id == "housing-first"
    assert mini_index.search("xqzv wprt").suggestions == []


def test_empty_and_stop_word_queries_say_why(mini_index: SearchIndex) -> None:
    assert "Lege zoekvraag" in (mini_index.search("   ").notice or "")
    assert "veelvoorkomende" in (mini_index.search("de en het").notice or "")
    assert mini_index.search("?!").hits == []


def test_huge_input_is_cut_not_crashed(mini_index: SearchIndex) -> None:
    response = mini_index.search("housing first " * 20_000)
    assert response.truncated and ids(response)[0] == "housing-first"
    assert len(response.words) <= 48


def test_hits_are_sorted_and_explained(mini_index: SearchIndex) -> None:
    response = mini_index.search("begeleiding bij werk en schulden", limit=20)
    keys = [h.score * h.coverage for h in response.hits]
    assert keys == sorted(keys, reverse=True)
    for hit in response.hits:
        assert hit.matched and 0 < hit.coverage <= 1
        for match in hit.matched:
            query = response.query.lower()
            assert match.query in query or match.query.replace(" ", "") in query.replace(" ", "")


def test_search_is_safe_from_threads(mini_index: SearchIndex) -> None:
    queries = ["cti", "huurachterstnd", "uit huis gezet", "schuldsanering", "jongen van 17 zonder netwerk"] * 20
    expected = {q: ids(mini_index.search(q)) for q in set(queries)}
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda q: (q, ids(mini_index.search(q))), queries))
    assert all(found == expected[q] for q, found in results)


def test_build_does_not_mutate_records() -> None:
    before = [to_json(r) for r in RECORDS]
    SearchIndex.build(mini_kb(), synonyms=CURATED)  # type: ignore[arg-type]
    assert [to_json(r) for r in RECORDS] == before


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300), limit=st.integers(min_value=0, max_value=15))
def test_any_input_gives_a_well_formed_answer(mini_index: SearchIndex, text: str, limit: int) -> None:
    response = mini_index.search(text, limit=limit)
    assert len(response.hits) <= limit
    assert len(response.hits) <= response.total or not response.hits
    assert len({h.id for h in response.hits}) == len(response.hits)
    for hit in response.hits:
        assert hit.score > 0 and hit.matched
