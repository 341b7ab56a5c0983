"""Can a professional trust the advice for the person in front of them? As JSON.

    .venv/bin/python benchmarks/advice_trust.py                 # tune and holdout, this checkout
    .venv/bin/python benchmarks/advice_trust.py --ref 338d5de   # also the ranking of an older commit
    .venv/bin/python benchmarks/advice_trust.py --cases         # per case, not only the totals
    .venv/bin/python benchmarks/advice_trust.py --dir DIR       # a fresh batch, measured unseen first

The cases in benchmarks/advice_cases/{tune,holdout}/ were written by an expert helper before
anything was run: the answers to the casework interview, what belongs in the top five (`must`)
and what would be wrong for this person (`must_not`). Weights are tuned on tune/ only; holdout/
is reported, never tuned on.

Per set:
- must@5: share of cases with every `must` record among the first five items shown (the plan,
  then the life domains; a national resource counts when it is in the short list of national
  resources); must@5_ranked the same on the ranking itself, before the rest is grouped by
  life domain (the grouping the issue asks for moves some items down);
- must_hit@5: share of all `must` records that are there;
- contraindicated@10: how many `must_not` records are shown anywhere in the advice (the ranked
  list holds at most ten, the national resources at most five), and in how many cases.

With --ref, the same numbers for the ranking of an older commit, run from a temporary git
worktree. Answers that older flow does not know are left out (the count is reported); for that
ranking, 'top five' and 'top ten' are simply the first five and ten of its list.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "benchmarks" / "advice_cases"
SETS = ("tune", "holdout")
TIMINGS: list[float] = []
"""Milliseconds per case for the advice (rules, ranking, explanations), this checkout."""

RUN_OLD = r"""
import json, sys, yaml
from pathlib import Path
try:
    from adviseur.flows.authoring.loader import FlowLibrary
    from adviseur.flows.authoring.scenarios import run_answers
except ImportError:  # a checkout from before flows/ was split into its tiers (issue 15)
    from adviseur.flows.loader import FlowLibrary
    from adviseur.flows.scenarios import run_answers
try:
    from adviseur.session.advise import advise
except ImportError:  # a checkout from before the session layer (issue 15)
    from adviseur.flows.advice_bridge import advise
program, _ = FlowLibrary().program("signalen")
out = {}
for name in sys.argv[1:]:
    data = yaml.safe_load(Path(name).read_text(encoding="utf-8"))
    answers, dropped = {}, 0
    for key, value in data["answers"].items():
        q = program.questions.get(key)
        if q is None:
            dropped += 1
            continue
        if q.choices:
            values = value if isinstance(value, list) else [value]
            known = [v for v in values if not isinstance(v, str) or v in q.choices]
            if len(known) != len(values):
                dropped += 1
                if not known:
                    continue
            value = known if isinstance(value, list) else known[0]
        answers[key] = value
    try:
        engine, _ = run_answers(program, answers, name)
        ids = advise(engine.outcome()).ids
    except Exception as exc:  # an answer set the old flow cannot finish
        ids, dropped = [], dropped + 1
    out[name] = {"top5": ids[:5], "shown": ids[:10], "dropped": dropped}
print(json.dumps(out))
"""


def case_files(which: str) -> list[Path]:
    """A set's cases: `tune`, `holdout`, or any folder of case files (a fresh batch, before it joins tune/)."""
    folder = CASES / which if which in SETS else Path(which)
    return sorted(folder.glob("*.yaml"))


