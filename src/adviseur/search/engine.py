"""Running one query against a SearchIndex: analyse, expand, score, rank, explain.

Per query word we collect candidate index terms, each with a weight below 1 for anything looser
than an exact hit (see WEIGHTS). A record's score for a word is the best candidate's weighted
BM25F score - the best, not the sum, so a word with many loose expansions cannot outweigh a word
with one precise hit. Phrases (synonyms, names) cover several words at once; each covered word gets
a share of the phrase's score, slightly more than 1/n so that a matched phrase beats its words
scattered through a summary.

Ranking is by the share of query words a record matched, then by score, then by an exact title
match: a record that answers every part of "huurachterstand en stress" beats one that answers
"stress" very well. When nothing matches, the "lijkt op" fallback compares the query with titles.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING, Literal

from adviseur.search.compounds import split_compound
from adviseur.search.lexicon import Variant
from adviseur.search.results import FieldName, Hit, Match, MatchKind, SearchResponse, Suggestion
from adviseur.search.stopwords import ARTICLES, STOP_WORDS
from adviseur.search.text import fold, stem, tokens

if TYPE_CHECKING:
    from adviseur.search.index import AliasEntry, SearchIndex

MAX_QUERY_CHARS = 2000
"""Longer input is cut here (a pasted document is not a query); the response says so."""
MAX_WORDS = 48
MAX_ALIAS_WORDS = 10
MAX_COMPOUNDS = 30
MAX_JOIN = 5

WEIGHTS: dict[str, float] = {
    "exact": 1.0,
    "alias": 1.0,
    "stem": 0.85,
    "prefix": 0.75,
    "compound": 0.65,
    "split": 0.75,
    "split-known": 0.5,
    "join": 0.9,
}
TYPO_WEIGHTS = {1: 0.8, 2: 0.6}
ALIAS_FACTOR = 1.5
"""An exact name or abbreviation scores like 1.5 times the best single term in the index."""
PHRASE_BONUS = 0.5
COVER = 1.0e6
"""Ranking key = words matched * COVER + score; scores stay far below COVER."""

WEAK_WORDS: frozenset[str] = frozenset({"uit", "zonder", "geen", "niet", "na", "wil", "zelf", "onder"})
"""Kept for phrases ("uit huis gezet", "zonder netwerk") but meaningless alone: a weak word only
counts when a phrase or name covers it."""

Mode = Literal["term", "and", "parts", "alias"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A way for some query words to match: index term(s) with a weight and an explanation."""

    words: tuple[int, ...]
    query: str
    terms: tuple[str, ...]
    mode: Mode
    kind: MatchKind
    weight: float
    display: str
    entries: tuple[AliasEntry, ...] = ()


@dataclass(slots=True)
class Analysis:
    stream: list[str]
    words: list[str]
    candidates: list[Candidate]
    truncated: bool


def analyse(index: SearchIndex, query: str) -> Analysis:
    """Split the query into words and collect every candidate match."""
    truncated = len(query) > MAX_QUERY_CHARS
    stream = [t for t in tokens(query[:MAX_QUERY_CHARS]) if t not in ARTICLES]
    word_at: list[int | None] = []
    words: list[str] = []
    for pos, token in enumerate(stream):
        if token in STOP_WORDS or len(words) >= MAX_WORDS:
            word_at.append(None)
            truncated = truncated or len(words) >= MAX_WORDS and token not in STOP_WORDS
        else:
            word_at.append(len(words))
            words.append(token)
    stream_limit = max((p for p, w in enumerate(word_at) if w is not None), default=-1) + 1
    stream, word_at = stream[:stream_limit], word_at[:stream_limit]

    vocabulary, lexicon = index.vocabulary, index.lexicon
    variants: list[list[Variant]] = []
    for pos, token in enumerate(stream):
        options = [Variant(token, stem(token), 1.0, "exact")]
        if word_at[pos] is not None and token not in vocabulary and token not in lexicon.words:
            for fixed, distance in vocabulary.corrections(token):
                options.append(Variant(fixed, stem(fixed), TYPO_WEIGHTS[distance], "typo"))
        variants.append(options)

    candidates: list[Candidate] = []
    last_word = len(words) - 1
    for pos, token in enumerate(stream):
        w = word_at[pos]
        if w is None or token in WEAK_WORDS:
            continue
        candidates += _word_candidates(index, token, w, variants[pos], prefix=w == last_word)

    for match in lexicon.find(variants):
        covered = tuple(word_at[p] for p in range(match.start, match.end) if word_at[p] is not None)
        if not covered or all(words[w] in WEAK_WORDS for w in covered):
            continue
        text = " ".join(stream[match.start : match.end])
        for exp in match.phrase.expansions:
            display = index.concept_labels.get(exp.terms[0], exp.display) if len(exp.terms) == 1 else exp.display
            if match.corrected:
                display = f"{match.phrase.text} → {display}"
            candidates.append(
                Candidate(
                    covered, text, exp.terms, "term" if len(exp.terms) == 1 else "and",
                    "typo" if match.corrected else exp.kind, match.weight * exp.weight, display,
                )
            )

    for i in range(len(stream)):
        for j in range(i + 1, min(len(stream), i + MAX_ALIAS_WORDS) + 1):
            key = " ".join(stream[i:j])
            entries = index.aliases.get(key)
            covered = tuple(word_at[p] for p in range(i, j) if word_at[p] is not None)
            if entries and covered:
                kind: MatchKind = "alias" if any(e.field == "aliases" for e in entries) else "exact"
                candidates.append(Candidate(covered, key, (), "alias", kind, WEIGHTS["alias"], "", entries))

    for i in range(len(stream)):
        for n in range(2, MAX_JOIN + 1):
            if i + n > len(stream):
                break
            joined = "".join(stream[i : i + n])
            covered = tuple(word_at[p] for p in range(i, i + n) if word_at[p] is not None)
            if covered and joined in index.postings:
                candidates.append(Candidate(covered, " ".join(stream[i : i + n]), (joined,), "term", "compound", WEIGHTS["join"], joined))
    return Analysis(stream, words, candidates, truncated)


