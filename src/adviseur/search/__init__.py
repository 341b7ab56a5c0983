"""Fuzzy search over the knowledge base (pure Python: rapidfuzz, no textual).

    from adviseur.search import get_index
    response = get_index().search("huurachterstnd", limit=5, kind="interventie")
    for hit in response.hits:
        print(hit.record.title, hit.score, [str(m) for m in hit.matched])

`SearchIndex.build(kb)` indexes a KnowledgeBase once; `index.search(...)` is read-only and safe to
call from worker threads. `get_index()` builds the index of the shipped knowledge once per process.
Names are resolved lazily so that `import adviseur.search` stays cheap for the CLI's cold start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from adviseur.search.index import SearchIndex
    from adviseur.search.results import Hit, Match, MatchKind, SearchResponse, Suggestion
    from adviseur.search.service import get_index

__all__ = ["Hit", "Match", "MatchKind", "SearchIndex", "SearchResponse", "Suggestion", "get_index"]

_WHERE = {
    "SearchIndex": "adviseur.search.index",
    "Hit": "adviseur.search.results",
    "Match": "adviseur.search.results",
    "MatchKind": "adviseur.search.results",
    "SearchResponse": "adviseur.search.results",
    "Suggestion": "adviseur.search.results",
    "get_index": "adviseur.search.service",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'adviseur.search' has no attribute '{name}'")
    import importlib

    return getattr(importlib.import_module(module), name)
