"""The phrase lexicon: everyday words and phrases mapped to what the index knows.

Three sources feed it:
- the signal vocabulary: each signal's label and synonyms ("uit huis gezet", "deurwaarder") point
  at the signal itself (a concept term `sig:<id>` indexed on every record that carries it) and, at
  a lower weight, at the signal's other words;
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

from adviseur.search.results import MatchKind
from adviseur.search.synonyms import CuratedSynonyms
from adviseur.search.text import content_tokens, phrase_tokens, stem

#: Weights of what a phrase expands to (multiplied with the match's own weight).
CONCEPT_WEIGHT = 1.0
"""A phrase that names a signal or target group, to the records that carry it."""
SIBLING_WEIGHT = 0.6
"""A signal's or target group's phrase to its other phrases (looser: "stress" -> "angst")."""
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
    corrected: bool
    """A typo correction was needed for at least one position."""


class Lexicon:
    """Immutable after `build`; lookups are read-only, so it is safe across threads."""

    def __init__(self, phrases: dict[tuple[str, ...], Phrase]) -> None:
        by_first: dict[str, list[Phrase]] = defaultdict(list)
        words: set[str] = set()
        for phrase in phrases.values():
            by_first[phrase.stems[0]].append(phrase)
            words.update(phrase_tokens(phrase.text))
        self._by_first = dict(by_first)
        self.words: frozenset[str] = frozenset(words)
        self.size = len(phrases)

    @classmethod
    def build(
        cls,
        signals: Iterable[object],
        target_groups: Iterable[object],
        curated: CuratedSynonyms,
    ) -> Lexicon:
        """Build from the vocabularies (objects with id/label/synonyms) and the curated list."""
        entries: dict[tuple[str, ...], dict[tuple[str, ...], Expansion]] = {}
        texts: dict[tuple[str, ...], str] = {}

        def add(text: str, expansion: Expansion) -> None:
            toks = phrase_tokens(text)
            if not toks or not expansion.terms:
                return
            key = tuple(stem(t) for t in toks)
            texts.setdefault(key, " ".join(toks))
            slot = entries.setdefault(key, {})
            old = slot.get(expansion.terms)
            if old is None or old.weight < expansion.weight:
                slot[expansion.terms] = expansion

        for prefix, items, extra, what in (
            ("sig", signals, curated.signals, "signaal"),
            ("tg", target_groups, curated.target_groups, "doelgroep"),
        ):
            for item in items:
                ident, label = item.id, item.label  # type: ignore[attr-defined]
                phrases = [label, *item.synonyms, *extra.get(ident, ())]  # type: ignore[attr-defined]
                concept = f"{prefix}:{ident}"
                for text in phrases:
                    kind: MatchKind = "exact" if text == label else "synonym"
                    add(text, Expansion((concept,), CONCEPT_WEIGHT, kind, f"{what}: {label}"))
                    for other in phrases:
                        other_terms = tuple(content_tokens(other))
                        if other != text and other_terms and other_terms != tuple(content_tokens(text)):
                            add(text, Expansion(other_terms, SIBLING_WEIGHT, "synonym", " ".join(other_terms)))

        for group in curated.groups:
            for text in group:
                for other in group:
                    other_terms = tuple(content_tokens(other))
                    if other != text and other_terms and other_terms != tuple(content_tokens(text)):
                        add(text, Expansion(other_terms, CURATED_WEIGHT, "synonym", " ".join(other_terms)))

        phrases = {
            key: Phrase(key, texts[key], tuple(sorted(exps.values(), key=lambda e: -e.weight)))
            for key, exps in entries.items()
        }
        return cls(phrases)

    def find(self, stream: list[list[Variant]], max_len: int = 8) -> list[PhraseMatch]:
        """Every phrase that occurs in the query stream, with the best weight per phrase and span."""
        best: dict[tuple[int, int, tuple[str, ...]], PhraseMatch] = {}
        for i, variants in enumerate(stream):
            for first in variants:
                for phrase in self._by_first.get(first.stem, ()):
                    n = len(phrase.stems)
                    if n > max_len or i + n > len(stream):
                        continue
                    weight = first.weight
                    corrected = first.kind == "typo"
                    for j in range(1, n):
                        options = [v for v in stream[i + j] if v.stem == phrase.stems[j]]
                        if not options:
                            weight = 0.0
                            break
                        pick = max(options, key=lambda v: v.weight)
                        weight *= pick.weight
                        corrected = corrected or pick.kind == "typo"
                    if weight <= 0.0:
                        continue
                    key = (i, i + n, phrase.stems)
                    if key not in best or best[key].weight < weight:
                        best[key] = PhraseMatch(i, i + n, phrase, weight, corrected)
        return list(best.values())
