"""Fixtures for the local social map: the shipped examples, a store in a temporary folder."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "sociale-kaart"
TODAY = date(2026, 12, 1)
"""Tests name the day: staleness and 'not in the future' must not depend on when they run."""


@pytest.fixture(autouse=True)
def _fresh_lookup():
    """The lookup keeps one store per process; each test starts without it."""
    from adviseur.localmap import lookup

    lookup.reset()
    yield
    lookup.reset()


@pytest.fixture
def store(tmp_path: Path):
    from adviseur.localmap.store import MapStore

    return MapStore(tmp_path / "kaart")


@pytest.fixture(scope="session")
def index(kb):
    from adviseur.search.service import build_index

    return build_index(kb)


@pytest.fixture
def hsds_copy(tmp_path: Path) -> Path:
    """A copy of the HSDS example package, to break."""
    target = tmp_path / "hsds"
    shutil.copytree(EXAMPLES / "hsds-voorbeeld", target)
    return target
