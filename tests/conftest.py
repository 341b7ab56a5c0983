"""Shared fixtures: every test gets its own data directory, so nothing touches the user's files."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from hypothesis import settings

from tests.cli.helpers import InProcessCli

# Property tests check behaviour, not speed (speed is measured in benchmarks/): no per-example
# deadline, so a loaded CI machine cannot turn a slow example into a failure.
settings.register_profile("adviseur", deadline=None)
settings.load_profile("adviseur")


def pytest_collection_finish(session: pytest.Session) -> None:
    """Python's cycle collector, tuned for a test run: what was imported and collected is moved out
    of its sight (`gc.freeze`), and it runs after 50,000 new objects instead of 700. A screen
    test makes a Textual app of thousands of objects, and the default collector visited the
    whole heap again and again while finding little: an eighth of the suite's CPU time, a fifth
    of the screen and flow tests'. Cycles are still collected, later; what a test checks does
    not depend on when (the command line pauses the collector itself while a command runs)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`make test` runs the tests in parallel (pytest-xdist, `--dist loadgroup`). A test marked
    `serial` must not run at the same time as another serial test (each starts a headless
    Chromium: two at once on a 2-CPU machine starve each other's timeouts), so all of them go to
    one worker, one after the other; without xdist the mark changes nothing."""
    for item in items:
        if item.get_closest_marker("serial") is not None:
            item.add_marker(pytest.mark.xdist_group("serial"))


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path_factory.mktemp("adviseur-data")
    monkeypatch.setenv("ADVISEUR_DATA_DIR", str(data))
    return data


@pytest.fixture(autouse=True)
def _isolated_export_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Reports the app saves ('e') go to a temporary folder, never the user's documents."""
    folder = tmp_path_factory.mktemp("adviseur-export")
    monkeypatch.setenv("ADVISEUR_EXPORT_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def _session_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("adviseur-cache")


@pytest.fixture(autouse=True)
def _isolated_cache_dir(_session_cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The compiled content goes to one temporary folder for the whole run, never to the user's
    cache (tests of the cache itself point ADVISEUR_CACHE_DIR at a folder of their own)."""
    monkeypatch.setenv("ADVISEUR_CACHE_DIR", str(_session_cache_dir))
    return _session_cache_dir


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> InProcessCli:
    """The command line run in this process (see `InProcessCli`): a fresh process per command
    cost the suite some 0.3-0.5 s of CPU each."""
    return InProcessCli(capsys, monkeypatch)


@pytest.fixture(scope="session")
def kb():
    from adviseur.knowledge import load_knowledge

    return load_knowledge()
