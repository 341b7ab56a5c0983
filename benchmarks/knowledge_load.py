"""How long loading and validating the whole knowledge base takes (target: under 150 ms).

Each repetition runs in a fresh interpreter state for the loader (no caches survive: the loader
keeps none), timed with perf_counter. Prints JSON; quote the median.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from timing import summary, timed  # noqa: E402

from adviseur.knowledge import check_knowledge, load_knowledge  # noqa: E402


def main() -> None:
    t0 = time.perf_counter()
    kb = load_knowledge()
    first = (time.perf_counter() - t0) * 1000
    load = timed(load_knowledge, 30)
    check = timed(check_knowledge, 30)
    print(
        json.dumps(
            {
                "benchmark": "knowledge_load",
                "records": len(kb.records),
                "first_load_ms": round(first, 2),
                "load_ms": summary(load, 2),
                "check_ms": summary(check, 2),
                "target_ms": 150,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