def _word_candidates(index: SearchIndex, token: str, w: int, variants: list[Variant], *, prefix: bool) -> list[Candidate]:
    postings, vocabulary = index.postings, index.vocabulary
    out: list[Candidate] = []
    known = token in postings
    if known:
        out.append(Candidate((w,), token, (token,), "term", "exact", WEIGHTS["exact"], token))
    for other in vocabulary.same_stem(token):
        if other in postings:
            out.append(Candidate((w,), token, (other,), "term", "stem", WEIGHTS["stem"], other))
    for variant in variants[1:]:
        if variant.token in postings:
            out.append(Candidate((w,), token, (variant.token,), "term", "typo", variant.weight, variant.token))
        for other in vocabulary.same_stem(variant.token):
            if other in postings:
                out.append(Candidate((w,), token, (other,), "term", "typo", variant.weight * WEIGHTS["stem"], other))
    for compound in index.compounds_of.get(token, ())[:MAX_COMPOUNDS]:
        if compound != token:
            out.append(Candidate((w,), token, (compound,), "term", "compound", WEIGHTS["compound"], compound))
    split = split_compound(token, index.parts)
    if split:
        weight = WEIGHTS["split-known" if known else "split"]
        out.append(Candidate((w,), token, split, "parts", "compound", weight, " + ".join(split)))
    if prefix and len(token) >= 3:
        for longer in vocabulary.with_prefix(token):
            if longer in postings:
                out.append(Candidate((w,), token, (longer,), "term", "prefix", WEIGHTS["prefix"], longer))
    return out


def _scores(index: SearchIndex, cand: Candidate) -> dict[int, float]:
    """Weighted score per record for one candidate."""
    weight = cand.weight
    if cand.mode == "alias":
        value = index.top_score * ALIAS_FACTOR * weight
        return {e.doc: value for e in cand.entries}
    if cand.mode == "term":
        p = index.postings.get(cand.terms[0])
        if p is None:
            return {}
        if weight == 1.0:
            return dict(zip(p.docs, p.scores))
        return {d: s * weight for d, s in zip(p.docs, p.scores)}
    lists = [index.postings.get(t) for t in cand.terms]
    if cand.mode == "and":
        if any(p is None for p in lists):
            return {}
        ordered = sorted(lists, key=lambda p: len(p.docs))  # type: ignore[union-attr]
        acc = dict(zip(ordered[0].docs, ordered[0].scores))  # type: ignore[union-attr]
        for p in ordered[1:]:
            nxt = dict(zip(p.docs, p.scores))  # type: ignore[union-attr]
            acc = {d: s + nxt[d] for d, s in acc.items() if d in nxt}
            if not acc:
                return {}
        factor = weight / len(lists)
        return {d: s * factor for d, s in acc.items()}
    # parts: each part counts for its share; all parts present = full weight
    acc2: dict[int, float] = {}
    for p in lists:
        if p is None:
            continue
        for d, s in zip(p.docs, p.scores):
            acc2[d] = acc2.get(d, 0.0) + s
    factor = weight / len(lists)
    return {d: s * factor for d, s in acc2.items()}


