"""One finished flow, typed and built once: what every face (app, command line, JSON, reports) shows.

Before this type, each face finished a flow its own way: the app advised inside its screen, the
command line through a bridge, and each decided for itself which parts to show and in what order.
Now `adviseur.session.finish` builds one `RunResult` per finished flow (advice, safety steps,
comparison with an earlier scan) and every renderer lays it out, never recomputes it:

- `urgent` is the one list of safety steps (`adviseur.advice.safety`), identical everywhere;
- `sections` is the one order of the parts, and which are present;
- numbers are formatted by `adviseur.reports.format` alone.

The type lives here, below the session layer, so that the report renderers can take it; it holds
no I/O and builds nothing it is not given (the session advises, looks up and saves).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from adviseur.advice.recommend import Advice
from adviseur.advice.safety import SafetyStep, safety_steps
from adviseur.flows.language.runtime import Program
from adviseur.flows.run.outcome import FlowOutcome
from adviseur.knowledge.loader import KnowledgeBase
from adviseur.reports import rows
from adviseur.reports.views import ItemRow, ScoreRow, in_order

if TYPE_CHECKING:
    from adviseur.reports.model import Comparison

SCREEN_SHOW: dict[str, str | None] = {
    "urgent": None,
    "scores": "scores",
    "comparison": "scores",
    "strengths": "gaps",
    "gaps": "gaps",
    "chosen": None,
    "signals": None,
    "advice": "advice",
    "quiz": "quiz",
    "answers": "transcript",
}
"""Which word of the flow's `show:` lets the results screen show a section. The safety steps are
always shown; what is already in place comes with the gaps (as in the report); `None` elsewhere
means the screen has no room for it (the report does)."""


@dataclass(frozen=True)
class RunResult:
    """Path, answers, scores with bands, safety steps, advice, strengths, gaps and comparison."""

    outcome: FlowOutcome
    program: Program | None
    """The compiled flow: section titles, question labels and every band (None: still shown)."""
    kb: KnowledgeBase
    urgent: tuple[SafetyStep, ...]
    """The one ordered list of safety steps: the flow's urgent messages, then urgent signals."""
    scores: tuple[ScoreRow, ...] = ()
    strengths: tuple[ItemRow, ...] = ()
    gaps: tuple[ItemRow, ...] = ()
    """Weakest first, each with its leads."""
    advice: Advice | None = None
    """The recommender's advice (`Advice.sections()` is its order); None when it failed."""
    comparison: Comparison | None = None
    subject: str | None = None
    """What the result is about in the user's words (the municipality or team), if known."""
    notices: tuple[str, ...] = ()
    """Dutch lines for the user about how the result was made (advice failed, no earlier scan)."""

    # --- what the flow produced ------------------------------------------------------------------
    @property
    def path(self) -> list[str]:
        return self.outcome.path

    @property
    def answers(self) -> dict[str, str]:
        """The answers on the path as text, by question key (sensitive ones included: in memory)."""
        return self.outcome.answer_texts

    @property
    def finished(self) -> bool:
        return self.outcome.finished

    @property
    def casework(self) -> bool:
        return self.outcome.casework

    @property
    def shows(self) -> tuple[str, ...]:
        """What the flow's result step asks the screen to show (`show:`), the transcript by default."""
        return tuple(sorted({s for view in self.outcome.results for s in view.show})) or ("transcript",)

    @property
    def wants_advice(self) -> bool:
        """Whether the flow asks for advice (the casework interview, the checklist): only then is
        the advice a part of the result, on every face."""
        return any("advice" in view.show for view in self.outcome.results)

    @property
    def improve_first(self) -> tuple[ScoreRow, ...]:
        """The weakest parts not yet in their top band ('eerst verbeteren'), weakest first."""
        return tuple(rows.improve_first(self.scores))

    # --- which parts, in which order -------------------------------------------------------------
    @property
    def sections(self) -> tuple[str, ...]:
        """The parts this result has, in `SECTION_ORDER`: what a report and the command line show."""
        outcome = self.outcome
        return in_order(
            {
                "urgent": bool(self.urgent),
                "scores": bool(self.scores),
                "comparison": self.comparison is not None,
                "strengths": bool(self.scores),  # a scored flow says so even when nothing is complete yet
                "gaps": bool(self.gaps or self.scores),
                "chosen": bool(outcome.leads),
                "signals": bool(outcome.signals),
                "advice": self.advice is not None and self.wants_advice,
                "quiz": bool(outcome.quiz),
                "answers": True,
            }
        )

    @property
    def screen_sections(self) -> tuple[str, ...]:
        """The parts the results screen shows: those the flow's `show:` asks for (safety always)."""
        shows = self.shows
        out = []
        for key in self.sections:
            word = SCREEN_SHOW[key]
            if key == "urgent" or (word is not None and word in shows):
                out.append(key)
        return tuple(out)

    # --- the advice, for the faces that need more than its sections ------------------------------
    @cached_property
    def advice_json(self) -> dict[str, Any]:
        """The advice as JSON (`Advice.to_json`: recommendations, plan, suggested signals), built
        once; empty without advice. For the JSON edge and the scenario runner."""
        return self.advice.to_json(self.kb) if self.advice is not None else {}

    def summary_markdown(self) -> str | None:
        """The anonymised case summary (no free text of the resident), or None without advice."""
        if self.advice is None:
            return None
        from adviseur.advice import case_summary_markdown

        return case_summary_markdown(self.advice.profile, self.advice, self.kb, safety=self.urgent)

    def why_not(self, record_id: str) -> str:
        """Why the record is or is not advised for this case (the id must exist; needs advice)."""
        from adviseur.advice import why_not

        assert self.advice is not None, "why_not needs advice"
        return why_not(record_id, self.advice, self.kb)


def build_result(
    outcome: FlowOutcome,
    program: Program | None,
    kb: KnowledgeBase,
    *,
    advice: Advice | None = None,
    comparison: Comparison | None = None,
    subject: str | None = None,
    notices: Iterable[str] = (),
) -> RunResult:
    """The result of a flow from what the session gathered: the outcome, the flow, the knowledge
    base and (when there is one) the advice and the comparison with an earlier scan."""
    leads = rows.LeadResolver(kb)
    scores = rows.score_rows(outcome, program)
    return RunResult(
        outcome=outcome,
        program=program,
        kb=kb,
        # The first steps of urgent signals are for a person at risk: a casework flow. A checklist
        # or scan that names a cause ('een dreigende huisuitzetting') is about a municipality's
        # policy, and its reader is a project lead, not the case worker who calls the landlord.
        urgent=tuple(safety_steps(outcome, advice if outcome.casework else None)),
        scores=tuple(scores),
        strengths=tuple(rows.strengths(outcome, program)),
        gaps=tuple(rows.gaps(outcome, program, leads)),
        advice=advice,
        comparison=comparison,
        subject=subject,
        notices=tuple(notices),
    )
