"""One index of the shipped knowledge per process, for the CLI, the TUI and the advisor.

Building the index of the shipped knowledge takes a few tens of milliseconds once the words'
stems are known; stemming them is the slow part (pure-Python Snowball), so the stems are kept in
a small JSON file in the user's data directory (`cache/search-stems.json`) between runs.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adviseur.knowledge import KnowledgeBase
    from adviseur.search.index import SearchIndex

CACHE_ENV = "ADVISEUR_SEARCH_CACHE"
"""Set to 0 to neither read nor write the on-disk stem cache (the benchmarks measure cold builds)."""
MAX_CACHED_STEMS = 50_000
MAX_CACHE_BYTES = 8 * 1024 * 1024

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
            _index = load_index()
        return _index


def load_index(kb: KnowledgeBase | None = None) -> SearchIndex:
    """The index of the configured knowledge: the compiled one when the knowledge is unchanged
    (`search.compiled`), else built (from `kb`, or the knowledge base loaded here) and kept.

    Given `kb` (the app, which has it loaded anyway), the index's records are its records;
    without, records are read from the compiled index only when a search shows them, so
    `adviseur search` needs neither the YAML nor pydantic. Raises ContentError like
    load_knowledge when the knowledge has errors. A `kb` that is not the configured knowledge
    base (a test's own) is indexed, and the index not kept."""
    from adviseur.locations import knowledge_dir
    from adviseur.search import compiled

    root = knowledge_dir()
    try:
        key: str | None = compiled.index_key(root)
    except OSError:
        key = None
    if kb is not None:
        from adviseur.knowledge import load_knowledge

        # after the key: a knowledge base loaded before an edit is no longer the current one
        if kb is not load_knowledge():
            return build_index(kb)
    if key is not None:
        index = compiled.read(root, key, kb.records if kb is not None else None)
        if index is not None:
            return index
    if kb is None:
        from adviseur.knowledge import load_knowledge

        kb = load_knowledge()
    index = build_index(kb)
    if key is not None:
        compiled.write(root, key, index)
    return index


def build_index(kb: KnowledgeBase) -> SearchIndex:
    """Build the index of `kb` with the on-disk stem cache (stemming dominates a cold build)."""
    from adviseur.search.index import SearchIndex

    known = _load_stems()
    index = SearchIndex.build(kb)
    _save_stems(known)
    return index


STEM_CACHE = "search-stems.json"


def _stem_cache_path() -> Path | None:
    if os.environ.get(CACHE_ENV) == "0":
        return None
    try:
        from adviseur.locations import data_dir

        return data_dir() / "cache" / STEM_CACHE
    except OSError:
        return None


def _load_stems() -> int:
    """Seed the stem memo from disk; returns how many stems were known (0 on any problem).

    Stems are a pure function of the word, so the cache cannot go stale; it is keyed by the
    stemmer's version and simply ignored when unreadable.
    """
    from adviseur.search.text import STEMMER_VERSION, add_known_stems

    path = _stem_cache_path()
    if path is None or not os.path.lexists(path):
        return 0
    from adviseur.store.atomic import CorruptFile, read_limited

    try:
        data = json.loads(read_limited(path, MAX_CACHE_BYTES).decode("utf-8"))
    except (CorruptFile, ValueError, RecursionError):
        return 0
    if not isinstance(data, dict) or data.get("version") != STEMMER_VERSION or not isinstance(data.get("stems"), dict):
        return 0
    add_known_stems(data["stems"])
    return len(data["stems"])


def _save_stems(known_before: int) -> None:
    """Write the memo back when the build stemmed new words (atomic, owner-only like everything
    in the data folder; errors are ignored: the cache only saves time)."""
    from adviseur.search.text import STEMMER_VERSION, known_stems
    from adviseur.store.atomic import StoreError, write_bytes

    path = _stem_cache_path()
    stems = known_stems()
    if path is None or len(stems) <= known_before or len(stems) > MAX_CACHED_STEMS:
        return
    try:
        write_bytes(path, json.dumps({"version": STEMMER_VERSION, "stems": stems}, ensure_ascii=False).encode("utf-8"))
    except StoreError:
        pass


def reset_index() -> None:
    """Forget the cached index (tests that point ADVISEUR_CONTENT_DIR elsewhere call this)."""
    global _index
    with _lock:
        _index = None
