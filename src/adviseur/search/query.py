"""Understanding a query: its words, and every way each word can match the index.

Per query word we collect candidate index terms, each with a weight below 1 for anything looser
than an exact hit (see WEIGHTS): the word as typed, words with the same stem, typo corrections,
compounds that contain it, its compound parts, the start of longer words (for the last word, while
typing), and everything the phrase lexicon says it means (signals, target groups, curated
synonyms). A misspelt word stands for its likeliest correction with all of that word's readings;
a compound is split into parts the index knows, its head (last part) counting less than what it
is about. Names and abbreviations are looked up as whole phrases in the alias table. Each word
also gets a weight: that of the heaviest signal it names. Nothing here scores records; `ranking`
does that.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from adviseur.search.compounds import NOT_CARRIED, split_and_correct, split_compound, split_off_known
from adviseur.search.lexicon import Variant
from adviseur.search.results import MatchKind
from adviseur.search.stopwords import ARTICLES, STOP_WORDS
from adviseur.search.text import stem, tokens

if TYPE_CHECKING:
    from adviseur.search.tables import AliasEntry, IndexTables

MAX_QUERY_CHARS = 2000
"""Longer input is cut here (a pasted document is not a query); the response says so."""
MAX_WORDS = 48
MAX_WORD_CHARS = 60
"""A longer "word" is no Dutch word (the longest compound in the knowledge base has 32 letters):
a paste without spaces, a hash. It is cut here, and the response says the query was shortened.
With it, the work per word is bounded whatever is typed: typo correction and compound splitting
look at 60 letters at most (an 800-letter word took 25 s when every piece was stemmed)."""
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
HEAD_WEIGHT = 0.5
"""How much the last part of a split compound counts against the parts before it. In Dutch the
last part is the head, the general kind of thing ("preventie", "opvang", "contact", "cursus");
the parts before it say what it is about ("huisuitzettings-", "daklozen-", "lotgenoten-"), and
what it is about is what a professional searches for: a record about prevention in general is
a poor answer to "huisuitzettingspreventie"."""
TYPO_WEIGHTS = {1: 0.9, 2: 0.75}
"""A correction within the allowed number of edits is nearly always the word that was meant; a
heavier discount let the loose readings of the other query words (compounds, prefixes) outrank
it. Measured on the labelled queries, both halves: higher than 0.8/0.6 helped recall at 10."""
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
    weights: list[float]
    """Per word, how much it counts in a record's score and coverage (see `_word_weight`)."""


def analyse(index: IndexTables, query: str) -> Analysis:
    """Split the query into words and collect every candidate match."""
    truncated = len(query) > MAX_QUERY_CHARS
    stream = [t for t in tokens(query[:MAX_QUERY_CHARS]) if t not in ARTICLES]
    if any(len(t) > MAX_WORD_CHARS for t in stream):
        truncated = True
        stream = [t[:MAX_WORD_CHARS] for t in stream]
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
    splits: list[Split | None] = []
    for pos, token in enumerate(stream):
        options = [Variant(token, stem(token), 1.0, "exact")]
        split = None
        if word_at[pos] is not None:
            if token not in vocabulary and token not in lexicon.words:
                for fixed, distance in vocabulary.corrections(token):
                    options.append(Variant(fixed, stem(fixed), TYPO_WEIGHTS[distance], "typo"))
            known = token in vocabulary or token in lexicon.words
            split = _split_word(index, token, known=known, correction=options[1] if len(options) > 1 else None)
            parts = split or ()
            for part, part_weight in parts:
                # one part stands for only its share of the word
                kind: MatchKind = "compound" if part_weight == 1.0 else "typo"
                options.append(Variant(part, stem(part), part_weight * WEIGHTS["part-variant"] / len(parts), kind))
        variants.append(options)
        splits.append(split)

    candidates: list[Candidate] = []
    last_word = len(words) - 1
    for pos, token in enumerate(stream):
        w = word_at[pos]
        if w is None or token in WEAK_WORDS:
            continue
        candidates += _word_candidates(index, token, w, variants[pos], splits[pos], prefix=w == last_word)

    concepts: list[set[str]] = [set() for _ in words]
    for match in lexicon.find(variants):
        covered = _words_in(word_at, match.start, match.end)
        if not covered or all(words[w] in WEAK_WORDS for w in covered):
            continue
        for w in covered:
            concepts[w].update(e.terms[0] for e in match.phrase.expansions if len(e.terms) == 1)
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
            covered = _words_in(word_at, i, j)
            if entries and covered:
                alias_kind: MatchKind = "alias" if any(e.field == "aliases" for e in entries) else "exact"
                candidates.append(Candidate(covered, key, (), "alias", alias_kind, WEIGHTS["alias"], "", entries))

    for i in range(len(stream)):
        for n in range(2, MAX_JOIN + 1):
            if i + n > len(stream):
                break
            joined = "".join(stream[i : i + n])
            covered = _words_in(word_at, i, i + n)
            if covered and joined in index.postings:
                text = " ".join(stream[i : i + n])
                candidates.append(Candidate(covered, text, (joined,), "term", "compound", WEIGHTS["join"], joined))
    return Analysis(stream, words, candidates, truncated, [_word_weight(index, c) for c in concepts])


def _words_in(word_at: list[int | None], start: int, end: int) -> tuple[int, ...]:
    """The query words among stream positions start..end (articles and the like have none)."""
    return tuple(w for w in word_at[start:end] if w is not None)


