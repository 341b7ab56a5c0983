"""Cold start of `adviseur search ... --json`, as JSON: wall and CPU time of a fresh process,
where the time goes, and proof that textual is not imported on this path.

    .venv/bin/python benchmarks/cold_start.py [--runs 15] [--query huurachterstand]

Each run is a new `python -m adviseur search QUERY --json` process with its own data directory.
`first_run` has no stem cache yet (a brand-new install); `warm` runs find the stem cache that the
first run wrote (every later run on a machine). Reported: median and p90 wall seconds, median CPU
seconds (user+sys, less sensitive to a busy machine than wall time), and, from one in-process
run, the split into imports / load_knowledge (YAML + pydantic) / index build / query / output.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PHASES = r"""
import json, sys, time, io, contextlib
t0 = time.perf_counter()
from adviseur.cli import build_parser
t1 = time.perf_counter()
from adviseur.knowledge import load_knowledge
kb = load_knowledge()
t2 = time.perf_counter()
from adviseur.search import service
known = service._load_stems()
from adviseur.search.index import SearchIndex
index = SearchIndex.build(kb)
service._save_stems(known)
t3 = time.perf_counter()
response = index.search(sys.argv[1])
t4 = time.perf_counter()
from adviseur.cli.search_cmd import _response_json
with contextlib.redirect_stdout(io.StringIO()):
    print(json.dumps(_response_json(response), ensure_ascii=False, indent=2))
t5 = time.perf_counter()
textual = any(m == "textual" or m.startswith("textual.") for m in sys.modules)
print(json.dumps({"imports_cli": t1 - t0, "load_knowledge": t2 - t1, "build_index": t3 - t2,
                  "query": t4 - t3, "json_output": t5 - t4, "stems_cached": known, "textual_imported": textual}))
"""

TEXTUAL_CHECK = r"""
import io, sys, contextlib
from adviseur.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(["search", sys.argv[1], "--json"])
print(code, any(m == "textual" or m.startswith("textual.") for m in sys.modules))
"""


def run_once(query: str, env: dict[str, str]) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "adviseur", "search", query, "--json"], capture_output=True, text=True, env=env
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--query", default="huurachterstand")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "ADVISEUR_DATA_DIR": data}
        first_wall, first_cpu, code = run_once(args.query, env)
        runs = [run_once(args.query, env) for _ in range(args.runs)]
        walls = sorted(r[0] for r in runs)
        phases = json.loads(
            subprocess.run([sys.executable, "-c", PHASES, args.query], capture_output=True, text=True, env=env, check=True).stdout
        )
        check = subprocess.run(
            [sys.executable, "-c", TEXTUAL_CHECK, args.query], capture_output=True, text=True, env=env, check=True
        ).stdout.split()
    report = {
        "command": f"adviseur search {args.query} --json",
        "exit_code": code,
        "first_run": {"wall_seconds": round(first_wall, 3), "cpu_seconds": round(first_cpu, 3)},
        "warm": {
            "runs": len(runs),
            "wall_median_seconds": round(statistics.median(walls), 3),
            "wall_p90_seconds": round(walls[int(0.9 * (len(walls) - 1))], 3),
            "cpu_median_seconds": round(statistics.median(r[1] for r in runs), 3),
        },
        "phases_seconds": {k: (round(v, 4) if isinstance(v, float) else v) for k, v in phases.items()},
        "textual_imported_by_search": check[1] == "True",
        "load_average": os.getloadavg()[0],
        "cpus": os.cpu_count(),
    }
    json.dump(report, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
