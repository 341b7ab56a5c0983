"""A small Dutch compound splitter over a known vocabulary.

Dutch writes compounds as one word ("huurschuld", "schuldhulpverlening"), so a professional's word
and the record's word often share a part but not a spelling. We split only into parts that are
themselves known words (the index vocabulary and the synonym lexicon), which keeps the splitter
honest without a dictionary: "huurschuld" -> huur + schuld, "arbeidsmarkt" -> arbeid + (s) + markt.
Linking morphemes s/e/en between parts are dropped.
"""

from __future__ import annotations

from collections.abc import Container

LINKS: tuple[str, ...] = ("", "s", "e", "en")
MIN_PART = 4
"""Shorter parts ("ont", "ver", "aan") split far too many words wrongly."""
MIN_WORD = 2 * MIN_PART


def split_compound(word: str, parts: Container[str], max_parts: int = 3) -> tuple[str, ...] | None:
    """The best split of `word` into known parts, or None.

    Best = fewest parts, then the most even split (the longest shortest part), which prefers
    "schuld + hulpverlening" style splits over cutting off a tiny head.
    """
    if len(word) < MIN_WORD or not word.isalpha():
        return None
    best: tuple[str, ...] | None = None
    for option in _splits(word, parts, max_parts):
        if best is None or (len(option), -min(map(len, option))) < (len(best), -min(map(len, best))):
            best = option
    return best


def _splits(word: str, parts: Container[str], max_parts: int) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head = word[:cut]
        if head not in parts:
            continue
        rest = word[cut:]
        for link in LINKS:
            if not rest.startswith(link):
                continue
            tail = rest[len(link):]
            if len(tail) < MIN_PART:
                continue
            if tail in parts:
                found.append((head, tail))
            elif max_parts > 2 and len(tail) >= MIN_WORD:
                found.extend((head, *sub) for sub in _splits(tail, parts, max_parts - 1))
    return found
