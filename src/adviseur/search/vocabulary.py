"""The index vocabulary and the lookups a query word needs: typo correction, prefix, stem.

Typo correction uses rapidfuzz's optimal string alignment (OSA) distance, in which swapping two
neighbouring letters ("frist" for "first") is one edit, as people experience it. The number of
edits allowed grows with the word: none up to 4 letters (too many short words are one edit apart),
one for 5-8 letters, two from 9 letters. Candidates are only compared within the length window a
correction can reach, which keeps a 100,000-record vocabulary fast.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping

from rapidfuzz import process
from rapidfuzz.distance import OSA

from adviseur.search.text import stem


def max_edits(word: str) -> int:
    """How many edits a typo in `word` may have (see module docstring)."""
    n = len(word)
    if n <= 4:
        return 0
    if n <= 8:
        return 1
    return 2


class Vocabulary:
    """Immutable set of known words with frequency, for corrections, prefixes and stems."""

    def __init__(self, words: Iterable[str], frequency: Mapping[str, int]) -> None:
        unique = sorted({w for w in words if w})
        self._words = frozenset(unique)
        self._sorted = unique
        self._frequency = frequency
        by_len: dict[int, list[str]] = defaultdict(list)
        stems: dict[str, list[str]] = defaultdict(list)
        for w in unique:
            by_len[len(w)].append(w)
            stems[stem(w)].append(w)
        self._by_len = dict(by_len)
        self._stems = {s: tuple(ws) for s, ws in stems.items()}

    def __contains__(self, word: object) -> bool:
        return word in self._words

    def __len__(self) -> int:
        return len(self._words)

    def frequency(self, word: str) -> int:
        return self._frequency.get(word, 0)

    def corrections(self, word: str, limit: int = 3) -> list[tuple[str, int]]:
        """Known words within the allowed edit distance of `word`: (word, distance), best first.

        Best = fewest edits, then the most frequent word (the likelier intended one).
        """
        k = max_edits(word)
        if k == 0 or not word.isalpha():
            return []
        found: list[tuple[str, int]] = []
        for length in range(len(word) - k, len(word) + k + 1):
            bucket = self._by_len.get(length)
            if not bucket:
                continue
            for choice, dist, _ in process.extract(word, bucket, scorer=OSA.distance, score_cutoff=k, limit=None):
                if choice != word:
                    found.append((choice, int(dist)))
        found.sort(key=lambda item: (item[1], -self.frequency(item[0]), item[0]))
        return found[:limit]

    def with_prefix(self, prefix: str, limit: int = 25) -> list[str]:
        """Known words that start with `prefix` (not the prefix itself), most frequent first."""
        start = bisect_left(self._sorted, prefix)
        found: list[str] = []
        for i in range(start, min(start + 2000, len(self._sorted))):
            w = self._sorted[i]
            if not w.startswith(prefix):
                break
            if w != prefix:
                found.append(w)
        found.sort(key=lambda w: (-self.frequency(w), w))
        return found[:limit]

    def same_stem(self, word: str) -> tuple[str, ...]:
        """Known words with the same Dutch stem as `word` ("schulden" -> "schuld")."""
        return tuple(w for w in self._stems.get(stem(word), ()) if w != word)
