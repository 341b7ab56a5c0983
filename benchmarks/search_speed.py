"""Search latency and index build time, as JSON.

    .venv/bin/python benchmarks/search_speed.py              # real knowledge base + 100,000 records
    .venv/bin/python benchmarks/search_speed.py --records 20000

Queries are the labelled query set (all categories, typos included), each run `--repeat` times
after one warm-up pass; latency is per query call, in milliseconds (p50, p95, p99, max). The
synthetic knowledge base is deterministic (seeded): records are stitched from the real records'
words, signals and target groups with Zipf-like word frequencies, plus invented names and
abbreviations, so its vocabulary and posting lists grow as a real 100,000-record base would.

`synthetic` is the index built in memory, as every command did before issue 12. `compiled` packs
that index once into a compiled part (`adviseur.compiled`) and then, in a fresh process as a
command would, reads it back: `load_seconds` (read, check and restore), search latency without
and with filters (kind=interventie; level=effectief; p50/p95 over each query's median of three
timed passes, and the p95 of the single passes), and `max_rss_mb`, the peak resident memory
of that process (VmHWM), after all the queries; `budget_agreement` compares each query's top ten
with and without the per-query budget (`postings.QUERY_BUDGET`). Issue 12 asks for a load under
1 s, p95 under 25 ms and RSS under 300 MB.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from search_eval.evaluation import load_queries  # noqa: E402

from adviseur.knowledge import load_knowledge  # noqa: E402
from adviseur.knowledge.models import KINDS, Applicability, Evidence, Record  # noqa: E402
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


def measure_filtered(index: SearchIndex, queries: list[str], **filters: str) -> dict[str, float]:
    """One timed pass over the queries with a filter (after a warm-up pass)."""
    for q in queries:
        index.search(q, **filters)
    samples: list[float] = []
    gc.disable()
    try:
        for q in queries:
            start = time.perf_counter()
            index.search(q, limit=10, **filters)
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
            Record(
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
                evidence=Evidence(level=rng.choice(levels), international=False, notes=[])
                if kind == "interventie"
                else None,
                social_value=None,
                references=[],
                related=[],
                applies=Applicability(audience=["inwoner"]),
            )
        )
    return SimpleNamespace(
        records=records, signals=kb.signals, target_groups=kb.target_groups, pillars=kb.pillars, record_files=kb.record_files
    )


def build_timed(kb) -> tuple[SearchIndex, float]:  # noqa: ANN001
    start = time.perf_counter()
    index = SearchIndex.build(kb)
    return index, round(time.perf_counter() - start, 3)


COMPILED = r"""
import gc, json, resource, statistics, sys, time
from pathlib import Path


def peak_rss_mb():
    # VmHWM: this process's peak since it started (ru_maxrss would count the pages it shared
    # with the parent that forked it, a process with the whole 100,000-record index built)
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


start = time.perf_counter()
from adviseur.compiled import container
from adviseur.search import compiled
part = container.read_part(compiled.PART, Path(sys.argv[1]), sys.argv[2])
index = compiled.restore(part)
load = time.perf_counter() - start
queries = json.loads(sys.argv[3])


def latency(filters, passes=3):
    # each query's median over three timed passes: a shared machine's hiccups land on single
    # runs; the p95 of the single runs is reported beside it
    for q in queries:
        index.search(q, **filters)
    runs = {q: [] for q in queries}
    gc.disable()
    for _ in range(passes):
        for q in queries:
            t = time.perf_counter()
            index.search(q, limit=10, **filters)
            runs[q].append((time.perf_counter() - t) * 1000)
    gc.enable()
    pct = lambda ordered, p: round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 3)
    ordered = sorted(statistics.median(r) for r in runs.values())
    single = sorted(t for r in runs.values() for t in r)
    return {"p50": round(statistics.median(ordered), 3), "p95": pct(ordered, 0.95), "p99": pct(ordered, 0.99),
            "max": round(ordered[-1], 3), "p95_single_runs": pct(single, 0.95), "queries": len(ordered), "passes": passes}


def budget_agreement():
    # what the per-query budget (postings.QUERY_BUDGET) changes: the top ten with and without it
    from adviseur.search import ranking
    bounded = [[h.record.id for h in index.search(q, limit=10).hits] for q in queries]
    budget = ranking.QUERY_BUDGET
    ranking.QUERY_BUDGET = 10**12
    try:
        full = [[h.record.id for h in index.search(q, limit=10).hits] for q in queries]
    finally:
        ranking.QUERY_BUDGET = budget
    pairs = [(b, f) for b, f in zip(bounded, full) if f]
    return {"top10_overlap": round(statistics.mean(len(set(b) & set(f)) / len(f) for b, f in pairs), 3),
            "top1_same": round(statistics.mean(b[:1] == f[:1] for b, f in pairs), 3), "queries": len(pairs)}


print(json.dumps({
    "load_seconds": round(load, 3),
    "records": len(index.records),
    "latency_ms": latency({}),
    "latency_kind_ms": latency({"kind": "interventie"}),
    "latency_level_ms": latency({"level": "effectief"}),
    "max_rss_mb": peak_rss_mb(),
    "budget_agreement": budget_agreement(),
}))
"""


def compiled_run(index: SearchIndex, queries: list[str], runs: int = 3) -> dict[str, object]:
    """Pack `index` once, then read it back in `runs` fresh processes (the median load reported)."""
    from adviseur.compiled import container
    from adviseur.search import compiled

    with tempfile.TemporaryDirectory(prefix="adviseur-bench-") as tmp:
        env = {**os.environ, "ADVISEUR_CACHE_DIR": str(Path(tmp) / "cache")}
        os.environ["ADVISEUR_CACHE_DIR"] = env["ADVISEUR_CACHE_DIR"]
        root, key = Path(tmp) / "synthetic", f"synthetic-{len(index)}"
        start = time.perf_counter()
        data, arrays = compiled.pack(index)
        if not container.write_part(compiled.PART, root, key, data, arrays):
            raise SystemExit("could not write the compiled index")
        pack_seconds = round(time.perf_counter() - start, 3)
        size_mb = round(container.cache_path(compiled.PART, root).stat().st_size / 1e6, 1)
        results = []
        for _ in range(runs):
            out = subprocess.run(
                [sys.executable, "-c", COMPILED, str(root), key, json.dumps(queries)],
                capture_output=True, text=True, env=env, check=True,
            )
            results.append(json.loads(out.stdout))
    best = sorted(results, key=lambda r: r["load_seconds"])[len(results) // 2]
    return {"pack_and_write_seconds": pack_seconds, "file_mb": size_mb, "runs": runs,
            "load_seconds_each": [r["load_seconds"] for r in results], **best}


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
        "latency_kind_ms": measure_filtered(big_index, queries, kind="interventie"),
        "latency_level_ms": measure_filtered(big_index, queries, level="effectief"),
        "max_rss_mb_building_process": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    report["compiled"] = compiled_run(big_index, queries)
    report["targets"] = {"load_seconds": 1.0, "p95_ms": 25, "rss_mb": 300}
    report["machine"] = {"cpus": os.cpu_count(), "load_average": round(os.getloadavg()[0], 2), "python": sys.version.split()[0]}
    json.dump(report, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
