"""What query analysis and ranking read of a built index: its tables, not how they were built.

`SearchIndex` (in `index`) builds these tables and answers `search()` by calling the ranking;
the ranking and the query analysis only read them. Typing those readers against this protocol
instead of `SearchIndex` keeps the imports one way: index -> ranking -> query -> tables.
"""

from __future__ import annotations

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
    records: tuple[Record, ...]
    postings: dict[str, Postings]
    vocabulary: Vocabulary
    lexicon: Lexicon
    aliases: dict[str, tuple[AliasEntry, ...]]
    """Exact names and abbreviations (folded) -> the records they name."""
    concept_labels: dict[str, str]
    top_score: float
    prior: list[float]
    """Per record, a small multiplier that prefers stronger evidence at equal fit."""

    def titles(self) -> list[str]:
        """Folded titles, record order."""
        ...

    def title_candidates(self, text: str, limit: int = 300) -> list[int]:
        """Records whose title shares the most three-letter pieces with `text` (best first)."""
        ...
