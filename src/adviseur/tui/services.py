"""The app's access to the core: knowledge, search index and store, loaded once off the UI thread.

Screens receive a `Services` instance instead of loading anything themselves, so the first
screen appears at once and tests can hand in prepared services.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adviseur.knowledge import KnowledgeBase
    from adviseur.reports.result import RunResult
    from adviseur.search import SearchIndex


@dataclass
class Services:
    kb: KnowledgeBase
    case: RunResult | None = None
    """The result (with advice) of the casework session last opened, in memory only: a record's
    detail can then say why it is or is not advised for that case ('waarom niet?')."""

    @cached_property
    def index(self) -> SearchIndex:
        from adviseur.search.service import load_index

        return load_index(self.kb)

    @classmethod
    def load(cls) -> Services:
        """Load everything (call from a worker thread); builds the index eagerly so typing is instant."""
        from adviseur.knowledge import load_knowledge

        services = cls(load_knowledge())
        _ = services.index
        return services
