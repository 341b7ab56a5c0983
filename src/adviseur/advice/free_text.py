"""The professional's own description: signals found in it, offered as suggestions, never added.

The first version sent the description through the search index, which is built for typing
(typo correction, word starts, compound parts). On a case description that read fragments and
number words ("twee" -> "deel twee", "problemen" -> "verslavingsproblemen") and turned "al vaker
uit huis gezet" into a threatened eviction. A description is not a query, so here:

- only whole words and their stems match, as whole phrases (a signal's label or synonyms, or a
  record's name or abbreviation); number words never match on their own;
- a phrase in a clause with a negation ("geen schulden", "drinkt niet meer") or a past marker
  ("vroeger", "al vaker", "eerder") is recognised but not counted, and said so;
- signals found are *suggestions*: they count only once the professional confirms them
  (`CaseProfile.confirmed`); a record named outright ("CTI") is a direct, visible wish.

Everything found quotes the user's own words, on screen only: reports and summaries leave the
words out, since a description typed in a hurry may hold a name or a street.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from adviseur.knowledge.loader import KnowledgeBase
from adviseur.search.stopwords import ARTICLES, STOP_WORDS
from adviseur.search.text import fold, stem

MAX_TEXT = 2000
"""The interview caps the description here; longer text is cut, not refused."""
NEGATIONS = frozenset({"niet", "geen", "nooit", "zonder", "nee", "niks", "niets"})
"""A negation inside the phrase itself is part of what it names: 'geen woning' is a signal."""
PAST = frozenset({"vroeger", "eerder", "ooit", "destijds", "verleden", "vorig", "vorige", "vroegere", "voorheen"})
PAST_PAIRS = frozenset({("al", "vaker"), ("al", "eens"), ("jaren", "geleden"), ("niet", "meer")})
"""Two-word markers. 'niet meer' is past as well as negation: 'drinkt niet meer'."""
CLAUSE_BREAKS = frozenset({"maar", "wel", "en", "of", "want", "omdat", "terwijl", "sinds", "nu"})
"""A negation or a past marker reaches only to the next of these (or punctuation): in 'geen werk,
wel schulden' the debts are current."""
NUMBER_WORDS = frozenset(
    "een twee drie vier vijf zes zeven acht negen tien elf twaalf eerste tweede derde vierde deel".split()
)
_CLAUSE = re.compile(r"[.,;:!?()\n]+")
_WORD = re.compile(r"[a-z0-9]+")

Status = Literal["nieuw", "al-aangegeven", "ontkend", "verleden"]


@dataclass(frozen=True, slots=True)
class Found:
    """A phrase of the description that names a signal or a record."""

    kind: Literal["signaal", "record"]
    id: str
    label: str
    words: str
    """The user's own words, as typed (folded)."""
    status: Status


@dataclass(frozen=True, slots=True)
class _Phrase:
    kind: Literal["signaal", "record"]
    id: str
    label: str
    stems: tuple[str, ...]


def _stems(words: list[str]) -> tuple[str, ...]:
    return tuple(stem(w) for w in words if w not in ARTICLES)


_CACHE: dict[int, tuple[KnowledgeBase, dict[str, tuple[_Phrase, ...]]]] = {}


def _phrases(kb: KnowledgeBase) -> dict[str, tuple[_Phrase, ...]]:
    """Every phrase worth recognising by its first stem, longest first ('geen huis' before 'huis')."""
    cached = _CACHE.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    out: list[_Phrase] = []
    for signal in kb.signals.signals:
        for text in [signal.label, *signal.synonyms]:
            stems = _stems(_WORD.findall(fold(text)))
            if _meaningful(stems):
                out.append(_Phrase("signaal", signal.id, signal.label, stems))
    for record in kb.records:
        for text in [record.title, *record.aliases]:
            words = _WORD.findall(fold(text))
            if len(words) >= 2 or (len(words) == 1 and len(words[0]) >= 3):
                out.append(_Phrase("record", record.id, record.title, _stems(words)))
    by_first: dict[str, list[_Phrase]] = {}
    for phrase in sorted(out, key=lambda p: -len(p.stems)):
        by_first.setdefault(phrase.stems[0], []).append(phrase)
    table = {k: tuple(v) for k, v in by_first.items()}
    if len(_CACHE) > 4:
        _CACHE.clear()
    _CACHE[id(kb)] = (kb, table)
    return table


def _meaningful(stems: tuple[str, ...]) -> bool:
    """A phrase of stop words or number words alone would match half of any description."""
    content = [s for s in stems if s not in STOP_WORDS and s not in NUMBER_WORDS]
    return bool(content)


def _clauses(text: str) -> list[list[str]]:
    """The description cut at punctuation and at the words that start a new clause."""
    clauses: list[list[str]] = []
    for part in _CLAUSE.split(fold(text[:MAX_TEXT])):
        current: list[str] = []
        for word in _WORD.findall(part):
            if word in CLAUSE_BREAKS and current:
                clauses.append(current)
                current = []
            current.append(word)
        if current:
            clauses.append(current)
    return clauses


def _marker(words: list[str], start: int, end: int) -> Status | None:
    """Past or negated, judged on the clause outside the matched phrase words[start:end]."""
    rest = words[:start] + ["|"] + words[end:]  # '|' keeps a pair from spanning the phrase
    pairs = set(pairwise(rest))
    if PAST & set(rest) or PAST_PAIRS & pairs:
        return "verleden"
    if NEGATIONS & set(rest):
        return "ontkend"
    return None


def read_description(text: str, kb: KnowledgeBase, stated: set[str] | frozenset[str] = frozenset()) -> list[Found]:
    """Signals and records named in the description, each once, in the order they appear.

    `stated` are the signals the answers already gave: found again, they are 'al-aangegeven'.
    """
    phrases = _phrases(kb)
    found: dict[tuple[str, str], Found] = {}
    for clause in _clauses(text):
        words = [w for w in clause if w not in ARTICLES]
        stems = [stem(w, remember=False) for w in words]
        i = 0
        while i < len(stems):
            for phrase in phrases.get(stems[i], ()):
                n = len(phrase.stems)
                if tuple(stems[i : i + n]) != phrase.stems:
                    continue
                marker = _marker(words, i, i + n)
                status: Status = marker or ("al-aangegeven" if phrase.id in stated else "nieuw")
                key = (phrase.kind, phrase.id)
                if key not in found or found[key].status != "nieuw":
                    found[key] = Found(phrase.kind, phrase.id, phrase.label, " ".join(words[i : i + n]), status)
                i += n - 1
                break
            i += 1
    return list(found.values())
