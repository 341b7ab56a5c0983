"""Search latency and index build time, as JSON.

    .venv/bin/python benchmarks/search_speed.py              # real knowledge base + 100,000 records
    .venv/bin/python benchmarks/search_speed.py --records 20000

Queries are the labelled query set (all categories, typos included), each run `--repeat` times
after one warm-up pass; latency is per query call, in milliseconds (p50, p95, p99, max). The
synthetic knowledge base is deterministic (seeded): records are stitched from the real records'
words, signals and target groups with Zipf-like word frequencies, plus invented names and
abbreviations, so its vocabulary and posting lists grow as a real 100,000-record base would.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from adviseur.knowledge import load_knowledge  # noqa: E402
from adviseur.knowledge.models import KINDS, Evidence, Record  # noqa: E402
from adviseur.search.evaluation import load_queries  # noqa: E402
from adviseur.search.index import SearchIndex  # noqa: E402
from adviseur.search.text import tokens  # noqa: E402

QUERIES = ROOT / "tests" / "search" / "queries.yaml"


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 3)

    return {
        "p50": round(statistics.median(ordered), 3),
        "p95": pct(0.95),
        "p99": pct(0.99),
        "max": round(ordered[-1], 3),
        "mean": round(statistics.fmean(ordered), 3),
        "calls": len(ordered),
    }


def measure(index: SearchIndex, queries: list[str], repeat: int) -> dict[str, float]:
    for q in queries:  # warm-up: first-use caches (stems) are part of build, not of a query
        index.search(q)
    samples: list[float] = []
    gc.disable()
    try:
        for _ in range(repeat):
            for q in queries:
                start = time.perf_counter()
                index.search(q, limit=10)
                samples.append((time.perf_counter() - start) * 1000)
    finally:
        gc.enable()
    return percentiles(samples)


def synthetic_kb(kb, n: int, seed: int = 7) -> SimpleNamespace:  # noqa: ANN001
    """`n` records made of the real knowledge base's words (see module docstring)."""
    rng = random.Random(seed)
    words = [t for r in kb.records for t in tokens(f"{r.title} {r.summary}")]
    title_words = [t for r in kb.records for t in tokens(r.title) if len(t) > 3]
    signals = [s.id for s in kb.signals.signals]
    groups = [t.id for t in kb.target_groups.target_groups]
    syllables = ["ka", "ro", "mi", "ten", "vel", "dor", "an", "sti", "lu", "berg", "wijk", "hof", "zo", "pra"]
    levels = ["effectief", "kansrijk", "erkend", "inspirerend", None]
    records = []
    for i in range(n):
        kind = KINDS[i % 3]
        name = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
        title = " ".join([name, *rng.sample(title_words, rng.randint(1, 3))])
        summary = " ".join(rng.choice(words) for _ in range(rng.randint(20, 45)))
        aliases = ["".join(rng.choice("ABCDEFGHKLMNPRSTVW") for _ in range(rng.randint(3, 5)))] if rng.random() < 0.2 else []
        pillar = rng.choice(["voorzorg", "herstelzorg"])
        records.append(
            Record.model_construct(
                id=f"synthetisch-{i}",
                kind=kind,
                title=title,
                aliases=aliases,
                summary=summary,
                pillars=[pillar],
                condition=None,
                theme=None,
                target_groups=rng.sample(groups, rng.randint(0, 3)),
                signals=rng.sample(signals, rng.randint(1, 4)),
                organisation=None,
                place=rng.choice([None, None, "Utrecht", "Arnhem", "Tilburg", "Zwolle"]),
                evidence=Evidence.model_construct(level=rng.choice(levels), international=False, notes=[])
                if kind == "interventie"
                else None,
                social_value=None,
                references=[],
                related=[],
            )
        )
    return SimpleNamespace(
        records=records, signals=kb.signals, target_groups=kb.target_groups, pillars=kb.pillars, record_files=kb.record_files
    )


def build_timed(kb) -> tuple[SearchIndex, float]:  # noqa: ANN001
    start = time.perf_counter()
    index = SearchIndex.build(kb)
    return index, round(time.perf_counter() - start, 3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000, help="size of the synthetic knowledge base")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes over the queries (real base)")
    args = parser.parse_args()

    start = time.perf_counter()
    kb = load_knowledge()
    load_seconds = round(time.perf_counter() - start, 3)
    queries = [q.text for q in load_queries(QUERIES)]

    real_index, real_build = build_timed(kb)
    report = {
        "queries": len(queries),
        "real": {
            "records": len(kb.records),
            "load_knowledge_seconds": load_seconds,
            "build_seconds": real_build,
            "vocabulary": len(real_index.vocabulary),
            "latency_ms": measure(real_index, queries, args.repeat),
        },
    }
    synthetic = synthetic_kb(kb, args.records)
    big_index, big_build = build_timed(synthetic)
    report["synthetic"] = {
        "records": args.records,
        "build_seconds": big_build,
        "vocabulary": len(big_index.vocabulary),
        "postings": sum(len(p.docs) for p in big_index.postings.values()),
        "latency_ms": measure(big_index, queries, 1),
    }
    json.dump(report, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
