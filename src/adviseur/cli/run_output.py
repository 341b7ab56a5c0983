"""`adviseur run` output: a finished flow's `RunResult` as text for a person, or as JSON.

Both only lay out what `adviseur.session.finish` computed, in the result's one order
(`RunResult.sections`): the safety steps first, then scores, the comparison, gaps, signals,
advice, the quiz review and the answers. The text is a summary for a terminal: the strengths,
the records the answers chose and the evidence appendix are in the report (`--report`) and in
the JSON. The JSON is the machine form, produced here at the edge and nowhere else; its schema
is documented in docs/json.md.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from adviseur.cli import texts

if TYPE_CHECKING:
    from adviseur.reports.model import Comparison, ItemRow
    from adviseur.reports.result import RunResult
    from adviseur.session.finish import Kept
    from adviseur.session.local import LocalNextToAdvice

JSON_SCHEMA_VERSION = 1
"""Raised when a key changes meaning or disappears (adding a key does not); see docs/json.md."""


# --- JSON ------------------------------------------------------------------------------------------
def run_json(
    run: RunResult,
    *,
    notes: list[str],
    why_not: list[str],
    kept: Kept | None = None,
    local: LocalNextToAdvice | None = None,
) -> dict[str, Any]:
    """The result as JSON (docs/json.md): the outcome's answers and scores, the one list of
    safety steps, the advice (each recommendation with its `local` services in the chosen
    municipality), the comparison and what was written or saved."""
    from adviseur.session.local import local_next_to

    outcome = run.outcome
    payload = outcome.to_json(include_sensitive=True)
    advice = run.advice_json
    comparison = run.comparison
    local = local or local_next_to(run.advice, run.kb)
    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "flow": outcome.flow_id,
        "version": outcome.flow_version,
        "finished": outcome.finished,
        "sections": list(run.sections),
        "path": outcome.path,
        "answers": payload["answers"],
        "scores": payload["scores"],
        "urgent": [
            {"title": u.title, "text": " ".join(u.text.split()), "acute": u.acute, "see_also": list(u.see_also)}
            for u in run.urgent
        ],
        "recommendations": [rec | {"local": local.json_for(str(rec["id"]))} for rec in advice.get("recommendations", [])],
        "local": local.to_json(),
        "plan": advice.get("plan", []),
        "suggested_signals": advice.get("suggested_signals", []),
        "why_not": {rid: run.why_not(rid) for rid in why_not} if run.advice is not None else {},
        "messages": payload["messages"],
        "signals": payload["signals"],
        "target_groups": payload["target_groups"],
        "strengths": [_item_json(row) for row in run.strengths],
        "gaps": payload["gaps"],
        "quiz": payload["quiz"],
        "variables": payload["variables"],
        "comparison": None if comparison is None else comparison.to_json(),
        "report": str(kept.report) if kept is not None and kept.report is not None else None,
        "saved": None if kept is None or kept.saved is None else {"label": kept.saved.label, "saved_at": kept.saved.saved_at},
        "notes": notes,
        "answer_notes": outcome.notes,
    }


def _item_json(row: ItemRow) -> dict[str, Any]:
    return {"question": row.key, "label": row.label, "section": row.section, "answer": row.answer, "percent": row.percent}


# --- text ------------------------------------------------------------------------------------------
def print_run(run: RunResult, notes: list[str]) -> None:
    """The result for a person at a terminal, safety first."""
    outcome = run.outcome
    print(texts.RUN_TITLE.format(title=outcome.flow_title, version=outcome.flow_version))
    sections = run.sections
    if "urgent" in sections:  # before anything else a busy professional reads, even the path
        _print_urgent(run)
    print(texts.RUN_PATH.format(path=" → ".join(outcome.path)))
    for key in sections:
        printer = _PRINTERS.get(key)
        if printer is not None:
            printer(run)
    if outcome.messages:
        print(texts.H_MESSAGES)
        for message in outcome.messages:
            print("  " + " ".join(message.text.split()))
    for note in notes:
        print(texts.PREFIX.format(message=texts.NOTE.format(note=note)), file=sys.stderr)


def _print_urgent(run: RunResult) -> None:
    print(texts.H_URGENT)
    for step in run.urgent:
        print(f"  ! {step.title.rstrip('.')}: {' '.join(step.text.replace('**', '').split())}")


def _print_scores(run: RunResult) -> None:
    from adviseur.reports.format import number_text, percent_text

    print(texts.H_SCORES)
    for score in run.scores:
        share = f" ({percent_text(score.percent)})" if score.percent is not None else ""
        band = f" — {score.band.label}" if score.band else ""
        points, maximum = number_text(score.points), number_text(score.maximum)
        print(texts.SCORE_LINE.format(label=score.label, points=points, maximum=maximum, share=share, band=band))


def _print_comparison(run: RunResult) -> None:
    assert run.comparison is not None
    print_comparison(run.comparison)


def print_comparison(comp: Comparison) -> None:
    """Scores before and after as a table, then the answers that fell (first, in capitals), rose
    and stayed: a step back must be as visible on the command line as in the app."""
    from adviseur.reports import texts as report_texts
    from adviseur.reports.format import delta_text, percent_text

    when = f" ({comp.earlier_date})" if comp.earlier_date else ""
    print(texts.H_COMPARISON.format(label=comp.earlier_label, when=when))
    rows = [r for r in comp.rows if r.before is not None or r.after is not None]
    width = max((len(r.label) for r in rows), default=0)
    for row in rows:
        delta = "" if row.delta is None else delta_text(row.delta)
        mark = " ▼" if row.delta is not None and row.delta < 0 else ""
        print(f"  {row.label:<{width}}  {percent_text(row.before):>6} → {percent_text(row.after):>6}  {delta:>6}{mark}")
    counts = report_texts.CHANGE_COUNTS.format(worse=len(comp.worse), better=len(comp.better), unchanged=len(comp.unchanged))
    print("  " + counts)
    for heading, changes, mark in (
        (report_texts.WORSE.upper(), comp.worse, "▼"),
        (report_texts.BETTER, comp.better, "▲"),
        (report_texts.OTHER_CHANGES, comp.other_changes, "•"),
    ):
        if changes:
            print(f"\n{heading} ({len(changes)}):")
            for c in changes:
                print(f"  {mark} " + report_texts.ANSWER_MOVE.format(question=c.question, before=c.before, after=c.after))
    for note in comp.notes:
        print(texts.COMPARISON_NOTE.format(note=note))


def _print_gaps(run: RunResult) -> None:
    if not run.gaps:
        return
    print(texts.H_GAPS)
    for row in run.gaps:
        leads = texts.GAP_LEADS.format(leads=", ".join(lead.id for lead in row.leads)) if row.leads else ""
        print(f"  {row.label} — {row.answer}{leads}")


def _print_signals(run: RunResult) -> None:
    print(texts.H_SIGNALS)
    for signal, reasons in run.outcome.signals.items():
        print(f"  {signal} — " + "; ".join(str(r) for r in reasons))


def _print_advice(run: RunResult) -> None:
    """The advice in the order every face shows it (Advice.sections)."""
    from adviseur.knowledge.present import level_label
    from adviseur.session.local import local_next_to

    advice = run.advice
    assert advice is not None
    local = local_next_to(advice, run.kb)
    if not advice.all:
        print(texts.H_NO_ADVICE)
    for section in advice.sections():
        print(f"\n{section.title}:")
        for i, rec in enumerate(section.items, start=1):
            level = level_label(rec.record)
            mark = f"{i}." if section.numbered else "-"
            carer = texts.FOR_CARER if rec.for_carer else ""
            print(f"  {mark} {rec.record.title} [{rec.record.id}]{' — ' + level if level else ''}{carer}")
            for reason in rec.reasons[:2]:
                print(f"      {reason}")
            for caveat in rec.caveats:
                print(texts.CAVEAT.format(caveat=" ".join(caveat.split())))
            for link in local.links_for(rec.record.id):
                print(f"      {link.line()}")
    if advice.suggestions:
        print(texts.H_SUGGESTIONS)
        for found in advice.suggestions:
            print(f"  {found.id} — {found.label} ('{found.words}')")
    if advice.ruled_out:
        print(texts.RULED_OUT.format(count=len(advice.ruled_out)))
    if local.municipality is not None and local.notice:  # a municipality chosen, but no map for it
        print(f"\n{local.notice}")


def _print_quiz(run: RunResult) -> None:
    print(texts.H_QUIZ)
    for item in run.outcome.quiz:
        print(f"  {item.text} — {item.verdict_label}")


def _print_answers(run: RunResult) -> None:
    print(texts.H_ANSWERS)
    for key, text in run.answers.items():
        note = run.outcome.notes.get(key)
        print(f"  {key}: {text}" + (f" ({texts.ANSWER_NOTE.format(note=note)})" if note else ""))


_PRINTERS = {
    "scores": _print_scores,
    "comparison": _print_comparison,
    "gaps": _print_gaps,
    "signals": _print_signals,
    "advice": _print_advice,
    "quiz": _print_quiz,
    "answers": _print_answers,
}
"""The parts the terminal shows; the safety steps are printed first of all (see `print_run`)."""
