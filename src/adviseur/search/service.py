"""One index of the shipped knowledge per process, for the CLI, the TUI and the advisor."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adviseur.search.index import SearchIndex

_lock = threading.Lock()
_index: SearchIndex | None = None


def get_index() -> SearchIndex:
    """The index of the shipped knowledge base, built on first use (thread-safe, cached).

    Raises adviseur.content.ContentError when the knowledge base has errors, as load_knowledge does.
    """
    global _index
    index = _index
    if index is not None:
        return index
    with _lock:
        if _index is None:
            from adviseur.knowledge import load_knowledge
            from adviseur.search.index import SearchIndex

            _index = SearchIndex.build(load_knowledge())
        return _index


def reset_index() -> None:
    """Forget the cached index (tests that point ADVISEUR_CONTENT_DIR elsewhere call this)."""
    global _index
    with _lock:
        _index = None
