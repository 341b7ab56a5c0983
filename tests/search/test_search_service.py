"""`get_index()`: one index per process, and the on-disk stem cache that keeps cold starts fast."""

from __future__ import annotations

import json
from pathlib import Path
from threading import Thread

import pytest

from adviseur.search import service, text


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    service.reset_index()
    monkeypatch.setattr(text, "_STEMS", {})  # as in a new process
    monkeypatch.setenv("ADVISEUR_COMPILED", "0")  # every get_index builds (the compiled index has its own tests)


def cache_file(data_dir: Path) -> Path:
    return data_dir / "cache" / service.STEM_CACHE


def test_get_index_builds_once_per_process(_isolated_data_dir: Path) -> None:
    found: list[object] = []
    threads = [Thread(target=lambda: found.append(service.get_index())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(i) for i in found}) == 1
    assert found[0].search("CTI").hits[0].id == "critical-time-intervention"  # type: ignore[attr-defined]


def test_stems_are_cached_on_disk_and_reused(_isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service.get_index()
    path = cache_file(_isolated_data_dir)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == text.STEMMER_VERSION and data["stems"]["schulden"] == "schuld"

    # a new "process": the stemmer must not be needed for words the cache knows
    service.reset_index()
    monkeypatch.setattr(text, "_STEMS", {})
    calls: list[str] = []
    real = text._stemmer()
    monkeypatch.setattr(
        text, "_stemmer", lambda: type("S", (), {"stemWord": lambda self, w: calls.append(w) or real.stemWord(w)})()
    )
    service.get_index()
    assert "schulden" not in calls


def test_a_broken_cache_is_ignored(_isolated_data_dir: Path) -> None:
    path = cache_file(_isolated_data_dir)
    path.parent.mkdir(parents=True)
    path.write_text("{niet: json", encoding="utf-8")
    assert service.get_index().search("huurachterstnd").hits
    assert json.loads(path.read_text(encoding="utf-8"))["stems"]  # rewritten


def test_cache_can_be_switched_off(_isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(service.CACHE_ENV, "0")
    service.get_index()
    assert not cache_file(_isolated_data_dir).exists()


def test_stem_exceptions_survive_a_cache_that_disagrees(monkeypatch: pytest.MonkeyPatch) -> None:
    text.add_known_stems({"oudere": "ouder", "schulden": "schuld"})
    assert text.stem("oudere") == "oud"
