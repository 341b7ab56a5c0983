"""Bar charts laid out for the width they get: labels wrap instead of being cut, lines fit."""

from __future__ import annotations

import pytest

from adviseur.tui.widgets.score_chart import Bar, chart_lines

LONG = "Pijler inclusief wonen: passende, duurzame huisvesting"


@pytest.mark.parametrize("width", [40, 60, 76, 116])
def test_every_label_is_shown_whole_and_every_line_fits(width: int) -> None:
    bars = [Bar(LONG, 41.7, "Op weg"), Bar("Totaal", 50.0, "Op weg"), Bar("Wonen", 75.0, "Preventieproof")]
    lines = [line.plain for line in chart_lines(bars, width)]
    assert all(len(line) <= width for line in lines), lines
    words = " ".join(lines).split()
    for bar in bars:  # each label's words appear in order, none cut short
        start = words.index(bar.label.split()[0])
        assert words[start : start + len(bar.label.split())] == bar.label.split()
    assert sum("%" in line for line in lines) == len(bars)


def test_charts_under_each_other_line_up() -> None:
    first = chart_lines([Bar("Totaal", 50.0)], 100, longest=len(LONG))
    second = chart_lines([Bar(LONG, 41.7)], 100, longest=len(LONG))
    assert first[0].plain.index("█") == second[-1].plain.index("█")


def test_a_comparison_shows_the_loss_and_the_gain_in_shape_and_numbers() -> None:
    bars = [Bar("Daling", 50.0, before=90.0), Bar("Stijging", 80.0, before=60.0), Bar("Gelijk", 40.0, before=40.0)]
    down, up, same = chart_lines(bars, 80)
    assert "▒" in down.plain and "▓" not in down.plain and down.plain.rstrip().endswith("-40,0 ▼")
    assert "90% → 50%" in down.plain
    assert "▓" in up.plain and up.plain.rstrip().endswith("+20,0 ▲")
    assert "▒" not in same.plain and "▓" not in same.plain


def test_a_score_is_coloured_by_its_band_not_by_a_fixed_percentage() -> None:
    from adviseur.reports.model import BandView, ScoreRow
    from adviseur.tui.widgets.score_chart import ScoreChart

    bands = (BandView("open", "Veel nog open", 0, 50, None), BandView("bouw", "In opbouw", 50, 80, None),
             BandView("orde", "Op orde", 80, 100, None))
    row = ScoreRow("doelen", "Doelen", "section", 3, 4, 75.0, bands[1], bands)  # 75%, but the middle band
    (bar,) = ScoreChart([row]).bars
    assert bar.tone == "yellow"
    (line,) = chart_lines([bar], 80)
    filled = [span for span in line.spans if "█" in line.plain[span.start : span.end]]
    assert filled and all(str(span.style) == "yellow" for span in filled)
