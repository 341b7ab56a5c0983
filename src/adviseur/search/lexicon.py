"""The phrase lexicon: everyday words and phrases mapped to what the index knows.

Three sources feed it:
- the signal vocabulary: each signal's label and synonyms ("uit huis gezet", "deurwaarder") point
  at the signal itself (a concept term `sig:<id>` indexed on every record that carries it). They
  do not point at the signal's other synonyms: measured on the labelled queries that added
  nothing but noise ("stress" -> "angst") and a third of the query time;
- the target-group vocabulary, the same way (`tg:<id>`);
- the curated synonym list (knowledge/synonyms.yaml): groups whose members find each other.

Phrases are matched on stems with articles removed, so "verlaat de jeugdzorg" meets the synonym
"verlaat jeugdzorg" and "schulden" meets "schuld". Each query position may offer several variants
(the word as typed, a typo correction), and a phrase matches when every position has a variant
with the right stem; the match's weight is the product of the variants' weights.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from adviseur.search import texts
from adviseur.search.results import MatchKind
from adviseur.search.text import content_tokens, phrase_tokens, stem

if TYPE_CHECKING:
    from adviseur.knowledge.models import Signal, TargetGroup
    from adviseur.search.synonyms import CuratedSynonyms

#: Weights of what a phrase expands to (multiplied with the match's own weight).
CONCEPT_WEIGHT = 1.0
"""A phrase that names a signal or target group, to the records that carry it. (Weighting target
groups lower, or signals higher, was measured and did not help.)"""
CURATED_WEIGHT = 0.8
"""A member of a curated group to the other members."""


@dataclass(frozen=True, slots=True)
class Expansion:
    """What a phrase stands for in the index: all `terms` must occur in a record (AND)."""

    terms: tuple[str, ...]
    weight: float
    kind: MatchKind
    display: str


@dataclass(frozen=True, slots=True)
class Phrase:
    stems: tuple[str, ...]
    text: str
    expansions: tuple[Expansion, ...]

    @property
    def words(self) -> list[str]:
        return self.text.split(" ")


@dataclass(frozen=True, slots=True)
class Variant:
    """One way to read a query position: the token as typed, or a correction of it."""

    token: str
    stem: str
    weight: float
    kind: MatchKind


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    start: int
    end: int
    """Positions in the query's article-free token stream, end exclusive."""
    phrase: Phrase
    weight: float
    via: MatchKind | None
    """"typo" or "compound" when a position needed a correction or a compound part, else None."""
    exact: bool = False
    """Every word met the phrase as written (not only through its stem)."""


