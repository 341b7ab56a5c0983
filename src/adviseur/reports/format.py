"""Numbers as a Dutch reader expects them in both report formats (decimal comma, '%')."""

from __future__ import annotations

from adviseur.flows.runtime import format_number
from adviseur.reports import texts
from adviseur.reports.model import BandView, ScoreRow


def percent_text(value: float | None) -> str:
    if value is None:
        return texts.NO_PERCENT
    return texts.PERCENT.format(value=format_number(round(value, 1)))


def points_text(row: ScoreRow) -> str:
    return texts.POINTS.format(points=format_number(row.points), maximum=format_number(row.maximum))


def band_range(band: BandView, bands: tuple[BandView, ...]) -> str:
    """'40 tot 75%' (the upper bound excluded), the highest band 'tot en met'."""
    template = texts.RANGE_TOP if bands and band == bands[-1] else texts.RANGE
    return template.format(min=format_number(band.min), max=format_number(band.max))
