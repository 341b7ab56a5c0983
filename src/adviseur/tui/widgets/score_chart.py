"""Horizontal bar charts of scores, drawn in text so they work in any terminal.

The chart is laid out for the width it gets: the label column takes what the bars, the
percentages and the bands leave, a bar shrinks on a narrow terminal (down to `MIN_BAR`), and a
label that still does not fit is wrapped onto more lines, never cut. `ComparisonChart` draws a
comparison the same way: the part both scans share solid, the part lost (red, '▒') or gained
(green, '▓') shaded, so a step back is seen as well as read.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

from adviseur.reports.format import delta_text, percent_text
from adviseur.reports.model import ComparisonRow, ScoreRow
from adviseur.tui import texts

BAR_WIDTH = 30
MIN_BAR = 16
MIN_LABEL = 12
NUMBER = 7
"""Room for ' 62,5%'."""


@dataclass(frozen=True)
class Bar:
    """One line of a chart: a label, the score now (and before, in a comparison), its band."""

    label: str
    percent: float
    band: str = ""
    before: float | None = None
    tone: str | None = None
    """The colour of the bar and band: 'red' for the lowest band, 'green' for the highest, 'yellow'
    between; None: by the percentage (a comparison, a score without bands)."""


def chart_lines(bars: Sequence[Bar], width: int, *, longest: int = 0) -> list[Text]:
    """The chart for `width` columns: one line per bar, more when a label has to wrap.
    `longest`: plan the label column for labels this long (charts shown one under the other
    then line up)."""
    if not bars:
        return [Text(texts.NO_SCORES)]
    width = max(width, 40)
    tail = max((len(_tail(b)) for b in bars), default=0)
    number = max(NUMBER, *(len(_number(b)) + 1 for b in bars))
    longest = max(longest, *(len(b.label) for b in bars))
    bar = max(MIN_BAR, min(BAR_WIDTH, width - longest - 1 - number - tail))
    label_width = width - 1 - bar - number - tail
    if label_width < MIN_LABEL:  # very narrow: the bar gives way before the labels do
        label_width = MIN_LABEL
        bar = max(4, width - 1 - label_width - number - tail)
    label_width = min(label_width, longest)
    lines: list[Text] = []
    for b in bars:
        wrapped = textwrap.wrap(b.label, label_width) or [""]
        lines += [Text(part) for part in wrapped[:-1]]
        line = Text(f"{wrapped[-1]:<{label_width}} ")
        line.append_text(_bar(b, bar))
        line.append(f" {_number(b):>{number - 1}}")
        if b.band:
            line.append(f"  {b.band}", style=f"bold {b.tone or percent_tone(b.percent)}")
        line.append(_change(b), style=_change_style(b))
        lines.append(line)
    return lines


def _number(b: Bar) -> str:
    """'62,5%', or in a comparison '94,1% → 50%'."""
    now = percent_text(b.percent)
    return now if b.before is None else f"{percent_text(b.before)} → {now}"


def _tail(b: Bar) -> str:
    """What follows the percentage: the band, and in a comparison the change."""
    return (f"  {b.band}" if b.band else "") + _change(b)


def _change(b: Bar) -> str:
    """'  -44,1 ▼' in a comparison (percentage points), nothing otherwise."""
    if b.before is None:
        return ""
    delta = b.percent - b.before
    return f"  {delta_text(delta)}" + (" ▼" if delta < 0 else " ▲" if delta > 0 else "")


def bar_text(percent: float, width: int, tone: str) -> Text:
    """A bar of `width` cells, `percent` of them filled in `tone`, the rest dim."""
    filled = round(width * percent / 100)
    out = Text()
    out.append("█" * filled, style=tone)
    out.append("░" * (width - filled), style="dim")
    return out


def _bar(b: Bar, width: int) -> Text:
    if b.before is None:
        return bar_text(b.percent, width, b.tone or percent_tone(b.percent))
    now = round(width * b.percent / 100)
    out = Text()
    before = round(width * b.before / 100)
    shared = min(now, before)
    out.append("█" * shared, style=percent_tone(b.percent))
    if now < before:
        out.append("▒" * (before - now), style="red")
    elif now > before:
        out.append("▓" * (now - before), style="green")
    out.append("░" * (width - max(now, before)), style="dim")
    return out


def _change_style(b: Bar) -> str:
    if b.before is None or b.percent == b.before:
        return "dim"
    return "bold red" if b.percent < b.before else "green"


def percent_tone(pct: float) -> str:
    """The colour of a score without bands: green from 75%, yellow from 50%, else red."""
    if pct >= 75:
        return "green"
    if pct >= 50:
        return "yellow"
    return "red"


class BarChart(Widget):
    """Bars laid out for the widget's own width (see `chart_lines`); as tall as its lines."""

    DEFAULT_CSS = "BarChart { height: auto; }"

    def __init__(self, bars: Sequence[Bar], *, longest: int = 0, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.bars = list(bars)
        self.longest = longest

    def render(self) -> Text:
        return Text("\n").join(chart_lines(self.bars, self.content_size.width, longest=self.longest))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(chart_lines(self.bars, width, longest=self.longest))


class ScoreChart(BarChart):
    """Scores with their bands."""

    def __init__(self, scores: Sequence[ScoreRow], **kwargs: Any) -> None:
        bars = [Bar(s.label, s.percent or 0.0, s.band.label if s.band else "", tone=band_tone(s.band, s.bands)) for s in scores]
        super().__init__(bars, **kwargs)


def band_tone(band: object, bands: Sequence[object]) -> str | None:
    """The colour of a band by its place among the flow's bands: 'Op weg' is yellow in the
    self-scan and 'In opbouw' in the checklist, whatever their percentages; None without one."""
    if band is None or band not in bands:
        return None
    place = bands.index(band)
    return "red" if place == 0 else "green" if place == len(bands) - 1 else "yellow"


class ComparisonChart(BarChart):
    """Scores then and now: what both share solid, the loss or gain shaded, the change in points."""

    def __init__(self, rows: Sequence[ComparisonRow], **kwargs: Any) -> None:
        bars = [Bar(r.label, r.after or 0.0, before=r.before or 0.0) for r in rows]
        super().__init__(bars, **kwargs)
