"""The search index as a compiled part: packed into arrays once, read back in milliseconds.

`pack` lays a built index out as arrays (postings, heads, names, filters, priors) and a little
JSON (the phrase lexicon, labels); `restore` makes a `SearchIndex` of them again whose tables are
views over those arrays (`packed`) and whose records are read only when shown (`stored`). Every
search answers exactly as on the index it was packed from: the numbers are the same doubles.
`search.service` decides when to read, build and keep it.
"""

from __future__ import annotations

import json
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast, get_args

from adviseur.compiled import container
from adviseur.compiled.fingerprint import content_key
from adviseur.content.shape import to_json
from adviseur.search.index import SearchIndex
from adviseur.search.lexicon import Expansion, Lexicon, Phrase
from adviseur.search.packed import ALIAS_FIELDS, FacetTable, PackedAliases, PackedPostings, WordFrequency
from adviseur.search.results import MatchKind
from adviseur.search.stored import StoredRecords
from adviseur.search.text import add_known_stems
from adviseur.search.vocabulary import Vocabulary

if TYPE_CHECKING:
    from collections.abc import Sequence

    from adviseur.knowledge.models import Record

PART = "search"
_KINDS = frozenset(get_args(MatchKind))
Arrays = dict[str, array]


def index_key(root: Path) -> str:
    """The key of the index of the knowledge in `root` (raises OSError)."""
    return content_key(PART, [root])


