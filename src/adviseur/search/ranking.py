"""Scoring and ranking one query's candidates, and explaining every hit.

A record's score for a query word is the best candidate's weighted BM25F score - the best, not
the sum, so a word with many loose expansions cannot outweigh a word with one precise hit. Phrases
(synonyms, names) cover several words at once; each covered word gets a share of the phrase's
score, slightly more than 1/n, so a matched phrase beats its words scattered through a summary.

The ranking key is a record's summed score times the number of query words it matched, an exact
title or name winning a tie. The brief suggested "share of words matched first, then score"; on
the labelled queries that strict order lost a tenth of situation recall (a record matching four
context words beat the one that answers the risk), while multiplying kept names, typos and
synonyms exactly as good - the numbers decided. A word that names a signal counts with that
signal's weight from signals.yaml, in the score and in the number of words matched, so in a
situation the risk weighs as it does for the advisor. When nothing matches, "lijkt op" compares
the query with the titles.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import chain, compress, repeat
from operator import mul
from typing import TYPE_CHECKING

from adviseur.search import texts
from adviseur.search.postings import HEAD, MIN_HEAD, QUERY_BUDGET, phrase_key
from adviseur.search.query import ALIAS_FACTOR, MAX_QUERY_CHARS, PHRASE_BONUS, Candidate, analyse
from adviseur.search.results import FieldName, Hit, Match, SearchResponse, Suggestion
from adviseur.search.text import fold, tokens

if TYPE_CHECKING:
    from adviseur.search.postings import Postings
    from adviseur.search.tables import IndexTables




def _term_of(cand: Candidate) -> str | None:
    """The index term behind a term or phrase candidate."""
    if cand.mode == "term":
        return cand.terms[0]
    if cand.mode == "and":  # indexed at build time as one phrase term
        return phrase_key(cand.terms)
    return None


def _postings_of(index: IndexTables, cand: Candidate) -> Postings | None:
    """The single postings list behind a term or phrase candidate."""
    term = _term_of(cand)
    return None if term is None else index.postings.get(term)


def _small_scores(index: IndexTables, cand: Candidate, budget: int) -> dict[int, float]:
    """Weighted score per record for an alias or compound-parts candidate (few records)."""
    if cand.mode == "alias":
        value = index.top_score * ALIAS_FACTOR * cand.weight
        return {e.doc: value for e in cand.entries}
    # parts: each part scores its best stand-in term; all parts present = full weight
    total: dict[int, float] | None = None
    for options in cand.parts:
        best: dict[int, float] = {}
        for term, w in options:
            docs, scores = index.postings[term].head(budget)
            _merge_max(best, docs, scores, w)
        if total is None:  # the first part's scores are the sums so far (0.0 + s is s)
            total = best
            continue
        for d, s in best.items():
            total[d] = total.get(d, 0.0) + s
    if not total:
        return {}
    factor = cand.weight / len(cand.parts)
    return {d: s * factor for d, s in total.items()}


def _merge_max(best: dict[int, float], docs: Iterable[int], scores: Iterable[float], factor: float) -> None:
    """best[d] = max(best[d], score * factor) for every posting.

    This loop is where a search on a large knowledge base spends its time. A plain loop with a
    bound `get` measured fastest (a map/zip pipeline through the builtin `max` is 2x slower).
    """
    get = best.get
    for d, s in zip(docs, scores, strict=True):
        s *= factor
        if s > get(d, 0.0):
            best[d] = s


def _head_budget(index: IndexTables, candidates: list[Candidate], merged: Iterable[tuple[int, str]]) -> int:
    """How many postings of each cut term this query reads (see `postings.QUERY_BUDGET`): the
    heads it would merge, `merged` once per query word (`_strongest_factors`), and those of
    compound parts."""
    cut = 0
    for _, term in merged:
        p = index.postings.get(term)
        cut += len(p.head_docs) if p is not None and p.is_cut else 0
    for cand in candidates:
        if cand.mode == "parts":
            parts = (index.postings[t] for options in cand.parts for t, _ in options)
            cut += sum(len(p.head_docs) for p in parts if p.is_cut)
    if cut <= QUERY_BUDGET:
        return HEAD
    return max(MIN_HEAD, HEAD * QUERY_BUDGET // cut)


def _strongest_factors(candidates: Iterable[Candidate]) -> dict[tuple[int, str], float]:
    """Per query word and index term, the largest factor any candidate merges its postings with.

    Variants meet: a word's stem can also be one of its typo corrections or the head of a
    compound, and each such candidate used to merge the same list again (a third of the merges
    of some long situations). Merging it once with the largest factor gives every record the same
    best score: max(s * f1, s * f2) is s * max(f1, f2) for a positive s."""
    strongest: dict[tuple[int, str], float] = {}
    for cand in candidates:
        term = _term_of(cand)
        if term is None:
            continue
        factor = cand.weight * _share(cand)
        for w in cand.words:
            key = (w, term)
            if factor > strongest.get(key, 0.0):
                strongest[key] = factor
    return strongest


def _share(cand: Candidate) -> float:
    n = len(cand.words)
    return 1.0 if n == 1 else (1.0 + PHRASE_BONUS * (n - 1)) / n


def run(index: IndexTables, query: str, *, limit: int, allowed: frozenset[int] | None) -> SearchResponse:
    """Answer one query (see module docstring for the ranking)."""
    analysis = analyse(index, query)
    if not analysis.words:
        notice = texts.EMPTY_QUERY if not tokens(query[:MAX_QUERY_CHARS]) else texts.ONLY_STOP_WORDS
        return SearchResponse(query, [], truncated=analysis.truncated, notice=notice)

    # per query word: the best weighted score of any candidate, per record
    best: list[dict[int, float]] = [{} for _ in analysis.words]
    used: list[Candidate] = []
    strongest = _strongest_factors(analysis.candidates)
    budget = _head_budget(index, analysis.candidates, strongest)
    for cand in analysis.candidates:
        term = _term_of(cand)
        p = None if term is None else index.postings.get(term)
        small = _small_scores(index, cand, budget) if p is None and cand.mode in ("alias", "parts") else None
        if not (p is not None and len(p.docs)) and not small:
            continue
        used.append(cand)
        for w in cand.words:
            if p is not None:
                # a term several candidates of one word reach is merged once, with the largest factor
                factor = strongest.pop((w, str(term)), None)
                if factor is None:
                    continue
                docs, scores = p.head(budget)
                if not best[w] and factor == 1.0:
                    best[w] = dict(zip(docs, scores, strict=True))
                else:
                    _merge_max(best[w], docs, scores, factor)
            else:
                assert small is not None
                _merge_max(best[w], small.keys(), small.values(), _share(cand))

    n_words = len(analysis.words)
    exact = {e.doc for e in index.aliases.get(" ".join(analysis.stream), ())}
    top, count, total = _top(index, best, limit, allowed, exact, analysis.weights)
    hits = [
        Hit(index.records[d], round(score, 4), _explain(index, d, used, n_words, budget), count[d] / n_words)
        for d, score in top
    ]
    suggestions = [] if total else suggest(index, query[:MAX_QUERY_CHARS], allowed=allowed)
    return SearchResponse(query, hits, total, suggestions, analysis.words, analysis.truncated)


def _top(
    index: IndexTables,
    best: list[dict[int, float]],
    limit: int,
    allowed: frozenset[int] | None,
    exact: set[int],
    weights: list[float],
) -> tuple[list[tuple[int, float]], dict[int, int], int]:
    """The `limit` best records as (record, score), the words matched per record, and how many
    records matched at all.

    A record's score is its words' scores, each times the word's weight (see
    `query._word_weight`), summed (times its evidence prior); its ranking key is score times the
    summed weights of the query words it matched, an exact title or name winning a tie.
    Exact, but lazy: matched-word counts are cheap (a C-level Counter), scores are not, so scores
    are computed level by level from the records matching the most words down, and the descent
    stops when no record with fewer words can still reach the top: a record with c words scores
    at most the sum of the c highest weighted per-word maxima, times the c heaviest weights.
    """
    count: dict[int, int] = Counter(chain.from_iterable(best))
    if allowed is not None:
        count = {d: c for d, c in count.items() if d in allowed}
    total = len(count)
    if not total or not limit:
        return [], count, total
    maxima = sorted((max(b.values()) * x for b, x in zip(best, weights, strict=True) if b), reverse=True)
    heaviest = sorted((x for b, x in zip(best, weights, strict=True) if b), reverse=True)
    uniform = all(x == 1.0 for x in weights)
    top_prior = index.top_prior
    prior = index.prior
    # words without candidates add 0.0 to every sum: leaving them out changes no score
    active = [(b, x) for b, x in zip(best, weights, strict=True) if b]
    gets = [b.get for b, _ in active]
    keyed: list[tuple[float, float, int]] = []  # a min-heap of (key, score, record)
    for c in range(max(count.values()), 0, -1):
        if len(keyed) >= limit and sum(heaviest[:c]) * sum(maxima[:c]) * top_prior * (1.0 + 1e-6) < keyed[0][0]:
            break
        level = [d for d, n in count.items() if n == c]
        if len(active) == 1:  # one word: every record is on this level, scored at C speed
            level = _one_word_contenders(level, active[0], uniform, prior, exact, keyed, limit)
        # this loop is where a search on a large knowledge base spends its time: one sum per record
        for d in level:
            if uniform:
                score, covered = (gets[0](d, 0.0) if len(gets) == 1 else sum([g(d, 0.0) for g in gets])) * prior[d], float(c)
            else:
                score = sum([b.get(d, 0.0) * x for b, x in active]) * prior[d]
                covered = sum([x for b, x in active if d in b])
            key = score * covered * (1.0 + 1e-6 if d in exact else 1.0)
            if len(keyed) < limit:
                heapq.heappush(keyed, (key, score, d))
            elif key > keyed[0][0]:
                heapq.heapreplace(keyed, (key, score, d))
    ranked = sorted(keyed, key=lambda item: (-item[0], item[2]))
    return [(d, score) for _, score, d in ranked], count, total


def _one_word_contenders(
    level: list[int],
    word: tuple[dict[int, float], float],
    uniform: bool,
    prior: Sequence[float],
    exact: set[int],
    keyed: list[tuple[float, float, int]],
    limit: int,
) -> list[int]:
    """The records of a one-word query's level that can still enter the top `limit`, in order.

    A one-word query on 100,000 records has tens of thousands of records to rank (more than
    half of the time of the slowest queries went to scoring them one by one). Their keys are
    computed here with maps instead (the same products as `_top`'s loop), and only the records
    whose key reaches the `limit`-th best key of this level and of the top so far go on to that
    loop: a record below it could only pass through the top and be pushed out again, so the
    result is the same.
    """
    if len(level) <= limit:
        return level
    per_record, x = word
    values = map(per_record.__getitem__, level)
    weighted = map(mul, map(mul, values, repeat(x)), map(prior.__getitem__, level))
    keys = list(map(mul, weighted, repeat(1.0 if uniform else x)))
    if exact:
        keys = [key * (1.0 + 1e-6) if d in exact else key for key, d in zip(keys, level, strict=True)]
    threshold = heapq.nlargest(limit, chain(keys, (key for key, _, _ in keyed)))[-1]
    return list(compress(level, map(threshold.__le__, keys)))


def _candidate_score(index: IndexTables, cand: Candidate, doc: int, budget: int) -> float:
    """One candidate's weighted score on one record, as the query counted it (0.0 when it does
    not match there, or the posting lies beyond what the query read)."""
    p = _postings_of(index, cand)
    if p is not None:
        hit = p.read(doc, budget)
        return hit[0] * cand.weight if hit else 0.0
    if cand.mode == "alias":
        return index.top_score * ALIAS_FACTOR * cand.weight if any(e.doc == doc for e in cand.entries) else 0.0
    total = 0.0
    for options in cand.parts:
        part = 0.0
        for term, w in options:
            hit = index.postings[term].read(doc, budget)
            if hit and hit[0] * w > part:
                part = hit[0] * w
        total += part
    return total * cand.weight / len(cand.parts)


def _explain(index: IndexTables, doc: int, used: list[Candidate], n_words: int, budget: int) -> list[Match]:
    """Why `doc` matched: the winning candidate of each query word, strongest reason first
    (a table or a command palette shows only the first one or two)."""
    winners: list[tuple[float, int] | None] = [None] * n_words
    for i, cand in enumerate(used):
        s = _candidate_score(index, cand, doc, budget) * _share(cand)
        if s <= 0.0:
            continue
        for w in cand.words:
            current = winners[w]
            if current is None or s > current[0]:
                winners[w] = (s, i)
    strength: dict[int, float] = {}
    for win in winners:
        if win is not None:
            strength[win[1]] = strength.get(win[1], 0.0) + win[0]
    order = sorted(strength, key=lambda i: (-strength[i], i))
    return [_match(index, doc, used[i]) for i in order]


def _match(index: IndexTables, doc: int, cand: Candidate) -> Match:
    from adviseur.search.fields import FIELDS

    if cand.mode == "alias":
        entry = next(e for e in cand.entries if e.doc == doc)
        field: FieldName = "title" if entry.field == "title" else "aliases"
        return Match(cand.query, entry.text, cand.kind, field)
    best_field, best_score = FIELDS.index(next(f for f in FIELDS if f.name == "summary")), -1.0
    for term in (phrase_key(cand.terms),) if cand.mode == "and" else cand.terms:
        p = index.postings.get(term)
        hit = p.lookup(doc) if p is not None else None
        if hit is not None and hit[0] > best_score:
            best_score, best_field = hit
    return Match(cand.query, cand.display, cand.kind, FIELDS[best_field].name)


def suggest(index: IndexTables, query: str, *, allowed: frozenset[int] | None = None, limit: int = 3) -> list[Suggestion]:
    """ "Lijkt op": the titles most like the query, for when nothing matched.

    Only titles sharing a three-letter piece with the query are compared (found through the
    index's trigram table), so this stays fast on a large knowledge base; WRatio then ranks them.
    """
    from rapidfuzz import fuzz, process

    text = fold(query).strip()[:200]
    if not text:
        return []
    docs = index.title_candidates(text)
    if allowed is not None:
        docs = [d for d in docs if d in allowed]
    titles = index.titles()
    choices = {d: titles[d] for d in docs}
    found = process.extract(text, choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=50)
    return [Suggestion(index.records[d], round(float(similarity), 1)) for _, similarity, d in found]
