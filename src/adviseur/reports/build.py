"""From a flow's outcome to the content of a report.

Written over the engine's `FlowOutcome` alone (plus the compiled flow for labels and maxima, and
the knowledge base for the records it points to), so one builder serves every flow: the municipal
self-scan gets scores, bands, strengths and gaps with leads; the casework interview gets its
signals and advice; a training quiz gets its review. A part the outcome has nothing for is
simply left out.

Privacy: answers the flow marks sensitive (free text by default) are left out unless the caller
asks for them, exactly as the session store does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from adviseur.advice.recommend import Advice
from adviseur.advice.safety import safety_steps
from adviseur.flows.model import Band
from adviseur.flows.outcome import FlowOutcome, ScoreResult
from adviseur.flows.runtime import Program
from adviseur.flows.scoring import percent, points
from adviseur.flows.walk import question_of
from adviseur.knowledge.loader import KnowledgeBase
from adviseur.knowledge.present import kind_label, level_label
from adviseur.reports import texts
from adviseur.reports.model import (
    KIND_ORDER,
    AdviceGroup,
    AdviceRow,
    AnswerRow,
    BandView,
    Comparison,
    ItemRow,
    LeadView,
    QuizRow,
    ReasonedLead,
    Report,
    ScoreRow,
    SignalRow,
)

IMPROVE_FIRST = 3
"""How many weak parts the report names under 'eerst verbeteren'."""


class LeadResolver:
    """Turns record ids into `LeadView`s once each, and remembers the order they were met in."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.seen: dict[str, LeadView] = {}

    def __call__(self, record_id: str) -> LeadView:
        view = self.seen.get(record_id)
        if view is None:
            view = self._view(record_id)
            self.seen[record_id] = view
        return view

    def many(self, ids: Iterable[str]) -> tuple[LeadView, ...]:
        return tuple(self(i) for i in dict.fromkeys(ids))

    def _view(self, record_id: str) -> LeadView:
        record = self.kb.by_id.get(record_id)
        if record is None:
            return LeadView(record_id, record_id, texts.UNKNOWN_RECORD_KIND, known=False)
        ev = record.evidence
        return LeadView(
            id=record.id,
            title=record.title,
            kind=kind_label(record.kind),
            level=level_label(record),
            level_id=(ev.level or "") if ev is not None else None,
            international=bool(ev and ev.international),
            place=record.place,
            summary=record.summary.strip(),
            social_value=record.social_value,
        )

    def levels(self) -> list[tuple[str, str]]:
        """The evidence levels that occur among the records met, explained once each."""
        used = {v.level_id for v in self.seen.values() if v.level_id is not None}
        out: list[tuple[str, str]] = []
        for level in self.kb.evidence.levels:
            if level.id in used:
                out.append((level.label, f"{level.meaning.strip()} {level.for_practice.strip()}"))
        if "" in used:
            out.append((texts.LEVEL_UNSTATED, self.kb.evidence.unstated.strip()))
        if any(v.international for v in self.seen.values()):
            out.append((texts.LEVEL_INTERNATIONAL, self.kb.evidence.international.strip()))
        return out


def _band_view(band: Band | None) -> BandView | None:
    if band is None:
        return None
    return BandView(band.id, band.label, band.min, band.max, band.explanation)


def _score_rows(outcome: FlowOutcome, program: Program | None) -> list[ScoreRow]:
    wanted: set[str] = {g for view in outcome.results for g in view.groups}
    rows: list[tuple[int, int, ScoreRow]] = []
    order = {gid: i for i, gid in enumerate(program.groups if program else outcome.scores)}
    for gid, score in outcome.scores.items():
        if wanted and gid not in wanted:
            continue
        rows.append((KIND_ORDER.get(score.kind, 9), order.get(gid, 0), _score_row(score, program)))
    return [row for _, _, row in sorted(rows, key=lambda r: (r[0], r[1]))]


def _score_row(score: ScoreResult, program: Program | None) -> ScoreRow:
    group = program.groups.get(score.id) if program else None
    bands = tuple(b for b in (_band_view(b) for b in sorted(group.bands, key=lambda b: b.min)) if b) if group else ()
    return ScoreRow(
        id=score.id,
        label=score.label,
        kind=score.kind,
        points=score.points,
        maximum=score.maximum,
        percent=score.percent,
        band=_band_view(score.band),
        bands=bands,
        description=group.description if group else None,
    )


def _improve_first(rows: Sequence[ScoreRow]) -> list[ScoreRow]:
    """The weakest parts that are not yet in their top band: sections if the flow has them."""
    parts = [r for r in rows if r.kind == "section"] or [r for r in rows if r.kind == "group"]
    weak = [r for r in parts if r.percent is not None and r.band is not None and r.bands and r.band != r.bands[-1]]
    return sorted(weak, key=lambda r: r.percent or 0.0)[:IMPROVE_FIRST]


