"""What `adviseur run --report/--save/--compare` does after a flow has run, in one place.

Kept out of the CLI module so the command line stays a thin face (parse, call, print) and the
order of things is tested here: the earlier scan is looked up *before* the new one is saved (a
scan is never compared with itself), and a report that cannot be written is noticed before
anything is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from adviseur.advice.recommend import Advice
from adviseur.flows.outcome import FlowOutcome
from adviseur.flows.runtime import Program
from adviseur.knowledge.loader import KnowledgeBase
from adviseur.reports import build_report, texts
from adviseur.reports.build import wants_advice
from adviseur.reports.model import Comparison
from adviseur.reports.scans import compare_with_record, previous_scan, save_scan
from adviseur.reports.write import ReportError, report_format, write_report
from adviseur.store import ResultRecord, Store


@dataclass
class RunExtras:
    report: Path | None = None
    report_format: str | None = None
    saved: ResultRecord | None = None
    comparison: Comparison | None = None
    messages: list[str] = field(default_factory=list)
    """Dutch lines for the user (what was written, saved or not found)."""

    def to_json(self) -> dict[str, Any]:
        comp = self.comparison
        return {
            "report": str(self.report) if self.report else None,
            "saved": None if self.saved is None else {"label": self.saved.label, "saved_at": self.saved.saved_at},
            "comparison": None if comp is None else comp.to_json(),
        }


def finish_run(
    outcome: FlowOutcome,
    program: Program,
    *,
    report: Path | None = None,
    save: str | None = None,
    compare: str | None = None,
    advice: Advice | None = None,
    kb: KnowledgeBase | None = None,
    store: Store | None = None,
    today: date | None = None,
) -> RunExtras:
    """Compare with the previous scan under `compare`, write `report`, then save under `save`.

    Raises ReportError (or the store's StoreError) with a Dutch message."""
    extras = RunExtras(report=report)
    if report is not None:
        extras.report_format = report_format(report)
    label = (save or "").strip() or None
    if save is not None and label is None:
        raise ReportError(texts.EMPTY_LABEL)
    if label is not None and not outcome.finished:
        raise ReportError(texts.SAVE_UNFINISHED)
    if (save is not None or compare is not None) and store is None:
        store = Store()
    if compare is not None:
        wanted = compare.strip()
        known_problems = len(store.problems)
        earlier = previous_scan(outcome.flow_id, wanted, store)
        for problem in store.problems[known_problems:]:  # never fall back to an older scan silently
            extras.messages.append(texts.DAMAGED_SCAN.format(problem=problem))
        if earlier is None:
            extras.messages.append(texts.NO_EARLIER_SCAN.format(label=wanted, flow=outcome.flow_id))
        else:
            extras.comparison = compare_with_record(earlier, outcome, label=wanted, program=program, today=today)
            extras.messages.append(texts.COMPARED.format(label=earlier.label or wanted, date=extras.comparison.earlier_date or "?"))
    if report is not None:
        if kb is None:
            from adviseur.knowledge import load_knowledge

            kb = load_knowledge()
        built = build_report(
            outcome,
            program,
            kb,
            advice=advice if wants_advice(outcome) else None,
            comparison=extras.comparison,
            subject=label or (compare.strip() if compare else None),
            today=today,
        )
        write_report(report, built)
        extras.messages.append((texts.WRITTEN_PRIVATE if built.private else texts.WRITTEN).format(path=report))
    if label is not None:
        extras.saved = save_scan(outcome, label, store, casework=program.flow.casework)
        extras.messages.append(texts.SAVED.format(label=label))
    return extras
