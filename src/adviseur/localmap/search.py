"""Finding local services: by name, organisation, description, district, signal or record.

The national index (`adviseur.search`) is tuned for a few hundred records with rich fields; the
country's social maps hold about 100,000 services with short ones. This index is built for that:

- one term per Dutch stem (the search's own folding and stemmer: "schulden" finds "schuld"),
  postings as compact arrays sorted by service number;
- services are numbered by municipality, so a search in one municipality reads only its slice of
  each posting list (two binary searches), whatever the size of the country's map;
- the last word also matches as the beginning of a word ("schuldh" while typing), and a word the
  maps do not know is corrected for typos (the search's vocabulary, same edit rules);
- every word must match (best first by a BM25-style weight: rare words and names count most);
  when no service matches all words, those matching most are returned.
"""

from __future__ import annotations

import heapq
import math
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from adviseur.localmap.model import LocalService
from adviseur.localmap.values import municipality_key
from adviseur.search.text import content_tokens, stem

if TYPE_CHECKING:
    from adviseur.knowledge import KnowledgeBase
    from adviseur.localmap.store import LocalMap
    from adviseur.search.vocabulary import Vocabulary

FIELD_WEIGHTS = {"name": 3.0, "organisation": 2.0, "tags": 1.5, "district": 1.5, "description": 1.0, "municipality": 0.5}
"""A word in the name says more about a service than the same word in its description."""
PREFIX_WEIGHT = 0.8
TYPO_WEIGHT = 0.7
MAX_PREFIX_TERMS = 20
MAX_QUERY_WORDS = 12
MAX_QUERY_CHARS = 500


@dataclass(frozen=True, slots=True)
class LocalHit:
    service: LocalService
    score: float
    matched: tuple[str, ...]
    """The query words this service matched (folded)."""
    coverage: float


@dataclass(frozen=True)
class LocalResponse:
    query: str
    hits: list[LocalHit]
    total: int
    words: list[str] = field(default_factory=list)


