"""The index vocabulary and the lookups a query word needs: typo correction, prefix, stem,
compounds.

Typo correction uses rapidfuzz's optimal string alignment (OSA) distance, in which swapping two
neighbouring letters ("frist" for "first") is one edit, as people experience it. The number of
edits allowed grows with the word: one for 5-8 letters, two from 9 letters; a 4-letter word may
only have lost a letter or swapped two ("acue" -> "acute", "hius" -> "huis"), because every other
edit of a 4-letter word lands on another real word too often. Candidates are compared only within
the length window a correction can reach, which keeps a 100,000-record vocabulary fast.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping

from adviseur.search.compounds import LINKS, MIN_PART, SUFFIXES, carries
from adviseur.search.stopwords import STOP_WORDS
from adviseur.search.text import stem

STEM_SLACK = 8
"""More than the Dutch stemmer ever removes from a word's end ("-heden", "-ingen", "-eren")."""
SCAN_LIMIT = 3000
"""At most this many words are inspected per prefix/suffix scan (a bound on the worst case)."""


def max_edits(word: str) -> int:
    """How many edits a typo in `word` may have (see module docstring)."""
    n = len(word)
    if n <= 3:
        return 0
    if n <= 8:
        return 1
    return 2


class Vocabulary:
    """Immutable set of known words with frequency, for corrections, prefixes, stems, compounds."""

    def __init__(self, words: Iterable[str], frequency: Mapping[str, int]) -> None:
        unique = sorted({w for w in words if w})
        self._words = frozenset(unique)
        self._longest = max(map(len, unique), default=0)
        self._sorted = unique
        self._reversed = sorted(w[::-1] for w in unique)
        self._frequency = frequency
        by_len: dict[int, list[str]] = defaultdict(list)
        stems: dict[str, list[str]] = defaultdict(list)
        for w in unique:
            by_len[len(w)].append(w)
            stems[stem(w)].append(w)
        self._by_len = dict(by_len)
        self._stems = {s: tuple(ws) for s, ws in stems.items()}

    @classmethod
    def restore(cls, words: list[str], reversed_words: list[str], stems: list[str], frequency: Mapping[str, int]) -> Vocabulary:
        """A vocabulary from its compiled parts (`search.compiled`): `words` sorted and unique,
        `reversed_words` each word backwards, sorted, `stems[i]` the stem of `words[i]`."""
        if len(stems) != len(words):
            raise ValueError("a stem for every word")
        vocabulary = cls.__new__(cls)
        vocabulary._words = frozenset(words)
        vocabulary._longest = max(map(len, words), default=0)
        vocabulary._sorted = words
        vocabulary._reversed = reversed_words
        vocabulary._frequency = frequency
        by_len: dict[int, list[str]] = defaultdict(list)
        grouped: dict[str, list[str]] = defaultdict(list)
        for word, word_stem in zip(words, stems, strict=True):
            by_len[len(word)].append(word)
            grouped[word_stem].append(word)
        vocabulary._by_len = dict(by_len)
        vocabulary._stems = {s: tuple(ws) for s, ws in grouped.items()}
        return vocabulary

    def parts(self) -> tuple[list[str], list[str], list[str]]:
        """What `restore` needs: the sorted words, the sorted reversed words, each word's stem."""
        stem_of = {w: s for s, ws in self._stems.items() for w in ws}
        return self._sorted, self._reversed, [stem_of[w] for w in self._sorted]

    def __contains__(self, word: object) -> bool:
        return word in self._words

    def __len__(self) -> int:
        return len(self._words)

    def frequency(self, word: str) -> int:
        return self._frequency.get(word, 0)

    # --- typos -----------------------------------------------------------------------------------

    def corrections(self, word: str, limit: int = 3) -> list[tuple[str, int]]:
        """Known words within the allowed edit distance of `word`: (word, distance), best first.

        Best = fewest edits, then the most frequent word (the likelier intended one).
        """
        k = max_edits(word)
        if k == 0 or not word.isalpha():
            return []
        from rapidfuzz import process  # here: most queries need no correction, and the import costs
        from rapidfuzz.distance import OSA

        lengths = range(len(word) - k, len(word) + k + 1) if len(word) > 4 else (4, 5)
        found: list[tuple[str, int]] = []
        for length in lengths:
            bucket = self._by_len.get(length)
            if not bucket:
                continue
            for choice, dist, _ in process.extract(word, bucket, scorer=OSA.distance, score_cutoff=k, limit=None):
                if choice == word:
                    continue
                if len(word) == 4 and len(choice) == 4 and sorted(choice) != sorted(word):
                    continue  # 4 letters: only a swap, not a substitution
                found.append((choice, int(dist)))
        found.sort(key=lambda item: (item[1], -self.frequency(item[0]), item[0]))
        return found[:limit]

    # --- prefixes, stems, compounds --------------------------------------------------------------

    def with_prefix(self, prefix: str, limit: int = 25) -> list[str]:
        """Known words that start with `prefix` (not the prefix itself), most frequent first."""
        found = [w for w in self._scan(self._sorted, prefix) if w != prefix]
        found.sort(key=lambda w: (-self.frequency(w), w))
        return found[:limit]

    def same_stem(self, word: str) -> tuple[str, ...]:
        """Known words with the same Dutch stem as `word` ("schulden" -> "schuld")."""
        return tuple(w for w in self._stems.get(stem(word), ()) if w != word)

    def compounds_with(self, part: str, limit: int = 30) -> list[str]:
        """Known compounds that begin or end with `part` ("bank" -> "bankslapers", "voedselbank"),
        except words in which the part has lost its meaning ("huis" -> not "huisarts", `carries`).

        What is left over must look like a word (at least 4 letters, not a derivational ending),
        so "schuld" finds "schuldhulp" and "huurschuld" but not "schulden" (that is the stem's job).
        """
        if len(part) < MIN_PART:
            return []
        found = []
        for w in self._scan(self._sorted, part):
            rest = w[len(part) :]
            if _looks_like_word(rest):
                found.append(w)
        for r in self._scan(self._reversed, part[::-1]):
            head = r[len(part) :][::-1]
            # an ending is a coincidence more often than a beginning ("geregeld" is no kind of
            # "geld"), so the head must be a word itself: "huur" in "huurschuld"
            if len(head) >= MIN_PART and head not in SUFFIXES and self._is_word(head):
                found.append(r[::-1])
        found = sorted({w for w in found if carries(part, w)}, key=lambda w: (-self.frequency(w), w))
        return found[:limit]

    def _is_word(self, piece: str) -> bool:
        if piece in self._words:
            return True
        for link in LINKS[1:]:  # "huurders" -> "huurder" + s
            if piece.endswith(link) and piece[: -len(link)] in self._words:
                return True
        return False

    def part_kind(self, piece: str) -> int:
        """3 if `piece` is a word, 2 if it has a word's stem, 1 if a bound compound part, else 0.

        A piece longer than every word (plus the longest ending a stemmer strips) is none of
        these: answered without stemming it, so long input costs nothing here."""
        if piece in STOP_WORDS or len(piece) > self._longest + STEM_SLACK:
            return 0
        if piece in self._words:
            return 3
        if stem(piece) in self._stems:
            return 2
        if len(piece) < MIN_PART or piece in SUFFIXES:
            return 0
        needed = 3 if len(piece) == MIN_PART else 1  # "woon" (woonvraag, woonunit, woonplek...)
        seen = 0
        for w in self._scan(self._sorted, piece, limit=200):
            if _looks_like_word(w[len(piece) :]):
                seen += 1
                if seen >= needed:
                    return 1
        for r in self._scan(self._reversed, piece[::-1], limit=200):
            if len(r) - len(piece) >= MIN_PART:
                seen += 1
                if seen >= needed:
                    return 1
        return 0

    @staticmethod
    def _scan(ordered: list[str], prefix: str, limit: int = SCAN_LIMIT) -> Iterable[str]:
        i = bisect_left(ordered, prefix)
        end = min(i + limit, len(ordered))
        while i < end:
            w = ordered[i]
            if not w.startswith(prefix):
                return
            yield w
            i += 1


def _looks_like_word(rest: str) -> bool:
    for link in LINKS:
        if rest.startswith(link):
            tail = rest[len(link) :]
            if len(tail) >= MIN_PART and tail not in SUFFIXES:
                return True
    return False
