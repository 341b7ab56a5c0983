"""Cold start of the everyday commands beside the floor of the Python interpreter, as JSON.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--baseline /path/to/older/checkout]

Every run is a fresh process, as a professional starts one between two visits:

- `floor`: `python -c "import adviseur.cli"` (the interpreter plus the CLI's parser module);
- `search`: `adviseur search huurachterstand --json`;
- `run`: `adviseur run signalen --answers SCENARIO --json`;
- `app`: the app in a real terminal (tmux, 120x40), from starting `adviseur` until its first
  screen shows the ways in, as tmux sees the screen (polled every few milliseconds). Left out when
  tmux is not installed.

The commands are run interleaved (floor, search, run, floor, ...), so a busy moment on a shared
machine lands on all of them alike. Each has its own data and cache folder (the cache where
platformdirs puts it, under XDG_CACHE_HOME), used by every run: `first` is the first run in it
(no compiled content, no stem cache yet: a new install, or content just edited), the other runs
are reported as median and spread. `ratio_to_floor` is a command's median over the floor's median
(issue 12 asks for at most 3x for search, 4x for run, and the app's first screen within 0.5 s).
`imports` lists, from one `python -X importtime` run per command, the heaviest top-level imports
and whether the flow engine, the reports package, pydantic or textual were loaded at all.

Bytecode is cached as a user's Python caches it: `PYTHONDONTWRITEBYTECODE` (set in some sandboxes
and CI) is left out of the commands' environment, and each checkout's package is compiled to
`.pyc` before the first run (`compileall`), as installing it does. Without that every run
compiled the ~100 modules of `run` from source again, which measured the compiler instead of the
start (the floor went from about 0.05 s to 0.09 s, `run` from about 0.33 s to 0.6 s).

`--baseline` measures another checkout (`git worktree add /tmp/before COMMIT`) in the same runs,
interleaved with this one, with this venv and that checkout's `src/` first on the path: before
and after side by side, on the same machine at the same moments. Its numbers are under
`baseline`.
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
SCENARIO = Path("flows") / "scenarios" / "signalen" / "huurachterstand-alleenstaande-moeder-stress.yaml"
WATCHED = (
    "adviseur.flows.run.engine",
    "adviseur.flows.language.model",
    "adviseur.reports",
    "adviseur.advice",
    "pydantic",
    "textual",
)
"""Packages whose presence on a command's import path is reported (the issue's import rules)."""
FIRST_SCREEN_MARK = "Signalen van een inwoner doorlopen"
"""The first way in on the start screen: the screen is there when this is."""
COMMANDS = ("floor", "search", "run")


class Checkout:
    """One version of Adviseur to measure: its folder, and the environment of each command."""

    def __init__(self, root: Path, folder: Path, scenario: Path) -> None:
        self.root = root
        self.argvs = {
            "floor": [sys.executable, "-c", "import adviseur.cli"],
            "search": [sys.executable, "-m", "adviseur", "search", "huurachterstand", "--json"],
            "run": [sys.executable, "-m", "adviseur", "run", "signalen", "--answers", str(root / scenario), "--json"],
        }
        # the cache folder as a user gets it (platformdirs, under XDG_CACHE_HOME), not ADVISEUR_CACHE_DIR;
        # bytecode written and read as a user's Python does (see the module docstring)
        unset = ("ADVISEUR_CACHE_DIR", "ADVISEUR_COMPILED", "PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
        environ = {k: v for k, v in os.environ.items() if k not in unset}
        if root != ROOT:
            environ["PYTHONPATH"] = str(root / "src")
        self.envs = {
            name: {**environ, "ADVISEUR_DATA_DIR": str(folder / name / "data"), "XDG_CACHE_HOME": str(folder / name / "cache")}
            for name in (*COMMANDS, "app")
        }

    def compile_bytecode(self) -> None:
        """The package's `.pyc` files, as installing it writes them (quiet; a checkout that cannot
        be written to is simply measured compiling)."""
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(self.root / "src" / "adviseur")],
            capture_output=True, env=self.envs["floor"], cwd=self.root,
        )

    def run_once(self, name: str) -> float:
        start = time.perf_counter()
        proc = subprocess.run(self.argvs[name], capture_output=True, text=True, env=self.envs[name], cwd=self.root)
        wall = time.perf_counter() - start
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(self.argvs[name])} failed ({proc.returncode}):\n{proc.stderr}")
        return wall

    def import_profile(self, name: str, top: int = 8) -> dict[str, object]:
        """The heaviest top-level imports (cumulative ms) and which watched packages were loaded."""
        argv = self.argvs[name]
        proc = subprocess.run(
            [argv[0], "-X", "importtime", *argv[1:]], capture_output=True, text=True, env=self.envs[name], cwd=self.root
        )
        rows: list[tuple[int, str, int]] = []
        for line in proc.stderr.splitlines():
            match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
            if match:
                rows.append((int(match.group(2)), match.group(4), len(match.group(3))))
        names = {n for _, n, _ in rows}
        heaviest = sorted((r for r in rows if r[2] == 1), reverse=True)[:top]
        return {
            "total_ms": round(sum(us for us, _, depth in rows if depth == 1) / 1000, 1),
            "heaviest_ms": {n: round(us / 1000, 1) for us, n, _ in heaviest},
            "loaded": {w: any(n == w or n.startswith(w + ".") for n in names) for w in WATCHED},
        }


def app_first_screen(checkout: Checkout, tmux: list[str], index: int) -> float:
    """Seconds from starting the app in tmux until its first screen shows (see module docstring)."""
    env = checkout.envs["app"]
    passed = [f"{k}={env[k]}" for k in ("ADVISEUR_DATA_DIR", "XDG_CACHE_HOME", "PYTHONPATH") if k in env]
    name = f"app{index}"
    start = time.perf_counter()
    subprocess.run(
        [*tmux, "new-session", "-d", "-s", name, "-x", "120", "-y", "40", *[a for p in passed for a in ("-e", p)],
         f"{sys.executable} -m adviseur"],
        check=True, cwd=checkout.root,
    )
    while time.perf_counter() - start < 20:
        pane = subprocess.run([*tmux, "capture-pane", "-p", "-t", name], capture_output=True, text=True).stdout
        if FIRST_SCREEN_MARK in pane:
            break
        time.sleep(0.003)
    elapsed = time.perf_counter() - start
    subprocess.run([*tmux, "kill-session", "-t", name], capture_output=True)
    time.sleep(0.3)
    return elapsed


def summary(checkout: Checkout, first: dict[str, float], samples: dict[str, list[float]], imports: dict) -> dict[str, object]:
    floor = statistics.median(samples["floor"])
    report: dict[str, object] = {"root": str(checkout.root)}
    for name in COMMANDS:
        ordered = sorted(samples[name])
        report[name] = {
            "argv": " ".join(Path(a).name if a == sys.executable else a for a in checkout.argvs[name]),
            "first_s": round(first[name], 3),
            "median_s": round(statistics.median(ordered), 3),
            "min_s": round(ordered[0], 3),
            "max_s": round(ordered[-1], 3),
            "ratio_to_floor": round(statistics.median(ordered) / floor, 2),
            "imports": imports[name],
        }
    app = samples.get("app")
    if app:
        report["app"] = {
            "first_s": round(first["app"], 3),
            "first_screen_median_s": round(statistics.median(app), 3),
            "first_screen_min_s": round(min(app), 3),
            "first_screen_max_s": round(max(app), 3),
            "terminal": "tmux 120x40",
        }
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per command after the first (median reported)")
    parser.add_argument("--baseline", type=Path, help="another checkout to measure side by side (e.g. a git worktree)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="adviseur-startup-") as tmp:
        checkouts = {"now": Checkout(ROOT, Path(tmp) / "now", SCENARIO)}
        if args.baseline is not None:
            checkouts["baseline"] = Checkout(args.baseline.resolve(), Path(tmp) / "baseline", SCENARIO)
        for checkout in checkouts.values():
            checkout.compile_bytecode()
        use_tmux = shutil.which("tmux") is not None
        tmux = ["tmux", "-L", f"adviseur-bench-{os.getpid()}"]
        if use_tmux:
            server_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
            subprocess.run([*tmux, "new-session", "-d", "-s", "server", "-x", "120", "-y", "40"], check=True, env=server_env)
        try:
            first: dict[str, dict[str, float]] = {label: {} for label in checkouts}
            samples: dict[str, dict[str, list[float]]] = {label: {n: [] for n in (*COMMANDS, "app")} for label in checkouts}
            for run in range(args.runs + 1):  # run 0 compiles the content: a first start
                for label, checkout in checkouts.items():
                    walls = {name: checkout.run_once(name) for name in COMMANDS}
                    if use_tmux:
                        walls["app"] = app_first_screen(checkout, tmux, run)
                    for name, wall in walls.items():
                        if run:
                            samples[label][name].append(wall)
                        else:
                            first[label][name] = wall
        finally:
            if use_tmux:
                subprocess.run([*tmux, "kill-server"], capture_output=True)
        imports = {label: {n: c.import_profile(n) for n in COMMANDS} for label, c in checkouts.items()}

    report: dict[str, object] = {"benchmark": "startup", "runs": args.runs, "scenario": str(SCENARIO)}
    report.update(summary(checkouts["now"], first["now"], samples["now"], imports["now"]))
    if "baseline" in checkouts:
        report["baseline"] = summary(checkouts["baseline"], first["baseline"], samples["baseline"], imports["baseline"])
    report["targets"] = {"search_ratio": 3.0, "run_ratio": 4.0, "app_first_screen_s": 0.5}
    report["machine"] = {
        "cpus": os.cpu_count(),
        "load_average": round(os.getloadavg()[0], 2),
        "python": sys.version.split()[0],
        "bytecode": "cached (.pyc), as for a user",
    }
    json.dump(report, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
