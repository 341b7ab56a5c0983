"""Timing helpers shared by the benchmark scripts (each prints JSON; quote the medians)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    """Wall time of `repeat` calls of `fn`, in milliseconds."""
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def summary(samples: list[float], digits: int = 3) -> dict[str, float]:
    """Median, 95th percentile (nearest rank) and count."""
    ordered = sorted(samples)
    p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
    return {"median": round(statistics.median(ordered), digits), "p95": round(p95, digits), "n": len(ordered)}
