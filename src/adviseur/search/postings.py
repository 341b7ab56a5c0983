"""Scored postings: for every term, where it occurs and how much it weighs there.

Scores are BM25F, computed per (term, record) at build time, so a query only looks numbers up:
the per-field term frequencies are weighted (see `fields.FIELDS`), length-normalised per field,
summed, and saturated once (k1), times the term's idf over all records. Postings are compact
arrays (record numbers ascending, scores, the field that contributed most), which keeps a
100,000-record index in tens of megabytes and lets explanations find a record by bisection.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from adviseur.search.fields import FIELDS, record_fields

if TYPE_CHECKING:
    from adviseur.search.lexicon import Lexicon
    from adviseur.search.synonyms import CuratedSynonyms
    from adviseur.search.vocabulary import Vocabulary

K1 = 1.2
"""BM25 term-frequency saturation."""
HEAD = 2500
"""A query reads at most this many postings per term: the records where the term weighs most.
On the shipped knowledge base (a few hundred records) nothing is cut and results are exact. On a
100,000-record base a word in a fifth of all records would otherwise cost more than the rest of
the query, while the records that reach the top ten are those where it weighs most anyway (the
"impact-ordered" approximation of large search engines). The head is kept weightiest first, so
a query can read less of it (QUERY_BUDGET)."""
QUERY_BUDGET = 30_000
"""At most about this many postings of cut terms (terms in more than HEAD records) per query:
when a query's words and their variants (stems, typos, compounds, synonyms) would read more, each
cut term reads the same share of its head, weightiest first, and never less than MIN_HEAD. A
long situation on a 100,000-record base fans out into 30-50 such terms (80,000-125,000
postings, two thirds of the slowest queries' time); the shipped knowledge base has no cut term,
so this changes nothing there. On the synthetic 100,000-record base the top ten keep 94% of the
records they have with the full heads, and the first hit is the same for 93% of the queries
(`benchmarks/search_speed.py` reports it), while the slowest queries take a third less time."""
MIN_HEAD = 600


@dataclass(frozen=True, slots=True)
class Postings:
    """Where a term occurs: records ascending, with score and main field, plus the "head"."""

    docs: Sequence[int]  # ascending: an array('i') when built, a memoryview when compiled
    scores: Sequence[float]
    fields: Sequence[int]  # index into FIELDS
    head_docs: Sequence[int]
    """The records a query scores: all of them (ascending), or for a term in more than HEAD
    records only the HEAD where it weighs most, weightiest first (see HEAD)."""
    head_scores: Sequence[float]

    @classmethod
    def of(cls, docs: array, scores: array, fields: bytes) -> Postings:
        if len(docs) <= HEAD:
            return cls(docs, scores, fields, docs, scores)
        order = sorted(range(len(docs)), key=lambda i: (-scores[i], docs[i]))[:HEAD]
        return cls(docs, scores, fields, array("i", (docs[i] for i in order)), array("d", (scores[i] for i in order)))

    @property
    def is_cut(self) -> bool:
        """More records than HEAD: a query reads its head, or part of it (QUERY_BUDGET)."""
        return len(self.head_docs) < len(self.docs)

    def head(self, budget: int) -> tuple[Sequence[int], Sequence[float]]:
        """The postings a query reads: the whole head, or of a cut term its `budget` weightiest."""
        if budget >= len(self.head_docs) or not self.is_cut:
            return self.head_docs, self.head_scores
        return self.head_docs[:budget], self.head_scores[:budget]

    def read(self, doc: int, budget: int) -> tuple[float, int] | None:
        """(score, field) of `doc` if a query reading `budget` postings of the head scored it
        (`head`), else None: what a hit's explanation may cite is what its score counted."""
        hit = self.lookup(doc)
        if hit is None or not self.is_cut:
            return hit
        last = min(budget, len(self.head_docs)) - 1
        # the head is ordered by score, then record: a posting ranked after its last was not read
        if (-hit[0], doc) > (-self.head_scores[last], self.head_docs[last]):
            return None
        return hit

    def lookup(self, doc: int) -> tuple[float, int] | None:
        """(score, field) of `doc`, or None."""
        i = bisect_left(self.docs, doc)
        if i < len(self.docs) and self.docs[i] == doc:
            return self.scores[i], self.fields[i]
        return None


def score_postings(
    records: tuple[Any, ...],
    signals: dict[str, Any],
    groups: dict[str, Any],
    synonyms: CuratedSynonyms,
    labels: dict[str, str],
) -> dict[str, Postings]:
    """Tokenise every record's fields (see `fields`) and score each (term, record) with BM25F.

    Two passes, because BM25 needs every field's average length before anything can be scored:
    the first collects raw weighted term frequencies per field in compact arrays, the second
    turns each term's entries into one score per record and remembers the field that weighed most
    (what a Match reports as "in which field").
    """
    n = len(records)
    nf = len(FIELDS)
    lengths = [array("d", bytes(8 * n)) for _ in range(nf)]
    raw: dict[str, tuple[array, bytearray, array]] = {}
    memo: dict = {}
    for doc, record in enumerate(records):
        per_field = record_fields(record, signals, groups, synonyms.signals, synonyms.target_groups, labels, memo)
        for f, weighted in enumerate(per_field):
            counts: dict[str, float] = {}
            total = 0.0
            for token, weight in weighted:
                counts[token] = counts.get(token, 0.0) + weight
                total += weight
            lengths[f][doc] = total
            for token, tf in counts.items():
                entry = raw.get(token)
                if entry is None:
                    entry = raw[token] = (array("i"), bytearray(), array("d"))
                entry[0].append(doc)
                entry[1].append(f)
                entry[2].append(tf)
    avg = [(sum(lengths[f]) / n if n else 0.0) or 1.0 for f in range(nf)]
    weights = [spec.weight for spec in FIELDS]
    bs = [spec.b for spec in FIELDS]
    # per-field normaliser of each record: 1 - b + b * len / avg
    norms = [array("d", (1.0 - bs[f] + bs[f] * length / avg[f] for length in lengths[f])) for f in range(nf)]

    postings: dict[str, Postings] = {}
    for term, (docs, fields, tfs) in raw.items():
        out_docs, out_scores, out_fields = array("i"), array("d"), bytearray()
        m = len(docs)
        df = len(set(docs)) if m > 1 else m
        idf = math.log(1.0 + (n - df + 0.5) / (df + 0.5))
        i = 0
        while i < m:
            doc = docs[i]
            tilde = 0.0
            best_part, best_field = -1.0, 0
            while i < m and docs[i] == doc:
                f = fields[i]
                part = weights[f] * tfs[i] / norms[f][doc]
                tilde += part
                if part > best_part:
                    best_part, best_field = part, f
                i += 1
            out_docs.append(doc)
            out_scores.append(idf * tilde * (K1 + 1.0) / (K1 + tilde))
            out_fields.append(best_field)
        postings[term] = Postings.of(out_docs, out_scores, bytes(out_fields))
    return postings


STEM_WEIGHT = 0.85
"""A phrase word met through its stem ("begeleid" for "begeleiding") counts this much."""


def phrase_key(terms: tuple[str, ...]) -> str:
    """The postings key of a multi-word expansion ("&begeleid wonen"); never a word or concept."""
    return "&" + " ".join(terms)


def index_phrases(postings: dict[str, Postings], lexicon: Lexicon, vocabulary: Vocabulary) -> None:
    """Index every multi-word expansion of the lexicon as one term: records containing all its
    words (as written or with the same stem), scored by the mean of the words' best scores.

    Done once here because intersecting common words at query time was the slowest part of a
    search on a large knowledge base; the lexicon is small, so this is cheap.
    """
    for terms in lexicon.multi_word_expansions():
        key = phrase_key(terms)
        if key in postings:
            continue
        families = sorted((_family(postings, vocabulary, t) for t in terms), key=lambda f: sum(len(p.docs) for p, _ in f))
        if not families[0]:
            continue
        acc: dict[int, tuple[float, int]] = {}
        for p, w in families[0]:
            for d, sc, f in zip(p.docs, p.scores, p.fields, strict=True):
                if sc * w > acc.get(d, (0.0, 0))[0]:
                    acc[d] = (sc * w, f)
        for family in families[1:]:
            nxt: dict[int, tuple[float, int]] = {}
            for d, (total, f) in acc.items():
                best = 0.0
                for p, w in family:
                    hit = p.lookup(d)
                    if hit is not None and hit[0] * w > best:
                        best = hit[0] * w
                if best:
                    nxt[d] = (total + best, f)
            acc = nxt
        if acc:
            docs = sorted(acc)
            n = len(terms)
            postings[key] = Postings.of(
                array("i", docs), array("d", (acc[d][0] / n for d in docs)), bytes(acc[d][1] for d in docs)
            )


def _family(postings: dict[str, Postings], vocabulary: Vocabulary, term: str) -> list[tuple[Postings, float]]:
    family = [(postings[term], 1.0)] if term in postings else []
    family += [(postings[o], STEM_WEIGHT) for o in vocabulary.same_stem(term) if o in postings]
    return family


