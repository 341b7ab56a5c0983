"""The comparison of two scans as widgets: what fell first (in the warning colour), the scores
before and after, then what rose and what changed without an order. The same `Comparison`
(`adviseur.reports.compare`) the reports and `adviseur scans compare` show, in the same order."""

from __future__ import annotations

from collections.abc import Iterator

from textual.widget import Widget
from textual.widgets import Static

from adviseur.reports.format import delta_text, percent_text
from adviseur.reports.model import AnswerChange, Comparison
from adviseur.reports.texts import ANSWER_MOVE, BETTER, CHANGE_COUNTS, OTHER_CHANGES, WORSE


def _move(change: AnswerChange) -> str:
    return ANSWER_MOVE.format(question=change.question, before=change.before, after=change.after)


def comparison_widgets(comparison: Comparison, heading: str, *, scores: bool = True) -> Iterator[Widget]:
    """`heading`, the counts, the answers that fell, every score before and after (unless a table
    beside it shows them already: `scores=False`), the answers that rose."""
    yield Static(heading, classes="results-heading", markup=False)
    worse, better, same = len(comparison.worse), len(comparison.better), len(comparison.unchanged)
    yield Static(CHANGE_COUNTS.format(worse=worse, better=better, unchanged=same), classes="comparison-counts", markup=False)
    if comparison.worse:  # a step back first: it must not be missed by someone reading for progress
        yield Static(f"{WORSE} ({worse})", classes="results-heading urgent", id="comparison-worse")
        for change in comparison.worse:
            yield Static(f"▼ {_move(change)}", classes="comparison-worse", markup=False)
    for row in comparison.rows if scores else ():
        if row.before is None or row.after is None:
            continue
        shift = f"{delta_text(row.delta)} procentpunt" if row.delta is not None else ""
        band = f" ({row.before_band} → {row.after_band})" if row.before_band != row.after_band else ""
        mark = "▼ " if row.delta is not None and row.delta < 0 else ""
        move = f"{percent_text(row.before)} → {percent_text(row.after)}"
        yield Static(f"{mark}{row.label}: {move} {shift}{band}", classes="transcript-entry", markup=False)
    if comparison.better:
        yield Static(f"{BETTER} ({better})", classes="results-domain")
        for change in comparison.better:
            yield Static(f"▲ {_move(change)}", classes="comparison-better", markup=False)
    if comparison.other_changes:
        yield Static(OTHER_CHANGES, classes="results-domain")
        for change in comparison.other_changes:
            yield Static(f"• {_move(change)}", markup=False)
    for note in comparison.notes:
        yield Static(note, classes="band-explanation", markup=False)
