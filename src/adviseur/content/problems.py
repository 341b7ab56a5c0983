"""The one shape every content problem takes, its stable code, and the "did you mean" helper.

Every problem an author can meet has a stable code (`ADV201`), like pyxform's error codes: it
is printed after the message (`flows/x.yaml:3:5: onbekende sleutel 'lable' [ADV201]`), stays
the same when the wording changes, and `docs/problems.md` explains each one, so an author can
search for it. The code travels with the text: a catalogue (`content/texts.py`,
`flows/texts.py`, `knowledge/texts.py`) defines each problem text as a `ProblemText`, whose
`format` and concatenation keep the code, and a `Problem` made from it takes its code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from adviseur.errors import AdviseurError

Severity = Literal["error", "warning"]

CODE = re.compile(r"^ADV[1-9][0-9]{2}$")
"""ADV, then the family (1 reading a file, 2 its schema, 3 the knowledge base, 4 compiling a
flow, 5 its expressions, 6 the flow linter, 7 scenarios and answer files), then a number."""


class ProblemText(str):
    """A catalogue's text for a problem, carrying its stable code through `format` and `+`."""

    code: str

    def __new__(cls, code: str, text: str) -> ProblemText:
        if not CODE.match(code):
            raise ValueError(f"not a problem code: {code!r}")
        made = super().__new__(cls, text)
        made.code = code
        return made

    def format(self, *args: object, **kwargs: object) -> ProblemText:
        return ProblemText(self.code, str.format(self, *args, **kwargs))

    def __add__(self, other: str) -> ProblemText:
        return ProblemText(self.code, str.__add__(self, other))

    def __radd__(self, other: str) -> ProblemText:
        return ProblemText(self.code, other + str(self))

    def __reduce__(self) -> tuple[type[ProblemText], tuple[str, str]]:
        return (ProblemText, (self.code, str(self)))


def code_of(message: str) -> str:
    """The code a message carries ('' for a text without one)."""
    return message.code if isinstance(message, ProblemText) else ""


@dataclass(frozen=True, slots=True)
class Problem:
    """A located problem in a content file. Lines and columns are 1-based, as editors show them.
    `code` is the message's own (`ProblemText`) unless given."""

    path: Path
    line: int
    column: int
    message: str
    severity: Severity = "error"
    code: str = ""

    def __post_init__(self) -> None:
        if not self.code:
            object.__setattr__(self, "code", code_of(self.message))

    def __str__(self) -> str:
        prefix = "" if self.severity == "error" else "waarschuwing: "
        code = f" [{self.code}]" if self.code else ""
        return f"{self.path}:{self.line}:{self.column}: {prefix}{self.message}{code}"


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
