"""An inline SVG bar chart of scores: no script, no fonts or images to fetch, prints as vectors.

One horizontal bar per score, its length the percentage of the maximum, its colour the band it
falls in (low bands warm, the top band green), with a tick on the track wherever a band begins, so
a reader sees how far a part is from the next band. Every text is XML-escaped, and every bar has a
`<title>` so screen readers and hover show the exact figure.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from html import escape

from adviseur.reports.format import percent_text
from adviseur.reports.model import BandView, ScoreRow

WIDTH = 760
LABEL_WIDTH = 300
BAR_WIDTH = 360
VALUE_X = LABEL_WIDTH + BAR_WIDTH + 12
ROW_HEIGHT = 38
TOP = 30
BAR_HEIGHT = 18
LABEL_CHARS = 44
LEGEND_HEIGHT = 30
#: Red, amber, blue, green: from the lowest band to the highest (readable on white and in grey print).
PALETTE = ("#b03a2e", "#d68910", "#2471a3", "#1e8449")
NO_BAND_COLOUR = "#7f8c8d"


def band_colour(band: BandView | None, bands: Sequence[BandView]) -> str:
    if band is None or not bands:
        return NO_BAND_COLOUR
    index = list(bands).index(band) if band in bands else 0
    # The top band is always green; below it amber, then red (and blue between them for four).
    slots = {1: (3,), 2: (1, 3), 3: (0, 1, 3), 4: (0, 1, 2, 3)}.get(len(bands))
    if slots is None:
        return PALETTE[min(3, index * 4 // len(bands))]
    return PALETTE[slots[index]]


def _label_lines(label: str) -> list[str]:
    lines = textwrap.wrap(label, LABEL_CHARS) or [""]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), LABEL_CHARS, placeholder="…")]
    return lines


def _x(percent: float) -> float:
    return LABEL_WIDTH + BAR_WIDTH * max(0.0, min(100.0, percent)) / 100.0


def bar_chart(rows: Sequence[ScoreRow], title: str, chart_id: str) -> str:
    """The chart as an `<svg>` element (a string), ready to place inline in an HTML page."""
    rows = [r for r in rows if r.percent is not None]
    legend_bands = next((r.bands for r in rows if r.bands), ())
    height = TOP + ROW_HEIGHT * len(rows) + (LEGEND_HEIGHT if legend_bands else 0) + 10
    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    summary = "; ".join(f"{r.label}: {percent_text(r.percent)}" + (f" ({r.band.label})" if r.band else "") for r in rows)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{escape(chart_id)}" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" role="img" aria-labelledby="{title_id} {desc_id}">',
        f'<title id="{title_id}">{escape(title)}</title>',
        f'<desc id="{desc_id}">{escape(summary)}</desc>',
    ]
    for tick in (0, 25, 50, 75, 100):
        x = _x(tick)
        out.append(
            f'<line class="grid" x1="{x:.1f}" y1="{TOP - 6}" x2="{x:.1f}" y2="{TOP + ROW_HEIGHT * len(rows)}"'
            ' stroke="#d5d8dc" stroke-width="1"/>'
        )
        out.append(
            f'<text class="tick" x="{x:.1f}" y="{TOP - 12}" text-anchor="middle" font-size="11" fill="#555">{tick}%</text>'
        )
    for i, row in enumerate(rows):
        y = TOP + i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2
        colour = band_colour(row.band, row.bands)
        value = percent_text(row.percent)
        band = f" ({row.band.label})" if row.band else ""
        out.append(f'<g class="bar" data-id="{escape(row.id)}" data-percent="{row.percent}">')
        out.append(f"<title>{escape(row.label)}: {escape(value)}{escape(band)}</title>")
        lines = _label_lines(row.label)
        first_y = y + BAR_HEIGHT / 2 + 4 - (6 if len(lines) == 2 else 0)
        text = "".join(
            f'<tspan x="{LABEL_WIDTH - 10}" y="{first_y + 13 * n:.1f}">{escape(line)}</tspan>' for n, line in enumerate(lines)
        )
        weight = ' font-weight="bold"' if row.kind == "total" else ""
        out.append(f'<text class="label" text-anchor="end" font-size="12" fill="#1b2631"{weight}>{text}</text>')
        out.append(
            f'<rect class="track" x="{LABEL_WIDTH}" y="{y:.1f}" width="{BAR_WIDTH}" height="{BAR_HEIGHT}" fill="#eef0f2" rx="3"/>'
        )
        width = _x(row.percent or 0.0) - LABEL_WIDTH
        out.append(
            f'<rect class="fill" x="{LABEL_WIDTH}" y="{y:.1f}" width="{width:.1f}" height="{BAR_HEIGHT}" fill="{colour}" rx="3"/>'
        )
        for b in row.bands:
            if 0 < b.min < 100:
                x = _x(b.min)
                out.append(
                    f'<line class="threshold" x1="{x:.1f}" y1="{y - 3:.1f}" x2="{x:.1f}" y2="{y + BAR_HEIGHT + 3:.1f}"'
                    ' stroke="#1b2631" stroke-width="1.5" stroke-dasharray="3 2"/>'
                )
        out.append(
            f'<text class="value" x="{VALUE_X}" y="{y + BAR_HEIGHT / 2 + 4:.1f}" font-size="12" fill="#1b2631">'
            f"{escape(value)}</text>"
        )
        out.append("</g>")
    if legend_bands:
        out += legend(legend_bands, LABEL_WIDTH, TOP + ROW_HEIGHT * len(rows) + 14)
    out.append("</svg>")
    return "\n".join(out)


def legend(bands: Sequence[BandView], x: float, y: float) -> list[str]:
    """A row of band colours with their labels, starting at (x, y): the key of a chart."""
    out = ['<g class="legend">']
    for b in bands:
        out.append(f'<rect x="{x:.1f}" y="{y}" width="12" height="12" fill="{band_colour(b, bands)}" rx="2"/>')
        out.append(f'<text x="{x + 16:.1f}" y="{y + 10}" font-size="11" fill="#1b2631">{escape(b.label)}</text>')
        x += 24 + 7 * len(b.label)
    out.append("</g>")
    return out
