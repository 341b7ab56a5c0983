"""Saved scans: keep a finished scan under a label (the municipality) and find the one before it.

A scan is stored as a result in the store (`adviseur.store`), its payload the outcome as JSON
without sensitive answers, so next year's scan can be compared with it even after the flow has
changed. The label is what the user calls the scan ("Gemeente Voorbeeld"); matching ignores case,
as the store does.

Here in the application layer because it joins the store (below) with the comparison of
`adviseur.reports.compare` (below too); neither of them knows the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from adviseur.flows.language.model import AnswerKind
from adviseur.flows.language.runtime import Program
from adviseur.flows.run.outcome import FlowOutcome
from adviseur.reports import texts as report_texts
from adviseur.reports.compare import compare_payloads
from adviseur.reports.model import Comparison
from adviseur.session import texts
from adviseur.store import ResultRecord, SetAside, Store

if TYPE_CHECKING:
    from adviseur.session.history import Respondent

MAX_LABEL = 80
"""A scan's label is a name (a municipality, a team), not a paragraph."""


def scan_label(outcome: FlowOutcome, program: Program | None) -> str | None:
    """What a scored flow's result is about: its first short, non-sensitive free-text answer
    (the municipality or team), to save the scan under and compare with; None for other flows."""
    if not outcome.scores or program is None:
        return None
    for entry in outcome.transcript:
        question = program.nodes[entry.node].question if entry.kind == "question" else None
        if question is not None and question.kind == AnswerKind.TEXT and isinstance(entry.answer, str) and not entry.sensitive:
            text = entry.answer.strip()
            if text and len(text) <= MAX_LABEL:
                return text
    return None


def scan_payload(outcome: FlowOutcome) -> dict[str, Any]:
    """What is kept of a scan: everything but the answers the flow marks sensitive."""
    return outcome.to_json(include_sensitive=False)


def save_scan(
    outcome: FlowOutcome,
    label: str,
    store: Store | None = None,
    *,
    casework: bool = False,
    respondent: Respondent | None = None,
    round: str | None = None,
    made: date | None = None,
) -> ResultRecord:
    """Keep the scan; a casework result expires with the casework sessions (see `Store`). With a
    `respondent` it is a partner's answers for a combined scan (in `round`, default this year),
    not a scan of the municipality's own timeline. `made`: the day it was made, if not today
    (noon UTC, so it is that day in every Dutch time zone)."""
    store = store or Store()
    when = datetime.combine(made, time(12), tzinfo=UTC) if made is not None else None
    if respondent is not None and round is None:
        round = str((when or store.clock()).year)
    return store.save_result(
        outcome.flow_id,
        label.strip(),
        scan_payload(outcome),
        casework=casework,
        respondent=respondent.to_json() if respondent is not None else None,
        round=round.strip() if round else None,
        saved_at=when,
    )


def _is_scan(record: ResultRecord, flow_id: str) -> bool:
    payload = record.payload
    return isinstance(payload, dict) and payload.get("flow") == flow_id


def previous_scan(
    flow_id: str, label: str, store: Store | None = None, *, exclude: ResultRecord | None = None
) -> ResultRecord | None:
    """The most recent scan of `flow_id` the municipality saved under `label` itself (a
    partner's answers are not its previous scan), other than `exclude`."""
    records = (store or Store()).list_results(flow_id, label.strip())
    candidates = [
        r for r in records if _is_scan(r, flow_id) and r.respondent is None and (exclude is None or r.path != exclude.path)
    ]
    return candidates[-1] if candidates else None


def _day(saved_at: str) -> str | None:
    try:
        return date.fromisoformat(saved_at[:10]).isoformat()
    except ValueError:
        return None


def compare_with_record(
    earlier: ResultRecord,
    outcome: FlowOutcome,
    *,
    label: str,
    program: Program | None = None,
    today: date | None = None,
) -> Comparison:
    """Compare a fresh outcome with a saved scan."""
    return compare_payloads(
        earlier.payload,
        scan_payload(outcome),
        earlier_label=earlier.label or label,
        earlier_date=_day(earlier.saved_at),
        later_label=label,
        later_date=(today or date.today()).isoformat(),
        program=program,
    )


def compare_records(earlier: ResultRecord, later: ResultRecord, program: Program | None = None) -> Comparison:
    """Compare two saved scans (e.g. 2023 with 2024)."""
    return compare_payloads(
        earlier.payload,
        later.payload,
        earlier_label=earlier.label or earlier.flow_id,
        later_label=later.label or later.flow_id,
        earlier_date=_day(earlier.saved_at),
        later_date=_day(later.saved_at),
        program=program,
    )


@dataclass
class Lookup:
    """The comparison with the scan saved before under a label, and what to tell the user."""

    comparison: Comparison | None = None
    messages: list[str] = field(default_factory=list)
    """Dutch lines: compared with which scan, none found, or a damaged scan set aside."""


def compare_with_previous(
    outcome: FlowOutcome,
    label: str,
    *,
    program: Program | None = None,
    store: Store | None = None,
    today: date | None = None,
) -> Lookup:
    """Compare with the latest scan saved under `label`; look this up *before* saving the new
    scan, so that a scan is never compared with itself. A damaged saved scan is reported, never
    silently replaced by an older one."""
    store = store or Store()
    wanted = label.strip()
    lookup = Lookup()
    known_problems = len(store.problems)
    earlier = previous_scan(outcome.flow_id, wanted, store)
    for problem in store.problems[known_problems:]:
        damaged = isinstance(problem, SetAside)  # else too new: kept, and says so itself
        said = report_texts.DAMAGED_SCAN if damaged else texts.STORE_PROBLEM
        lookup.messages.append(said.format(problem=problem))
    if earlier is None:
        lookup.messages.append(report_texts.NO_EARLIER_SCAN.format(label=wanted, flow=outcome.flow_id))
        return lookup
    lookup.comparison = compare_with_record(earlier, outcome, label=wanted, program=program, today=today)
    when = lookup.comparison.earlier_date or "?"
    lookup.messages.append(report_texts.COMPARED.format(label=earlier.label or wanted, date=when))
    return lookup
