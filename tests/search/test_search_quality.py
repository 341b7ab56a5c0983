"""Quality floors on the labelled queries (tests/search/queries.yaml) and the shipped knowledge.

The floors are the issue's targets where the engine meets them. Where it does not yet, two tests
stand side by side: a regression floor just under today's number (a drop fails CI), and the
target itself as a strict xfail (reaching it fails too, so the floor gets raised). See
benchmarks/search_quality.py for the full table next to the baselines, and its --split option
for the tuning and held-out halves that every ranking change is checked on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from adviseur.search.index import SearchIndex
from benchmarks.search_eval.baselines import BASELINES
from benchmarks.search_eval.evaluation import CATEGORIES, HALVES, evaluate, half_of, load_queries, split_halves

from .conftest import ids

QUERIES = Path(__file__).with_name("queries.yaml")


@pytest.fixture(scope="module")
def queries():  # noqa: ANN201
    return load_queries(QUERIES)


@pytest.fixture(scope="module")
def report(real_index: SearchIndex, queries) -> dict:  # noqa: ANN001
    return evaluate(lambda q: ids(real_index.search(q, limit=10)), queries)


def test_the_labelled_set_is_complete_and_points_at_real_records(queries, kb) -> None:  # noqa: ANN001
    hand_written = [q for q in queries if q.category != "typo"]
    assert len(hand_written) >= 150
    assert {q.category for q in queries} == {"name", "abbreviation", "typo", "synonym", "compound", "situation"}
    assert sum(1 for q in queries if q.category == "typo") >= 100
    unknown = {rid for q in queries for rid in q.relevant if rid not in kb.by_id}
    assert not unknown, f"labels point at records that do not exist: {sorted(unknown)}"
    for q in queries:
        assert all(1 <= grade <= 3 for grade in q.relevant.values()), q.text


def test_typo_queries_are_generated_not_written(queries) -> None:  # noqa: ANN001
    again = load_queries(QUERIES)
    typos = [(q.source, q.text) for q in queries if q.category == "typo"]
    assert typos == [(q.source, q.text) for q in again if q.category == "typo"]  # seeded
    assert all(source != text for source, text in typos)


def test_the_held_out_half_is_fixed_and_covers_every_category(queries) -> None:  # noqa: ANN001
    halves = split_halves(queries)
    assert set(halves) == set(HALVES)
    assert [half_of(q) for q in queries] == [half_of(q) for q in load_queries(QUERIES)]  # no randomness
    for half in halves.values():
        assert {q.category for q in half} == set(CATEGORIES)
        assert 0.35 < len(half) / len(queries) < 0.65
    by_text = {q.text: half_of(q) for q in queries if q.category != "typo"}
    assert all(half_of(q) == by_text[q.source] for q in queries if q.category == "typo")  # never split up


# --- targets met ---------------------------------------------------------------------------------


def test_names_and_abbreviations_come_first(report: dict) -> None:
    assert report["name"]["success@1"] >= 0.95
    assert report["abbreviation"]["success@1"] >= 0.95


def test_situations_find_what_an_expert_would_want(report: dict) -> None:
    assert report["situation"]["recall@10"] >= 0.80


def test_typos_are_forgiven(report: dict) -> None:
    assert report["typo"]["recall@5"] >= 0.90


def test_hardly_any_query_finds_nothing(report: dict) -> None:
    assert report["overall"]["zero_results"] <= 0.02


def test_clearly_better_than_every_baseline(report: dict, kb, queries) -> None:  # noqa: ANN001
    baselines = {name: evaluate(make(kb), queries)["overall"]["mrr@10"] for name, make in BASELINES.items()}
    assert report["overall"]["mrr@10"] >= max(baselines.values()) + 0.15, baselines


# --- regression floors where the target is not met yet ---------------------------------------------


def test_synonyms_and_compounds_regression_floor(report: dict) -> None:
    assert report["synonym"]["recall@5"] >= 0.80
    assert report["compound"]["recall@5"] >= 0.75


@pytest.mark.xfail(strict=True, reason="target not met yet: synonym ~0.82 and compound ~0.77 Recall@5")
def test_synonyms_and_compounds_target(report: dict) -> None:
    assert report["synonym"]["recall@5"] >= 0.85
    assert report["compound"]["recall@5"] >= 0.85


# --- the issue's own examples, on the shipped knowledge ----------------------------------------------


def with_signal(index: SearchIndex, signal: str) -> set[str]:
    return {r.id for r in index.records if signal in r.signals}


def test_issue_examples(real_index: SearchIndex) -> None:
    hit = real_index.search("huurachterstnd").hits[0]
    assert "huurachterstand" in hit.record.signals or "huurachterstand" in hit.record.title.lower()
    assert any(str(m).startswith("huurachterstnd → huurachterstand") for m in hit.matched)
    assert ids(real_index.search("housing frist"))[0] == "housing-first"
    for abbreviation, record_id in {
        "CTI": "critical-time-intervention",
        "IPS": "individuele-plaatsing-en-steun",
        "FACT": "flexible-assertive-community-treatment",
        "WRAP": "wellness-recovery-action-planning",
    }.items():
        assert ids(real_index.search(abbreviation))[0] == record_id


@pytest.mark.parametrize("query", ["uit huis gezet", "ontruiming", "deurwaarder"])
def test_everyday_words_reach_the_signal(real_index: SearchIndex, query: str) -> None:
    found = ids(real_index.search(query, limit=5))
    assert set(found) <= with_signal(real_index, "dreigende-huisuitzetting") | {
        r.id for r in real_index.records if "huisuitzetting" in r.title.lower()
    }
    assert len(found) == 5


def test_compounds_and_situations(real_index: SearchIndex) -> None:
    assert set(ids(real_index.search("huurschuld", limit=5))) & with_signal(real_index, "huurachterstand")
    assert ids(real_index.search("schuldhulp", limit=3))
    top = ids(real_index.search("jongen van 17 verlaat de jeugdzorg zonder netwerk", limit=3))
    assert "vertrektraining" in top


def test_situation_example_from_the_issue(real_index: SearchIndex) -> None:
    # the rent arrears weigh as signals.yaml says (1.25), more than the stress and the mother
    top = set(ids(real_index.search("alleenstaande moeder met huurachterstand en veel stress", limit=10)))
    assert top & with_signal(real_index, "huurachterstand")
