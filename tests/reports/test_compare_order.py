"""The order of answers in a scan comparison: every pair of answers lands in exactly one list.

Issue 14: "Weet ik niet → Deels" was shown as solved and "Ja → Deels" never showed as a step
back. These tests run every pair of the zelfscan's status answers and of Housing First's 1–4
rating through `compare_payloads`, with the expected direction written from the flow's points.
"""

from __future__ import annotations

from datetime import date
from itertools import product
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adviseur.reports import compare_payloads, render_html, render_markdown
from adviseur.reports.compare import STATUS_RANK, answer_rank
from adviseur.reports.model import Comparison, Report
from tests.reports.helpers import program

ZELFSCAN = program("zelfscan")
HOUSING_FIRST = program("housing-first")

#: The zelfscan's answers and the points its header promises (ja 2, deels 1, nee and weet ik niet 0).
STATUS_POINTS = {"ja": 2, "deels": 1, "nee": 0, "weet-niet": 0}
STATUS_LABELS = {c.id: c.label for c in ZELFSCAN.questions["analyse_cijfers"].choices.values()}


def _payload(flow: str, answers: dict[str, Any], labels: dict[str, str]) -> dict[str, Any]:
    return {"flow": flow, "version": "1.0", "answers": answers, "answer_texts": labels, "scores": {}}


def _lists(comp: Comparison) -> dict[str, list[str]]:
    return {
        "better": [c.key for c in comp.better],
        "worse": [c.key for c in comp.worse],
        "unchanged": [c.key for c in comp.unchanged],
        "other": [c.key for c in comp.other_changes],
    }


def _expected(before: float, after: float) -> str:
    return "better" if after > before else "worse" if after < before else "unchanged"


def test_the_flow_declares_the_points_the_test_assumes() -> None:
    """The expectations below come from the zelfscan header; if the flow changes, this says so."""
    q = ZELFSCAN.questions["analyse_cijfers"]
    assert {c.id: c.score for c in q.choices.values()} == STATUS_POINTS
    assert STATUS_RANK == STATUS_POINTS  # the fallback agrees with the flow


@pytest.mark.parametrize(("before", "after"), list(product(STATUS_POINTS, repeat=2)))
def test_every_pair_of_status_answers_lands_in_one_list(before: str, after: str) -> None:
    key = "analyse_cijfers"
    comp = compare_payloads(
        _payload("zelfscan", {key: before}, {key: STATUS_LABELS[before]}),
        _payload("zelfscan", {key: after}, {key: STATUS_LABELS[after]}),
        earlier_label="2023",
        later_label="2024",
        program=ZELFSCAN,
    )
    lists = _lists(comp)
    want = _expected(STATUS_POINTS[before], STATUS_POINTS[after])
    assert lists[want] == [key]
    assert sum(len(v) for v in lists.values()) == 1
    moved = {"better": comp.better, "worse": comp.worse, "unchanged": comp.unchanged}[want][0]
    assert (moved.before, moved.after, moved.question) == (STATUS_LABELS[before], STATUS_LABELS[after], "Lokale cijfers")


@pytest.mark.parametrize(("before", "after"), list(product(STATUS_POINTS, repeat=2)))
def test_without_the_flow_the_fallback_order_gives_the_same_answer(before: str, after: str) -> None:
    """An old scan whose question left the flow is still placed in the same order."""
    key = "vraag_die_er_niet_meer_is"
    comp = compare_payloads(
        _payload("zelfscan", {key: before}, {key: before}),
        _payload("zelfscan", {key: after}, {key: after}),
        earlier_label="a",
        later_label="b",
        program=ZELFSCAN,
    )
    assert _lists(comp)[_expected(STATUS_POINTS[before], STATUS_POINTS[after])] == [key]


@pytest.mark.parametrize(("before", "after"), list(product(range(1, 5), repeat=2)))
def test_every_pair_of_housing_first_ratings_lands_in_one_list(before: int, after: int) -> None:
    key = next(k for k, q in HOUSING_FIRST.questions.items() if q.node.scored)
    comp = compare_payloads(
        _payload("housing-first", {key: before}, {key: str(before)}),
        _payload("housing-first", {key: after}, {key: str(after)}),
        earlier_label="a",
        later_label="b",
        program=HOUSING_FIRST,
    )
    assert _lists(comp)[_expected(before, after)] == [key]


