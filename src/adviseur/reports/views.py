"""The rows a result is shown in: its scores with their bands, and the strengths and gaps with
the records they lead to; the one order of a result's parts.

`reports.result` builds a `RunResult` of these for every face; the rest of the report's model
(`reports.model`, which re-exports these names) is only needed to print a report. Apart, so
`adviseur run` without `--report` does not create the report's ten other classes (issue 12).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

#: Order of the score kinds in tables, charts and comparisons: the overall picture first, then the
#: pillars (score groups), then the building blocks (sections), then a quiz score.
KIND_ORDER = {"total": 0, "group": 1, "section": 2, "quiz": 3}

SECTION_ORDER: tuple[str, ...] = (
    "urgent",
    "scores",
    "comparison",
    "gaps",
    "strengths",
    "chosen",
    "signals",
    "advice",
    "quiz",
    "answers",
)
"""The one order of a result's parts, for every face (app, command line, JSON, both reports).
Safety first; then how the municipality or team scores and what moved since last time; what to
improve (a checklist's action list, right under the scores) and then what to keep; what the
answers point to; the advice; the quiz review; and every answer last, for reference."""


def in_order(present: Mapping[str, bool]) -> tuple[str, ...]:
    """The parts that are present, in `SECTION_ORDER`."""
    return tuple(key for key in SECTION_ORDER if present.get(key, False))


@dataclass(frozen=True, slots=True)
class LeadView:
    """A knowledge record offered as a way forward, with how strong its evidence is."""

    id: str
    title: str
    kind: str
    """Interventie, Praktijkvoorbeeld or Landelijk."""
    level: str | None = None
    """Short evidence badge ('Kansrijk', 'Inspirerend · internationaal effectief'); None for
    practice examples and national resources, which carry no level of their own."""
    level_id: str | None = None
    international: bool = False
    place: str | None = None
    summary: str | None = None
    social_value: str | None = None
    known: bool = True
    """False when the id is not in the knowledge base (an outdated saved scan); shown, not hidden."""

    @property
    def meta(self) -> str:
        """'Praktijkvoorbeeld · Almelo', 'Interventie · Kansrijk'."""
        return " · ".join(part for part in (self.kind, self.place, self.level) if part)


@dataclass(frozen=True, slots=True)
class BandView:
    id: str
    label: str
    min: float
    max: float
    explanation: str | None


@dataclass(frozen=True, slots=True)
class ScoreRow:
    id: str
    label: str
    kind: str
    """total, group, section or quiz (as the engine names them)."""
    points: float
    maximum: float
    percent: float | None
    band: BandView | None
    bands: tuple[BandView, ...] = ()
    """Every band of this score, for the chart's threshold marks and the explanation table."""
    description: str | None = None
    heading: str = ""
    """The level it is listed under ('Totaal', 'Pijlers', 'Bouwstenen'): the flow's `heading`,
    else one per kind (texts.SCORE_HEADINGS)."""


@dataclass(frozen=True, slots=True)
class ItemRow:
    """One scored question in the lists of strengths and gaps."""

    key: str
    label: str
    section: str | None
    answer: str
    percent: float | None
    leads: tuple[LeadView, ...] = ()
    note: str | None = None
    """The note kept with the answer (a policy flow's remark), shown next to it."""
