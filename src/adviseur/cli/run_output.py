"""`adviseur run` output: a finished flow's `RunResult` as text for a person, or as JSON.

Both only lay out what `adviseur.session.finish` computed, in the result's one order
(`RunResult.sections`): the safety steps first, then scores, the comparison, gaps, signals,
advice, the quiz review and the answers. The text is a summary for a terminal: the strengths,
the records the answers chose and the evidence appendix are in the report (`--report`) and in
the JSON. The JSON is the machine form, produced here at the edge and nowhere else; its schema
is documented in docs/json.md.
"""

from __future__ import annotations

import re
import shutil
import sys
import textwrap
from typing import TYPE_CHECKING, Any

from adviseur.cli import texts

if TYPE_CHECKING:
    from adviseur.flows.run.outcome import FlowOutcome, Message
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
    """The result for a person at a terminal, safety first. What the flow says at its end (its
    verdict, the result's title and text) comes under the title, as plain text: not the welcome
    and the introductions a conversation needs, and no Markdown marks."""
    outcome = run.outcome
    print(texts.RUN_TITLE.format(title=outcome.flow_title, version=outcome.flow_version))
    sections = run.sections
    if "urgent" in sections:  # before anything else a busy professional reads, even the path
        _print_urgent(run)
    if not run.scores:  # a scan's path is its list of questions: its answers say it better
        print(texts.RUN_PATH.format(path=" → ".join(outcome.path)))
    for message in closing_messages(outcome):
        print()
        if message.title:
            print(plain(message.title))
        print(_wrapped(plain(message.text), "  "))
    for key in sections:
        printer = _PRINTERS.get(key)
        if printer is not None:
            printer(run)
    for note in notes:
        print(texts.PREFIX.format(message=texts.NOTE.format(note=note)), file=sys.stderr)


def closing_messages(outcome: FlowOutcome) -> list[Message]:
    """What the flow says after its last question (a verdict, the result step's text): not its
    welcome or the introductions on the way, and not the urgent messages (printed first)."""
    transcript = outcome.transcript
    last = max((i for i, entry in enumerate(transcript) if entry.kind == "question"), default=-1)
    closing = {entry.node for entry in transcript[last + 1 :] if entry.kind in ("say", "result")}
    return [m for m in outcome.messages if m.node in closing and not m.urgent]


def plain(text: str) -> str:
    """Flow text without its Markdown marks ('**ja**' is 'ja') and with single spaces."""
    text = re.sub(r"\*\*(.+?)\*\*|\*(.+?)\*|`(.+?)`", lambda m: next(g for g in m.groups() if g is not None), text)
    return " ".join(text.split())


def _wrapped(text: str, indent: str) -> str:
    width = max(40, shutil.get_terminal_size((100, 24)).columns)
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent)


def _print_urgent(run: RunResult) -> None:
    print(texts.H_URGENT)
    for step in run.urgent:
        print(f"  ! {step.title.rstrip('.')}: {' '.join(step.text.replace('**', '').split())}")


def _print_scores(run: RunResult) -> None:
    """A table per level ('Totaal', 'Pijlers', 'Bouwstenen'), the columns lined up: points,
    percentage and band. A label too long for the terminal wraps; it is never cut."""
    from adviseur.reports.format import percent_text, points_text
    from adviseur.reports.rows import by_heading

    scores = list(run.scores)
    if not scores:
        return
    print(texts.H_SCORES)
    levels = by_heading(scores)
    points = max(len(points_text(s)) for s in scores)
    width = max(40, shutil.get_terminal_size((100, 24)).columns)
    label_width = min(max(len(s.label) for s in scores), max(20, width - points - 30))
    for heading, rows in levels.items():
        titled = len(levels) > 1 and [r.label for r in rows] != [heading]  # not 'Totaal' above 'Totaal'
        if titled:
            print(texts.SCORE_LEVEL.format(heading=heading))
        indent = "    " if titled else "  "
        column = label_width + 4 - len(indent)  # the numbers line up under a heading or not
        for score in rows:
            label = textwrap.wrap(score.label, label_width) or [""]
            for part in label[:-1]:
                print(f"{indent}{part}")
            band = f"  {score.band.label}" if score.band else ""
            row = f"{label[-1]:<{column}}  {points_text(score):>{points}}  {percent_text(score.percent):>6}{band}"
            print(f"{indent}{row}")


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
    changed = [r for r in rows if r.delta != 0]  # a score that stayed the same is counted, not listed
    width = max((len(r.label) for r in changed), default=0)
    if changed:
        head = (report_texts.COL_PART, report_texts.COL_BEFORE, report_texts.COL_NOW, report_texts.COL_CHANGE)
        print(f"  {head[0]:<{width}}  {head[1]:>11}   {head[2]:>6}  {head[3]}")
    for row in changed:
        delta = "" if row.delta is None else delta_text(row.delta)
        mark = " ▼" if row.delta is not None and row.delta < 0 else " ▲" if row.delta else ""
        print(f"  {row.label:<{width}}  {percent_text(row.before):>11} → {percent_text(row.after):>6}  {delta:>6}{mark}")
    if len(rows) > len(changed):
        print(texts.SCORES_UNCHANGED.format(count=len(rows) - len(changed)))
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
