"""A copy of the shipped content and a cache folder of its own for every test of the cache."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from adviseur.locations import content_root


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder, and nothing remembered from other tests in this process."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("ADVISEUR_CACHE_DIR", str(folder))
    _forget_everything()
    return folder


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: Path) -> Iterator[Path]:
    """tmp/content with knowledge/ and flows/ copied from the shipped content, in use."""
    root = tmp_path / "content"
    for name in ("knowledge", "flows"):
        shutil.copytree(content_root() / name, root / name)
    monkeypatch.setenv("ADVISEUR_CONTENT_DIR", str(root))
    yield root
    _forget_everything()


def _forget_everything() -> None:
    from adviseur.knowledge.compiled import forget

    forget()


def compiled_files(cache: Path) -> list[Path]:
    folder = cache / "compiled"
    return sorted(folder.iterdir()) if folder.is_dir() else []
