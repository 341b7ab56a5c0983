"""The rows a finished flow's result is made of: scores with their bands, strengths, gaps with leads.

Computed once per finished flow by `adviseur.reports.result.build_result` (the `RunResult` every
face shows) and laid out by the report, the command line and the app. Kept apart from `build.py`
so the result and the report builder both import these functions and never each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from adviseur.flows.language.model import Band
from adviseur.flows.language.runtime import Program
from adviseur.flows.language.scoring import percent, points
from adviseur.flows.run.outcome import FlowOutcome, ScoreResult
from adviseur.flows.run.walk import question_of
from adviseur.knowledge.loader import KnowledgeBase
from adviseur.knowledge.present import kind_label, level_label
from adviseur.reports import texts
from adviseur.reports.views import KIND_ORDER, BandView, ItemRow, LeadView, ScoreRow


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


def band_view(band: Band | None) -> BandView | None:
    if band is None:
        return None
    return BandView(band.id, band.label, band.min, band.max, band.explanation)


def score_rows(outcome: FlowOutcome, program: Program | None) -> list[ScoreRow]:
    """The scores the result step asks for (all when it names none): total, pillars, sections, quiz."""
    wanted: set[str] = {g for view in outcome.results for g in view.groups}
    rows: list[tuple[int, int, ScoreRow]] = []
    order = {gid: i for i, gid in enumerate(program.groups if program else outcome.scores)}
    for gid, score in outcome.scores.items():
        if wanted and gid not in wanted:
            continue
        rows.append((KIND_ORDER.get(score.kind, 9), order.get(gid, 0), _score_row(score, program)))
    return [row for _, _, row in sorted(rows, key=lambda r: (r[0], r[1]))]


def by_heading(scores: Sequence[ScoreRow]) -> dict[str, list[ScoreRow]]:
    """The scores per level ('Totaal', 'Pijlers', 'Bouwstenen'), the levels in the order their
    first score comes (the total, then groups, then sections), each score in its own order."""
    levels: dict[str, list[ScoreRow]] = {}
    for row in scores:
        levels.setdefault(row.heading, []).append(row)
    return levels


def _score_row(score: ScoreResult, program: Program | None) -> ScoreRow:
    group = program.groups.get(score.id) if program else None
    bands = tuple(b for b in (band_view(b) for b in sorted(group.bands, key=lambda b: b.min)) if b) if group else ()
    return ScoreRow(
        id=score.id,
        label=score.label,
        kind=score.kind,
        points=score.points,
        maximum=score.maximum,
        percent=score.percent,
        band=band_view(score.band),
        bands=bands,
        description=group.description if group else None,
        heading=(group.heading if group else None) or texts.SCORE_HEADINGS.get(score.kind, ""),
    )


IMPROVE_FIRST = 3
"""How many weak parts the result names under 'eerst verbeteren'."""


def improve_first(rows: Sequence[ScoreRow]) -> list[ScoreRow]:
    """The weakest parts that are not yet in their top band: sections if the flow has them."""
    parts = [r for r in rows if r.kind == "section"] or [r for r in rows if r.kind == "group"]
    weak = [r for r in parts if r.percent is not None and r.band is not None and r.bands and r.band != r.bands[-1]]
    return sorted(weak, key=lambda r: r.percent or 0.0)[:IMPROVE_FIRST]


def section_title(program: Program | None, section: str | None) -> str | None:
    return program.section_title(section) if program else None


def _question_label(program: Program | None, key: str, fallback: str) -> str:
    q = program.questions.get(question_of(key)) if program else None
    if q is not None and q.node.label:
        return q.node.label
    return fallback


def strengths(outcome: FlowOutcome, program: Program | None) -> list[ItemRow]:
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
                    section=section_title(program, entry.section),
                    answer=entry.answer_text or "",
                    percent=share,
                    note=outcome.notes.get(entry.key),
                )
            )
    return rows


def gaps(outcome: FlowOutcome, program: Program | None, leads: LeadResolver) -> list[ItemRow]:
    """The gaps, weakest first, each with the records the flow names as a way forward."""
    rows: list[tuple[float, int, ItemRow]] = []
    for index, gap in enumerate(outcome.gaps):
        rows.append(
            (
                gap.percent if gap.percent is not None else 0.0,
                index,
                ItemRow(
                    key=gap.question,
                    label=_question_label(program, gap.question, gap.text),
                    section=section_title(program, gap.section),
                    answer=outcome.answer_texts.get(gap.question, ""),
                    percent=gap.percent,
                    leads=leads.many(gap.leads),
                    note=outcome.notes.get(gap.question),
                ),
            )
        )
    return [row for _, _, row in sorted(rows, key=lambda r: (r[0], r[1]))]