def _word_weight(index: IndexTables, concepts: set[str]) -> float:
    """How much a query word counts, in a record's score and in its coverage: as much as the
    heaviest signal the word names, 1 for any other word.

    The weight is the one domain experts set in signals.yaml and the advisor ranks by: 1.5 for
    the direct routes into homelessness (eviction, leaving an institution, violence, addiction),
    1.25 for early housing signals such as rent arrears, 1 for the rest. In a situation
    ("alleenstaande moeder met huurachterstand en veel stress") the rent arrears then weigh more
    than the stress and the mother, as they do for the advisor.
    """
    return max((index.lexicon.weights.get(c, 1.0) for c in concepts), default=1.0)


Split = tuple[tuple[str, float], ...]
"""A compound's parts, each with a weight below 1 when the part had to be corrected."""


def _split_word(index: IndexTables, token: str, *, known: bool, correction: Variant | None) -> Split | None:
    """The parts of a compound query word, or None.

    A known word is split into words only. An unknown one may keep one bound part ("woon" in
    "woonvraag"), unless correcting a misspelt piece gives a split into real words
    ("stressvermondering" -> "stress" + "vermindering", not "stress" + "verm" + "ondering").
    A misspelt word that does not split takes the parts of its likeliest correction
    ("schuldhulpveroening" -> "schuldhulpverlening" -> schuld + hulpverlening), weighed as the
    correction is. The last resort for an unknown word without corrections is its longest known
    part next to the unknown rest.
    """
    vocabulary = index.vocabulary
    if any(lexicalised in token for words in NOT_CARRIED.values() for lexicalised in words):
        return None  # 'huisarts' is one word, not a home and a doctor (compounds.NOT_CARRIED)
    parts = split_compound(token, vocabulary.part_kind, max_bound=0 if known else 1)
    if known:
        return _plain(parts)
    kinds = [vocabulary.part_kind(p) for p in parts or ()]
    if parts is not None and min(kinds) >= 2:
        return _plain(parts)
    if parts is not None and sorted(kinds)[1:] != [3] * (len(kinds) - 1):
        parts = None  # a bound piece next to pieces that are words only by their stem: noise
    if correction is not None:
        if parts is None:
            fixed = _split_word(index, correction.token, known=True, correction=None)
            return tuple((part, weight * correction.weight) for part, weight in fixed) if fixed else None
        return _plain(parts)
    pieces = split_and_correct(token, vocabulary.part_kind, lambda piece: vocabulary.corrections(piece, 1))
    if pieces is not None:
        return tuple((p, TYPO_WEIGHTS[e] if e else 1.0) for p, e in pieces)
    return _plain(parts or split_off_known(token, vocabulary.part_kind))


def _plain(parts: tuple[str, ...] | None) -> Split | None:
    return tuple((p, 1.0) for p in parts) if parts else None


def _word_candidates(
    index: IndexTables, token: str, w: int, variants: list[Variant], split: Split | None, *, prefix: bool
) -> list[Candidate]:
    postings, vocabulary = index.postings, index.vocabulary
    out: list[Candidate] = []

    def add(term: str, kind: MatchKind, weight: float) -> None:
        if term in postings:
            out.append(Candidate((w,), token, (term,), "term", kind, weight, term))

    add(token, "exact", WEIGHTS["exact"])
    for other in vocabulary.same_stem(token):
        add(other, "stem", WEIGHTS["stem"])
    corrections = [v for v in variants[1:] if v.kind == "typo"]
    for rank, variant in enumerate(corrections):
        add(variant.token, "typo", variant.weight)
        for other in vocabulary.same_stem(variant.token):
            add(other, "typo", variant.weight * WEIGHTS["stem"])
        if rank == 0:
            # the likeliest correction stands for the word that was meant, with its compounds and
            # (for the word being typed) its continuations; the others only for themselves,
            # or every unlikely correction would bring its own compounds as noise
            for compound in vocabulary.compounds_with(variant.token, MAX_COMPOUNDS):
                add(compound, "typo", variant.weight * WEIGHTS["compound"])
            if prefix:
                for longer in vocabulary.with_prefix(variant.token, MAX_PREFIX):
                    add(longer, "typo", variant.weight * WEIGHTS["prefix"])
    for compound in vocabulary.compounds_with(token, MAX_COMPOUNDS):
        add(compound, "compound", WEIGHTS["compound"])
    if split:
        head = len(split) - 1
        parts = tuple(
            _part_options(index, part, weight * (HEAD_WEIGHT if i == head else 1.0))
            for i, (part, weight) in enumerate(split)
        )
        flat = tuple(t for options in parts for t, _ in options)
        if sum(1 for options in parts if not options) <= 1 and flat:
            kind: MatchKind = "compound" if all(weight == 1.0 for _, weight in split) else "typo"
            display = " + ".join(part for part, _ in split)
            out.append(Candidate((w,), token, flat, "parts", kind, WEIGHTS["split"], display, parts=parts))
    if prefix and len(token) >= 3:
        for longer in vocabulary.with_prefix(token, MAX_PREFIX):
            add(longer, "prefix", WEIGHTS["prefix"])
    return out


def _part_options(index: IndexTables, part: str, factor: float = 1.0) -> Options:
    """The index terms a compound part stands for: itself, same-stem words, compounds with it,
    and what the lexicon says it means ("woningcorporatie" -> "corporatie", tg:woningcorporaties)."""
    postings, vocabulary = index.postings, index.vocabulary
    options: dict[str, float] = {}

    def add(term: str, weight: float) -> None:
        weight *= factor
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