class LocalIndex:
    """Built once from a set of maps; read-only afterwards (safe for worker threads)."""

    def __init__(
        self,
        services: Sequence[LocalService],
        postings: Mapping[str, tuple[Sequence[int], Sequence[float]]],
        ranges: dict[str, tuple[int, int]],
        vocabulary: Vocabulary,
        stems: dict[str, str],
        *,
        names: list[str] | None = None,
    ) -> None:
        self.services = services
        """In municipality order; a compiled index makes each a model only when it is shown."""
        self._names = names
        self.postings = postings
        self.ranges = ranges
        """Municipality key -> (first, end) service numbers."""
        self.vocabulary = vocabulary
        self.stems = stems
        """Indexed word -> its stem (for prefix and typo candidates)."""
        n = max(1, len(services))
        self.idf = {t: math.log(1 + (n - len(p[0]) + 0.5) / (len(p[0]) + 0.5)) for t, p in postings.items()}

    def __len__(self) -> int:
        return len(self.services)

    @classmethod
    def build(cls, maps: Iterable[LocalMap], kb: KnowledgeBase | None = None) -> LocalIndex:
        """Index every service of `maps`; with `kb` the labels of their confirmed signals, target
        groups and national records are searchable too."""
        from adviseur.search.vocabulary import Vocabulary

        labels: dict[str, str] = {}
        if kb is not None:
            labels.update({f"s:{s.id}": s.label for s in kb.signals.signals})
            labels.update({f"t:{t.id}": t.label for t in kb.target_groups.target_groups})
            labels.update({f"r:{r.id}": r.title for r in kb.records})
        services: list[LocalService] = []
        ranges: dict[str, tuple[int, int]] = {}
        for local_map in sorted(maps, key=lambda m: m.key):
            start = len(services)
            services.extend(local_map.services)
            ranges[local_map.key] = (start, len(services))
        docs: dict[str, array] = {}
        weights: dict[str, array] = {}
        stems: dict[str, str] = {}
        frequency: dict[str, int] = {}
        for number, service in enumerate(services):
            per_term: dict[str, float] = {}
            for name, text in _fields(service, labels):
                weight = FIELD_WEIGHTS[name]
                for token in content_tokens(text):
                    term = stems.get(token)
                    if term is None:
                        term = stems[token] = stem(token)
                    if per_term.get(term, 0.0) < weight:
                        per_term[term] = weight
                    frequency[token] = frequency.get(token, 0) + 1
            for term, weight in per_term.items():
                if term not in docs:
                    docs[term] = array("i")
                    weights[term] = array("d")
                docs[term].append(number)
                weights[term].append(weight)
        postings: dict[str, tuple[Sequence[int], Sequence[float]]] = {t: (docs[t], weights[t]) for t in docs}
        return cls(tuple(services), postings, ranges, Vocabulary(stems, frequency), stems)

    # --- querying --------------------------------------------------------------------------------
    def search(self, query: str, *, limit: int = 10, municipality: str | None = None) -> LocalResponse:
        """Services for `query`, best first; `municipality` limits the search to one map (an
        unknown municipality finds nothing). Never raises on odd input."""
        words = content_tokens(query[:MAX_QUERY_CHARS])[:MAX_QUERY_WORDS]
        lo, hi = 0, len(self.services)
        if municipality is not None:
            lo, hi = self.ranges.get(municipality_key(municipality), (0, 0))
        if not words or lo >= hi:
            return LocalResponse(query, [], 0, words)
        variants = [self._variants(word, i == len(words) - 1) for i, word in enumerate(words)]
        totals = self._all_words(variants, lo, hi)
        coverage = 1.0
        matched = tuple(words)
        counts: dict[int, int] = {}
        per_word: list[dict[int, float]] = []
        if not totals and len(words) > 1:
            # no service has every word: those with the most of them, best first
            per_word = [self._word_scores(v, lo, hi) for v in variants]
            for scores in per_word:
                for doc, score in scores.items():
                    totals[doc] = totals.get(doc, 0.0) + score
                    counts[doc] = counts.get(doc, 0) + 1
            if totals:
                best = max(counts.values())
                totals = {d: s for d, s in totals.items() if counts[d] == best}
                coverage = best / len(words)
        if not totals:
            return LocalResponse(query, [], 0, words)
        top = heapq.nsmallest(max(0, limit), totals, key=lambda d: (-totals[d], self.name_key(d)))
        hits = []
        for doc in top:
            if counts:
                matched = tuple(w for w, scores in zip(words, per_word, strict=True) if doc in scores)
            hits.append(LocalHit(self.services[doc], round(totals[doc], 4), matched, coverage))
        return LocalResponse(query, hits, len(totals), words)

    def name_key(self, doc: int) -> str:
        """What breaks a tie between equal scores: the name, without making the service a model."""
        return self._names[doc] if self._names is not None else self.services[doc].name.lower()

    def _all_words(self, variants: list[list[tuple[str, float]]], lo: int, hi: int) -> dict[int, float]:
        """Services with every word, and their summed scores. The rarest word is read in full;
        the others are looked up for its services only (a binary search each) when that is
        cheaper than reading their postings."""
        order = sorted(range(len(variants)), key=lambda i: self._cost(variants[i], lo, hi))
        totals = self._word_scores(variants[order[0]], lo, hi)
        for i in order[1:]:
            if not totals:
                break
            cost = self._cost(variants[i], lo, hi)
            if len(totals) * max(1, cost.bit_length()) * len(variants[i]) < cost:
                scores = self._probe(variants[i], totals)
            else:
                scores = self._word_scores(variants[i], lo, hi)
            totals = {d: s + scores[d] for d, s in totals.items() if d in scores}
        return totals

    def _cost(self, variants: list[tuple[str, float]], lo: int, hi: int) -> int:
        total = 0
        for term, _ in variants:
            docs = self.postings[term][0]
            total += bisect_left(docs, hi) - bisect_left(docs, lo)
        return total

    def _probe(self, variants: list[tuple[str, float]], candidates: Iterable[int]) -> dict[int, float]:
        scores: dict[int, float] = {}
        for term, factor in variants:
            docs, weights = self.postings[term]
            idf = self.idf[term] * factor
            n = len(docs)
            for doc in candidates:
                k = bisect_left(docs, doc)
                if k < n and docs[k] == doc:
                    score = idf * weights[k]
                    if scores.get(doc, 0.0) < score:
                        scores[doc] = score
        return scores

    def _variants(self, word: str, last: bool) -> list[tuple[str, float]]:
        """Index terms for one query word: its stem, word starts (last word), typo corrections."""
        found: dict[str, float] = {}
        own = stem(word)
        if own in self.postings:
            found[own] = 1.0
        if last and len(word) >= 3:
            for other in self.vocabulary.with_prefix(word, limit=MAX_PREFIX_TERMS):
                term = self.stems.get(other)
                if term is not None and found.get(term, 0.0) < PREFIX_WEIGHT:
                    found[term] = PREFIX_WEIGHT
        if not found:
            for fixed, _ in self.vocabulary.corrections(word):
                term = self.stems.get(fixed)
                if term is not None and term not in found:
                    found[term] = TYPO_WEIGHT
        return list(found.items())

    def _word_scores(self, variants: list[tuple[str, float]], lo: int, hi: int) -> dict[int, float]:
        """Service number -> the word's best weighted score, for services numbered lo..hi-1."""
        scores: dict[int, float] = {}
        for term, factor in variants:
            docs, weights = self.postings[term]
            idf = self.idf[term] * factor
            start = bisect_left(docs, lo)
            end = bisect_left(docs, hi, start)
            for k in range(start, end):
                doc = docs[k]
                score = idf * weights[k]
                if scores.get(doc, 0.0) < score:
                    scores[doc] = score
        return scores


def _fields(service: LocalService, labels: dict[str, str]) -> Iterable[tuple[str, str]]:
    yield "name", service.name
    yield "organisation", service.organisation
    yield "municipality", service.municipality
    if service.district:
        yield "district", service.district
    if service.description:
        yield "description", service.description
    for prefix, ids in (("s", service.signals), ("t", service.target_groups), ("r", service.offers)):
        for ident in ids:
            label = labels.get(f"{prefix}:{ident}")
            if label:
                yield "tags", label
