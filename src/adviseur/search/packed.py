"""The index's tables as read-only views over the arrays of a compiled index.

A 100,000-record index holds millions of postings; turning them into Python objects when the
index is loaded would take seconds. These mappings keep the arrays as they are in the file and
make a table entry only when a query asks for it: the postings of one term, the records behind
one name, the records of one filter value.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from adviseur.search.postings import Postings
from adviseur.search.tables import AliasEntry

ALIAS_FIELDS = ("title", "aliases")
"""An alias entry's field, stored as its number in this tuple."""


class PackedPostings(Mapping[str, Postings]):
    """term -> Postings, over concatenated arrays: term i's postings are entries
    offsets[i]..offsets[i+1]; its head (for a term in more than HEAD records) is
    head_offsets[i]..head_offsets[i+1] of the head arrays, empty when the head is all of it."""

    def __init__(
        self,
        terms: list[str],
        offsets: Sequence[int],
        docs: Sequence[int],
        scores: Sequence[float],
        fields: Sequence[int],
        head_offsets: Sequence[int],
        head_docs: Sequence[int],
        head_scores: Sequence[float],
    ) -> None:
        n = len(terms)
        if len(offsets) != n + 1 or len(head_offsets) != n + 1 or not len(docs) == len(scores) == len(fields):
            raise ValueError("postings arrays do not match")
        if n and (offsets[-1] != len(docs) or head_offsets[-1] != len(head_docs) or len(head_docs) != len(head_scores)):
            raise ValueError("postings arrays do not match")
        self._slot = {term: i for i, term in enumerate(terms)}
        self._terms = terms
        self._offsets, self._docs, self._scores, self._fields = offsets, docs, scores, fields
        self._head_offsets, self._head_docs, self._head_scores = head_offsets, head_docs, head_scores
        self._made: dict[str, Postings] = {}

    def __getitem__(self, term: str) -> Postings:
        found = self._made.get(term)
        if found is None:
            i = self._slot[term]
            start, end = self._offsets[i], self._offsets[i + 1]
            docs, scores = self._docs[start:end], self._scores[start:end]
            head_start, head_end = self._head_offsets[i], self._head_offsets[i + 1]
            if head_start == head_end:
                head_docs, head_scores = docs, scores
            else:
                head_docs, head_scores = self._head_docs[head_start:head_end], self._head_scores[head_start:head_end]
            found = self._made[term] = Postings(docs, scores, self._fields[start:end], head_docs, head_scores)
        return found

    def __contains__(self, term: object) -> bool:
        return term in self._slot

    def __iter__(self) -> Iterator[str]:
        return iter(self._terms)

    def __len__(self) -> int:
        return len(self._terms)

    def doc_count(self, term: str) -> int:
        """In how many records `term` occurs (without making its Postings)."""
        i = self._slot.get(term)
        return 0 if i is None else self._offsets[i + 1] - self._offsets[i]


class WordFrequency(Mapping[str, int]):
    """The vocabulary's word frequencies: in how many records a word occurs, read from the
    postings. Concepts (`sig:`) and phrases (`&`) are no words, as in a built index."""

    def __init__(self, postings: PackedPostings) -> None:
        self._postings = postings

    def __getitem__(self, word: str) -> int:
        if ":" in word or word.startswith("&") or word not in self._postings:
            raise KeyError(word)
        return self._postings.doc_count(word)

    def __iter__(self) -> Iterator[str]:
        return (t for t in self._postings if ":" not in t and not t.startswith("&"))

    def __len__(self) -> int:
        return sum(1 for _ in self)


class PackedAliases(Mapping[str, tuple[AliasEntry, ...]]):
    """Exact names: key i's entries are offsets[i]..offsets[i+1] of the entry arrays."""

    def __init__(
        self, keys: list[str], offsets: Sequence[int], docs: Sequence[int], fields: Sequence[int], texts: Sequence[str]
    ) -> None:
        if len(offsets) != len(keys) + 1 or not len(docs) == len(fields) == len(texts) or (keys and offsets[-1] != len(docs)):
            raise ValueError("alias arrays do not match")
        self._slot = {key: i for i, key in enumerate(keys)}
        self._keys = keys
        self._offsets, self._docs, self._fields, self._texts = offsets, docs, fields, texts

    def __getitem__(self, key: str) -> tuple[AliasEntry, ...]:
        i = self._slot[key]
        return tuple(
            AliasEntry(self._docs[j], ALIAS_FIELDS[self._fields[j]], self._texts[j])
            for j in range(self._offsets[i], self._offsets[i + 1])
        )

    def __contains__(self, key: object) -> bool:
        return key in self._slot

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


class FacetTable(Mapping[str, frozenset[int]]):
    """One filter's values -> the records that have them (a set made on first use)."""

    def __init__(self, spans: dict[str, tuple[int, int]], docs: Sequence[int]) -> None:
        for start, count in spans.values():
            if start < 0 or count < 0 or start + count > len(docs):
                raise ValueError("facet outside its array")
        self._spans = spans
        self._docs = docs
        self._made: dict[str, frozenset[int]] = {}

    def __getitem__(self, value: str) -> frozenset[int]:
        found = self._made.get(value)
        if found is None:
            start, count = self._spans[value]
            found = self._made[value] = frozenset(self._docs[start : start + count])
        return found

    def __contains__(self, value: object) -> bool:
        return value in self._spans

    def __iter__(self) -> Iterator[str]:
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)


__all__ = ["FacetTable", "PackedAliases", "PackedPostings", "WordFrequency"]
