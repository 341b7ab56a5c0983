"""The knowledge base: models, loading and cross-file validation (pure Python, no textual).

`load_knowledge` loads once per process and keeps the checked result in the compiled-content
cache (`knowledge.compiled`); `loader.load_knowledge` always reads and checks the YAML.

Names are resolved lazily, as in `adviseur.content`: `adviseur.knowledge.vocabulary` (the
evidence levels and pillars the command line's help names) and `applicability` must not import
pydantic, PyYAML and the loader (over 100 ms) with them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from adviseur.knowledge.compiled import load_knowledge
    from adviseur.knowledge.loader import KnowledgeBase, check_knowledge
    from adviseur.knowledge.models import Evidence, Record

_WHERE = {
    "load_knowledge": "adviseur.knowledge.compiled",
    "KnowledgeBase": "adviseur.knowledge.loader",
    "check_knowledge": "adviseur.knowledge.loader",
    "Evidence": "adviseur.knowledge.models",
    "Record": "adviseur.knowledge.models",
}

__all__ = ["Evidence", "KnowledgeBase", "Record", "check_knowledge", "load_knowledge"]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'adviseur.knowledge' has no attribute '{name}'")
    return getattr(import_module(module), name)
