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
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat
from operator import add, itemgetter, mul
from typing import TYPE_CHECKING, Literal

from adviseur.search.compounds import split_compound, split_off_known
from adviseur.search.index import phrase_key
from adviseur.search.lexicon import Variant
from adviseur.search.results import FieldName, Hit, Match, MatchKind, SearchResponse, Suggestion
from adviseur.search.stopwords import ARTICLES, STOP_WORDS
from adviseur.search.text import fold, stem, tokens

if TYPE_CHECKING:
    from adviseur.search.index import AliasEntry, Postings, SearchIndex

MAX_QUERY_CHARS = 2000
"""Longer input is cut here (a pasted document is not a query); the response says so."""
MAX_WORDS = 48
MAX_ALIAS_WORDS = 10
MAX_COMPOUNDS = 12
MAX_PART_COMPOUNDS = 8
MAX_PREFIX = 12
MAX_JOIN = 5

WEIGHTS: dict[str, float] = {
    "exact": 1.0,
    "alias": 1.0,
    "stem": 0.85,
    "prefix": 0.75,
    "compound": 0.65,
    "split": 0.8,
    "part-variant": 0.7,
    "join": 0.9,
}
TYPO_WEIGHTS = {1: 0.8, 2: 0.6}
ALIAS_FACTOR = 1.5
"""An exact name or abbreviation scores like 1.5 times the best single term in the index."""
PHRASE_BONUS = 0.5

WEAK_WORDS: frozenset[str] = frozenset(
    {"uit", "zonder", "geen", "niet", "na", "wil", "zelf", "onder"}
    | {"man", "vrouw", "meneer", "mevrouw", "persoon", "client", "inwoner", "bewoner", "mensen"}
)
"""Kept for phrases ("uit huis gezet", "zonder netwerk", "verwarde man", "oudere vrouw") but
meaningless alone - a situation names its person ("man met schizofrenie") without that person
being what is searched: a weak word only counts when a phrase or name covers it."""

