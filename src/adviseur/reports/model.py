"""What a report says, independent of how it is printed.

`build.py` fills these plain dataclasses from a flow's outcome; `markdown.py` and `html.py` only
lay them out. Keeping the content in one place means the Markdown file an official pastes into a
memo and the HTML page she prints for the council can never disagree. Every string here is plain
text (not Markdown, not HTML): each renderer escapes it for its own format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from adviseur.reports.views import KIND_ORDER as KIND_ORDER
from adviseur.reports.views import SECTION_ORDER as SECTION_ORDER
from adviseur.reports.views import BandView as BandView
from adviseur.reports.views import ItemRow as ItemRow
from adviseur.reports.views import LeadView as LeadView
from adviseur.reports.views import ScoreRow as ScoreRow
from adviseur.reports.views import in_order as in_order


@dataclass(frozen=True, slots=True)
class AnswerRow:
    section: str | None
    question: str
    answer: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ReasonedLead:
    """A record that an answer pointed to (a choice's `leads:`), with the answers behind it."""

    lead: LeadView
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SignalRow:
    label: str
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AdviceRow:
    lead: LeadView
    reasons: tuple[str, ...]
    caveats: tuple[str, ...] = ()
    """The annex's caveats and findings for the record (its evidence notes)."""
    for_carer: bool = False


@dataclass(frozen=True, slots=True)
class AdviceGroup:
    """A block of advice in the order every face shows it (see Advice.sections)."""

    title: str
    rows: tuple[AdviceRow, ...]
    numbered: bool = False


@dataclass(frozen=True, slots=True)
class QuizRow:
    question: str
    given: str
    correct: str
    verdict: str
    explanations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    id: str
    label: str
    before: float | None
    after: float | None
    before_band: str | None
    after_band: str | None

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return round(self.after - self.before, 1)


@dataclass(frozen=True, slots=True)
class AnswerChange:
    """One question's answer in both scans (`before` or `after` is 'niet gevraagd' when the
    question was not on that scan's path)."""

    question: str
    before: str
    after: str
    key: str = ""
    """The question's visit key: stable across flow versions, unlike its label."""

    @property
    def changed(self) -> bool:
        return self.before != self.after

    def to_json(self) -> dict[str, str]:
        return {"key": self.key, "question": self.question, "before": self.before, "after": self.after}


@dataclass(frozen=True, slots=True)
class Comparison:
    """How a scan differs from an earlier one of the same municipality (or team).

    Every scored answer the two scans share lands in exactly one of `better`, `worse` and
    `unchanged`, by the order the flow declares (see `adviseur.reports.compare.answer_rank`), so
    a step back can never hide behind a closed gap and a small step forward is never 'opgelost'."""

    earlier_label: str
    earlier_date: str | None
    later_label: str
    later_date: str | None
    rows: tuple[ComparisonRow, ...]
    better: tuple[AnswerChange, ...] = ()
    """Scored answers that moved up (Weet ik niet → Deels, Deels → Ja, a rating 2 → 3)."""
    worse: tuple[AnswerChange, ...] = ()
    """Scored answers that fell (Ja → Deels): shown first and prominently on every face."""
    unchanged: tuple[AnswerChange, ...] = ()
    """Scored answers at the same place: the same answer, or another worth as much (Nee ↔ Weet ik niet)."""
    other_changes: tuple[AnswerChange, ...] = ()
    """Answers that changed but have no order: free text, or a question asked in only one scan."""
    notes: tuple[str, ...] = ()
    """E.g. that the flow version changed between the scans."""

    def to_json(self) -> dict[str, Any]:
        return {
            "earlier": {"label": self.earlier_label, "date": self.earlier_date},
            "rows": [
                {"id": r.id, "label": r.label, "before": r.before, "after": r.after, "delta": r.delta,
                 "before_band": r.before_band, "after_band": r.after_band}
                for r in self.rows
            ],
            "worse": [c.to_json() for c in self.worse],
            "better": [c.to_json() for c in self.better],
            "unchanged": [c.to_json() for c in self.unchanged],
            "other_changes": [c.to_json() for c in self.other_changes],
            "notes": list(self.notes),
        }


@dataclass
class Report:
    """Everything one report shows, in the order it shows it."""

    title: str
    flow_id: str
    flow_title: str
    flow_version: str
    created: date
    finished: bool
    subject: str | None = None
    """What the report is about in the user's words (a municipality, a team), if the flow asked."""
    intro: str | None = None
    sections: tuple[str, ...] | None = None
    """The parts shown, in `SECTION_ORDER`: the run's `sections` (see `build_report`). None for
    a report made by hand: then the parts that have content (see `parts`)."""
    urgent: list[str] = field(default_factory=list)
    scores: list[ScoreRow] = field(default_factory=list)
    improve_first: list[ScoreRow] = field(default_factory=list)
    strengths: list[ItemRow] = field(default_factory=list)
    gaps: list[ItemRow] = field(default_factory=list)
    chosen: list[ReasonedLead] = field(default_factory=list)
    signals: list[SignalRow] = field(default_factory=list)
    advice: list[AdviceGroup] = field(default_factory=list)
    quiz: list[QuizRow] = field(default_factory=list)
    answers: list[AnswerRow] = field(default_factory=list)
    comparison: Comparison | None = None
    leads: list[LeadView] = field(default_factory=list)
    """Every record the report points to, once, in order of first mention (the appendix)."""
    levels: list[tuple[str, str]] = field(default_factory=list)
    """(evidence level, what it means) for the levels that occur in the report."""
    notes: list[str] = field(default_factory=list)
    casework: bool | None = None
    """Whether the report is about a person (a casework flow): then its file is owner-only.
    None when unknown, which is treated as casework (private is the safe side)."""

    @property
    def parts(self) -> tuple[str, ...]:
        """The parts both renderers walk, in `SECTION_ORDER`."""
        if self.sections is not None:
            return self.sections
        return in_order(
            {
                "urgent": bool(self.urgent),
                "scores": bool(self.scores),
                "comparison": self.comparison is not None,
                "strengths": bool(self.scores),
                "gaps": bool(self.gaps or self.scores),
                "chosen": bool(self.chosen),
                "signals": bool(self.signals),
                "advice": bool(self.advice),
                "quiz": bool(self.quiz),
                "answers": True,
            }
        )

    @property
    def private(self) -> bool:
        """Written owner-only (0600) rather than with the user's normal file mode."""
        return self.casework is not False

    @property
    def chart_rows(self) -> list[ScoreRow]:
        """The scores worth a bar: every score with a percentage."""
        return [s for s in self.scores if s.percent is not None]

    @property
    def band_sets(self) -> list[tuple[list[str], tuple[BandView, ...]]]:
        """Distinct sets of bands with the scores that use them (usually one set for all)."""
        sets: list[tuple[list[str], tuple[BandView, ...]]] = []
        for row in self.scores:
            if not row.bands:
                continue
            for labels, bands in sets:
                if bands == row.bands:
                    labels.append(row.label)
                    break
            else:
                sets.append(([row.label], row.bands))
        return sets