class Lexicon:
    """Immutable after `build`; lookups are read-only, so it is safe across threads."""

    def __init__(self, phrases: dict[tuple[str, ...], Phrase], weights: dict[str, float] | None = None) -> None:
        by_first: dict[str, list[Phrase]] = defaultdict(list)
        words: set[str] = set()
        for key, phrase in phrases.items():
            by_first[phrase.stems[0]].append(phrase)
            words.update(key)  # a phrase's key is its words as written (`phrase_tokens` of its text)
        self._by_first = dict(by_first)
        self.phrases = phrases
        """Every phrase by its words as written (what `search.compiled` keeps)."""
        self.words: frozenset[str] = frozenset(words)
        self.size = len(phrases)
        self.weights: dict[str, float] = dict(weights or {})
        """Signal concept (`sig:<id>`) -> its weight in signals.yaml: how much a query word
        naming it counts (see `query._word_weight`)."""

    @classmethod
    def build(
        cls,
        signals: Iterable[Signal],
        target_groups: Iterable[TargetGroup],
        curated: CuratedSynonyms,
    ) -> Lexicon:
        """Build from the vocabularies (id, label, synonyms; a signal's weight) and the curated list."""
        signal_list = list(signals)
        concepts = (
            ("sig", signal_list, curated.signals, texts.SIGNAL),
            ("tg", list(target_groups), curated.target_groups, texts.TARGET_GROUP),
        )
        entries: dict[tuple[str, ...], dict[tuple[str, ...], Expansion]] = {}
        written_as: dict[tuple[str, ...], str] = {}

        def add(text: str, expansion: Expansion) -> None:
            # keyed by the words as written, matched by their stems: "werkloos" and
            # "werkloosheid" share a stem but stay two phrases, so the one typed can win
            key = phrase_tokens(text)
            if not key or not expansion.terms:
                return
            written_as.setdefault(key, " ".join(key))
            slot = entries.setdefault(key, {})
            old = slot.get(expansion.terms)
            if old is None or old.weight < expansion.weight:
                slot[expansion.terms] = expansion

        for prefix, items, extra, what in concepts:
            for item in items:
                ident, label = item.id, item.label
                written = [label, *item.synonyms, *extra.get(ident, ())]
                concept = f"{prefix}:{ident}"
                for text in written:
                    kind: MatchKind = "exact" if text == label else "synonym"
                    add(text, Expansion((concept,), CONCEPT_WEIGHT, kind, texts.CONCEPT.format(what=what, label=label)))

        for group in curated.groups:
            for text in group:
                for other in group:
                    other_terms = _sibling_terms(other)
                    if other != text and other_terms and other_terms != tuple(content_tokens(text)):
                        add(text, Expansion(other_terms, CURATED_WEIGHT, "synonym", " ".join(other_terms)))

        phrases = {
            key: Phrase(tuple(stem(t) for t in key), written_as[key], tuple(sorted(exps.values(), key=lambda e: -e.weight)))
            for key, exps in entries.items()
        }
        weights = {f"sig:{s.id}": float(s.weight) for s in signal_list}
        return cls(phrases, weights)

    def multi_word_expansions(self) -> set[tuple[str, ...]]:
        """Every expansion that needs several words at once (indexed as a phrase at build)."""
        return {e.terms for phrases in self._by_first.values() for p in phrases for e in p.expansions if len(e.terms) > 1}

    def single(self, word: str) -> tuple[Expansion, ...]:
        """What a one-word phrase stands for (the word as written preferred over its stem)."""
        options = [p for p in self._by_first.get(stem(word), ()) if len(p.stems) == 1]
        options.sort(key=lambda p: p.text != word)
        return options[0].expansions if options else ()

    def find(self, stream: list[list[Variant]], max_len: int = 8) -> list[PhraseMatch]:
        """Every phrase that occurs in the query stream, with the best weight per phrase and span.

        A one-word phrase met only through the stem ("ouder" for "oudere") is dropped when another
        one-word phrase meets the word as typed: the exact reading wins.
        """
        found = self._find(stream, max_len)
        exact_single = {m.start for m in found if m.end - m.start == 1 and m.exact}
        return [m for m in found if m.exact or m.end - m.start > 1 or m.start not in exact_single]

    def _find(self, stream: list[list[Variant]], max_len: int) -> list[PhraseMatch]:
        best: dict[tuple[int, int, str], PhraseMatch] = {}
        for i, variants in enumerate(stream):
            for first in variants:
                for phrase in self._by_first.get(first.stem, ()):
                    n = len(phrase.stems)
                    if n > max_len or i + n > len(stream):
                        continue
                    weight = first.weight
                    exact = first.token == phrase.words[0]
                    via = first.kind if first.kind != "exact" else None
                    for j in range(1, n):
                        options = [v for v in stream[i + j] if v.stem == phrase.stems[j]]
                        if not options:
                            weight = 0.0
                            break
                        pick = max(options, key=lambda v: (v.weight, v.token == phrase.words[j]))
                        weight *= pick.weight
                        exact = exact and pick.token == phrase.words[j]
                        if pick.kind != "exact":
                            via = pick.kind
                    if weight <= 0.0:
                        continue
                    key = (i, i + n, phrase.text)
                    if key not in best or best[key].weight < weight:
                        best[key] = PhraseMatch(i, i + n, phrase, weight, via, exact)
        return list(best.values())


def _sibling_terms(phrase: str) -> tuple[str, ...]:
    """The index terms a phrase expands to, or () when dropping its small words would leave one
    word that no longer means the phrase ("komt vrij" is not "vrij", "zit vast" is not "vast")."""
    words = tuple(t for t in phrase_tokens(phrase))
    content = tuple(content_tokens(phrase))
    if len(content) == 1 and len(words) > 1:
        return ()
    return content