Mode = Literal["term", "and", "parts", "alias"]
Options = tuple[tuple[str, float], ...]


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
    parts: tuple[Options, ...] = ()
    """For mode "parts": per compound part, the index terms that stand for it, with weights."""


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
    for token in stream:
        if token in STOP_WORDS or len(words) >= MAX_WORDS:
            truncated = truncated or (len(words) >= MAX_WORDS and token not in STOP_WORDS)
            word_at.append(None)
        else:
            word_at.append(len(words))
            words.append(token)
    end = max((p for p, w in enumerate(word_at) if w is not None), default=-1) + 1
    stream, word_at = stream[:end], word_at[:end]

    vocabulary, lexicon = index.vocabulary, index.lexicon
    variants: list[list[Variant]] = []
    splits: list[tuple[str, ...] | None] = []
    for pos, token in enumerate(stream):
        options = [Variant(token, stem(token), 1.0, "exact")]
        split = None
        if word_at[pos] is not None:
            if token not in vocabulary and token not in lexicon.words:
                for fixed, distance in vocabulary.corrections(token):
                    options.append(Variant(fixed, stem(fixed), TYPO_WEIGHTS[distance], "typo"))
            known = token in vocabulary or token in lexicon.words
            split = split_compound(token, vocabulary.part_kind, max_bound=0 if known else 1)
            if split is None and not known and len(options) == 1:
                split = split_off_known(token, vocabulary.part_kind)
            for part in split or ():
                # one part stands for only its share of the word
                options.append(Variant(part, stem(part), WEIGHTS["part-variant"] / len(split), "compound"))
        variants.append(options)
        splits.append(split)

    candidates: list[Candidate] = []
    last_word = len(words) - 1
    for pos, token in enumerate(stream):
        w = word_at[pos]
        if w is None or token in WEAK_WORDS:
            continue
        candidates += _word_candidates(index, token, w, variants[pos], splits[pos], prefix=w == last_word)

    for match in lexicon.find(variants):
        covered = tuple(word_at[p] for p in range(match.start, match.end) if word_at[p] is not None)
        if not covered or all(words[w] in WEAK_WORDS for w in covered):
            continue
        text = " ".join(stream[match.start : match.end])
        for exp in match.phrase.expansions:
            display = index.concept_labels.get(exp.terms[0], exp.display) if len(exp.terms) == 1 else exp.display
            if match.via is not None and match.phrase.text != text:
                display = f"{match.phrase.text} → {display}"
            candidates.append(
                Candidate(
                    covered, text, exp.terms, "term" if len(exp.terms) == 1 else "and",
                    match.via or exp.kind, match.weight * exp.weight, display,
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
                text = " ".join(stream[i : i + n])
                candidates.append(Candidate(covered, text, (joined,), "term", "compound", WEIGHTS["join"], joined))
    return Analysis(stream, words, candidates, truncated)


def _word_candidates(
    index: SearchIndex, token: str, w: int, variants: list[Variant], split: tuple[str, ...] | None, *, prefix: bool
) -> list[Candidate]:
    postings, vocabulary = index.postings, index.vocabulary
    out: list[Candidate] = []

    def add(term: str, kind: MatchKind, weight: float) -> None:
        if term in postings:
            out.append(Candidate((w,), token, (term,), "term", kind, weight, term))

    add(token, "exact", WEIGHTS["exact"])
    for other in vocabulary.same_stem(token):
        add(other, "stem", WEIGHTS["stem"])
    for variant in variants[1:]:
        if variant.kind != "typo":
            continue
        add(variant.token, "typo", variant.weight)
        for other in vocabulary.same_stem(variant.token):
            add(other, "typo", variant.weight * WEIGHTS["stem"])
    for compound in vocabulary.compounds_with(token, MAX_COMPOUNDS):
        add(compound, "compound", WEIGHTS["compound"])
    if split:
        parts = tuple(_part_options(index, part) for part in split)
        flat = tuple(t for options in parts for t, _ in options)
        if sum(1 for options in parts if not options) <= 1 and flat:
            weight = WEIGHTS["split"]
            out.append(Candidate((w,), token, flat, "parts", "compound", weight, " + ".join(split), parts=parts))
    if prefix and len(token) >= 3:
        for longer in vocabulary.with_prefix(token, MAX_PREFIX):
            add(longer, "prefix", WEIGHTS["prefix"])
    return out


def _part_options(index: SearchIndex, part: str) -> Options:
    """The index terms a compound part stands for: itself, same-stem words, compounds with it,
    and what the lexicon says it means ("woningcorporatie" -> "corporatie", tg:woningcorporaties)."""
    postings, vocabulary = index.postings, index.vocabulary
    options: dict[str, float] = {}

    def add(term: str, weight: float) -> None:
        if term in postings and weight > options.get(term, 0.0):
            options[term] = weight

    add(part, 1.0)
    for t in vocabulary.same_stem(part):
        add(t, WEIGHTS["stem"])
    for t in vocabulary.compounds_with(part, MAX_PART_COMPOUNDS):
        add(t, WEIGHTS["compound"])
    for exp in index.lexicon.single(part):
        if len(exp.terms) == 1:
            add(exp.terms[0], exp.weight)
    return tuple(options.items())


def _postings_of(index: SearchIndex, cand: Candidate) -> Postings | None:
    """The single postings list behind a term or phrase candidate."""
    if cand.mode == "term":
        return index.postings.get(cand.terms[0])
    if cand.mode == "and":  # indexed at build time as one phrase term
        return index.postings.get(phrase_key(cand.terms))
    return None


def _small_scores(index: SearchIndex, cand: Candidate) -> dict[int, float]:
    """Weighted score per record for an alias or compound-parts candidate (few records)."""
    if cand.mode == "alias":
        value = index.top_score * ALIAS_FACTOR * cand.weight
        return {e.doc: value for e in cand.entries}
    # parts: each part scores its best stand-in term; all parts present = full weight
    total: dict[int, float] = {}
    for options in cand.parts:
        best: dict[int, float] = {}
        for term, w in options:
            p = index.postings[term]
            _merge_max(best, p.head_docs, p.head_scores, w)
        for d, s in best.items():
            total[d] = total.get(d, 0.0) + s
    factor = cand.weight / len(cand.parts)
    return {d: s * factor for d, s in total.items()}


def _merge_max(best: dict[int, float], docs: Iterable[int], scores: Iterable[float], factor: float) -> None:
    """best[d] = max(best[d], score * factor) for every posting.

    This loop is where a search on a large knowledge base spends its time. A plain loop with a
    bound `get` measured fastest (a map/zip pipeline through the builtin `max` is 2x slower).
    """
    get = best.get
    for d, s in zip(docs, scores):
        s *= factor
        if s > get(d, 0.0):
            best[d] = s


def _share(cand: Candidate) -> float:
    n = len(cand.words)
    return 1.0 if n == 1 else (1.0 + PHRASE_BONUS * (n - 1)) / n


def run(index: SearchIndex, query: str, *, limit: int, allowed: frozenset[int] | None) -> SearchResponse:
    """Answer one query (see module docstring for the ranking)."""
    analysis = analyse(index, query)
    if not analysis.words:
        notice = (
            "Lege zoekvraag: typ een of meer woorden."
            if not tokens(query[:MAX_QUERY_CHARS])
            else "De zoekvraag bevat alleen veelvoorkomende woorden (zoals 'de', 'en', 'met'); typ een specifieker woord."
        )
        return SearchResponse(query, [], truncated=analysis.truncated, notice=notice)

    # per query word: the best weighted score of any candidate, per record
    best: list[dict[int, float]] = [{} for _ in analysis.words]
    used: list[Candidate] = []
    for cand in analysis.candidates:
        p = _postings_of(index, cand)
        small = _small_scores(index, cand) if p is None and cand.mode in ("alias", "parts") else None
        if not (p is not None and len(p.docs)) and not small:
            continue
        used.append(cand)
        factor = cand.weight * _share(cand)
        for w in cand.words:
            if p is not None:
                if not best[w] and factor == 1.0:
                    best[w] = dict(zip(p.head_docs, p.head_scores))
                else:
                    _merge_max(best[w], p.head_docs, p.head_scores, factor)
            else:
                assert small is not None
                _merge_max(best[w], small.keys(), small.values(), _share(cand))

    # a record's score: the words' scores summed (times its evidence prior); its ranking key:
    # score times the share of query words it matched
    prior = index.prior.__getitem__
    score: dict[int, float] = {}
    count: dict[int, int] = {}
    for b in best:
        keys = b.keys()
        score.update(zip(keys, map(add, map(score.get, keys, repeat(0.0)), map(mul, b.values(), map(prior, keys)))))
        count.update(zip(keys, map(add, map(count.get, keys, repeat(0)), repeat(1))))
    n_words = len(analysis.words)
    key = dict(zip(score.keys(), map(mul, score.values(), map(count.__getitem__, score.keys()))))
    for entry in index.aliases.get(" ".join(analysis.stream), ()):
        if entry.doc in key:
            key[entry.doc] *= 1.0 + 1e-6  # the last ranking key: an exact title or name wins a tie

    items = key.items() if allowed is None else [(d, v) for d, v in key.items() if d in allowed]
    total = len(items)
    top = heapq.nlargest(limit, items, key=itemgetter(1)) if limit else []
    hits = [
        Hit(index.records[d], round(score[d], 4), _explain(index, d, used, n_words), count[d] / n_words)
        for d, _ in top
    ]
    suggestions = [] if total else suggest(index, query[:MAX_QUERY_CHARS], allowed=allowed)
    return SearchResponse(query, hits, total, suggestions, analysis.words, analysis.truncated)


def _candidate_score(index: SearchIndex, cand: Candidate, doc: int) -> float:
    """One candidate's weighted score on one record (0.0 when it does not match there)."""
    p = _postings_of(index, cand)
    if p is not None:
        hit = p.lookup(doc)
        return hit[0] * cand.weight if hit else 0.0
    if cand.mode == "alias":
        return index.top_score * ALIAS_FACTOR * cand.weight if any(e.doc == doc for e in cand.entries) else 0.0
    total = 0.0
    for options in cand.parts:
        part = 0.0
        for term, w in options:
            hit = index.postings[term].lookup(doc)
            if hit and hit[0] * w > part:
                part = hit[0] * w
        total += part
    return total * cand.weight / len(cand.parts)


def _explain(index: SearchIndex, doc: int, used: list[Candidate], n_words: int) -> list[Match]:
    """The winning candidate for each query word on this record, as Matches (query order)."""
    winners: list[tuple[float, int] | None] = [None] * n_words
    for i, cand in enumerate(used):
        s = _candidate_score(index, cand, doc) * _share(cand)
        if s <= 0.0:
            continue
        for w in cand.words:
            current = winners[w]
            if current is None or s > current[0]:
                winners[w] = (s, i)
    seen: set[int] = set()
    matches: list[Match] = []
    for win in winners:
        if win is None or win[1] in seen:
            continue
        seen.add(win[1])
        matches.append(_match(index, doc, used[win[1]]))
    return matches


def _match(index: SearchIndex, doc: int, cand: Candidate) -> Match:
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


def suggest(index: SearchIndex, query: str, *, allowed: frozenset[int] | None = None, limit: int = 3) -> list[Suggestion]:
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
