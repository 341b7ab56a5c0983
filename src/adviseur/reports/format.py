"""The one number formatter: scores, percentages and changes as a Dutch reader expects them.

Used by every face (the app, the command line and both report formats), so "62,5%" is never
"62.5%" on another screen: a decimal comma, one decimal for a percentage or a change, no
trailing zeros for points. Machine output (JSON) keeps plain numbers and does not come here.
"""

from __future__ import annotations

from typing import Protocol

from adviseur.flows.language.runtime import format_number
from adviseur.reports import texts
from adviseur.reports.model import BandView

__all__ = ["band_range", "delta_text", "number_text", "percent_text", "points_text"]


class Scored(Protocol):
    """A score row of a report or the engine's own score: points out of a maximum."""

    @property
    def points(self) -> float: ...

    @property
    def maximum(self) -> float: ...


def number_text(value: float) -> str:
    """'2,5', '11': a decimal comma, at most two decimals, no trailing zeros."""
    return format_number(value)


def percent_text(value: float | None) -> str:
    """'62,5%' (one decimal, no trailing zero: '50%'); '—' when there is no percentage."""
    if value is None:
        return texts.NO_PERCENT
    return texts.PERCENT.format(value=format_number(round(value, 1)))


def delta_text(delta: float | None) -> str:
    """A change in percentage points with its sign and one decimal: '+43,9', '-3,0', '+0,0'."""
    if delta is None:
        return texts.NO_PERCENT
    return f"{delta:+.1f}".replace(".", ",")


def points_text(score: Scored) -> str:
    """'11 van 20 punten'."""
    return texts.POINTS.format(points=format_number(score.points), maximum=format_number(score.maximum))


def band_range(band: BandView, bands: tuple[BandView, ...]) -> str:
    """'40 tot 75%' (the upper bound excluded), the highest band 'tot en met'."""
    template = texts.RANGE_TOP if bands and band == bands[-1] else texts.RANGE
    return template.format(min=format_number(band.min), max=format_number(band.max))
