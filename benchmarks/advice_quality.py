"""Advice quality on the casework scenarios (flows/scenarios/signalen/), as JSON.

    .venv/bin/python benchmarks/advice_quality.py             # per scenario and overall
    .venv/bin/python benchmarks/advice_quality.py --summary   # overall numbers only

Every scenario file of the casework interview that names `recommendations` is a labelled case: a
prevention expert chose, before running the recommender, the interventions that clearly fit it.
The file runs exactly as the pytest scenario test runs it (`adviseur.session.scenarios.run_scenario`:
the flow engine, then the advice). `passed` means every expectation holds, including the expected interventions
in the top 5; a scenario with a declared `known_gap` is green in the tests but does not pass here.
Metrics per scenario:

- precision@5: share of the top 5 interventions that are expected, out of min(5, #expected), so a
  scenario with two expected interventions reaches 1.0 when both are in the top 5;
- recall@10: share of the expected interventions among the first 10 recommendations (interventions
  come first, then practice examples and national resources);
- ranks: where each expected intervention is among the interventions (null when not shown at all).

Both metrics are `recall_at` of the search evaluation with k = 5 on the interventions and k = 10 on
all recommendations: with at most 10 expected ids, min(k, #expected) is the right denominator.
Overall: the means over the scenarios and how many pass all their expectations.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from search_eval.evaluation import recall_at  # noqa: E402

from adviseur.flows.authoring.loader import FlowLibrary  # noqa: E402
from adviseur.flows.authoring.scenarios import ScenarioFile, scenario_files  # noqa: E402
from adviseur.locations import flows_dir  # noqa: E402
from adviseur.session.scenarios import run_scenario  # noqa: E402

FLOW_ID = "signalen"
TOP = 5
DEPTH = 10


def expected_interventions(path: Path) -> list[str]:
    """The scenario's expected record ids (empty when it names none)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    expect = ScenarioFile.model_validate(data).expect
    return list(expect.recommendations or [])


def measure(path: Path, library: FlowLibrary, expected: list[str]) -> dict[str, Any]:
    result = run_scenario(path, library)
    recommendations = result.recommendations
    ranking = [str(r["id"]) for r in recommendations]
    interventions = [str(r["id"]) for r in recommendations if r.get("kind") == "interventie"]
    relevant = dict.fromkeys(expected, 1)
    return {
        "passed": result.passed and not result.known_misses,
        "known_gap": bool(result.known_misses),
        "precision@5": round(recall_at(interventions[:TOP], relevant, TOP), 4),
        "recall@10": round(recall_at(ranking[:DEPTH], relevant, DEPTH), 4),
        "expected": expected,
        "ranks": {e: interventions.index(e) + 1 if e in interventions else None for e in expected},
        "top_interventions": interventions,
        "failures": result.failures + [str(p) for p in result.problems],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--summary", action="store_true", help="print the overall numbers only")
    args = parser.parse_args()

    start = time.perf_counter()
    library = FlowLibrary(flows_dir())
    scenarios: dict[str, dict[str, Any]] = {}
    skipped: list[str] = []
    for path in scenario_files(library.root, FLOW_ID):
        expected = expected_interventions(path)
        if not expected:
            skipped.append(path.stem)
            continue
        scenarios[path.stem] = measure(path, library, expected)
    rows = list(scenarios.values())
    overall = {
        "scenarios": len(rows),
        "passed": sum(1 for r in rows if r["passed"]),
        "precision@5": round(statistics.mean(r["precision@5"] for r in rows), 4) if rows else None,
        "recall@10": round(statistics.mean(r["recall@10"] for r in rows), 4) if rows else None,
        "expected_never_shown": sum(1 for r in rows for rank in r["ranks"].values() if rank is None),
        "skipped_without_recommendations": skipped,
        "seconds": round(time.perf_counter() - start, 3),
    }
    report: dict[str, Any] = {"flow": FLOW_ID, "overall": overall}
    if not args.summary:
        report["scenarios"] = scenarios
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
