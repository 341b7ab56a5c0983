"""The search index: built once from the knowledge base, then read-only.

It holds the scored postings (see `postings`), the vocabulary (typos, stems, compounds), the
phrase lexicon (synonyms, signals, target groups), the table of exact names and abbreviations,
the filter facets and the evidence prior. Nothing is mutated after `build` (the "lijkt op"
trigram table is filled once, on first use, by a plain assignment), so one index may serve
several threads - the TUI's search worker, the command palette - at once.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adviseur.search import texts
from adviseur.search.fields import evidence_prior
from adviseur.search.lexicon import Lexicon
from adviseur.search.postings import Postings, index_phrases, phrase_key, score_postings
from adviseur.search.ranking import run
from adviseur.search.results import LEVEL_INTERNATIONAL, LEVEL_UNSTATED
from adviseur.search.stopwords import STOP_WORDS
from adviseur.search.tables import AliasEntry
from adviseur.search.text import fold, initials, phrase_tokens
from adviseur.search.vocabulary import Vocabulary

if TYPE_CHECKING:
    from adviseur.knowledge.loader import KnowledgeBase
    from adviseur.knowledge.models import Record
    from adviseur.search.results import SearchResponse
    from adviseur.search.synonyms import CuratedSynonyms


class SearchIndex:
    """Fuzzy search over the knowledge base. Build with `SearchIndex.build(kb)`.

    Provides the tables of `tables.IndexTables`, which is all the ranking reads of it.
    """

    records: Sequence[Record]

    def __init__(
        self,
        records: Sequence[Record],
        postings: Mapping[str, Postings],
        vocabulary: Vocabulary,
        lexicon: Lexicon,
        aliases: Mapping[str, tuple[AliasEntry, ...]],
        concept_labels: dict[str, str],
        facets: Mapping[str, Mapping[str, frozenset[int]]],
        top_score: float,
        prior: Sequence[float],
        titles: Sequence[str] | None = None,
    ) -> None:
        """Built by `build`, or restored from compiled content (`search.compiled`): the tables
        are then read-only views over arrays, and `titles` the folded titles kept there."""
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
        self.top_prior = max(prior, default=1.0)
        self._titles = titles
        self._title_grams: dict[str, list[int]] | None = None

    def __len__(self) -> int:
        return len(self.records)

    # --- building --------------------------------------------------------------------------------

    @classmethod
    def build(cls, kb: KnowledgeBase, *, synonyms: CuratedSynonyms | None = None) -> SearchIndex:
        """Index every record of `kb`. `synonyms` defaults to knowledge/synonyms.yaml next to `kb`."""
        signals = {s.id: s for s in kb.signals.signals}
        groups = {t.id: t for t in kb.target_groups.target_groups}
        if synonyms is None:
            from adviseur.search.synonyms import load_synonyms

            synonyms = load_synonyms(_synonyms_path(kb), signal_ids=signals, target_group_ids=groups)
        labels = _placement_labels(kb)
        records = tuple(kb.records)
        postings = score_postings(records, signals, groups, synonyms, labels)

        lexicon = Lexicon.build(signals.values(), groups.values(), synonyms)
        frequency = {t: len(p.docs) for t, p in postings.items() if ":" not in t}
        words = [t for t in frequency if t not in STOP_WORDS]
        vocabulary = Vocabulary([*words, *(w for w in lexicon.words if w not in STOP_WORDS)], frequency)

        top = max((max(p.scores) for p in postings.values() if p.scores), default=1.0)
        index_phrases(postings, lexicon, vocabulary)
        concept_labels = {f"sig:{i}": texts.CONCEPT.format(what=texts.SIGNAL, label=s.label) for i, s in signals.items()}
        for i, t in groups.items():
            concept_labels[f"tg:{i}"] = texts.CONCEPT.format(what=texts.TARGET_GROUP, label=t.label)
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
        allowed = self.allowed(kind=kind, pillar=pillar, condition=condition, level=level, target_group=target_group)
        return run(self, query, limit=max(0, limit), allowed=allowed)

    def browse(
        self,
        *,
        limit: int = 20,
        kind: str | None = None,
        pillar: str | None = None,
        condition: str | None = None,
        level: str | None = None,
        target_group: str | None = None,
    ) -> SearchResponse:
        """Every record passing the filters, without words to match: the stronger evidence first
        (as the search breaks ties), then by title. `total` counts them all, `hits` the first
        `limit`. Filters as in `search`; an unknown value raises ValueError."""
        from adviseur.search.results import Hit, SearchResponse

        allowed = self.allowed(kind=kind, pillar=pillar, condition=condition, level=level, target_group=target_group)
        docs = range(len(self.records)) if allowed is None else allowed
        titles = self.titles()
        order = sorted(docs, key=lambda doc: (-self.prior[doc], titles[doc], doc))
        hits = [Hit(self.records[doc], 0.0, [], 1.0) for doc in order[: max(0, limit)]]
        return SearchResponse("", hits, total=len(order))

    def allowed(self, **filters: str | None) -> frozenset[int] | None:
        """Record numbers passing every given filter; None when no filter is set."""
        result: frozenset[int] | None = None
        for facet, value in filters.items():
            if value is None:
                continue
            table = self.facets[facet]
            if value not in table:
                from adviseur.content import did_you_mean

                hint = did_you_mean(value, table)
                raise ValueError(texts.UNKNOWN_FILTER_VALUE.format(value=value, facet=facet, hint=hint))
            docs = table[value]
            result = docs if result is None else result & docs
        return result

    def facet_values(self, facet: str) -> list[str]:
        """The values a filter accepts (for CLI help and TUI pickers)."""
        return sorted(self.facets[facet])

    def titles(self) -> Sequence[str]:
        """Folded titles, record order (for the "lijkt op" fallback; made on first use)."""
        titles = self._titles
        if titles is None:
            titles = self._titles = [fold(r.title) for r in self.records]
        return titles

    def title_candidates(self, text: str, limit: int = 300) -> list[int]:
        """Records whose title shares the most three-letter pieces with `text` (best first)."""
        grams = self._title_grams
        if grams is None:  # built on first use: most sessions never need the fallback
            grams = {}
            for doc, title in enumerate(self.titles()):
                for gram in _trigrams(title):
                    grams.setdefault(gram, []).append(doc)
            self._title_grams = grams
        counts: dict[int, int] = {}
        for gram in _trigrams(text):
            for doc in grams.get(gram, ()):
                counts[doc] = counts.get(doc, 0) + 1
        return [d for d, _ in heapq.nlargest(limit, counts.items(), key=lambda item: item[1])]


def _trigrams(text: str) -> set[str]:
    padded = f" {text} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _synonyms_path(kb: KnowledgeBase) -> Path:
    from adviseur.search.synonyms import FILE_NAME

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


def records_named(records: Iterable[Record], name: str) -> list[Record]:
    """The records whose title, an alias or the initials of the title are `name`, folded the way
    the search folds them ('cti', 'Critical Time Intervention', 'housing first'). More than one
    when a name is shared (an abbreviation two records use): the caller must let the user choose."""
    pool = tuple(records)
    key = " ".join(phrase_tokens(name))
    found = [pool[e.doc] for e in _alias_table(pool).get(key, ())]
    # a title or an alias the author wrote beats initials made up from a title ('HF': Housing
    # First's alias, not High Five's initials)
    declared = [r for r in found if key in {" ".join(phrase_tokens(n)) for n in (r.title, *r.aliases)}]
    return declared or found


def _facets(records: tuple[Any, ...], groups: Iterable[str]) -> dict[str, dict[str, frozenset[int]]]:
    from adviseur.knowledge.models import CONDITIONS, KINDS
    from adviseur.knowledge.vocabulary import LEVELS, PILLARS

    tables: dict[str, dict[str, set[int]]] = {
        "kind": {k: set() for k in KINDS},
        "pillar": {p: set() for p in PILLARS},
        "condition": {c: set() for c in CONDITIONS},
        "level": {lv: set() for lv in (*LEVELS, LEVEL_INTERNATIONAL, LEVEL_UNSTATED)},
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
        elif r.evidence is not None:  # an evidence block without a level: the badge's 'Niet vermeld'
            tables["level"][LEVEL_UNSTATED].add(doc)
        if r.evidence is not None and r.evidence.international:
            tables["level"][LEVEL_INTERNATIONAL].add(doc)
        for t in r.target_groups:
            tables["target_group"].setdefault(t, set()).add(doc)
    return {facet: {v: frozenset(d) for v, d in table.items()} for facet, table in tables.items()}


__all__ = ["AliasEntry", "Postings", "SearchIndex", "phrase_key"]