def read(root: Path, key: str, records: Sequence[Record] | None = None) -> SearchIndex | None:
    """The compiled index of `root` when the cache holds a sound one for `key`, else None.
    `records`: the knowledge base's own records (the app), else they are read when shown."""
    part = container.read_part(PART, root, key)
    if part is None:
        return None
    try:
        return restore(part, records)
    except (container.Damaged, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


def write(root: Path, key: str, index: SearchIndex) -> bool:
    """Keep `index` as the compiled index of `root`; False when it could not be packed or written."""
    try:
        data, arrays = pack(index)
    except (TypeError, ValueError, AttributeError, OverflowError):  # e.g. records that are no models
        return False
    return container.write_part(PART, root, key, data, arrays)


# --- packing --------------------------------------------------------------------------------------


def pack(index: SearchIndex) -> tuple[dict[str, Any], Arrays]:
    """The index as JSON data and arrays (see the module docstring)."""
    arrays: Arrays = {}
    records = index.records
    texts = [json.dumps(to_json(r), ensure_ascii=False, separators=(",", ":")).encode("utf-8") for r in records]
    offsets = array("i", [0])
    for text in texts:
        offsets.append(offsets[-1] + len(text))
    arrays["record_ids"], arrays["record_ids.offsets"] = container.pack_indexed([r.id for r in records])
    arrays["record_json"] = array("B", b"".join(texts))
    arrays["record_offsets"] = offsets
    arrays["titles"], arrays["titles.offsets"] = container.pack_indexed(list(index.titles()))
    arrays["prior"] = array("d", index.prior)
    arrays.update(_pack_postings(index))
    words, reversed_words, stems = index.vocabulary.parts()
    arrays["v_words"] = container.pack_strings(words)
    arrays["v_reversed"] = container.pack_strings(reversed_words)
    arrays["v_stems"] = container.pack_strings(stems)
    arrays.update(_pack_aliases(index))
    facets, facet_docs = _pack_facets(index)
    arrays["facet_docs"] = facet_docs
    data = {
        "records": len(records),
        "top_score": index.top_score,
        "concept_labels": index.concept_labels,
        "facets": facets,
        "lexicon": {
            "phrases": [
                [list(key), list(p.stems), p.text, [[list(e.terms), e.weight, e.kind, e.display] for e in p.expansions]]
                for key, p in index.lexicon.phrases.items()
            ],
            "weights": index.lexicon.weights,
        },
    }
    return data, arrays


def _pack_postings(index: SearchIndex) -> Arrays:
    terms = list(index.postings)
    offsets, docs, scores, fields = array("i", [0]), array("i"), array("d"), array("B")
    head_offsets, head_docs, head_scores = array("i", [0]), array("i"), array("d")
    for term in terms:
        p = index.postings[term]
        docs.extend(p.docs)
        scores.extend(p.scores)
        fields.frombytes(bytes(p.fields))
        offsets.append(len(docs))
        if p.head_docs is not p.docs:
            head_docs.extend(p.head_docs)
            head_scores.extend(p.head_scores)
        head_offsets.append(len(head_docs))
    return {
        "terms": container.pack_strings(terms),
        "p_offsets": offsets,
        "p_docs": docs,
        "p_scores": scores,
        "p_fields": fields,
        "h_offsets": head_offsets,
        "h_docs": head_docs,
        "h_scores": head_scores,
    }


def _pack_aliases(index: SearchIndex) -> Arrays:
    keys = list(index.aliases)
    offsets, docs, fields = array("i", [0]), array("i"), array("B")
    texts: list[str] = []
    for key in keys:
        for entry in index.aliases[key]:
            docs.append(entry.doc)
            fields.append(ALIAS_FIELDS.index(entry.field))
            texts.append(entry.text)
        offsets.append(len(docs))
    text_blob, text_offsets = container.pack_indexed(texts)
    return {
        "a_keys": container.pack_strings(keys),
        "a_offsets": offsets,
        "a_docs": docs,
        "a_fields": fields,
        "a_texts": text_blob,
        "a_texts.offsets": text_offsets,
    }


def _pack_facets(index: SearchIndex) -> tuple[dict[str, dict[str, list[int]]], array]:
    docs = array("i")
    spans: dict[str, dict[str, list[int]]] = {}
    for facet, table in index.facets.items():
        spans[facet] = {}
        for value, members in table.items():
            spans[facet][value] = [len(docs), len(members)]
            docs.extend(sorted(members))
    return spans, docs


# --- restoring ------------------------------------------------------------------------------------


def restore(part: container.Part, records: Sequence[Record] | None = None) -> SearchIndex:
    """The index of a compiled part (raises ValueError, KeyError or TypeError when it does not
    hold together: the caller builds the index again)."""
    data = part.data
    if not isinstance(data, dict):
        raise TypeError("no index data")
    n = int(data["records"])
    titles = part.indexed("titles")
    prior = part.floats("prior")
    offsets = part.ints("record_offsets")
    if not len(titles) == len(prior) == len(offsets) - 1 == n or (n and offsets[-1] != len(part.raw("record_json"))):
        raise ValueError("a title, a prior and a text for every record")
    if records is None:
        records = StoredRecords(offsets, lambda start, stop: part.read("record_json", start, stop))
    elif [r.id for r in records] != list(part.indexed("record_ids")):
        raise ValueError("other records than the index was built from")
    postings = PackedPostings(
        part.strings("terms"),
        part.ints("p_offsets"),
        part.ints("p_docs"),
        part.floats("p_scores"),
        part.raw("p_fields"),
        part.ints("h_offsets"),
        part.ints("h_docs"),
        part.floats("h_scores"),
    )
    words, stems = part.strings("v_words"), part.strings("v_stems")
    vocabulary = Vocabulary.restore(words, part.strings("v_reversed"), stems, WordFrequency(postings))
    add_known_stems(dict(zip(words, stems, strict=True)))  # a query's known words need no stemmer
    aliases = PackedAliases(
        part.strings("a_keys"), part.ints("a_offsets"), part.ints("a_docs"), part.raw("a_fields"), part.indexed("a_texts")
    )
    facet_docs = part.ints("facet_docs")
    facets = {
        str(facet): FacetTable({str(v): (int(s), int(c)) for v, (s, c) in dict(table).items()}, facet_docs)
        for facet, table in dict(data["facets"]).items()
    }
    labels = {str(k): str(v) for k, v in dict(data["concept_labels"]).items()}
    index = SearchIndex(
        records, postings, vocabulary, _lexicon(data["lexicon"]), aliases, labels, facets, float(data["top_score"]), prior, titles
    )
    part.release()  # the words and names read into Python above need no file pages any more
    return index


def _lexicon(data: dict[str, Any]) -> Lexicon:
    phrases: dict[tuple[str, ...], Phrase] = {}
    for key, stems, text, expansions in data["phrases"]:
        made = []
        for terms, weight, kind, display in expansions:
            if kind not in _KINDS:
                raise ValueError(f"unknown match kind {kind}")
            made.append(Expansion(tuple(map(str, terms)), float(weight), cast(MatchKind, kind), str(display)))
        phrases[tuple(map(str, key))] = Phrase(tuple(map(str, stems)), str(text), tuple(made))
    weights = {str(k): float(v) for k, v in dict(data["weights"]).items()}
    return Lexicon(phrases, weights)