def _section_title(program: Program | None, section: str | None) -> str | None:
    return program.section_title(section) if program else None


def _question_label(program: Program | None, key: str, fallback: str) -> str:
    q = program.questions.get(question_of(key)) if program else None
    if q is not None and q.node.label:
        return q.node.label
    return fallback


def _strengths(outcome: FlowOutcome, program: Program | None) -> list[ItemRow]:
    """Scored questions at their maximum: what is in place and worth keeping (needs the flow)."""
    rows: list[ItemRow] = []
    if program is None:
        return rows
    for entry in outcome.transcript:
        if entry.kind != "question" or entry.answer is None:
            continue
        q = program.questions.get(question_of(entry.key))
        if q is None or not q.base_max:
            continue
        base, _ = points(q, entry.answer)
        share = percent(base or 0.0, q.base_max)
        if share is not None and share >= 100.0:
            rows.append(
                ItemRow(
                    key=entry.key,
                    label=_question_label(program, entry.key, entry.text),
                    section=_section_title(program, entry.section),
                    answer=entry.answer_text or "",
                    percent=share,
                )
            )
    return rows


def _gaps(outcome: FlowOutcome, program: Program | None, leads: LeadResolver) -> list[ItemRow]:
    rows: list[tuple[float, int, ItemRow]] = []
    for index, gap in enumerate(outcome.gaps):
        rows.append(
            (
                gap.percent if gap.percent is not None else 0.0,
                index,
                ItemRow(
                    key=gap.question,
                    label=_question_label(program, gap.question, gap.text),
                    section=_section_title(program, gap.section),
                    answer=outcome.answer_texts.get(gap.question, ""),
                    percent=gap.percent,
                    leads=leads.many(gap.leads),
                ),
            )
        )
    return [row for _, _, row in sorted(rows, key=lambda r: (r[0], r[1]))]


def _answers(outcome: FlowOutcome, program: Program | None, include_sensitive: bool) -> list[AnswerRow]:
    rows: list[AnswerRow] = []
    for entry in outcome.transcript:
        if entry.kind != "question":
            continue
        if entry.sensitive and not include_sensitive and entry.answer is not None:
            answer = texts.NOT_IN_REPORT
        else:
            answer = entry.answer_text or ""
        rows.append(AnswerRow(_section_title(program, entry.section), entry.text, answer))
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


def wants_advice(outcome: FlowOutcome) -> bool:
    """Whether the flow's result step asks for advice (the casework interview, the checklist)."""
    return any("advice" in view.show for view in outcome.results)


def build_report(
    outcome: FlowOutcome,
    program: Program | None,
    kb: KnowledgeBase,
    *,
    advice: Advice | None = None,
    comparison: Comparison | None = None,
    subject: str | None = None,
    today: date | None = None,
    include_sensitive: bool = False,
) -> Report:
    """The report for one outcome. `program` is the compiled flow (`engine.program`): it gives
    section titles, question labels, every band for the explanation and the strengths; without it
    the report still shows scores, chosen bands, gaps, advice and answers. `advice` is the
    recommender's advice for the case (`adviseur.flows.advice_bridge.advise`); `comparison` a comparison with an
    earlier saved scan (see `compare.py`)."""
    leads = LeadResolver(kb)
    view = outcome.results[-1] if outcome.results else None
    scores = _score_rows(outcome, program)
    report = Report(
        title=(view.title if view and view.title else None) or outcome.flow_title,
        flow_id=outcome.flow_id,
        flow_title=outcome.flow_title,
        flow_version=outcome.flow_version,
        created=today or date.today(),
        finished=outcome.finished,
        subject=subject,
        intro=view.text if view else None,
        urgent=[step.line for step in safety_steps(outcome, advice)],
        scores=scores,
        improve_first=_improve_first(scores),
        strengths=_strengths(outcome, program),
        gaps=_gaps(outcome, program, leads),
        signals=_signals(outcome, kb),
        quiz=[
            QuizRow(f.text, ", ".join(f.given), ", ".join(f.correct), f.verdict_label, tuple(f.explanations))
            for f in outcome.quiz
        ],
        answers=_answers(outcome, program, include_sensitive),
        comparison=comparison,
        casework=outcome.casework,  # a report about a person is written owner-only
    )
    report.chosen = [ReasonedLead(leads(rid), tuple(str(r) for r in reasons)) for rid, reasons in outcome.leads.items()]
    report.advice = _advice_groups(advice, leads) if advice is not None else []
    report.leads = list(leads.seen.values())
    report.levels = leads.levels()
    if not outcome.finished:
        report.notes.append(texts.NOT_FINISHED)
    return report
