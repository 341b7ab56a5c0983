"""A small Dutch compound splitter over the index vocabulary.

Dutch writes compounds as one word ("huurschuld", "schuldhulpverlening"), so a professional's word
and the record's word often share a part but not a spelling. Two directions:

- a query word that is a compound ("woonbegeleiding", "respijtzorg") is split into parts the index
  knows. A part is known when it is a word of the vocabulary, has the same stem as one
  ("versterking" ~ "versterken"), or is a bound compound part: it starts or ends some vocabulary
  word with a real word left over ("woon" in "woonvraag", "respijt" in "respijtverblijf");
- a query word that is part of index compounds ("schuld" -> "huurschuld", "bank" -> "bankslapers")
  is found by `Vocabulary.compounds_with`.

Linking morphemes s/e/en between parts are dropped ("arbeidsmarkt" -> arbeid + markt).
"""

from __future__ import annotations

from collections.abc import Callable

LINKS: tuple[str, ...] = ("", "s", "e", "en")
MIN_PART = 4
"""Shorter parts ("ont", "ver", "aan") split far too many words wrongly."""
MIN_WORD = 2 * MIN_PART

#: Endings that make a word of a word ("eenzaam-heid"), not a compound: never a part on their own.
SUFFIXES: frozenset[str] = frozenset(
    """
    heid heden lijk lijke lijkheid baar bare ing ingen ering eringen isch ische achtig achtige
    tjes tje ster sters schap schappen zaam zame ende enden elijk elijke erij erijen ties tie
    atie aties iteit iteiten isme ist isten ische ischen loosheid
    """.split()
)

PartTest = Callable[[str], int]
"""part -> 0 (not a part), 1 (a bound part), 2 (a word of its own)."""


def split_compound(word: str, part_kind: PartTest, max_parts: int = 3) -> tuple[str, ...] | None:
    """The best split of `word` into known parts, or None.

    Best = fewest parts, then fewest bound parts, then the most even split (the longest shortest
    part), which prefers "schuld + hulpverlening" over cutting off a tiny head.
    """
    if len(word) < MIN_WORD or not word.isalpha():
        return None
    best: tuple[tuple[int, int, int], tuple[str, ...]] | None = None
    for option, bound in _splits(word, part_kind, max_parts):
        key = (len(option), bound, -min(map(len, option)))
        if best is None or key < best[0]:
            best = (key, option)
    return best[1] if best else None


def _splits(word: str, part_kind: PartTest, max_parts: int) -> list[tuple[tuple[str, ...], int]]:
    found: list[tuple[tuple[str, ...], int]] = []
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head = word[:cut]
        head_kind = part_kind(head)
        if not head_kind:
            continue
        rest = word[cut:]
        for link in LINKS:
            if not rest.startswith(link):
                continue
            tail = rest[len(link) :]
            if len(tail) < MIN_PART or tail in SUFFIXES:
                continue
            tail_kind = part_kind(tail)
            if tail_kind:
                found.append(((head, tail), (head_kind == 1) + (tail_kind == 1)))
            elif max_parts > 2 and len(tail) >= MIN_WORD:
                for sub, bound in _splits(tail, part_kind, max_parts - 1):
                    found.append(((head, *sub), bound + (head_kind == 1)))
    return found
