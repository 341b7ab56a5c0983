"""Search precision and browsing on the shipped knowledge: a compound part matches only words
that carry its meaning, the loose tail is told apart from the strong hits, filters without words
list every matching record, and the 'waarom' line reads in the user's words."""

from __future__ import annotations

import pytest

from adviseur.search.compounds import carries
from adviseur.search.index import SearchIndex
from adviseur.search.results import LEVEL_INTERNATIONAL, LEVEL_UNSTATED, Hit, Match, strong_and_loose

LEXICALISED = ("huisarts", "huishoud", "ziekenhuis")


@pytest.fixture(scope="module")
def index(kb) -> SearchIndex:
    return SearchIndex.build(kb)


def test_uit_huis_gezet_never_reaches_a_gp_or_a_household_budget(index: SearchIndex) -> None:
    response = index.search("uit huis gezet", limit=500)
    terms = {m.term for hit in response.hits for m in hit.matched}
    assert not [t for t in terms if any(word in t for word in LEXICALISED)]
    assert any("huisuitzetting" in t for t in terms)  # the part still finds what it means
    assert response.total < 122 // 2  # 122 before, most of them through huisarts and the like


def test_a_lexicalised_word_is_neither_offered_for_its_part_nor_split_into_it(index: SearchIndex) -> None:
    assert carries("huis", "huisuitzetting") and not carries("huis", "huisartsen")
    assert "huisartsen" not in index.vocabulary.compounds_with("huis")
    assert "huisvesting" in index.vocabulary.compounds_with("huis")
    found = index.search("huisarts", limit=10)
    assert all(m.term != "huisvesting" for hit in found.hits for m in hit.matched)


def test_strong_hits_come_first_and_the_loose_tail_is_set_apart(index: SearchIndex) -> None:
    hits = index.search("uit huis gezet", limit=100).hits
    strong, loose = strong_and_loose(hits)
    assert strong and loose and strong + loose == hits  # the ranking puts every strong hit first
    assert all(h.coverage > max(x.coverage for x in loose) for h in strong)
    # when no hit matches every word, nothing is tucked away
    partial = [Hit(h.record, h.score, h.matched, 0.5) for h in hits[:3]]
    assert strong_and_loose(partial) == (partial, [])


def test_filters_without_words_list_every_matching_record(index: SearchIndex, kb) -> None:
    interventions = [r for r in kb.records if r.kind == "interventie"]
    first = index.browse(kind="interventie", limit=20)
    assert first.total == len(interventions) > 20 and len(first.hits) == 20
    every = index.browse(kind="interventie", limit=first.total)
    assert sorted(h.id for h in every.hits) == sorted(r.id for r in interventions)
    assert [h.id for h in every.hits[:20]] == [h.id for h in first.hits]  # a page is the start of the next
    levels = [h.record.evidence.level for h in every.hits if h.record.evidence and h.record.evidence.level]
    assert levels[0] == "effectief"  # the stronger evidence first


def test_the_evidence_filter_knows_international_and_unstated(index: SearchIndex, kb) -> None:
    assert {LEVEL_INTERNATIONAL, LEVEL_UNSTATED} <= set(index.facet_values("level"))
    international = index.browse(level=LEVEL_INTERNATIONAL, limit=100)
    assert {h.id for h in international.hits} == {r.id for r in kb.records if r.evidence and r.evidence.international}
    assert {"housing-first", "critical-time-intervention"} <= {h.id for h in international.hits}
    unstated = index.browse(level=LEVEL_UNSTATED, limit=100)
    assert unstated.total and all(h.record.evidence and not h.record.evidence.level for h in unstated.hits)
    assert index.search("wonen", level=LEVEL_UNSTATED, limit=50).hits  # with words as well


def test_why_it_matched_reads_in_words_a_user_knows() -> None:
    assert str(Match("huis", "huisuitzetting", "compound", "title")) == "huis → huisuitzetting (in de titel)"
    assert str(Match("cti", "CTI", "alias", "aliases")) == "CTI (naam of afkorting)"
    assert str(Match("frist", "first", "typo", "title")) == "frist → first (tikfout, in de titel)"
    for kind in ("compound", "stem", "synonym", "prefix", "alias"):
        text = str(Match("a", "b", kind, "summary"))
        assert not any(word in text for word in ("samenstelling", "woordstam", "synoniem", "begin van woord"))


def test_a_word_a_phrase_explains_is_not_explained_again() -> None:
    from adviseur.search.results import why_text

    phrase = Match("uit huis gezet", "signaal: Dreigende huisuitzetting", "synonym", "signals")
    word = Match("huis", "huisuitzetting", "compound", "title")
    other = Match("schulden", "schulden", "exact", "summary")
    assert why_text([word, phrase, other]) == f"{phrase}; {other}"
    assert why_text([word, other], 1) == str(word)
