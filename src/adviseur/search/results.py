"""What a search returns: hits with their score and the reasons they matched.

Plain frozen dataclasses (no pydantic): they are created for every hit of every keystroke in the
TUI, and the CLI turns them into JSON itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from adviseur.knowledge.models import Record

MatchKind = Literal["exact", "prefix", "synonym", "compound", "stem", "typo", "alias"]
FieldName = Literal["title", "aliases", "signals", "target_groups", "summary", "details", "placement"]

KIND_LABELS: dict[str, str] = {
    "exact": "exact",
    "prefix": "begin van woord",
    "synonym": "synoniem",
    "compound": "samenstelling",
    "stem": "woordstam",
    "typo": "tikfout",
    "alias": "afkorting/naam",
}

FIELD_LABELS: dict[str, str] = {
    "title": "titel",
    "aliases": "afkorting",
    "signals": "signalen",
    "target_groups": "doelgroepen",
    "summary": "samenvatting",
    "details": "details",
    "placement": "indeling",
}


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
        if self.query == self.term:
            return f"{self.term} ({FIELD_LABELS[self.field]})"
        return f"{self.query} → {self.term} ({KIND_LABELS[self.kind]}, {FIELD_LABELS[self.field]})"

    def to_json(self) -> dict[str, str]:
        return {"query": self.query, "term": self.term, "kind": self.kind, "field": self.field}


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
