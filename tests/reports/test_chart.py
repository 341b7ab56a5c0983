"""The inline SVG bar chart on its own: geometry, colours by band, threshold marks, escaping."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from adviseur.reports.chart import BAR_WIDTH, PALETTE, band_colour, bar_chart
from adviseur.reports.model import BandView, ScoreRow

NS = "{http://www.w3.org/2000/svg}"
BANDS = (
    BandView("laag", "Laag", 0, 40, None),
    BandView("midden", "Midden", 40, 75, None),
    BandView("hoog", "Hoog", 75, 100, None),
)


def row(rid: str, label: str, percent: float | None, band: int | None) -> ScoreRow:
    return ScoreRow(rid, label, "section", percent or 0, 100, percent, BANDS[band] if band is not None else None, BANDS)


def bars(svg: str) -> dict[str, ET.Element]:
    root = ET.fromstring(svg)
    return {g.get("data-id"): g for g in root.iter(f"{NS}g") if g.get("class") == "bar"}


def rect(group: ET.Element, cls: str) -> ET.Element:
    return next(r for r in group.iter(f"{NS}rect") if r.get("class") == cls)


def test_bar_length_is_the_percentage_and_colour_the_band() -> None:
    svg = bar_chart([row("a", "A", 20, 0), row("b", "B", 50, 1), row("c", "C", 100, 2)], "Titel", "t")
    found = bars(svg)
    assert list(found) == ["a", "b", "c"]
    widths = {k: float(rect(g, "fill").get("width")) for k, g in found.items()}
    assert widths == {"a": BAR_WIDTH * 0.2, "b": BAR_WIDTH * 0.5, "c": float(BAR_WIDTH)}
    colours = {k: rect(g, "fill").get("fill") for k, g in found.items()}
    assert colours == {"a": PALETTE[0], "b": PALETTE[1], "c": PALETTE[3]}


def test_thresholds_are_marked_where_bands_begin() -> None:
    found = bars(bar_chart([row("a", "A", 60, 1)], "Titel", "t"))
    xs = [float(line.get("x1")) for line in found["a"].iter(f"{NS}line") if line.get("class") == "threshold"]
    left = float(rect(found["a"], "track").get("x"))
    assert xs == [left + BAR_WIDTH * 0.40, left + BAR_WIDTH * 0.75]


def test_scores_without_percentage_get_no_bar_and_the_title_describes_all() -> None:
    svg = bar_chart([row("a", "A", 30, 0), row("n", "Niets", None, None)], "Scores", "t")
    assert list(bars(svg)) == ["a"]
    root = ET.fromstring(svg)
    assert root.find(f"{NS}title").text == "Scores"
    assert root.find(f"{NS}desc").text == "A: 30% (Laag)"
    assert root.get("role") == "img"


def test_labels_are_escaped_and_long_ones_wrapped() -> None:
    label = "<script>alert(1)</script> & een heel lang label dat niet op één regel past en nog veel langer doorgaat"
    svg = bar_chart([row("x", label, 10, 0)], "T", "t")
    assert "<script>" not in svg
    group = bars(svg)["x"]
    assert group.find(f"{NS}title").text.startswith("<script>alert(1)</script> &")  # as text, after parsing
    spans = [t.text for t in group.iter(f"{NS}tspan")]
    assert len(spans) == 2 and spans[1].endswith("…")


def test_band_colours_keep_top_green_whatever_the_number_of_bands() -> None:
    two = BANDS[1:]
    assert [band_colour(b, two) for b in two] == [PALETTE[1], PALETTE[3]]
    assert band_colour(BANDS[2], BANDS) == PALETTE[3]
    assert band_colour(None, BANDS) not in PALETTE
