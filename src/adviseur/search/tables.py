"""What query analysis and ranking read of a built index: its tables, not how they were built.

`SearchIndex` (in `index`) builds these tables and answers `search()` by calling the ranking;
the ranking and the query analysis only read them. Typing those readers against this protocol
instead of `SearchIndex` keeps the imports one way: index -> ranking -> query -> tables.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from adviseur.knowledge.models import Record
    from adviseur.search.lexicon import Lexicon
    from adviseur.search.postings import Postings
    from adviseur.search.vocabulary import Vocabulary


@dataclass(frozen=True, slots=True)
class AliasEntry:
    doc: int
    field: str  # "title" or "aliases"
    text: str  # the alias or title as written


class IndexTables(Protocol):
    records: Sequence[Record]
    postings: Mapping[str, Postings]
    vocabulary: Vocabulary
    lexicon: Lexicon
    aliases: Mapping[str, tuple[AliasEntry, ...]]
    """Exact names and abbreviations (folded) -> the records they name."""
    concept_labels: dict[str, str]
    top_score: float
    prior: Sequence[float]
    """Per record, a small multiplier that prefers stronger evidence at equal fit."""
    top_prior: float
    """The largest prior (a bound the ranking uses to stop early)."""

    def titles(self) -> Sequence[str]:
        """Folded titles, record order."""
        ...

    def title_candidates(self, text: str, limit: int = 300) -> list[int]:
        """Records whose title shares the most three-letter pieces with `text` (best first)."""
        ...
