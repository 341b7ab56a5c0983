"""The three baselines our search is measured against (evaluation only, not used by the app).

1. substring: what Ctrl+F in the annex PDF gives - records whose text contains the query as typed
   (case-insensitive), in annex order;
2. WRatio: `rapidfuzz.process.extract` with WRatio over the titles, the obvious "fuzzy search";
3. BM25: `rank_bm25.BM25Okapi` over all of a record's text, lowercased words, no stemming.

"All text" is what a record says about itself: title, aliases, summary, organisation, place,
evidence notes, social value, and the labels of its signals and target groups - but not the
vocabularies' synonym lists, which are part of our search's own knowledge.
rank_bm25 is a test dependency, imported only when the BM25 baseline is built.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

Ranker = Callable[[str], Sequence[str]]
_WORD = re.compile(r"\w+")


def record_text(record: Any, kb: Any) -> str:
    parts = [record.title, *record.aliases, record.summary, record.organisation or "", record.place or ""]
    parts.append(record.social_value or "")
    if record.evidence is not None:
        parts += list(record.evidence.notes)
    parts += [kb.signal_by_id[s].label for s in record.signals if s in kb.signal_by_id]
    parts += [kb.target_group_by_id[t].label for t in record.target_groups if t in kb.target_group_by_id]
    return " ".join(p for p in parts if p)


def substring_ranker(kb: Any) -> Ranker:
    texts = [(r.id, record_text(r, kb).casefold()) for r in kb.records]

    def rank(query: str) -> list[str]:
        needle = query.casefold().strip()
        if not needle:
            return []
        return [rid for rid, text in texts if needle in text][:10]

    return rank


def wratio_ranker(kb: Any) -> Ranker:
    from rapidfuzz import fuzz, process, utils

    titles = [r.title for r in kb.records]
    ids = [r.id for r in kb.records]

    def rank(query: str) -> list[str]:
        found = process.extract(query, titles, scorer=fuzz.WRatio, processor=utils.default_process, limit=10)
        return [ids[i] for _, score, i in found if score > 0]

    return rank


def bm25_ranker(kb: Any) -> Ranker:
    from rank_bm25 import BM25Okapi

    ids = [r.id for r in kb.records]
    corpus = [_WORD.findall(record_text(r, kb).lower()) for r in kb.records]
    bm25 = BM25Okapi(corpus)

    def rank(query: str) -> list[str]:
        words = _WORD.findall(query.lower())
        if not words:
            return []
        scores = bm25.get_scores(words)
        order = sorted(range(len(ids)), key=lambda i: -scores[i])[:10]
        return [ids[i] for i in order if scores[i] > 0]

    return rank


BASELINES: dict[str, Callable[[Any], Ranker]] = {
    "substring": substring_ranker,
    "wratio_titles": wratio_ranker,
    "bm25": bm25_ranker,
}
