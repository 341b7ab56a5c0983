"""Inline SVG charts of several scans side by side: a column per scan for every score, and the
spread of partners' answers per building block. Like `chart.py`: no script, nothing to fetch,
every text escaped, every mark with a `<title>` (hover and screen readers get the exact figure).

`column_chart` draws one row per score (total, pillar, building block) and one small column per
scan in it, its height the percentage and its colour the band: read along a row, a timeline shows
whether a part grew; read down a column, a region shows where each municipality is strong.
`spread_chart` draws one row per building block with a dot per respondent on a 0-100% track and
the range between the lowest and the highest: a long line is where partners see things differently.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from html import escape

from adviseur.reports.chart import NO_BAND_COLOUR, band_colour, legend
from adviseur.reports.format import percent_text
from adviseur.reports.scanset import ScoreLine

WIDTH = 760
LABEL_WIDTH = 260
AREA = WIDTH - LABEL_WIDTH - 16
ROW_HEIGHT = 46
COLUMN_HEIGHT = 32
HEAD = 40
LABEL_CHARS = 38
DOT_COLOURS = ("#1f618d", "#b03a2e", "#1e8449", "#7d3c98", "#d68910", "#117a65", "#566573", "#a04000")
"""One colour per respondent in the spread chart (the legend says who is who)."""


def _label(label: str, x: float, y: float, bold: bool = False) -> str:
    lines = textwrap.wrap(label, LABEL_CHARS) or [""]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), LABEL_CHARS, placeholder="…")]
    first = y - (6 if len(lines) == 2 else 0)
    spans = "".join(f'<tspan x="{x:.1f}" y="{first + 13 * n:.1f}">{escape(line)}</tspan>' for n, line in enumerate(lines))
    weight = ' font-weight="bold"' if bold else ""
    return f'<text class="label" text-anchor="end" font-size="12" fill="#1b2631"{weight}>{spans}</text>'


def _open(chart_id: str, height: float, title: str, summary: str) -> list[str]:
    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{escape(chart_id)}" '
        f'viewBox="0 0 {WIDTH} {height:.0f}" width="100%" role="img" aria-labelledby="{title_id} {desc_id}">',
        f'<title id="{title_id}">{escape(title)}</title>',
        f'<desc id="{desc_id}">{escape(summary)}</desc>',
    ]


def _summary(lines: Sequence[ScoreLine], names: Sequence[str]) -> str:
    """Every figure of the chart in words (its `<desc>`)."""
    return "; ".join(
        f"{line.label}: " + ", ".join(f"{n} {percent_text(v)}" for n, v in zip(names, line.values, strict=True)) for line in lines
    )


def _colour(line: ScoreLine, index: int) -> str:
    band = line.band_view(index)
    return band_colour(band, line.scale) if band is not None else NO_BAND_COLOUR


def column_chart(
    lines: Sequence[ScoreLine], columns: Sequence[str], title: str, chart_id: str, *, connect: bool = True
) -> str:
    """One row per score, one column per scan (`columns` names them: dates or municipalities).
    `connect` draws a line through the tops of a row's columns (a trend over time)."""
    n = max(1, len(columns))
    cell = AREA / n
    bar = min(34.0, cell * 0.5)
    height = HEAD + ROW_HEIGHT * len(lines) + 34
    out = _open(chart_id, height, title, _summary(lines, columns))
    chars = max(4, int(cell / 6.5))
    for i, name in enumerate(columns):
        x = LABEL_WIDTH + cell * (i + 0.5)
        out.append(
            f'<text class="column" x="{x:.1f}" y="{HEAD - 14}" text-anchor="middle" font-size="11" fill="#1b2631" '
            f'font-weight="bold">{escape(textwrap.shorten(name, chars, placeholder="…"))}</text>'
        )
    for row, line in enumerate(lines):
        top = HEAD + row * ROW_HEIGHT
        base = top + ROW_HEIGHT - 8
        out.append(f'<g class="row" data-id="{escape(line.id)}">')
        out.append(_label(line.label, LABEL_WIDTH - 10, top + ROW_HEIGHT / 2 + 2, bold=line.kind == "total"))
        out.append(
            f'<line class="base" x1="{LABEL_WIDTH}" y1="{base:.1f}" x2="{WIDTH - 8}" y2="{base:.1f}" stroke="#d5d8dc"/>'
        )
        tops: list[tuple[float, float]] = []
        for i, value in enumerate(line.values):
            x = LABEL_WIDTH + cell * (i + 0.5)
            band = f" ({line.bands[i]})" if line.bands[i] else ""
            out.append(f'<g class="point" data-column="{i}" data-percent="{"" if value is None else value}">')
            out.append(f"<title>{escape(line.label)} — {escape(columns[i])}: {escape(percent_text(value))}{escape(band)}</title>")
            out.append(
                f'<rect class="track" x="{x - bar / 2:.1f}" y="{base - COLUMN_HEIGHT:.1f}" width="{bar:.1f}" '
                f'height="{COLUMN_HEIGHT}" fill="#eef0f2" rx="2"/>'
            )
            if value is not None:
                h = COLUMN_HEIGHT * max(0.0, min(100.0, value)) / 100.0
                tops.append((x, base - h))
                out.append(
                    f'<rect class="fill" x="{x - bar / 2:.1f}" y="{base - h:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                    f'fill="{_colour(line, i)}" rx="2"/>'
                )
            out.append(
                f'<text class="value" x="{x + bar / 2 + 3:.1f}" y="{base - 2:.1f}" font-size="10" fill="#1b2631">'
                f"{escape(percent_text(value).removesuffix('%'))}</text>"
            )
            out.append("</g>")
        if connect and len(tops) > 1:
            points = " ".join(f"{x:.1f},{y:.1f}" for x, y in tops)
            out.append(f'<polyline class="trend" points="{points}" fill="none" stroke="#1b2631" stroke-width="1" opacity="0.5"/>')
        out.append("</g>")
    scale = next((line.scale for line in lines if line.scale), ())
    if scale:
        out += legend(scale, LABEL_WIDTH, HEAD + ROW_HEIGHT * len(lines) + 12)
    out.append("</svg>")
    return "\n".join(out)


