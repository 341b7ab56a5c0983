"""The safety steps of a case, as one ordered list for every face.

Safety is the feature of this product that must never differ between the app, the command line
and a report. Two sources feed it: the flow's own urgent messages (the 'nu doen' texts with 112
and Veilig Thuis that the interview shows at once) and the first steps of every urgent signal in
the knowledge base (acute before high). This module merges them once; every face renders the
result and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from adviseur.advice import texts

if TYPE_CHECKING:
    from adviseur.advice.recommend import Advice
    from adviseur.flows.run.outcome import FlowOutcome


@dataclass(frozen=True, slots=True)
class SafetyStep:
    title: str
    text: str
    acute: bool
    see_also: tuple[str, ...] = ()

    @property
    def line(self) -> str:
        """One line of Markdown: '**Title.** What to do. *Zie ook:* …'."""
        text = " ".join(self.text.split())
        also = texts.SEE_ALSO.format(resources=", ".join(self.see_also)) if self.see_also else ""
        return f"**{self.title.rstrip('.')}.** {text}{also}"


def safety_steps(outcome: FlowOutcome | None, advice: Advice | None) -> list[SafetyStep]:
    """The flow's urgent messages first (they are acute by design), then the knowledge base's
    first steps for urgent signals, acute before high."""
    messages = outcome.messages if outcome is not None else []
    steps = [SafetyStep(m.title or texts.SAFETY_FIRST, m.text, True) for m in messages if m.urgent]
    for step in advice.urgent if advice is not None else []:
        steps.append(
            SafetyStep(step.label, step.first_steps, step.urgency == "acuut", tuple(r.title for r in step.resources))
        )
    return steps
