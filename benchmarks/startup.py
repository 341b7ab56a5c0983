"""Cold start of the everyday commands beside the floor of the Python interpreter, as JSON.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--scenario flows/scenarios/signalen/eenzame-oudere.yaml]

Every run is a fresh process, as a professional starts one between two visits:

- `floor`: `python -c "import adviseur.cli"` (the interpreter plus the CLI's parser module);
- `search`: `adviseur search huurachterstand --json`;
- `run`: `adviseur run signalen --answers SCENARIO --json`.

The commands are run interleaved (floor, search, run, floor, ...), so a busy moment on a shared
machine lands on all of them alike. Each has its own data and cache folder (the cache where
platformdirs puts it, under XDG_CACHE_HOME), used by every run:
`first` is the first run in it (no content snapshot, no stem cache yet: a new install or content
that was just edited), the other runs are reported as median and spread. `ratio` is a command's
median over the floor's median (issue 12 asks for at most 3x for search and 4x for run).
`imports` lists, from one `python -X importtime` run per command, the heaviest top-level imports
and whether the flow engine, the reports package, pydantic or textual were loaded at all.

`app`: the app in a real terminal (tmux, 120x40), from starting `adviseur` until its first
screen shows the ways in, as tmux sees the screen (polled every few milliseconds; the issue asks
for 0.5 s). Left out when tmux is not installed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = ROOT / "flows" / "scenarios" / "signalen" / "huurachterstand-alleenstaande-moeder-stress.yaml"
WATCHED = ("adviseur.flows.engine", "adviseur.flows.model", "adviseur.reports", "adviseur.advice", "pydantic", "textual")
"""Packages whose presence on a command's import path is reported (the issue's import rules)."""


def commands(scenario: Path) -> dict[str, list[str]]:
    return {
        "floor": [sys.executable, "-c", "import adviseur.cli"],
        "search": [sys.executable, "-m", "adviseur", "search", "huurachterstand", "--json"],
        "run": [sys.executable, "-m", "adviseur", "run", "signalen", "--answers", str(scenario), "--json"],
    }


def run_once(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=ROOT)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}):\n{proc.stderr}")
    return wall


def import_profile(argv: list[str], env: dict[str, str], top: int = 8) -> dict[str, object]:
    """The heaviest top-level imports (cumulative ms) and which watched packages were loaded."""
    proc = subprocess.run([argv[0], "-X", "importtime", *argv[1:]], capture_output=True, text=True, env=env, cwd=ROOT)
    rows: list[tuple[int, str, int]] = []
    for line in proc.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match:
            rows.append((int(match.group(2)), match.group(4), len(match.group(3))))
    names = {name for _, name, _ in rows}
    heaviest = sorted((r for r in rows if r[2] == 1), reverse=True)[:top]
    return {
        "total_ms": round(sum(us for us, _, depth in rows if depth == 1) / 1000, 1),
        "heaviest_ms": {name: round(us / 1000, 1) for us, name, _ in heaviest},
        "loaded": {w: any(n == w or n.startswith(w + ".") for n in names) for w in WATCHED},
    }


FIRST_SCREEN_MARK = "Signalen van een inwoner doorlopen"
"""The first way in on the start screen: the screen is there when this is."""


def app_first_screen(env: dict[str, str], runs: int) -> list[float]:
    """Seconds from starting the app in tmux until its first screen shows (see module docstring)."""
    socket = f"adviseur-bench-{os.getpid()}"
    tmux = ["tmux", "-L", socket]
    subprocess.run([*tmux, "new-session", "-d", "-s", "warm", "-x", "120", "-y", "40"], check=True)  # the server
    passed = ["-e", f"ADVISEUR_DATA_DIR={env['ADVISEUR_DATA_DIR']}", "-e", f"XDG_CACHE_HOME={env['XDG_CACHE_HOME']}"]
    times: list[float] = []
    try:
        for i in range(runs + 1):  # the first run compiles the content, as a first start after an edit
            name = f"app{i}"
            start = time.perf_counter()
            subprocess.run(
                [*tmux, "new-session", "-d", "-s", name, "-x", "120", "-y", "40", *passed, f"{sys.executable} -m adviseur"],
                check=True, cwd=ROOT,
            )
            while time.perf_counter() - start < 20:
                pane = subprocess.run([*tmux, "capture-pane", "-p", "-t", name], capture_output=True, text=True).stdout
                if FIRST_SCREEN_MARK in pane:
                    break
                time.sleep(0.003)
            elapsed = time.perf_counter() - start
            subprocess.run([*tmux, "kill-session", "-t", name], capture_output=True)
            if i:
                times.append(elapsed)
            time.sleep(0.3)
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per command after the first (median reported)")
    parser.add_argument("--scenario", type=Path, default=SCENARIO, help="answers file for 'adviseur run signalen'")
    args = parser.parse_args()

    argvs = commands(args.scenario.resolve())
    with tempfile.TemporaryDirectory(prefix="adviseur-startup-") as tmp:
        envs = {}
        for name in argvs:
            folder = Path(tmp) / name
            # the cache folder as a user gets it (platformdirs, under XDG_CACHE_HOME), not ADVISEUR_CACHE_DIR
            environ = {k: v for k, v in os.environ.items() if k not in ("ADVISEUR_CACHE_DIR", "ADVISEUR_COMPILED")}
            envs[name] = {**environ, "ADVISEUR_DATA_DIR": str(folder / "data"), "XDG_CACHE_HOME": str(folder / "cache")}
        first = {name: run_once(argv, envs[name]) for name, argv in argvs.items()}
        samples: dict[str, list[float]] = {name: [] for name in argvs}
        for _ in range(args.runs):
            for name, argv in argvs.items():
                samples[name].append(run_once(argv, envs[name]))
        imports = {name: import_profile(argv, envs[name]) for name, argv in argvs.items()}
        app = app_first_screen(envs["search"], args.runs) if shutil.which("tmux") else []

    floor = statistics.median(samples["floor"])
    report: dict[str, object] = {"benchmark": "startup", "runs": args.runs, "scenario": str(args.scenario)}
    for name, times in samples.items():
        ordered = sorted(times)
        report[name] = {
            "argv": " ".join(Path(a).name if a == sys.executable else a for a in argvs[name]),
            "first_s": round(first[name], 3),
            "median_s": round(statistics.median(ordered), 3),
            "min_s": round(ordered[0], 3),
            "max_s": round(ordered[-1], 3),
            "ratio_to_floor": round(statistics.median(ordered) / floor, 2),
            "imports": imports[name],
        }
    if app:
        report["app"] = {
            "first_screen_median_s": round(statistics.median(app), 3),
            "first_screen_min_s": round(min(app), 3),
            "first_screen_max_s": round(max(app), 3),
            "terminal": "tmux 120x40",
        }
    report["targets"] = {"search_ratio": 3.0, "run_ratio": 4.0, "app_first_screen_s": 0.5}
    report["machine"] = {"cpus": os.cpu_count(), "load_average": round(os.getloadavg()[0], 2), "python": sys.version.split()[0]}
    json.dump(report, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
