"""Scores of several scans side by side, as a table with a small chart per row.

One row per score (the total, the pillars, the building blocks), one column per scan (a date on
a timeline, a respondent of a combined scan, a municipality of a region), and in front a
sparkline: one block per scan, its height the percentage, so a row shows at a glance whether a
part grew or where it is strong. The figures themselves are in the columns, formatted as every
face formats them ("62,5%").
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import DataTable

from adviseur.reports import scan_texts
from adviseur.reports.format import percent_text
from adviseur.reports.scanset import ScoreLine

BLOCKS = "▁▂▃▄▅▆▇█"
MISSING = "·"


def sparkline(values: Sequence[float | None]) -> str:
    """'▁▄▇': one block per value, its height the percentage (0-100); '·' where there is none."""
    out = []
    for value in values:
        if value is None:
            out.append(MISSING)
        else:
            out.append(BLOCKS[min(len(BLOCKS) - 1, int(max(0.0, min(100.0, value)) / 100 * len(BLOCKS)))])
    return "".join(out)


class ScoreTable(DataTable[str | Text]):
    """The scores of `lines`, one column per name in `columns`; `extra` adds a last column."""

    DEFAULT_CSS = """
    ScoreTable { height: auto; max-height: 30; margin: 0 0 1 0; }
    """

    def __init__(
        self,
        lines: Sequence[ScoreLine],
        columns: Sequence[str],
        *,
        extra: tuple[str, Sequence[str]] | None = None,
        marks: Sequence[Sequence[int]] | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.lines = list(lines)
        self.names = list(columns)
        self.extra = extra
        self.marks = marks
        """Per line, the columns to mark with ★ (the strongest of a region)."""

    def on_mount(self) -> None:
        self.add_column(scan_texts.COL_PART, key="part")
        self.add_column("", key="chart")
        for n, name in enumerate(self.names):
            self.add_column(name, key=f"c{n}")
        if self.extra is not None:
            self.add_column(self.extra[0], key="extra")
        for i, line in enumerate(self.lines):
            marked = set(self.marks[i]) if self.marks is not None else set()
            cells: list[str | Text] = [Text(line.label, style="bold" if line.kind == "total" else ""), sparkline(line.values)]
            cells += [percent_text(v) + (" ★" if n in marked else "") for n, v in enumerate(line.values)]
            if self.extra is not None:
                cells.append(self.extra[1][i])
            self.add_row(*cells, key=line.id)
