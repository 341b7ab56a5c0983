"""A stand-in for the walk's environment in expression tests: plain dicts."""

from __future__ import annotations

from typing import Any


class FakeEnv:
    """A stand-in for the walk's environment: plain dicts."""

    def __init__(self, values: dict[str, Any] | None = None, **extra: Any) -> None:
        self.values = values or {}
        self.scores = extra.get("scores", {})
        self.percents = extra.get("percents", {})
        self.visits = extra.get("visited", set())

    def get(self, name: str) -> Any:
        return self.values.get(name)

    def answered(self, q: str) -> bool:
        return self.values.get(q) is not None

    def count(self, q: str) -> int:
        v = self.values.get(q)
        return len(v) if isinstance(v, list) else int(v is not None)

    def score(self, g: str) -> float:
        return self.scores.get(g, 0)

    def percent(self, g: str) -> float | None:
        return self.percents.get(g)

    def visited(self, n: str) -> bool:
        return n in self.visits