def spread_chart(lines: Sequence[ScoreLine], who: Sequence[str], title: str, chart_id: str) -> str:
    """One row per score: a dot per respondent (`who`) on a 0-100% track and the range between
    the lowest and the highest value."""
    row_height = 40
    height = HEAD + row_height * len(lines) + 24 + 18 * ((len(who) + 2) // 3)
    out = _open(chart_id, height, title, _summary(lines, who))

    def x_of(percent: float) -> float:
        return LABEL_WIDTH + AREA * max(0.0, min(100.0, percent)) / 100.0

    for tick in (0, 25, 50, 75, 100):
        x = x_of(tick)
        out.append(
            f'<line class="grid" x1="{x:.1f}" y1="{HEAD - 6}" x2="{x:.1f}" y2="{HEAD + row_height * len(lines)}" '
            'stroke="#d5d8dc" stroke-width="1"/>'
        )
        out.append(
            f'<text class="tick" x="{x:.1f}" y="{HEAD - 12}" text-anchor="middle" font-size="11" fill="#555">{tick}%</text>'
        )
    for row, line in enumerate(lines):
        y = HEAD + row * row_height + row_height / 2
        known = line.known
        spread = max(known) - min(known) if known else 0.0
        out.append(f'<g class="spread" data-id="{escape(line.id)}" data-spread="{spread:.1f}">')
        out.append(_label(line.label, LABEL_WIDTH - 10, y + 4))
        if known:
            out.append(
                f'<line class="range" x1="{x_of(min(known)):.1f}" y1="{y:.1f}" x2="{x_of(max(known)):.1f}" y2="{y:.1f}" '
                'stroke="#1b2631" stroke-width="3" opacity="0.35" stroke-linecap="round"/>'
            )
        same: dict[float, int] = {}
        for i, value in enumerate(line.values):
            if value is None:
                continue
            colour = DOT_COLOURS[i % len(DOT_COLOURS)]
            k = same[value] = same.get(value, -1) + 1  # equal answers side by side, not on top of each other
            dy = ((k + 1) // 2) * 7 * (1 if k % 2 else -1)
            out.append(
                f'<circle class="dot" cx="{x_of(value):.1f}" cy="{y + dy:.1f}" r="4.5" fill="{colour}" data-who="{i}">'
                f"<title>{escape(line.label)} — {escape(who[i])}: {escape(percent_text(value))}</title></circle>"
            )
        out.append("</g>")
    top = HEAD + row_height * len(lines) + 16
    out.append('<g class="legend">')
    for i, name in enumerate(who):
        x = LABEL_WIDTH + (i % 3) * (AREA / 3)
        y = top + 18 * (i // 3)
        colour = DOT_COLOURS[i % len(DOT_COLOURS)]
        out.append(f'<circle cx="{x + 6:.1f}" cy="{y + 6}" r="5" fill="{colour}"/>')
        short = escape(textwrap.shorten(name, 34, placeholder="…"))
        out.append(f'<text x="{x + 16:.1f}" y="{y + 10}" font-size="11" fill="#1b2631">{short}</text>')
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out)

