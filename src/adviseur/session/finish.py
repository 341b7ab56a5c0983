"""Finishing a flow: from the engine's outcome to the one `RunResult`, then writing and saving.

The app and the command line both come here, so a finished flow is advised, compared and
reported one way. Two steps, because a face may need to check things in between (the command
line refuses an unknown `--why-not` id before anything is written):

1. `finish` builds the result: it advises (with the signals the professional confirmed) and,
   when asked, compares with the scan saved before under the same name. It reads, never writes.
2. `keep` writes the report and saves the scan, in that order: a report that cannot be written
   is noticed before anything is saved. The earlier scan was looked up in step 1, *before* the
   new one is saved, so a scan is never compared with itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from adviseur.flows.language.runtime import Program
from adviseur.flows.run.outcome import FlowOutcome
from adviseur.knowledge import KnowledgeBase
from adviseur.reports import texts as report_texts
from adviseur.reports.render import ReportError, report_format
from adviseur.reports.result import RunResult, build_result
from adviseur.session import texts
from adviseur.session.advise import AdviceResult, advise

if TYPE_CHECKING:
    from adviseur.reports.model import Comparison
    from adviseur.session.history import Respondent
    from adviseur.store import ResultRecord, Store

def finish(
    outcome: FlowOutcome,
    program: Program | None,
    *,
    kb: KnowledgeBase | None = None,
    confirmed: Iterable[str] = (),
    compare: str | None = None,
    comparison: Comparison | None = None,
    subject: str | None = None,
    case: AdviceResult | None = None,
    store: Store | None = None,
    today: date | None = None,
) -> RunResult:
    """The result of a flow. `compare` names the saved scan to compare with (looked up here);
    a face that looked it up before passes `comparison` instead. `case` is advice computed
    already (the scenario runner, tests); otherwise the outcome is advised here.

    Advice is optional: if it fails, the result says so in `notices` and has no advice, rather
    than losing the run. The store's StoreError is raised (with a Dutch message)."""
    if kb is None:
        from adviseur.knowledge import load_knowledge

        kb = load_knowledge()
    notices: list[str] = []
    if compare is not None and comparison is None and outcome.finished:  # a half scan is not compared
        from adviseur.session.scans import compare_with_previous  # the store, only when it is asked

        lookup = compare_with_previous(outcome, compare, program=program, store=store, today=today)
        comparison = lookup.comparison
        notices += lookup.messages
    if case is None:
        try:
            case = advise(outcome, kb=kb, confirmed=confirmed)
        except Exception as exc:  # noqa: BLE001 - advice is optional here; its error must not hide the run
            notices.append(texts.ADVICE_FAILED.format(error=exc))
    if subject is None and compare is not None:
        subject = compare.strip() or None
    return build_result(
        outcome,
        program,
        kb,
        advice=case.advice if case is not None else None,
        comparison=comparison,
        subject=subject,
        notices=notices,
    )


@dataclass
class Kept:
    """What `keep` wrote and saved, and what to tell the user about it."""

    report: Path | None = None
    report_format: str | None = None
    saved: ResultRecord | None = None
    messages: list[str] = field(default_factory=list)
    """Dutch lines for the user (what was written or saved)."""


def check_save_label(save: str | None, *, finished: bool) -> str | None:
    """The label to save under, stripped; ReportError for an empty one or an unfinished flow.
    A face may call this before `finish`, to refuse before anything is looked up."""
    if save is None:
        return None
    label = save.strip()
    if not label:
        raise ReportError(report_texts.EMPTY_LABEL)
    if not finished:
        raise ReportError(report_texts.SAVE_UNFINISHED)
    return label


def keep(
    run: RunResult,
    *,
    report: Path | None = None,
    save: str | None = None,
    store: Store | None = None,
    today: date | None = None,
    respondent: Respondent | None = None,
    round: str | None = None,
    made: date | None = None,
) -> Kept:
    """Write `report` (Markdown or HTML, by its suffix), then save the scan under `save` (as a
    partner's answers when a `respondent` is given, see `save_scan`); `made` is the day the scan
    was made when that was not today (a scan entered afterwards).

    Raises ReportError (or the store's StoreError) with a Dutch message; nothing is saved when
    the report could not be written."""
    label = check_save_label(save, finished=run.finished)
    kept = Kept(report=report)
    if report is not None:
        kept.report_format = report_format(report)
        from adviseur.session.report import write_run_report  # the renderers, only when a report is asked for

        written = write_run_report(report, run, today=today)
        kept.messages.append((report_texts.WRITTEN_PRIVATE if written.private else report_texts.WRITTEN).format(path=report))
    if label is not None:
        from adviseur.session.scans import save_scan

        kept.saved = save_scan(
            run.outcome, label, store, casework=run.casework, respondent=respondent, round=round, made=made
        )
        if respondent is None:
            kept.messages.append(report_texts.SAVED.format(label=label))
        else:
            kept.messages.append(texts.SAVED_PARTNER.format(label=label, round=kept.saved.round, id=kept.saved.id))
    return kept
