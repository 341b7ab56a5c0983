"""A query's work on a large index is bounded (postings.HEAD, QUERY_BUDGET), and the ranking's
shortcuts for large levels rank exactly as scoring every record would."""

from __future__ import annotations

import heapq
from array import array
from types import SimpleNamespace

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from adviseur.search import ranking
from adviseur.search.postings import HEAD, MIN_HEAD, QUERY_BUDGET, Postings
from adviseur.search.query import Candidate


def postings_of(n: int, first: int = 0) -> Postings:
    docs = array("i", range(first, first + n))
    scores = array("d", [1.0 + (d * 7919) % 1000 / 100 for d in docs])  # varied, no order by doc
    return Postings.of(docs, scores, bytes(n))


def term(name: str) -> Candidate:
    return Candidate((0,), name, (name,), "term", "exact", 1.0, name)


def budget_of(index: SimpleNamespace, candidates: list[Candidate]) -> int:
    """What `ranking.run` reads of each cut term for these candidates."""
    return ranking._head_budget(index, candidates, ranking._strongest_factors(candidates))  # type: ignore[arg-type]


def test_a_cut_terms_head_is_its_weightiest_records_weightiest_first() -> None:
    small, large = postings_of(HEAD), postings_of(HEAD * 3)
    assert not small.is_cut and small.head(10) == (small.head_docs, small.head_scores)
    assert large.is_cut and len(large.head_docs) == HEAD
    assert list(large.head_scores) == sorted(large.head_scores, reverse=True)
    assert min(large.head_scores) >= sorted(large.scores, reverse=True)[HEAD - 1]
    docs, scores = large.head(100)
    assert list(docs) == list(large.head_docs[:100]) and list(scores) == list(large.head_scores[:100])


def test_an_explanation_cites_only_postings_the_query_read() -> None:
    large, small = postings_of(HEAD * 3), postings_of(50)
    read, unread = large.head_docs[99], large.head_docs[100]
    beyond = next(d for d in large.docs if d not in set(large.head_docs))
    assert large.read(read, 100) == large.lookup(read) is not None
    assert large.read(unread, 100) is None and large.read(unread, HEAD) == large.lookup(unread)
    assert large.lookup(beyond) is not None and large.read(beyond, HEAD) is None
    assert small.read(small.docs[-1], 1) == small.lookup(small.docs[-1])  # an uncut term is read whole


def test_only_a_query_over_many_cut_terms_reads_less_of_each() -> None:
    terms = {f"t{i}": postings_of(HEAD * 2, first=i * 10) for i in range(40)}
    terms["klein"] = postings_of(50)
    index = SimpleNamespace(postings=terms)
    few = [term(f"t{i}") for i in range(QUERY_BUDGET // HEAD)] + [term("klein")]
    assert budget_of(index, few) == HEAD
    many = [term(f"t{i}") for i in range(40)]
    assert budget_of(index, many) == max(MIN_HEAD, HEAD * QUERY_BUDGET // (40 * HEAD))
    assert MIN_HEAD <= budget_of(index, many) < HEAD
    # a term that several variants of one word reach is read, and counted, once
    assert budget_of(index, many + many) == budget_of(index, many)
    assert ranking._strongest_factors([term("t1"), Candidate((0,), "t1", ("t1",), "term", "typo", 0.7, "t1")]) == {
        (0, "t1"): 1.0
    }


@settings(max_examples=200, deadline=None)
@given(
    values=st.dictionaries(st.integers(0, 400), st.floats(0.01, 50.0), min_size=1, max_size=150),
    priors=st.lists(st.sampled_from([1.0, 1.02, 1.05, 1.1]), min_size=401, max_size=401),
    exact=st.sets(st.integers(0, 400), max_size=3),
    weight=st.sampled_from([1.0, 1.25, 0.8]),
    limit=st.integers(1, 12),
)
def test_a_one_word_ranking_is_that_of_scoring_every_record(
    values: dict[int, float], priors: list[float], exact: set[int], weight: float, limit: int
) -> None:
    """Keys without ties: the top is then the `limit` highest keys, however it is found."""
    bonus = {d: 1.0 + 1e-6 if d in exact else 1.0 for d in values}
    keys = {d: v * weight * priors[d] * (1.0 if weight == 1.0 else weight) * bonus[d] for d, v in values.items()}
    assume(len(set(keys.values())) == len(keys))
    index = SimpleNamespace(prior=priors, top_prior=max(priors))
    top, count, total = ranking._top(index, [values], limit, None, exact, [weight])  # type: ignore[arg-type]
    assert total == len(values) and set(count) == set(values)
    assert [d for d, _ in top] == heapq.nlargest(limit, keys, key=keys.__getitem__)
