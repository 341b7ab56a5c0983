"""Search quality on the labelled queries, next to three baselines, as JSON.

    .venv/bin/python benchmarks/search_quality.py            # the JSON report
    .venv/bin/python benchmarks/search_quality.py --failures # also list queries with MRR@10 = 0
    .venv/bin/python benchmarks/search_quality.py --split    # also per half: tuning / held-out
    .venv/bin/python benchmarks/search_quality.py --failures --half tuning  # failures of one half

Systems, all measured in this run on the shipped knowledge base: `adviseur` (our index's top 10),
`adviseur_first_screen` (what the app shows of it before the loose tail is opened), and the
baselines of search_eval.baselines: `substring` (Ctrl+F in the PDF), `wratio_titles`
(rapidfuzz WRatio over titles) and `bm25` (rank_bm25 over all text). Metrics per category are
means over queries (see search_eval.evaluation for their definitions); `margin` is our overall
MRR@10 minus the best baseline's.

The labelled queries are split in two fixed halves by a hash of their text
(search_eval.evaluation.half_of): ranking changes are tuned while looking at the `tuning`
half only; the `held_out` half shows whether a change generalises or only fits the queries it was
tuned on.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from search_eval.baselines import BASELINES  # noqa: E402
from search_eval.evaluation import HALVES, evaluate, failures, load_queries, split_halves  # noqa: E402

from adviseur.knowledge import load_knowledge  # noqa: E402
from adviseur.search.index import SearchIndex  # noqa: E402
from adviseur.search.results import strong_and_loose  # noqa: E402

QUERIES = ROOT / "tests" / "search" / "queries.yaml"
PROBES = ("uit huis gezet", "huis", "werk")
"""Queries whose loose tail is counted: how many hits, how many match every word, and whether a
word that has lost its meaning in a compound (huis in huisarts) still brings records in."""


def _probe(index: SearchIndex, query: str) -> dict:
    response = index.search(query, limit=1000)
    strong, loose = strong_and_loose(response.hits)
    terms = sorted({m.term for hit in response.hits for m in hit.matched if m.kind == "compound"})
    return {"total": response.total, "all_words": len(strong), "loose": len(loose), "compounds": terms[:20]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list our queries with MRR@10 = 0")
    parser.add_argument("--split", action="store_true", help="also report the tuning and held-out halves")
    parser.add_argument("--half", choices=HALVES, help="list failures of this half only")
    parser.add_argument("--metric", default="mrr@10", help="failures: queries scoring 0 on this metric (default mrr@10)")
    args = parser.parse_args()

    kb = load_knowledge()
    queries = load_queries(QUERIES)
    index = SearchIndex.build(kb)

    def ours(query: str) -> list[str]:
        return [hit.id for hit in index.search(query, limit=10).hits]

    def first_screen(query: str) -> list[str]:
        """What the app shows before the loose tail is opened (search.results.strong_and_loose)."""
        strong, _loose = strong_and_loose(index.search(query, limit=10).hits)
        return [hit.id for hit in strong]

    systems = {"adviseur": ours, "adviseur_first_screen": first_screen}
    systems.update({name: make(kb) for name, make in BASELINES.items()})
    report: dict = {"records": len(kb.records), "queries": {}, "systems": {}}
    for query in queries:
        report["queries"][query.category] = report["queries"].get(query.category, 0) + 1
    for name, ranker in systems.items():
        start = time.perf_counter()
        report["systems"][name] = evaluate(ranker, queries)
        report["systems"][name]["seconds"] = round(time.perf_counter() - start, 3)
    best_baseline = max(report["systems"][n]["overall"]["mrr@10"] for n in BASELINES)
    report["probes"] = {query: _probe(index, query) for query in PROBES}
    report["margin_mrr@10_over_best_baseline"] = round(report["systems"]["adviseur"]["overall"]["mrr@10"] - best_baseline, 4)
    if args.split:
        report["halves"] = {
            half: {name: evaluate(ranker, part) for name, ranker in systems.items()}
            for half, part in split_halves(queries).items()
        }
    if args.failures:
        listed = split_halves(queries)[args.half] if args.half else queries
        report["failures"] = [
            {"category": q.category, "query": q.text, "expected": q.relevant, "got": got[:5]}
            for q, got in failures(ours, listed, args.metric)
        ]
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
