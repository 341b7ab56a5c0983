"""A horizontal bar chart of scores with their bands, drawn in text so it works in any terminal."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import Static

from adviseur.reports.format import percent_text
from adviseur.reports.model import ScoreRow

BAR_WIDTH = 30


class ScoreChart(Static):
    def __init__(self, scores: list[ScoreRow], **kwargs: Any) -> None:
        super().__init__(self._render_chart(scores), **kwargs)

    @staticmethod
    def _render_chart(scores: list[ScoreRow]) -> Text:
        if not scores:
            return Text("Geen scores.")
        width = min(28, max(len(s.label) for s in scores))
        text = Text()
        for score in scores:
            pct = score.percent or 0.0
            filled = round(BAR_WIDTH * pct / 100)
            label = score.label if len(score.label) <= width else score.label[: width - 1] + "…"
            text.append(f"{label:<{width}} ")
            style = _style_for(pct)
            text.append("█" * filled, style=style)
            text.append("░" * (BAR_WIDTH - filled), style="dim")
            text.append(f" {percent_text(pct):>6}")  # the one formatter: '62,5%', as in the reports
            if score.band is not None:
                text.append(f"  {score.band.label}", style=f"bold {style}")
            text.append("\n")
        return text


def _style_for(pct: float) -> str:
    if pct >= 75:
        return "green"
    if pct >= 50:
        return "yellow"
    return "red"
