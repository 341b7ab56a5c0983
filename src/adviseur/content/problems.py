"""The one shape every content problem takes, and the "did you mean" helper."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from adviseur.errors import AdviseurError

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """A located problem in a content file. Lines and columns are 1-based, as editors show them."""

    path: Path
    line: int
    column: int
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        prefix = "" if self.severity == "error" else "waarschuwing: "
        return f"{self.path}:{self.line}:{self.column}: {prefix}{self.message}"


class ContentError(AdviseurError):
    """Raised when content cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def did_you_mean(word: str, choices: Iterable[str], *, cutoff: float = 60.0) -> str:
    """A Dutch suffix naming the nearest valid choice, or "" when nothing is close.

    rapidfuzz's plain ratio (normalised Indel distance) suits ids: they are short and a typo
    changes a few characters, whereas WRatio would over-reward partial matches.
    """
    from rapidfuzz import fuzz, process

    pool = list(choices)
    if not pool:
        return ""
    best = process.extractOne(word, pool, scorer=fuzz.ratio, score_cutoff=cutoff)
    return f" (bedoel je '{best[0]}'?)" if best else ""
