"""The local search index, compiled: the country's 100,000 services searchable in well under a
second, instead of reading and validating every map file and indexing again on each search.

It uses the compiled-content container (`adviseur.compiled`): a JSON header and raw arrays,
nothing that can run code when read, owner-only, written atomically, rebuilt silently when stale,
damaged or foreign. The key covers the package's code and every map file in the folder (name,
size, modification time and SHA-256), so an import or an edited map is seen at the next search.

What is kept: the postings (terms, offsets, service numbers, weights), each municipality's slice,
the vocabulary with its stems, each service's name (for ties) and its stored form as JSON text.
A service becomes a `LocalService` (validated by the model) only when a search shows it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from array import array
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, overload

from adviseur.localmap.model import LocalService

if TYPE_CHECKING:
    from adviseur.knowledge import KnowledgeBase
    from adviseur.localmap.search import LocalIndex
    from adviseur.localmap.store import LocalMap, MapStore

PART = "localmap"
FORMAT = 1


class LazyServices(Sequence[LocalService]):
    """Services kept as their stored JSON text, made into models when first asked for."""

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts
        self._made: dict[int, LocalService] = {}

    def __len__(self) -> int:
        return len(self._texts)

    @overload
    def __getitem__(self, index: int) -> LocalService: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[LocalService]: ...

    def __getitem__(self, index: int | slice) -> LocalService | Sequence[LocalService]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        made = self._made.get(index)
        if made is None:
            made = self._made[index] = LocalService.model_validate(json.loads(self._texts[index]))
        return made

    def __iter__(self) -> Iterator[LocalService]:
        return (self[i] for i in range(len(self)))


def maps_key(store: MapStore) -> str:
    """Everything the compiled index depends on: the code, and every map file in the folder."""
    from adviseur import __version__
    from adviseur.compiled.fingerprint import code_stamp

    digest = hashlib.sha256()
    digest.update(f"adviseur {__version__} part {PART} format {FORMAT} {sys.byteorder}\n".encode())
    digest.update(code_stamp())
    root = store.root.resolve()
    digest.update(f"folder {root}\n".encode())
    for path in sorted(root.glob("*.json")):
        if not path.is_file():
            continue
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            digest.update(f"{path.name}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
            digest.update(hashlib.file_digest(handle, "sha256").digest())
    return digest.hexdigest()


def load_index(kb: KnowledgeBase | None = None) -> LocalIndex:
    """The index of every stored map in the default folder (compiled between runs); a map that
    cannot be read is left out (`adviseur kaart check` reports it)."""
    from adviseur.localmap.lookup import default_store

    return compiled_index(default_store(), kb)


def compiled_index(store: MapStore, kb: KnowledgeBase | None, maps: list[LocalMap] | None = None) -> LocalIndex:
    """The index of every map in `store`: read from the compiled cache when current, else built
    (from `maps` when the caller has loaded them) and kept for the next search."""
    from adviseur.compiled.container import read_part

    try:
        key = maps_key(store)
    except OSError:
        key = None
    if key is not None:
        part = read_part(PART, store.root, key)
        if part is not None:
            loaded = _from_part(part)
            if loaded is not None:
                return loaded
    index = _build(store, kb, maps)
    if key is not None:
        _keep(index, store.root, key)
    return index


def _build(store: MapStore, kb: KnowledgeBase | None, maps: list[LocalMap] | None) -> LocalIndex:
    from adviseur.localmap.search import LocalIndex
    from adviseur.localmap.store import MapError

    if maps is None:
        maps = []
        for info in store.maps():
            try:
                found = store.load(info.municipality)
            except MapError:
                continue
            if found is not None:
                maps.append(found)
    return LocalIndex.build(maps, kb)


def _keep(index: LocalIndex, root: Path, key: str) -> None:
    from adviseur.compiled.container import pack_strings, write_part

    terms = sorted(index.postings)
    offsets = array("i", [0])
    docs = array("i")
    weights = array("d")
    for term in terms:
        term_docs, term_weights = index.postings[term]
        docs.extend(term_docs)
        weights.extend(term_weights)
        offsets.append(len(docs))
    words = sorted(index.stems)
    services = index.services
    texts = [json.dumps(services[i].stored(), ensure_ascii=False, separators=(",", ":")) for i in range(len(services))]
    arrays = {
        "terms": pack_strings(terms),
        "offsets": offsets,
        "docs": docs,
        "weights": weights,
        "words": pack_strings(words),
        "stems": pack_strings([index.stems[w] for w in words]),
        "frequency": array("i", [index.vocabulary.frequency(w) for w in words]),
        "names": pack_strings([index.name_key(i) for i in range(len(services))]),
        "services": pack_strings(texts),
    }
    try:
        write_part(PART, root, key, {"ranges": {k: list(v) for k, v in index.ranges.items()}}, arrays)
    except ValueError:  # a text with NUL cannot be packed: search works, only uncached
        return


def _from_part(part: object) -> LocalIndex | None:
    from adviseur.compiled.container import Part
    from adviseur.localmap.search import LocalIndex
    from adviseur.search.text import add_known_stems
    from adviseur.search.vocabulary import Vocabulary

    assert isinstance(part, Part)
    try:
        terms = part.strings("terms")
        offsets, docs, weights = part.ints("offsets"), part.ints("docs"), part.floats("weights")
        words, stems = part.strings("words"), part.strings("stems")
        frequency = part.ints("frequency")
        names = part.strings("names")
        services = LazyServices(part.strings("services"))
        ranges = {str(k): (int(v[0]), int(v[1])) for k, v in dict(part.data["ranges"]).items()}
        if len(offsets) != len(terms) + 1 or len(stems) != len(words) or len(names) != len(services):
            return None
        postings = {t: (docs[offsets[i] : offsets[i + 1]], weights[offsets[i] : offsets[i + 1]]) for i, t in enumerate(terms)}
        stem_of = dict(zip(words, stems, strict=True))
    except (KeyError, TypeError, ValueError, IndexError, AttributeError):
        return None
    add_known_stems(stem_of)  # the vocabulary stems its words: from the memo, not again
    vocabulary = Vocabulary(words, dict(zip(words, frequency, strict=True)))
    return LocalIndex(services, postings, ranges, vocabulary, stem_of, names=names)
