"""The compiled-part file: what it keeps comes back; anything else is refused, never used."""

from __future__ import annotations

import os
import sys
from array import array
from pathlib import Path

import pytest

from adviseur.compiled import container
from adviseur.compiled.fingerprint import content_files, content_key

ARRAYS = {"docs": array("i", [1, 5, 9]), "scores": array("d", [0.5, 1.25]), "text": container.pack_strings(["één", "twee"])}


def write(root: Path, key: str = "k1") -> Path:
    assert container.write_part("test", root, key, {"n": 3, "woord": "één"}, ARRAYS)
    return container.cache_path("test", root)


def test_what_is_written_is_read_back(tmp_path: Path, cache: Path) -> None:
    path = write(tmp_path)
    part = container.read_part("test", tmp_path, "k1")
    assert part is not None
    assert part.data == {"n": 3, "woord": "één"}
    assert list(part.ints("docs")) == [1, 5, 9]
    assert list(part.floats("scores")) == [0.5, 1.25]
    assert part.strings("text") == ["één", "twee"]
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert os.stat(path.parent).st_mode & 0o777 == 0o700


def test_another_key_part_or_folder_is_not_read(tmp_path: Path, cache: Path) -> None:
    write(tmp_path)
    assert container.read_part("test", tmp_path, "k2") is None
    assert container.read_part("other", tmp_path, "k1") is None
    assert container.read_part("test", tmp_path / "elsewhere", "k1") is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # torn
        lambda raw: raw[:-1] + bytes([raw[-1] ^ 1]),  # one bit in an array
        lambda raw: raw[:60] + bytes([raw[60] ^ 1]) + raw[61:],  # one bit in the header
        lambda raw: b"",
        lambda raw: b"ADVISEUR-COMPILD" + b"\xff" * 100,
        lambda raw: raw.replace(sys.byteorder.encode(), ("big" if sys.byteorder == "little" else "little").encode()),
    ],
)
def test_a_damaged_file_is_not_read(tmp_path: Path, cache: Path, damage) -> None:  # noqa: ANN001
    path = write(tmp_path)
    path.write_bytes(damage(path.read_bytes()))
    assert container.read_part("test", tmp_path, "k1") is None


def test_a_file_others_may_write_or_a_link_is_not_read(tmp_path: Path, cache: Path) -> None:
    path = write(tmp_path)
    os.chmod(path, 0o666)
    assert container.read_part("test", tmp_path, "k1") is None
    os.chmod(path, 0o600)
    assert container.read_part("test", tmp_path, "k1") is not None
    target = path.with_name("elders.bin")
    path.rename(target)
    path.symlink_to(target)
    assert container.read_part("test", tmp_path, "k1") is None


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_a_file_of_another_user_is_not_read(tmp_path: Path, cache: Path) -> None:
    path = write(tmp_path)
    os.chown(path, 4321, 4321)
    assert container.read_part("test", tmp_path, "k1") is None


def test_turned_off_means_neither_read_nor_written(tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path)
    monkeypatch.setenv("ADVISEUR_COMPILED", "0")
    assert container.read_part("test", tmp_path, "k1") is None
    assert not container.write_part("test", tmp_path / "x", "k1", {}, {})


def test_a_cache_folder_that_cannot_be_made_costs_nothing_but_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("geen map")
    monkeypatch.setenv("ADVISEUR_CACHE_DIR", str(blocker / "cache"))
    assert not container.write_part("test", tmp_path, "k1", {}, ARRAYS)
    assert container.read_part("test", tmp_path, "k1") is None


def test_the_key_changes_with_every_edit(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    (folder / "records").mkdir(parents=True)
    (folder / "a.yaml").write_text("a: 1\n")
    (folder / "records" / "b.yaml").write_text("b: 2\n")
    (folder / "notes.txt").write_text("not content\n")
    first = content_key("knowledge", [folder])
    assert content_key("knowledge", [folder]) == first
    (folder / "notes.txt").write_text("still not content\n")
    assert content_key("knowledge", [folder]) == first
    assert content_key("flows", [folder]) != first

    # same size, same modification time, other bytes: only the hash sees it
    info = os.stat(folder / "a.yaml")
    (folder / "a.yaml").write_text("a: 2\n")
    os.utime(folder / "a.yaml", ns=(info.st_atime_ns, info.st_mtime_ns))
    second = content_key("knowledge", [folder])
    assert second != first

    (folder / "records" / "c.yaml").write_text("c: 3\n")
    third = content_key("knowledge", [folder])
    assert third != second
    (folder / "records" / "c.yaml").rename(folder / "records" / "d.yaml")
    assert content_key("knowledge", [folder]) != third


def test_scenarios_and_other_files_are_not_content(tmp_path: Path) -> None:
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "scenarios" / "s.yaml").write_text("x: 1\n")
    (tmp_path / "f.yml").write_text("x: 1\n")
    os.mkfifo(tmp_path / "pipe.yaml")
    assert content_files(tmp_path, skip=["scenarios"]) == [tmp_path / "f.yml"]


