"""A municipality's (or team's) scans over the years: every score over time, and what changed
between any two of them.

The scans are those saved under one name, of one flow, that the municipality made itself (a
partner's answers belong to a combined scan, `partners.py`). The comparison of two chosen scans
is the comparison of `compare.py` that the app and `adviseur run --compare` show: better, worse,
unchanged, per answer in the flow's own order. Pure: the session reads the scans.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from adviseur.flows.language.runtime import Program
from adviseur.reports import scan_texts as texts
from adviseur.reports.compare import compare_payloads, question_label
from adviseur.reports.model import Comparison
from adviseur.reports.scanset import SavedScan, ScoreLine, score_lines


@dataclass(frozen=True)
class NoteLine:
    """A note kept with an answer in a scan, with the question it belongs to."""

    key: str
    question: str
    answer: str
    note: str


@dataclass(frozen=True)
class Timeline:
    label: str
    flow_id: str
    flow_title: str
    scans: tuple[SavedScan, ...]
    """Oldest first."""
    lines: tuple[ScoreLine, ...]
    """Every score, one value per scan."""
    comparison: Comparison | None = None
    compared: tuple[int, int] | None = None
    """Which two scans `comparison` compares (indices into `scans`)."""
    notes: tuple[NoteLine, ...] = ()
    """The notes of the latest scan."""

    @property
    def columns(self) -> list[str]:
        """One name per scan: its date, numbered when two scans share a day."""
        names: list[str] = []
        for scan in self.scans:
            day = scan.date or "?"
            same = sum(1 for other in self.scans[: len(names)] if (other.date or "?") == day)
            names.append(day if same == 0 else f"{day} ({same + 1})")
        return names

    @property
    def pillars(self) -> list[ScoreLine]:
        return [line for line in self.lines if line.kind in ("total", "group")]

    @property
    def blocks(self) -> list[ScoreLine]:
        return [line for line in self.lines if line.kind == "section"]

    @property
    def span(self) -> str:
        """'3 scans, van 2023-03-01 tot 2025-03-01'."""
        columns = self.columns
        if len(columns) == 1:
            return texts.SPAN_ONE.format(first=columns[0])
        return texts.SPAN.format(count=len(self.scans), first=columns[0], last=columns[-1]) if columns else ""


def in_order(scans: Sequence[SavedScan]) -> tuple[SavedScan, ...]:
    """Oldest first (two scans made at the same moment in a stable order)."""
    return tuple(sorted(scans, key=lambda s: (s.saved_at, s.uid)))


def change(line: ScoreLine) -> float | None:
    """From the first scan with a value to the last, in percentage points."""
    known = line.known
    return round(known[-1] - known[0], 1) if len(known) > 1 else None


def build_timeline(
    scans: Sequence[SavedScan],
    *,
    program: Program | None = None,
    earlier: int | None = None,
    later: int | None = None,
) -> Timeline:
    """The timeline of `scans` (any order; shown oldest first). The comparison is between the
    scans at `earlier` and `later` (positions in the timeline, oldest first), by default the
    last two; with one scan there is none. An index out of range raises IndexError."""
    ordered = in_order(scans)
    if not ordered:
        raise ValueError("a timeline needs at least one scan")
    latest = ordered[-1]
    comparison = None
    compared = None
    if len(ordered) > 1 or earlier is not None or later is not None:
        a = len(ordered) - 2 if earlier is None else earlier
        b = len(ordered) - 1 if later is None else later
        if not (0 <= a < len(ordered) and 0 <= b < len(ordered)):
            raise IndexError(texts.NO_SUCH_POSITION.format(count=len(ordered)))
        first, second = ordered[a], ordered[b]
        comparison = compare_payloads(
            first.payload,
            second.payload,
            earlier_label=first.label,
            later_label=second.label,
            earlier_date=first.date,
            later_date=second.date,
            program=program,
        )
        compared = (a, b)
    asked = latest.question_texts()
    notes = tuple(
        NoteLine(key, question_label(program, key, asked.get(key, key)), str(latest.answer_texts.get(key, "")), note)
        for key, note in latest.notes.items()
    )
    return Timeline(
        label=latest.label,
        flow_id=latest.flow_id,
        flow_title=latest.flow_title,
        scans=ordered,
        lines=tuple(score_lines(ordered, program)),
        comparison=comparison,
        compared=compared,
        notes=notes,
    )