def test_the_two_cases_from_the_issue() -> None:
    """Weet ik niet → Deels is a step forward, not solved; Ja → Deels is a step back, and both
    faces of the report say so."""
    before = {"analyse_cijfers": "weet-niet", "analyse_oorzaken": "ja", "doelen_vastgelegd": "nee"}
    after = {"analyse_cijfers": "deels", "analyse_oorzaken": "deels", "doelen_vastgelegd": "weet-niet"}
    comp = compare_payloads(
        _payload("zelfscan", before, {k: STATUS_LABELS[v] for k, v in before.items()}),
        _payload("zelfscan", after, {k: STATUS_LABELS[v] for k, v in after.items()}),
        earlier_label="Gemeente A",
        later_label="Gemeente A",
        program=ZELFSCAN,
    )
    assert _lists(comp) == {
        "better": ["analyse_cijfers"],
        "worse": ["analyse_oorzaken"],
        "unchanged": ["doelen_vastgelegd"],
        "other": [],
    }
    report = Report("t", "zelfscan", "Zelfscan", "1.0", date(2024, 1, 1), True, comparison=comp)
    md = render_markdown(report)
    assert "### Achteruitgegaan (1)" in md and "- **Oorzaken en routes**: Ja → Deels, of in voorbereiding" in md
    assert md.index("Achteruitgegaan") < md.index("Vooruitgegaan")
    assert "opgelost" not in md and "gedicht" not in md
    html = render_html(report)
    worse = html[html.index('<div class="worse"'):]
    assert "Oorzaken en routes" in worse[: worse.index("</div>")]


@given(
    st.dictionaries(
        st.sampled_from(sorted(ZELFSCAN.questions)),
        st.tuples(st.sampled_from(sorted(STATUS_POINTS)), st.sampled_from(sorted(STATUS_POINTS))),
        max_size=12,
    )
)
def test_each_shared_scored_answer_is_in_exactly_one_list(pairs: dict[str, tuple[str, str]]) -> None:
    """Whatever mix of answers, the lists partition the questions both scans answered."""
    pairs = {k: v for k, v in pairs.items() if ZELFSCAN.questions[k].kind == "single" and ZELFSCAN.questions[k].base_max}
    comp = compare_payloads(
        _payload("zelfscan", {k: b for k, (b, _) in pairs.items()}, {k: b for k, (b, _) in pairs.items()}),
        _payload("zelfscan", {k: a for k, (_, a) in pairs.items()}, {k: a for k, (_, a) in pairs.items()}),
        earlier_label="a",
        later_label="b",
        program=ZELFSCAN,
    )
    lists = _lists(comp)
    assert sorted(lists["better"] + lists["worse"] + lists["unchanged"]) == sorted(pairs)
    assert lists["other"] == []
    for key in lists["worse"]:
        before, after = pairs[key]
        assert STATUS_POINTS[after] < STATUS_POINTS[before]


def test_unordered_and_one_sided_answers_are_other_changes_never_progress() -> None:
    comp = compare_payloads(
        _payload("zelfscan", {"gemeente": "A", "analyse_cijfers": "nee"}, {"gemeente": "A", "analyse_cijfers": "Nee"}),
        _payload("zelfscan", {"gemeente": "B", "analyse_oorzaken": "ja"}, {"gemeente": "B", "analyse_oorzaken": "Ja"}),
        earlier_label="a",
        later_label="b",
        program=ZELFSCAN,
    )
    lists = _lists(comp)
    assert lists == {"better": [], "worse": [], "unchanged": [], "other": ["gemeente", "analyse_oorzaken", "analyse_cijfers"]}
    assert [(c.before, c.after) for c in comp.other_changes][1:] == [("niet gevraagd", "Ja"), ("Nee", "niet gevraagd")]


def test_answer_rank_never_mixes_the_flow_order_with_the_fallback() -> None:
    # 'deels' is known to the flow, 'oud-antwoord' is not: neither order can place both
    assert answer_rank(ZELFSCAN, "analyse_cijfers", "oud-antwoord", "deels") is None
    assert answer_rank(ZELFSCAN, "gemeente", "A", "B") is None  # free text has no order
    assert answer_rank(None, "x", 2, 3) == (2.0, 3.0)