def test_indexed_texts_and_reads_from_the_file(tmp_path: Path, cache: Path) -> None:
    titles, offsets = container.pack_indexed(["Één", "", "Housing First"])
    assert container.write_part("test", tmp_path, "k1", {}, {"titles": titles, "titles.offsets": offsets, **ARRAYS})
    part = container.read_part("test", tmp_path, "k1")
    assert part is not None
    texts = part.indexed("titles")
    assert list(texts) == ["Één", "", "Housing First"] and texts[-1] == "Housing First" and len(texts) == 3
    assert part.read("titles", offsets[2], offsets[3]) == b"Housing First"
    with pytest.raises(container.Damaged):
        part.read("titles", 0, offsets[3] + 1)
    with pytest.raises(IndexError):
        texts[3]
    part.release()  # gives back the pages; what is read again faults in again
    assert texts[0] == "Één"


def _age(path: Path, days: float) -> None:
    """Make `path` look last read and written `days` ago (without following a link)."""
    then = os.stat(path, follow_symlinks=False).st_mtime - days * 24 * 3600
    os.utime(path, (then, then), follow_symlinks=False)


def test_a_write_removes_our_stale_files_and_nothing_else(tmp_path: Path, cache: Path) -> None:
    """Parts of folders nobody uses any more (an old installation, a removed copy) and
    leftovers of interrupted writes do not pile up; files that are not ours stay."""
    gone = write(tmp_path / "old-install")  # a part of a folder that is no longer used
    recent = write(tmp_path / "other-copy")  # another folder's part, still in use
    folder = gone.parent
    leftover = folder / f".{gone.name}.0123abcd.tmp"  # a write cut short
    leftover.write_bytes(b"ADVISEUR-COMPILD half")
    fresh_tmp = folder / f".{recent.name}.89abcdef.tmp"  # another process writing right now
    fresh_tmp.write_bytes(b"")
    not_a_part = folder / "knowledge-00000000000000aa.bin"  # our name, not our magic
    not_a_part.write_bytes(b"someone else's file")
    strangers = [folder / "notities.txt", folder / "search-kort.bin", folder / "Flows-0123456789abcdef.bin"]
    for stranger in strangers:
        stranger.write_bytes(b"ADVISEUR-COMPILD not ours by name")
    outside = tmp_path / "elsewhere.bin"
    outside.write_bytes(b"ADVISEUR-COMPILD")
    link = folder / "flows-0123456789abcdef.bin"  # a link named like a part: the link is not ours
    link.symlink_to(outside)
    for path in (gone, leftover, not_a_part, *strangers, outside):
        _age(path, 40)
    _age(link, 40)
    _age(recent, 2)

    written = write(tmp_path / "content")
    assert written.exists() and recent.exists() and fresh_tmp.exists()
    assert not gone.exists() and not leftover.exists()
    assert not_a_part.exists() and all(s.exists() for s in strangers)
    assert link.is_symlink() and outside.read_bytes() == b"ADVISEUR-COMPILD"
    assert container.read_part("test", tmp_path / "other-copy", "k1") is not None


def test_a_part_in_use_is_kept_however_old_its_write(tmp_path: Path, cache: Path) -> None:
    path = write(tmp_path / "daily")
    _age(path, 400)
    now = os.stat(path).st_mtime + 400 * 24 * 3600
    os.utime(path, (now, os.stat(path).st_mtime))  # read today (its access time), written long ago
    assert container.prune(path.parent, now=now + 60) == []
    assert container.prune(path.parent, now=now + container.STALE_AFTER + 60) == [path.name]
