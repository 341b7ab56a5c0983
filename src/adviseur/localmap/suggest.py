"""Suggested tags: signals, target groups and `biedt` links read from a service's description.

A municipality's map usually has a name and a description, nothing more. To put a local debt
desk under the national advice about debts, Adviseur proposes tags, using what the search
already knows: the phrase lexicon of the search index (each signal's and target group's label
and synonyms, matched on stems: "schulden" meets "schuld") and its table of record names and
abbreviations (a description that names "Vroeg Eropaf" or "CTI").

A suggestion is only a guess, so it is kept apart (`LocalService.suggested`) and marked as such
wherever it is shown, until a person accepts it. What the source states is never suggested
again, and a phrase in a negated clause ("niet voor jongeren") suggests nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from adviseur.localmap.model import LocalService, Tags
from adviseur.search.lexicon import Variant
from adviseur.search.stopwords import ARTICLES, STOP_WORDS
from adviseur.search.text import stem, tokens

if TYPE_CHECKING:
    from adviseur.search.index import SearchIndex

NEGATIONS = frozenset({"niet", "geen", "nooit", "uitgezonderd", "behalve"})
"""Words that, elsewhere in the clause, turn a match into an exclusion ('niet voor jongeren').
('zonder' is left out: 'mensen zonder woning' is whom a service is for.)"""
NOT_SUGGESTED = frozenset({"professionals", "gemeenten", "woningcorporaties"})
"""Target groups a local service is not *for*: a word like 'regio' or 'corporatie' in its
description names a partner, not the residents it serves. (They can still be stated.)"""
_CLAUSE = re.compile(r"[.;:!?()\n]+|,\s")
_MAX_NAME_WORDS = 6
MAX_TEXT = 4000


class Suggester:
    """Reads descriptions against one search index (the national knowledge's)."""

    def __init__(self, index: SearchIndex) -> None:
        self.lexicon = index.lexicon
        self.aliases = index.aliases
        self.records = index.records

    def suggest(self, service: LocalService) -> Tags:
        """The tags the name and description point to that the service does not state yet."""
        signals: list[str] = []
        groups: list[str] = []
        offers: list[str] = []
        text = f"{service.name}. {service.description or ''}"[:MAX_TEXT]
        for clause in _CLAUSE.split(text):
            words = [w for w in tokens(clause) if w not in ARTICLES]
            if not words:
                continue
            stream = [[Variant(w, stem(w), 1.0, "exact")] for w in words]
            for match in self.lexicon.find(stream):
                if _negated(words, match.start, match.end):
                    continue
                for expansion in match.phrase.expansions:
                    if len(expansion.terms) != 1:
                        continue
                    prefix, _, ident = expansion.terms[0].partition(":")
                    if prefix == "sig":
                        _add(signals, ident)
                    elif prefix == "tg" and ident not in NOT_SUGGESTED:
                        _add(groups, ident)
            for record_id in self._named(clause, words):
                _add(offers, record_id)
        return Tags(
            signals=[s for s in signals if s not in service.signals],
            target_groups=[t for t in groups if t not in service.target_groups],
            offers=[r for r in offers if r not in service.offers],
        )

    def _named(self, clause: str, words: list[str]) -> list[str]:
        """National records named in the clause by title or alias. A short name (under five
        letters: 'CTI', 'IPS') counts only when written in capitals, as an abbreviation is."""
        found: list[str] = []
        capitals = {w.lower() for w in re.findall(r"\b[A-Z][A-Z0-9-]{1,}\b", clause)}
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + _MAX_NAME_WORDS) + 1):
                key = " ".join(words[i:j])
                entries = self.aliases.get(key)
                if not entries or (j - i == 1 and (key in STOP_WORDS or (len(key) < 5 and key not in capitals))):
                    continue
                if _negated(words, i, j):
                    continue
                for entry in entries:
                    _add(found, self.records[entry.doc].id)
        return found


def _negated(words: list[str], start: int, end: int) -> bool:
    return any(w in NEGATIONS for k, w in enumerate(words) if not start <= k < end)


def _add(found: list[str], ident: str) -> None:
    if ident not in found:
        found.append(ident)


def with_suggestions(
    services: list[LocalService], suggester: Suggester, *, accept: bool = False, confirmed_before: dict[str, LocalService]
) -> list[LocalService]:
    """Each service with its suggestions (accepted at once with `accept`). A suggestion a person
    accepted for the same service before (`confirmed_before`, the stored map) stays accepted:
    re-importing the municipality's file must not undo their work."""
    out: list[LocalService] = []
    for service in services:
        tags = suggester.suggest(service)
        earlier = confirmed_before.get(service.id)
        suggested = service.model_copy(update={"suggested": tags})
        if accept:
            suggested = suggested.accepted()
        elif earlier is not None and tags:
            suggested = _keep_accepted(suggested, earlier)
        out.append(suggested)
    return out


def _keep_accepted(service: LocalService, earlier: LocalService) -> LocalService:
    """Suggestions that the earlier version of the service had as confirmed tags stay confirmed."""
    s = service.suggested
    keep_signals = [x for x in s.signals if x in earlier.signals]
    keep_groups = [x for x in s.target_groups if x in earlier.target_groups]
    keep_offers = [x for x in s.offers if x in earlier.offers]
    if not (keep_signals or keep_groups or keep_offers):
        return service
    return service.model_copy(
        update={
            "signals": service.signals + keep_signals,
            "target_groups": service.target_groups + keep_groups,
            "offers": service.offers + keep_offers,
            "suggested": Tags(
                signals=[x for x in s.signals if x not in keep_signals],
                target_groups=[x for x in s.target_groups if x not in keep_groups],
                offers=[x for x in s.offers if x not in keep_offers],
            ),
        }
    )
