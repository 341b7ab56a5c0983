"""A comparison and a timeline list the scores the flow's result step shows (its `groups:`), as the
results screen and the report do (`rows.score_rows`).

The zelfscan's sections voorzorg, herstelzorg and inclusief_wonen count the same questions as the
pillars of the same name; its result step leaves them out, so each pillar is listed once. Without
this, a comparison of two scans and the timeline listed 'Voorzorg' next to 'Pijler voorzorg: een
thuis behouden', with the same numbers.
"""

from __future__ import annotations

import copy
from typing import Any

from adviseur.reports.compare import compare_payloads, shown_scores
from adviseur.reports.rows import score_rows
from adviseur.reports.scanset import SavedScan, score_lines
from adviseur.reports.timeline import build_timeline
from tests.reports.helpers import scenario
from tests.reports.scan_helpers import tijdstad

TWINS = {"voorzorg", "herstelzorg", "inclusief_wonen"}
"""Sections the zelfscan's result step does not show (their pillars say the same)."""


def _payloads() -> tuple[Any, list[dict[str, Any]]]:
    program, scans = tijdstad()
    return program, [dict(scan.payload) for scan in scans]


def _without_groups(payload: dict[str, Any]) -> dict[str, Any]:
    """The payload of a scan saved when the result step named no groups (an older flow)."""
    older = copy.deepcopy(payload)
    for result in older["results"]:
        result["groups"] = []
    return older


def test_a_comparison_lists_each_pillar_once_like_the_results_screen() -> None:
    program, (first, _, last) = _payloads()
    assert TWINS <= set(last["scores"])  # the engine scores them: the result step leaves them out
    comparison = compare_payloads(first, last, earlier_label="2023", later_label="2025", program=program)
    ids = [row.id for row in comparison.rows]
    assert not TWINS & set(ids)
    assert "pijler_voorzorg" in ids and len(ids) == len(set(ids))
    _, outcome = scenario("zelfscan", "tijdstad-2025")
    on_screen = [row.id for row in score_rows(outcome, program)]
    assert ids == on_screen  # the same scores, in the same order, as the result shows


def test_a_timeline_lists_each_pillar_once() -> None:
    program, scans = tijdstad()
    timeline = build_timeline(scans, program=program)
    ids = [line.id for line in timeline.lines]
    assert not TWINS & set(ids) and {"pijler_voorzorg", "analyse", "relaties"} <= set(ids)
    assert timeline.comparison is not None and not TWINS & {row.id for row in timeline.comparison.rows}


def test_the_latest_scan_decides_and_the_flow_as_it_is_now_stands_in_for_older_scans() -> None:
    program, (first, _, last) = _payloads()
    old_first, old_last = _without_groups(first), _without_groups(last)
    # the latest scan names the groups: an older scan without them does not bring the twins back
    assert shown_scores([old_first, last]) == shown_scores([last])
    # neither names any: the flow as it is now chooses ...
    assert shown_scores([old_first, old_last], program) == shown_scores([last])
    compared = compare_payloads(old_first, old_last, earlier_label="a", later_label="b", program=program)
    assert not TWINS & {row.id for row in compared.rows}
    # ... and without the flow every score is listed, as the result showed it then
    assert shown_scores([old_first, old_last]) is None
    unfiltered = compare_payloads(old_first, old_last, earlier_label="a", later_label="b")
    assert TWINS <= {row.id for row in unfiltered.rows}
    lines = score_lines([SavedScan("u", "zelfscan", "X", "2025-01-01", payload=old_last)])
    assert TWINS <= {line.id for line in lines}
