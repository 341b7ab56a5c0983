"""The comparison of two scans as widgets: what fell first (in the warning colour), the scores
that changed as a chart, then what rose and what changed without an order. The same `Comparison`
(`adviseur.reports.compare`) the reports and `adviseur scans compare` show, in the same order."""

from __future__ import annotations

from collections.abc import Iterator

from textual.widget import Widget
from textual.widgets import Static

from adviseur.reports.model import AnswerChange, Comparison
from adviseur.reports.texts import (
    ANSWER_MOVE,
    BAND_CHANGED,
    BETTER,
    CHANGE_COUNTS,
    OTHER_CHANGES,
    SCORES_THEN_AND_NOW,
    SCORES_UNCHANGED,
    WORSE,
)
from adviseur.tui.widgets.score_chart import ComparisonChart


def _move(change: AnswerChange) -> str:
    return ANSWER_MOVE.format(question=change.question, before=change.before, after=change.after)


def score_changes(comparison: Comparison) -> Iterator[Widget]:
    """The scores that changed as a chart (then -> now, the change in procentpunten), the ones
    that moved to another band in words, and how many stayed the same (not listed)."""
    both = [row for row in comparison.rows if row.before is not None and row.after is not None]
    changed = [row for row in both if row.delta]
    if changed:
        yield Static(SCORES_THEN_AND_NOW, classes="results-domain", id="comparison-scores")
        yield ComparisonChart(changed, id="comparison-chart")
        moved = [row for row in changed if row.before_band != row.after_band]
        if moved:  # the chart shows the numbers; which scores moved to another band, in words
            yield Static(BAND_CHANGED, classes="results-domain")
            for row in moved:
                mark = "▼" if row.delta is not None and row.delta < 0 else "▲"
                line = f"{mark} {row.label}: {row.before_band} → {row.after_band}"
                yield Static(line, classes="comparison-worse" if mark == "▼" else "comparison-better", markup=False)
    if len(both) > len(changed):
        same = SCORES_UNCHANGED.format(count=len(both) - len(changed))
        yield Static(same, classes="band-explanation", id="scores-unchanged", markup=False)


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
    if scores:
        yield from score_changes(comparison)
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
