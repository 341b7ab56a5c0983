"""A timeline's chart of one score: readable without colour (every bar has its number, date,
percentage and band in words), laid out for the width it gets, a scan without the score named."""

from __future__ import annotations

import re

from adviseur.reports.scanset import ScoreLine
from adviseur.tui.widgets.trend_chart import BAR_MAX, trend_lines

COLUMNS = ["2023-03-01", "2024-03-01", "2025-03-01"]
VOORZORG = ScoreLine("pijler_voorzorg", "Pijler voorzorg: een thuis behouden", "group",
                     (10.0, 40.0, 80.0), ("Beginnend", "Op weg", "Preventieproof"))
ROW = re.compile(r"^  (\d)\. (\d{4}-\d\d-\d\d) (█*)(░*) +([\d,]+%)  (\S.*)$")


def _plain(line: ScoreLine, width: int) -> list[str]:
    return [text.plain for text in trend_lines(line, COLUMNS, width)]


def test_each_scan_is_a_bar_with_its_date_percentage_and_band() -> None:
    heading, *rows = _plain(VOORZORG, 100)
    assert heading == "Pijler voorzorg: een thuis behouden · +70,0 procentpunt sinds scan 1"
    parsed = [ROW.match(row) for row in rows]
    assert all(parsed), rows
    seen = [(m.group(1), m.group(2), m.group(5), m.group(6)) for m in parsed if m]
    assert seen == [("1", "2023-03-01", "10%", "Beginnend"), ("2", "2024-03-01", "40%", "Op weg"),
                    ("3", "2025-03-01", "80%", "Preventieproof")]
    filled = [len(m.group(3)) for m in parsed if m]
    assert filled == [3, 12, 24] and all(len(m.group(3) + m.group(4)) == BAR_MAX for m in parsed if m)


def test_at_narrow_widths_nothing_is_cut() -> None:
    for width in (80, 60, 40):
        lines = _plain(VOORZORG, width)
        assert all(len(line) <= width for line in lines), (width, lines)
        assert "Pijler voorzorg" in lines[0] and any("+70,0 procentpunt sinds scan 1" in line for line in lines)
        assert all("%" in line for line in lines[-3:])
    heading, change = _plain(VOORZORG, 60)[:2]  # the change keeps a line of its own
    assert heading == "Pijler voorzorg: een thuis behouden" and change.strip() == "+70,0 procentpunt sinds scan 1"
    assert "Preventieproof" not in _plain(VOORZORG, 40)[-1]  # very narrow: the band gives way, the percentage stays


def test_a_scan_without_the_score_says_so_and_the_change_counts_from_the_first_with_one() -> None:
    newer = ScoreLine("route_instelling", "Route 2: vertrek uit een instelling", "group",
                      (None, 40.0, 80.0), (None, "Op weg", "Preventieproof"))
    heading, first, *_ = _plain(newer, 100)
    assert heading.endswith("+40,0 procentpunt sinds scan 2") and first == "  1. 2023-03-01 geen score"
    once = ScoreLine("totaal", "Totaal", "total", (None, None, 50.0), (None, None, "Op weg"))
    assert _plain(once, 100)[0] == "Totaal"  # one value: no change to tell


def test_charts_one_under_the_other_share_the_length_of_their_bars() -> None:
    short = ScoreLine("doelen", "Doelen", "section", (50.0, 50.0, 50.0), ("Op weg", "Op weg", "Op weg"))
    alone, shared = (_bars(trend_lines(short, COLUMNS, 80, band_width=width)) for width in (0, len("Preventieproof")))
    assert _bars(trend_lines(VOORZORG, COLUMNS, 80)) == {BAR_MAX} and shared == {BAR_MAX} and alone == {BAR_MAX}
    narrow = _bars(trend_lines(short, COLUMNS, 60, band_width=len("Preventieproof")))
    assert narrow == _bars(trend_lines(VOORZORG, COLUMNS, 60))  # less room: both shrink alike


def _bars(lines: list) -> set[int]:
    return {len(m.group(3) + m.group(4)) for m in (ROW.match(t.plain) for t in lines) if m}
