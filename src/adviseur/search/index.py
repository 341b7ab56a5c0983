"""The search index: built once from the knowledge base, then read-only.

Scores are BM25F, computed per (term, record) at build time, so a query only looks numbers up:
the per-field term frequencies are weighted (see `fields.FIELDS`), length-normalised per field,
summed, and saturated once (k1), times the term's idf over all records. Postings are stored as
compact arrays (record numbers ascending, scores, the field that contributed most), which keeps a
100,000-record index in tens of megabytes and lets explanations find a record by bisection.

Nothing is mutated after `build`, so one index may serve several threads (the TUI's search worker,
the command palette) at once.
"""

from __future__ import annotations

import heapq
import math
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adviseur.search.fields import FIELD_INDEX, FIELDS, evidence_prior, record_fields
from adviseur.search.lexicon import Lexicon
from adviseur.search.stopwords import STOP_WORDS
from adviseur.search.synonyms import FILE_NAME, CuratedSynonyms, load_synonyms
from adviseur.search.text import fold, initials, phrase_tokens
from adviseur.search.vocabulary import Vocabulary

if TYPE_CHECKING:
    from adviseur.knowledge.loader import KnowledgeBase
    from adviseur.knowledge.models import Record
    from adviseur.search.results import SearchResponse

K1 = 1.2
"""BM25 term-frequency saturation."""
HEAD = 2500
"""A query reads at most this many postings per term: the records where the term weighs most.
On the shipped knowledge base (a few hundred records) nothing is cut and results are exact. On a
100,000-record base a word in a fifth of all records would otherwise cost more than the rest of
the query, while the records that reach the top ten are those where it weighs most anyway (the
"impact-ordered" approximation of large search engines)."""


@dataclass(frozen=True, slots=True)
class Postings:
    """Where a term occurs: records ascending, with score and main field, plus the "head"."""

    docs: array  # 'i', ascending
    scores: array  # 'd'
    fields: bytes  # index into FIELDS
    head_docs: array
    """The records a query scores: all of them, or for a term in more than HEAD records only the
    HEAD where it weighs most (see HEAD)."""
    head_scores: array

    @classmethod
    def of(cls, docs: array, scores: array, fields: bytes) -> Postings:
        if len(docs) <= HEAD:
            return cls(docs, scores, fields, docs, scores)
        order = sorted(range(len(docs)), key=scores.__getitem__, reverse=True)[:HEAD]
        order.sort()
        return cls(docs, scores, fields, array("i", (docs[i] for i in order)), array("d", (scores[i] for i in order)))

    def lookup(self, doc: int) -> tuple[float, int] | None:
        """(score, field) of `doc`, or None."""
        i = bisect_left(self.docs, doc)
        if i < len(self.docs) and self.docs[i] == doc:
            return self.scores[i], self.fields[i]
        return None


@dataclass(frozen=True, slots=True)
class AliasEntry:
    doc: int
    field: str  # "title" or "aliases"
    text: str  # the alias or title as written


class SearchIndex:
    """Fuzzy search over the knowledge base. Build with `SearchIndex.build(kb)`."""

    records: tuple[Record, ...]

    def __init__(
        self,
        records: tuple[Record, ...],
        postings: dict[str, Postings],
        vocabulary: Vocabulary,
        lexicon: Lexicon,
        aliases: dict[str, tuple[AliasEntry, ...]],
        concept_labels: dict[str, str],
        facets: dict[str, dict[str, frozenset[int]]],
        top_score: float,
        prior: list[float],
    ) -> None:
        self.records = records
        self.postings = postings
        self.vocabulary = vocabulary
        self.lexicon = lexicon
        self.aliases = aliases
        self.concept_labels = concept_labels
        self.facets = facets
        self.top_score = top_score
        self.prior = prior
        """Per record, a small multiplier that prefers stronger evidence at equal fit."""
        self._titles = [fold(r.title) for r in records]
        grams: dict[str, set[int]] = {}
        for doc, title in enumerate(self._titles):
            for gram in _trigrams(title):
                grams.setdefault(gram, set()).add(doc)
        self._title_grams = grams

    def __len__(self) -> int:
        return len(self.records)

    # --- building --------------------------------------------------------------------------------

    @classmethod
    def build(cls, kb: KnowledgeBase, *, synonyms: CuratedSynonyms | None = None) -> SearchIndex:
        """Index every record of `kb`. `synonyms` defaults to knowledge/synonyms.yaml next to `kb`."""
        signals = {s.id: s for s in kb.signals.signals}
        groups = {t.id: t for t in kb.target_groups.target_groups}
        if synonyms is None:
            synonyms = load_synonyms(_synonyms_path(kb), signal_ids=signals, target_group_ids=groups)
        labels = _placement_labels(kb)
        records = tuple(kb.records)
        postings = _score_postings(records, signals, groups, synonyms, labels)

        lexicon = Lexicon.build(signals.values(), groups.values(), synonyms)
        frequency = {t: len(p.docs) for t, p in postings.items() if ":" not in t}
        words = [t for t in frequency if t not in STOP_WORDS]
        vocabulary = Vocabulary([*words, *(w for w in lexicon.words if w not in STOP_WORDS)], frequency)

        top = max((max(p.scores) for p in postings.values() if p.scores), default=1.0)
        _index_phrases(postings, lexicon, vocabulary)
        concept_labels = {f"sig:{i}": f"signaal: {s.label}" for i, s in signals.items()}
        concept_labels.update({f"tg:{i}": f"doelgroep: {t.label}" for i, t in groups.items()})
        return cls(
            records,
            postings,
            vocabulary,
            lexicon,
            _alias_table(records),
            concept_labels,
            _facets(records, groups),
            top,
            [evidence_prior(r) for r in records],
        )

    # --- querying --------------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        kind: str | None = None,
        pillar: str | None = None,
        condition: str | None = None,
        level: str | None = None,
        target_group: str | None = None,
    ) -> SearchResponse:
        """Find records for `query`, best first. Never raises on odd input (empty, huge, symbols).

        Filters narrow the result to records of that kind / pillar / condition / evidence level /
        target group; an unknown filter value raises ValueError naming the valid ones.
        """
        from adviseur.search.engine import run

        allowed = self.allowed(kind=kind, pillar=pillar, condition=condition, level=level, target_group=target_group)
        return run(self, query, limit=max(0, limit), allowed=allowed)

    def allowed(self, **filters: str | None) -> frozenset[int] | None:
        """Record numbers passing every given filter; None when no filter is set."""
        result: frozenset[int] | None = None
        for facet, value in filters.items():
            if value is None:
                continue
            table = self.facets[facet]
            if value not in table:
                from adviseur.content import did_you_mean

                raise ValueError(f"onbekende waarde '{value}' voor {facet}{did_you_mean(value, table)}")
            docs = table[value]
            result = docs if result is None else result & docs
        return result

    def facet_values(self, facet: str) -> list[str]:
        """The values a filter accepts (for CLI help and TUI pickers)."""
        return sorted(self.facets[facet])

    def titles(self) -> list[str]:
        """Folded titles, record order (for the "lijkt op" fallback)."""
        return self._titles

    def title_candidates(self, text: str, limit: int = 300) -> list[int]:
        """Records whose title shares the most three-letter pieces with `text` (best first)."""
        counts: dict[int, int] = {}
        for gram in _trigrams(text):
            for doc in self._title_grams.get(gram, ()):
                counts[doc] = counts.get(doc, 0) + 1
        return [d for d, _ in heapq.nlargest(limit, counts.items(), key=lambda item: item[1])]


