"""One service as a reader found it: raw cells with the place each came from.

The three readers (Dutch CSV template, YAML, HSDS datapackage) turn their files into `RawRow`s
with the same Dutch keys (`naam`, `telefoon`, `biedt`, …); one validator then judges every row
(`adviseur.localmap.validate`). Positions travel with the cells, so a bad phone number in an HSDS
package is reported in `phones.csv` at its own row and column, not in `services.csv`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adviseur.content import Problem

Where = tuple[Path, int, int]
"""A file, a 1-based row (line) and a 1-based column."""


@dataclass
class RawRow:
    """The cells of one service, by Dutch column name, with their positions."""

    start: Where
    """Where the service begins (its row), for problems about the row as a whole."""
    values: dict[str, Any] = field(default_factory=dict)
    where: dict[str, Where] = field(default_factory=dict)
    item_where: dict[tuple[str, int], Where] = field(default_factory=dict)
    """Positions of single list items, where the file has them (YAML lists)."""
    municipality_from_address: bool = False
    """The `gemeente` cell is a place name from an address (HSDS `city`), not a municipality:
    `--gemeente` may replace it without complaint."""

    def set(self, key: str, value: Any, where: Where | None = None) -> None:
        self.values[key] = value
        self.where[key] = where or self.start

    def at(self, key: str, item: int | None = None) -> Where:
        if item is not None and (key, item) in self.item_where:
            return self.item_where[(key, item)]
        return self.where.get(key, self.start)

    def problem(self, key: str | None, message: str, *, item: int | None = None, warning: bool = False) -> Problem:
        path, line, column = self.at(key, item) if key else self.start
        prefix = f"{key}: " if key and not message.startswith(f"{key}:") else ""
        return Problem(path, line, column, prefix + message, "warning" if warning else "error")


@dataclass
class ReadResult:
    """What a reader found in a file: the rows and the problems (errors and warnings)."""

    format: str
    """'hsds', 'csv' or 'yaml'."""
    rows: list[RawRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    municipality: str | None = None
    """A municipality the file names for all its rows (YAML's top-level `gemeente`)."""
