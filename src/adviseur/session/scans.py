"""Saved scans: keep a finished scan under a label (the municipality) and find the one before it.

A scan is stored as a result in the store (`adviseur.store`), its payload the outcome as JSON
without sensitive answers, so next year's scan can be compared with it even after the flow has
changed. The label is what the user calls the scan ("Gemeente Voorbeeld"); matching ignores case,
as the store does.
"""

from __future__ import annotations

from datetime import date

from adviseur.flows.outcome import FlowOutcome
from adviseur.flows.runtime import Program
from adviseur.reports.compare import compare_payloads
from adviseur.reports.model import Comparison
from adviseur.store import ResultRecord, Store


def scan_payload(outcome: FlowOutcome) -> dict:
    """What is kept of a scan: everything but the answers the flow marks sensitive."""
    return outcome.to_json(include_sensitive=False)


def save_scan(outcome: FlowOutcome, label: str, store: Store | None = None, *, casework: bool = False) -> ResultRecord:
    """Keep the scan; a casework result expires with the casework sessions (see `Store`)."""
    return (store or Store()).save_result(outcome.flow_id, label.strip(), scan_payload(outcome), casework=casework)


def _is_scan(record: ResultRecord, flow_id: str) -> bool:
    payload = record.payload
    return isinstance(payload, dict) and payload.get("flow") == flow_id


def previous_scan(
    flow_id: str, label: str, store: Store | None = None, *, exclude: ResultRecord | None = None
) -> ResultRecord | None:
    """The most recent saved scan of `flow_id` under `label` (other than `exclude`)."""
    records = (store or Store()).list_results(flow_id, label.strip())
    candidates = [r for r in records if _is_scan(r, flow_id) and (exclude is None or r.path != exclude.path)]
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
