"""A built wheel carries knowledge/ and flows/ and works outside the source tree."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# one worker builds the wheel once for both tests (under xdist a module fixture is per worker)
pytestmark = pytest.mark.xdist_group("wheel")


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel and unpack it into a private site dir (dependencies come from this venv)."""
    work = tmp_path_factory.mktemp("wheel")
    src = work / "src"
    # a clean copy, as a fresh clone would be (no .venv, no caches)
    shutil.copytree(
        ROOT, src, ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.egg-info", ".pytest_cache", ".hypothesis")
    )
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(work / "dist"), str(src)],
        capture_output=True,
        text=True,
    )
    if build.returncode != 0:
        pytest.fail(f"wheel build failed:\n{build.stderr[-2000:]}")
    (wheel,) = (work / "dist").glob("adviseur-*.whl")
    site = work / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(site), str(wheel)],
        check=True,
    )
    return site


def _run_outside(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("ADVISEUR_CONTENT_DIR", None)
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=site.parent, env=env, timeout=120)


def test_wheel_ships_content_and_finds_it(installed_wheel: Path) -> None:
    code = (
        "import adviseur, adviseur.locations as l; "
        "print(adviseur.__file__); print(l.content_root()); "
        "print((l.knowledge_dir() / 'signals.yaml').exists()); print(l.flows_dir().is_dir())"
    )
    result = _run_outside(installed_wheel, "-c", code)
    assert result.returncode == 0, result.stderr
    module_file, content, has_signals, has_flows = result.stdout.split()
    assert module_file.startswith(str(installed_wheel))
    assert content.endswith("adviseur/_content")
    assert has_signals == "True" and has_flows == "True"


def test_wheel_cli_lists_records(installed_wheel: Path) -> None:
    result = _run_outside(installed_wheel, "-m", "adviseur", "list", "--json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["records"]) > 150


def test_make_run_installs_the_app_without_the_test_and_dev_extras() -> None:
    """`make run` is for using the app: pytest, mypy and the like are installed only for `make test`."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")

    def planned(target: str) -> list[str]:
        # -n: print what would run, run nothing; -B: as on a fresh clone, where nothing is installed yet
        out = subprocess.run(["make", "-n", "-B", target], cwd=ROOT, capture_output=True, text=True, check=True).stdout
        return [line for line in out.splitlines() if "pip install" in line and "--upgrade pip" not in line]

    run_installs = planned("run")
    assert run_installs and all("[" not in line and line.rstrip().endswith("-e .") for line in run_installs), run_installs
    assert any("'.[test,dev]'" in line for line in planned("test"))
