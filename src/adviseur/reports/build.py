"""From a finished flow's `RunResult` to the content of a report.

The result (`adviseur.reports.result`) already holds the scores, bands, strengths, gaps, safety
steps, advice and comparison, computed once for every face; this module only adds what a printed
document needs besides: the answers table, the leads appendix (every record mentioned, once) and
what the evidence levels mean. Which parts appear, and in what order, is the result's
`sections`, the same order the command line and the app follow. A part the result has nothing
for is left out.

Privacy: answers the flow marks sensitive (free text by default) are left out unless the caller
asks for them, exactly as the session store does.
"""

from __future__ import annotations

from datetime import date

from adviseur.advice.recommend import Advice
from adviseur.content.wording import sentence_list, without_verdict
from adviseur.flows.language.runtime import Program
from adviseur.flows.run.outcome import FlowOutcome
from adviseur.knowledge.loader import KnowledgeBase
from adviseur.reports import texts
from adviseur.reports.model import (
    AdviceGroup,
    AdviceRow,
    AnswerRow,
    QuizRow,
    ReasonedLead,
    Report,
    SignalRow,
)
from adviseur.reports.result import RunResult
from adviseur.reports.rows import LeadResolver, section_title


def _answers(outcome: FlowOutcome, program: Program | None, include_sensitive: bool) -> list[AnswerRow]:
    rows: list[AnswerRow] = []
    for entry in outcome.transcript:
        if entry.kind != "question":
            continue
        if entry.sensitive and not include_sensitive and entry.answer is not None:
            answer = texts.NOT_IN_REPORT
        else:
            answer = entry.answer_text or ""
        rows.append(AnswerRow(section_title(program, entry.section), entry.text, answer, entry.note))
    return rows


def _advice_groups(advice: Advice, leads: LeadResolver) -> list[AdviceGroup]:
    """The advice as the app shows it: plan, life domains, national resources, with caveats.

    Reasons never carry words from the description (the recommender keeps those off reasons)."""
    return [
        AdviceGroup(
            section.title,
            tuple(
                AdviceRow(leads(rec.record.id), tuple(rec.reasons), tuple(rec.caveats), rec.for_carer)
                for rec in section.items
            ),
            section.numbered,
        )
        for section in advice.sections()
    ]


def _signals(outcome: FlowOutcome, kb: KnowledgeBase) -> list[SignalRow]:
    rows: list[SignalRow] = []
    for signal_id, reasons in outcome.signals.items():
        signal = kb.signal_by_id.get(signal_id)
        label = signal.label if signal is not None else signal_id
        rows.append(SignalRow(label, tuple(dict.fromkeys(str(r) for r in reasons))))
    return rows


def build_report(run: RunResult, *, today: date | None = None, include_sensitive: bool = False) -> Report:
    """The report for one finished flow, its parts those of `run.sections` in that order."""
    outcome = run.outcome
    sections = run.sections
    leads = LeadResolver(run.kb)
    for row in run.gaps:  # the appendix lists records in the order the report first mentions them
        leads.many(lead.id for lead in row.leads)
    view = outcome.results[-1] if outcome.results else None
    report = Report(
        title=(view.title if view and view.title else None) or outcome.flow_title,
        flow_id=outcome.flow_id,
        flow_title=outcome.flow_title,
        flow_version=outcome.flow_version,
        created=today or date.today(),
        finished=outcome.finished,
        subject=run.subject,
        intro=view.text if view else None,
        sections=sections,
        urgent=[step.line for step in run.urgent],
        scores=list(run.scores),
        improve_first=list(run.improve_first),
        strengths=list(run.strengths),
        gaps=list(run.gaps),
        signals=_signals(outcome, run.kb),
        quiz=[
            QuizRow(
                f.text,
                sentence_list(f.given),
                sentence_list(f.correct),
                f.verdict_label,
                tuple(without_verdict(e, f.verdict_label) for e in f.explanations),
            )
            for f in outcome.quiz
        ],
        answers=_answers(outcome, run.program, include_sensitive),
        comparison=run.comparison,
        casework=outcome.casework,  # a report about a person is written owner-only
    )
    report.chosen = [ReasonedLead(leads(rid), tuple(str(r) for r in reasons)) for rid, reasons in outcome.leads.items()]
    report.advice = _advice_groups(run.advice, leads) if run.advice is not None and "advice" in sections else []
    report.leads = list(leads.seen.values())
    report.levels = leads.levels()
    if not outcome.finished:
        report.notes.append(texts.NOT_FINISHED)
    return report