def current_ranking(path: Path, library: Any, kb: Any) -> dict[str, Any]:
    from adviseur.flows.authoring.scenarios import run_answers
    from adviseur.session.advise import advise

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    program, _ = library.program("signalen")
    engine, notes = run_answers(program, data["answers"], path.name)
    start = time.perf_counter()
    result = advise(engine.outcome(), kb=kb)
    TIMINGS.append((time.perf_counter() - start) * 1000)
    # what the professional sees, in the order shown: the plan, then the life domains
    shown = [r.record.id for s in result.advice.sections() if s.key != "landelijk" for r in s.items]
    ranked = [r.record.id for r in result.advice.ranked]
    resources = [r.record.id for r in result.advice.resources]
    return {
        "top5": shown[:5] + resources,
        "top5_ranked": ranked[:5] + resources,
        "shown": shown + resources,
        "dropped": len(notes),
    }


def old_rankings(ref: str, paths: list[Path]) -> dict[str, dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "old"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), ref], check=True, capture_output=True)
        try:
            env = {"PYTHONPATH": str(tree / "src"), "ADVISEUR_CONTENT_DIR": str(tree), "PATH": "/usr/bin:/bin"}
            done = subprocess.run(
                [sys.executable, "-c", RUN_OLD, *map(str, paths)], cwd=tree, env=env, check=True, capture_output=True, text=True
            )
            return json.loads(done.stdout)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False, capture_output=True)


def score(path: Path, ranking: dict[str, Any]) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    must, must_not = list(data.get("must", [])), list(data.get("must_not", []))
    hits = [m for m in must if m in ranking["top5"]]
    ranked_hits = [m for m in must if m in ranking.get("top5_ranked", ranking["top5"])]
    wrong = [m for m in must_not if m in ranking["shown"]]
    return {
        "must_met": len(hits) == len(must),
        "must_met_ranked": len(ranked_hits) == len(must),
        "must_hits": len(hits),
        "must": len(must),
        "missing": [m for m in must if m not in hits],
        "contraindicated": wrong,
        "dropped_answers": ranking["dropped"],
    }


def summarise(rows: dict[str, dict[str, Any]]) -> dict[str, Any]:
    values = list(rows.values())
    if not values:
        return {"cases": 0}
    return {
        "cases": len(values),
        "must@5": round(statistics.mean(1.0 if r["must_met"] else 0.0 for r in values), 3),
        "must@5_ranked": round(statistics.mean(1.0 if r["must_met_ranked"] else 0.0 for r in values), 3),
        "must_hit@5": round(sum(r["must_hits"] for r in values) / max(1, sum(r["must"] for r in values)), 3),
        "contraindicated@10": sum(len(r["contraindicated"]) for r in values),
        "cases_with_contraindicated": sum(1 for r in values if r["contraindicated"]),
        "cases_with_dropped_answers": sum(1 for r in values if r["dropped_answers"]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", help="also measure the ranking of this git commit (e.g. the one before the rules)")
    parser.add_argument("--cases", action="store_true", help="print every case, not only the totals")
    parser.add_argument("--set", choices=SETS, action="append", help="only this set (default: both)")
    parser.add_argument("--dir", action="append", default=[], help="also (or only, with no --set) this folder of cases")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from adviseur.flows.authoring.loader import FlowLibrary

    start = time.perf_counter()
    from adviseur.knowledge import load_knowledge

    library = FlowLibrary()
    kb = load_knowledge()
    report: dict[str, Any] = {}
    for which in (args.set or ([] if args.dir else list(SETS))) + args.dir:
        paths = case_files(which)
        rows = {p.stem: score(p, current_ranking(p, library, kb)) for p in paths}
        entry: dict[str, Any] = {"now": summarise(rows)}
        if args.ref:
            old = old_rankings(args.ref, paths)
            old_rows = {p.stem: score(p, old[str(p)]) for p in paths}
            entry[f"ref {args.ref}"] = summarise(old_rows)
            if args.cases:
                entry["cases_ref"] = old_rows
        if args.cases:
            entry["cases"] = rows
        report[which] = entry
    report["advice_ms"] = {"median": round(statistics.median(TIMINGS), 2), "max": round(max(TIMINGS), 2)}
    report["seconds"] = round(time.perf_counter() - start, 2)
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
