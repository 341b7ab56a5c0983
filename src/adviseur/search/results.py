"""What a search returns: hits with their score and the reasons they matched.

Plain frozen dataclasses (no pydantic): they are created for every hit of every keystroke in the
TUI, and the CLI turns them into JSON itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from adviseur.search import texts

if TYPE_CHECKING:
    from adviseur.knowledge.models import Record

MatchKind = Literal["exact", "prefix", "synonym", "compound", "stem", "typo", "alias"]
FieldName = Literal["title", "aliases", "signals", "target_groups", "summary", "details", "placement"]

LEVEL_INTERNATIONAL = "internationaal"
"""The evidence filter's value for records shown effective abroad (the badge's 'internationaal
effectief'), next to the four Dutch levels."""
LEVEL_UNSTATED = "niet-vermeld"
"""The evidence filter's value for records whose evidence names no level (the badge's 'Niet vermeld')."""


@dataclass(frozen=True, slots=True)
class Match:
    """One reason a record matched: which query word met which index term, how, and where."""

    query: str
    """The query word or phrase, folded ("huurachterstnd", "uit huis gezet")."""
    term: str
    """What it matched in the index, readable ("huurachterstand", "signaal: Dreigende huisuitzetting")."""
    kind: MatchKind
    field: FieldName

    def __str__(self) -> str:
        """'huis → huisuitzetting (in de titel)': the word typed, the word it met and where, in
        words a user knows. How the engine got there (compound, stem, synonym) is left out; only
        a typo is named, because the user did not type what was found."""
        where = texts.FIELD_LABELS[self.field]
        note = texts.TYPO.format(where=where) if self.kind == "typo" else where
        if self.query.casefold() == self.term.casefold():
            return f"{self.term} ({note})"
        return f"{self.query} → {self.term} ({note})"

    def to_json(self) -> dict[str, str]:
        return {"query": self.query, "term": self.term, "kind": self.kind, "field": self.field}


def why_text(matched: Sequence[Match], limit: int | None = None) -> str:
    """The 'waarom' line: the reasons in their order, '; '-joined, leaving out a word a phrase
    it is part of explains already ('uit huis gezet → signaal: …' says all that 'huis' and
    'gezet' would), at most `limit` of them."""
    phrases = [set(m.query.split()) for m in matched]
    shown = [
        m
        for m, words in zip(matched, phrases, strict=True)
        if not any(words < other for other in phrases)  # a strictly longer phrase holds all its words
    ]
    return "; ".join(str(m) for m in shown[:limit])


@dataclass(frozen=True, slots=True)
class Hit:
    """A record found by a query."""

    record: Record
    score: float
    """Sum over query words of the best weighted BM25F score (times the word's weight: a word
    naming a signal weighs as much as that signal in signals.yaml), times the small evidence
    prior (higher is better; not a percentage, not comparable between queries)."""
    matched: list[Match]
    coverage: float
    """Share of the query's words this record matched (0..1). Hits are ranked by score times
    the number of words matched, a word naming a signal counting with that signal's weight
    (see `ranking`)."""

    @property
    def id(self) -> str:
        return self.record.id


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A "lijkt op" title when nothing matched: a record whose title resembles the query."""

    record: Record
    similarity: float
    """rapidfuzz similarity of query and title, 0..100."""


@dataclass(frozen=True, slots=True)
class SearchResponse:
    """The answer to one query. `hits` is empty when nothing matched; `suggestions` then helps."""

    query: str
    hits: list[Hit]
    total: int = 0
    """How many records matched before `limit` was applied."""
    suggestions: list[Suggestion] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    """The query words that were searched for (folded, stop words removed)."""
    truncated: bool = False
    """True when the query was longer than the engine reads and was cut short."""
    notice: str | None = None
    """A Dutch sentence for the user when the query itself was a problem (empty, only stop words)."""

    def __bool__(self) -> bool:
        return bool(self.hits)


STRONG_COVERAGE = 0.999
LOOSE_TAIL = texts.LOOSE_TAIL
"""What the app and the command line call the loose tail (imported from here by both)."""
"""A hit that matched (the weight of) every word of the query is a strong hit."""


def strong_and_loose(hits: Sequence[Hit]) -> tuple[list[Hit], list[Hit]]:
    """The hits that match every word of the query, and the loose tail that matches only some
    ('uit huis gezet': the records about eviction, then those that only mention a 'huis'). The
    app shows the strong ones and collapses the tail; when no hit matches every word (a long
    situation), all hits are strong, since nothing better is hidden behind them."""
    strong = [h for h in hits if h.coverage >= STRONG_COVERAGE]
    if not strong:
        return list(hits), []
    return strong, [h for h in hits if h.coverage < STRONG_COVERAGE]
