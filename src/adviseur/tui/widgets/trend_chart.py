"""One score of a timeline over its scans, as a small bar chart drawn in text.

Issue 16 asks the app, like the report's SVG charts, to show each pillar and each building block
over time. A table with a sparkline per row shows the figures; this shows the movement: a heading
(the score, and how far it moved since the first scan) and one bar per scan with its number, its
date, its percentage and its band. The words and figures carry the meaning, the colour of a bar
(its band's place among the flow's bands) only repeats it, so the chart reads in black and white,
and it is laid out for the width it gets, down to 80 columns and below.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

from adviseur.reports.format import delta_text, percent_text
from adviseur.reports.scanset import ScoreLine
from adviseur.tui import texts
from adviseur.tui.widgets.score_chart import band_tone, bar_text, percent_tone

BAR_MAX = 30
BAR_MIN = 6
INDENT = "  "
NUMBER = 6
"""Room for '87,5%' right-aligned, and the space before it."""
SEPARATOR = " · "


def _tone(line: ScoreLine, index: int) -> str:
    """The colour of a bar: its band's place among the flow's bands (lowest red, highest green),
    else by the percentage, as the results screen colours a score."""
    return band_tone(line.band_view(index), line.scale) or percent_tone(line.values[index] or 0.0)


def _change(line: ScoreLine) -> str:
    """'+70,0 procentpunt sinds scan 1': from the first scan with a score to the last."""
    known = [(i, v) for i, v in enumerate(line.values) if v is not None]
    if len(known) < 2:
        return ""
    (first, before), (_, after) = known[0], known[-1]
    return texts.TREND_CHANGE.format(change=delta_text(round(after - before, 1)), first=first + 1)


def trend_lines(line: ScoreLine, columns: Sequence[str], width: int, *, band_width: int = 0) -> list[Text]:
    """The chart of `line` for `width` columns: the heading (wrapped, never cut), then a line per
    scan: '  3. 2025-03-01 ████████░░░  80%  Preventieproof'; 'geen score' where a scan has none.
    `band_width`: plan for band names this long, so charts shown one under the other have bars
    of the same length (a bar of 50% in one is as long as in the next)."""
    width = max(width, 30)
    out: list[Text] = []
    change = _change(line)
    if change and len(line.label) + len(SEPARATOR) + len(change) <= width:
        out.append(Text(line.label, style="bold") + Text(SEPARATOR + change))
    else:  # the label wraps (never cut), the change keeps a line of its own
        out += [Text(part, style="bold") for part in textwrap.wrap(line.label, width) or [line.label]]
        if change:
            out.append(Text(INDENT + change))
    names = [f"{n}. {name}" for n, name in enumerate(columns, 1)]
    name_width = max((len(n) for n in names), default=0)
    bands = [b or "" for b in line.bands]
    band_width = max(band_width, *(len(b) for b in bands)) if bands else band_width
    tail = 2 + band_width if band_width else 0
    bar = min(BAR_MAX, width - len(INDENT) - name_width - 1 - NUMBER - tail)
    if bar < BAR_MIN:  # narrow: the bands give way first (the percentage stays)
        tail, bands = 0, ["" for _ in bands]
        bar = max(BAR_MIN, min(BAR_MAX, width - len(INDENT) - name_width - 1 - NUMBER))
    for i, (name, value) in enumerate(zip(names, line.values, strict=False)):
        row = Text(f"{INDENT}{name:<{name_width}} ")
        if value is None:
            row.append(texts.NO_SCORE, style="dim")
        else:
            tone = _tone(line, i)
            row.append_text(bar_text(max(0.0, min(100.0, value)), bar, tone))
            row.append(f"{percent_text(value):>{NUMBER}}")
            if tail and bands[i]:
                row.append(f"  {bands[i]}", style=f"bold {tone}")
        out.append(row)
    return out


class TrendChart(Widget):
    """One score over the scans (see `trend_lines`), as tall as its lines."""

    DEFAULT_CSS = "TrendChart { height: auto; margin: 0 0 1 0; }"

    def __init__(self, line: ScoreLine, columns: Sequence[str], *, band_width: int = 0, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.line = line
        self.columns = list(columns)
        self.band_width = band_width

    def _lines(self, width: int) -> list[Text]:
        return trend_lines(self.line, self.columns, width, band_width=self.band_width)

    def render(self) -> Text:
        return Text("\n").join(self._lines(self.content_size.width))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))

    @property
    def plain(self) -> str:
        """What the chart says, as plain text at its current width (for tests and screen readers)."""
        return "\n".join(t.plain for t in self._lines(self.content_size.width or 80))