def _share(cand: Candidate) -> float:
    n = len(cand.words)
    return 1.0 if n == 1 else (1.0 + PHRASE_BONUS * (n - 1)) / n


def run(index: SearchIndex, query: str, *, limit: int, allowed: frozenset[int] | None) -> SearchResponse:
    """Answer one query (see module docstring for the ranking)."""
    analysis = analyse(index, query)
    if not analysis.stream:
        return SearchResponse(query, [], notice="Lege zoekvraag: typ een of meer woorden.")
    if not analysis.words:
        return SearchResponse(
            query, [], truncated=analysis.truncated,
            notice="De zoekvraag bevat alleen veelvoorkomende woorden (zoals 'de', 'en', 'met'); typ een specifieker woord.",
        )

    best: list[dict[int, float]] = [{} for _ in analysis.words]
    scored: list[tuple[Candidate, dict[int, float], float]] = []
    for cand in analysis.candidates:
        scores = _scores(index, cand)
        if not scores:
            continue
        share = _share(cand)
        scored.append((cand, scores, share))
        for w in cand.words:
            b = best[w]
            if not b and share == 1.0:
                best[w] = dict(scores)
                continue
            get = b.get
            for d, s in scores.items():
                s *= share
                if s > get(d, 0.0):
                    b[d] = s

    acc: dict[int, float] = {}
    for b in best:
        get = acc.get
        for d, s in b.items():
            acc[d] = get(d, 0.0) + s + COVER
    exact = index.aliases.get(" ".join(analysis.stream), ())
    for entry in exact:
        if entry.doc in acc:
            acc[entry.doc] += 1e-3  # the third ranking key: an exact title/name match wins a tie

    items = acc.items() if allowed is None else [(d, v) for d, v in acc.items() if d in allowed]
    total = len(items)
    top = heapq.nlargest(limit, items, key=itemgetter(1)) if limit else []

    n_words = len(analysis.words)
    hits: list[Hit] = []
    for doc, value in top:
        count = sum(1 for b in best if doc in b)
        hits.append(
            Hit(index.records[doc], round(value - count * COVER, 4), _explain(index, doc, scored, n_words), count / n_words)
        )
    suggestions = [] if total else suggest(index, query[:MAX_QUERY_CHARS], allowed=allowed)
    return SearchResponse(query, hits, total, suggestions, analysis.words, analysis.truncated)


def _explain(index: SearchIndex, doc: int, scored: list[tuple[Candidate, dict[int, float], float]], n_words: int) -> list[Match]:
    """The winning candidate for each query word on this record, as Matches (query order)."""
    winners: list[tuple[float, int] | None] = [None] * n_words
    for i, (cand, scores, share) in enumerate(scored):
        s = scores.get(doc)
        if s is None:
            continue
        s *= share
        for w in cand.words:
            if winners[w] is None or s > winners[w][0]:  # type: ignore[index]
                winners[w] = (s, i)
    seen: set[int] = set()
    matches: list[Match] = []
    for win in winners:
        if win is None or win[1] in seen:
            continue
        seen.add(win[1])
        cand = scored[win[1]][0]
        matches.append(_match(index, doc, cand))
    return matches


def _match(index: SearchIndex, doc: int, cand: Candidate) -> Match:
    from adviseur.search.fields import FIELDS

    if cand.mode == "alias":
        entry = next(e for e in cand.entries if e.doc == doc)
        field: FieldName = "title" if entry.field == "title" else "aliases"
        return Match(cand.query, fold(entry.text) if entry.field == "title" else entry.text, cand.kind, field)
    best_field, best_score = 4, -1.0
    for term in cand.terms:
        p = index.postings.get(term)
        hit = p.lookup(doc) if p is not None else None
        if hit is not None and hit[0] > best_score:
            best_score, best_field = hit
    return Match(cand.query, cand.display, cand.kind, FIELDS[best_field].name)


def suggest(index: SearchIndex, query: str, *, allowed: frozenset[int] | None = None, limit: int = 3) -> list[Suggestion]:
    """ "Lijkt op": the titles most like the query, for when nothing matched."""
    from rapidfuzz import fuzz, process

    text = fold(query).strip()
    if not text:
        return []
    titles = index.titles()
    found = process.extract(text, titles, scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=50)
    out: list[Suggestion] = []
    for _, similarity, doc in found:
        if allowed is not None and doc not in allowed:
            continue
        out.append(Suggestion(index.records[doc], round(float(similarity), 1)))
        if len(out) == limit:
            break
    return out