def _trigrams(text: str) -> set[str]:
    padded = f" {text} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _synonyms_path(kb: KnowledgeBase) -> Path:
    files: Iterable[Path] = kb.record_files.values() if getattr(kb, "record_files", None) else ()
    for path in files:
        return Path(path).parent.parent / FILE_NAME
    from adviseur.locations import knowledge_dir

    return knowledge_dir() / FILE_NAME


def _placement_labels(kb: Any) -> dict[str, str]:
    labels: dict[str, str] = {}
    pillars = getattr(kb, "pillars", None)
    if pillars is not None:
        for group in (pillars.pillars, pillars.conditions, pillars.themes):
            labels.update({item.id: item.label for item in group})
    return labels


def _score_postings(
    records: tuple[Any, ...],
    signals: dict[str, Any],
    groups: dict[str, Any],
    synonyms: CuratedSynonyms,
    labels: dict[str, str],
) -> dict[str, Postings]:
    n = len(records)
    nf = len(FIELDS)
    lengths = [array("d", bytes(8 * n)) for _ in range(nf)]
    raw: dict[str, tuple[array, bytearray, array]] = {}
    for doc, record in enumerate(records):
        fields = record_fields(record, signals, groups, synonyms.signals, synonyms.target_groups, labels)
        for f, weighted in enumerate(fields):
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


def _index_phrases(postings: dict[str, Postings], lexicon: Lexicon, vocabulary: Vocabulary) -> None:
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
            for d, sc, f in zip(p.docs, p.scores, p.fields):
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


def _alias_table(records: tuple[Any, ...]) -> dict[str, tuple[AliasEntry, ...]]:
    """Exact names: folded title, each alias (spaced and written together), and name initials."""
    table: dict[str, list[AliasEntry]] = {}

    def add(key: str, entry: AliasEntry) -> None:
        if key and key not in STOP_WORDS:
            bucket = table.setdefault(key, [])
            if all(e.doc != entry.doc for e in bucket):
                bucket.append(entry)

    for doc, record in enumerate(records):
        toks = phrase_tokens(record.title)
        add(" ".join(toks), AliasEntry(doc, "title", record.title))
        for alias in record.aliases:
            atoks = phrase_tokens(alias)
            add(" ".join(atoks), AliasEntry(doc, "aliases", alias))
            if 1 < len(atoks) and len("".join(atoks)) <= 12:
                add("".join(atoks), AliasEntry(doc, "aliases", alias))
        short = initials(record.title)
        if len(short) >= 2:
            add(short, AliasEntry(doc, "aliases", short.upper()))
    return {k: tuple(v) for k, v in table.items()}


def _facets(records: tuple[Any, ...], groups: Iterable[str]) -> dict[str, dict[str, frozenset[int]]]:
    from adviseur.knowledge.models import CONDITIONS, KINDS, LEVELS, PILLARS

    tables: dict[str, dict[str, set[int]]] = {
        "kind": {k: set() for k in KINDS},
        "pillar": {p: set() for p in PILLARS},
        "condition": {c: set() for c in CONDITIONS},
        "level": {lv: set() for lv in LEVELS},
        "target_group": {g: set() for g in groups},
    }
    for doc, r in enumerate(records):
        tables["kind"].setdefault(r.kind, set()).add(doc)
        for p in r.pillars:
            tables["pillar"].setdefault(p, set()).add(doc)
        if r.condition:
            tables["condition"].setdefault(r.condition, set()).add(doc)
        if r.evidence is not None and r.evidence.level:
            tables["level"].setdefault(r.evidence.level, set()).add(doc)
        for t in r.target_groups:
            tables["target_group"].setdefault(t, set()).add(doc)
    return {facet: {v: frozenset(d) for v, d in table.items()} for facet, table in tables.items()}


__all__ = ["FIELD_INDEX", "AliasEntry", "Postings", "SearchIndex"]
