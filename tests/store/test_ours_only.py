"""Issue 18, P1-P3 and P10: Adviseur changes the mode only of what it created itself, never
through a symlink, and reads whatever it finds in its data folder without crashing.

The commands run in this process through the `main()` the console script calls (the `cli`
fixture); comparing with a damaged scan is the one real-process run, as a user runs it."""

from __future__ import annotations

import json
import os
import stat
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest

from adviseur.session.report import write_report
from adviseur.store import Store
from adviseur.store.atomic import FILE_MODE, checksum, make_dirs, write_bytes
from tests.cli.helpers import InProcessCli, assert_no_traceback, run_cli
from tests.reports.helpers import report_for, scenario

SCENARIOS = Path(__file__).resolve().parents[2] / "flows" / "scenarios"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@pytest.fixture
def self_scan_report(kb):
    prog, outcome = scenario("housing-first", "sterk-team")
    return report_for(outcome, prog, kb, today=date(2024, 5, 1))


@pytest.fixture
def case_report(kb):
    prog, outcome = scenario("signalen", "eenzame-oudere")
    return report_for(outcome, prog, kb, today=date(2024, 5, 1))


# --- P1: writing a report leaves the folder it is written into alone ---------------------------------


@pytest.mark.parametrize("folder_mode", [0o1777, 0o2775, 0o755])
def test_a_report_does_not_change_the_mode_of_its_folder(tmp_path: Path, self_scan_report, folder_mode: int) -> None:
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    os.chmod(folder, folder_mode)
    write_report(folder / "rapport.html", self_scan_report)
    assert mode(folder) == folder_mode


def test_run_report_into_a_sticky_folder_leaves_it_sticky(cli: InProcessCli, tmp_path: Path) -> None:
    folder = tmp_path / "tmp-achtig"
    folder.mkdir()
    os.chmod(folder, 0o1777)
    result = cli(
        "run", "zelfscan", "--answers", str(SCENARIOS / "zelfscan" / "zwak.yaml"), "--report", str(folder / "scan.md")
    )
    assert_no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert mode(folder) == 0o1777


def test_a_report_gets_the_users_normal_mode_unless_it_is_about_a_case(tmp_path: Path, self_scan_report, case_report) -> None:
    write_report(tmp_path / "scan.md", self_scan_report)
    write_report(tmp_path / "casus.md", case_report)
    assert mode(tmp_path / "scan.md") == 0o666 & ~umask()
    assert mode(tmp_path / "casus.md") == 0o600


def test_run_says_that_a_casework_report_is_private(cli: InProcessCli, tmp_path: Path) -> None:
    report = tmp_path / "casus.html"
    result = cli("run", "signalen", "--answers", str(SCENARIOS / "signalen" / "eenzame-oudere.yaml"), "--report", str(report))
    assert result.returncode == 0, result.stderr
    assert mode(report) == 0o600
    assert "alleen voor jou leesbaar" in result.stderr


def test_a_report_replaces_a_symlink_not_the_file_it_points_to(tmp_path: Path, self_scan_report) -> None:
    elsewhere = tmp_path / "elders.txt"
    elsewhere.write_text("van iemand anders", encoding="utf-8")
    os.chmod(elsewhere, 0o644)
    (tmp_path / "rapport.md").symlink_to(elsewhere)
    write_report(tmp_path / "rapport.md", self_scan_report)
    assert elsewhere.read_text(encoding="utf-8") == "van iemand anders" and mode(elsewhere) == 0o644
    assert not (tmp_path / "rapport.md").is_symlink()


# --- P2: setting a damaged file aside never follows a symlink -------------------------------------------


def test_a_symlink_in_the_sessions_folder_is_set_aside_without_touching_its_target(tmp_path: Path) -> None:
    store = Store(tmp_path / "data")
    target = tmp_path / "van-iemand-anders.json"
    target.write_text('{"format": 1}', encoding="utf-8")
    os.chmod(target, 0o644)
    store.sessions_dir.mkdir()
    (store.sessions_dir / "abcd.json").symlink_to(target)
    assert store.list_sessions() == []
    assert mode(target) == 0o644 and target.read_text(encoding="utf-8") == '{"format": 1}'
    assert len(store.problems) == 1 and "symbolische koppeling" in store.problems[0].reason
    moved = store.problems[0].moved_to
    assert moved is not None and moved.is_symlink()


def test_a_fifo_named_like_a_session_is_set_aside_without_hanging(tmp_path: Path) -> None:
    store = Store(tmp_path / "data")
    store.sessions_dir.mkdir()
    os.mkfifo(store.sessions_dir / "abcd.json")
    done = threading.Event()
    found: list = []

    def listing() -> None:
        found.extend(store.list_sessions())
        done.set()

    threading.Thread(target=listing, daemon=True).start()
    assert done.wait(30), "reading a FIFO blocked"  # a hang guard, not a speed test
    assert found == [] and "geen gewoon bestand" in store.problems[0].reason


# --- P3: our own folders owner-only, other folders as they are -----------------------------------------


def test_new_folders_are_owner_only_including_missing_parents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "nieuw" / "diep" / "adviseur"
    monkeypatch.setenv("ADVISEUR_DATA_DIR", str(data))
    store = Store()
    record = store.save_result("zelfscan", "Gemeente", {"x": 1})
    for folder in (tmp_path / "nieuw", tmp_path / "nieuw" / "diep", data, store.results_dir, record.path.parent):
        assert mode(folder) == 0o700, folder
    assert mode(record.path) == 0o600


@pytest.mark.parametrize("folder_mode", [0o2775, 0o755])
def test_an_existing_data_folder_keeps_its_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder_mode: int) -> None:
    team = tmp_path / "team"
    team.mkdir()
    os.chmod(team, folder_mode)
    monkeypatch.setenv("ADVISEUR_DATA_DIR", str(team))
    store = Store()
    session = store.save_session({"flow_id": "example"}, casework=True)
    assert mode(team) == folder_mode
    assert mode(store.sessions_dir / f"{session}.json") == 0o600
    assert mode(store.sessions_dir) & 0o777 == 0o700  # ours: owner-only (a setgid bit may be inherited)


def test_a_symlinked_data_folder_is_followed_not_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = tmp_path / "echt"
    real.mkdir()
    os.chmod(real, 0o750)
    (tmp_path / "koppeling").symlink_to(real)
    monkeypatch.setenv("ADVISEUR_DATA_DIR", str(tmp_path / "koppeling"))
    Store().save_session({"flow_id": "example"})
    assert mode(real) == 0o750 and (real / "sessions").is_dir()


def test_the_search_cache_is_owner_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kb) -> None:
    from adviseur.search import service, text

    monkeypatch.setenv("ADVISEUR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv(service.CACHE_ENV, raising=False)
    monkeypatch.setattr(text, "_STEMS", {})
    service.build_index(kb)
    cache = tmp_path / "data" / "cache" / service.STEM_CACHE
    assert mode(cache) == 0o600 and mode(cache.parent) == 0o700
    assert service._load_stems() > 0  # and it is read back


def test_make_dirs_leaves_an_existing_folder_alone_and_refuses_a_file(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o1777)
    make_dirs(tmp_path)
    assert mode(tmp_path) == 0o1777
    (tmp_path / "bestand").write_text("", encoding="utf-8")
    with pytest.raises(NotADirectoryError):
        make_dirs(tmp_path / "bestand")
    with pytest.raises(OSError):
        make_dirs(tmp_path / "bestand" / "sub")


def test_a_store_file_is_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        write_bytes(tmp_path / "nieuw" / "x.json", b"{}")
    finally:
        os.umask(old)
    assert mode(tmp_path / "nieuw" / "x.json") == FILE_MODE and mode(tmp_path / "nieuw") == 0o700


# --- P10: whatever the session file holds, it is set aside, never a crash --------------------------------


def _signed(body: dict) -> str:
    return json.dumps({**body, "checksum": checksum(body)})


@pytest.mark.parametrize(
    "content",
    [
        '{"format": 1, "kind": "session", "id": "abcd", "n": ' + "9" * 5000 + "}",
        "[" * 100_000 + "]" * 100_000,
        '{"format": 1, "kind": "session", "id": 5, "snapshot": {}}',
        "\x00\xff",
        "",
    ],
    ids=["big-integer", "deep", "wrong-types", "binary", "empty"],
)
def test_a_session_file_the_reader_does_not_expect_is_set_aside(tmp_path: Path, content: str) -> None:
    store = Store(tmp_path / "data")
    store.sessions_dir.mkdir()
    (store.sessions_dir / "abcd.json").write_text(content, encoding="utf-8", errors="surrogateescape")
    assert store.list_sessions() == [] and store.load_session("abcd") is None
    assert len(store.problems) == 1
    assert not (store.sessions_dir / "abcd.json").exists()


def test_casework_results_expire_like_casework_sessions(tmp_path: Path) -> None:
    store = Store(tmp_path / "data", session_ttl=timedelta(days=30))
    case = store.save_result("signalen", "casus", {"flow": "signalen"}, casework=True)
    scan = store.save_result("zelfscan", "Gemeente", {"flow": "zelfscan"})
    later = Store(tmp_path / "data", session_ttl=timedelta(days=30), clock=lambda: store.clock() + timedelta(days=31))
    assert later.list_results("signalen") == [] and not case.path.exists()
    assert [r.id for r in later.list_results("zelfscan")] == [scan.id]


def test_run_save_of_a_casework_flow_is_marked_to_expire(cli: InProcessCli) -> None:
    result = cli(
        "run", "signalen", "--answers", str(SCENARIOS / "signalen" / "eenzame-oudere.yaml"), "--save", "mevrouw",
    )
    assert result.returncode == 0, result.stderr
    [record] = Store().list_results("signalen")
    assert record.casework
    help_text = cli("run", "--help").stdout
    assert "30 dagen" in help_text


def test_compare_says_when_the_newest_scan_is_damaged() -> None:
    """The one real-process run of this module: two saves and a compare, each a new `adviseur`."""
    answers = str(SCENARIOS / "zelfscan" / "zwak.yaml")
    for _ in range(2):
        assert run_cli("run", "zelfscan", "--answers", answers, "--save", "Gemeente").returncode == 0
    newest = Store().list_results("zelfscan")[-1]
    newest.path.write_text("kapot", encoding="utf-8")
    result = run_cli("run", "zelfscan", "--answers", answers, "--compare", "Gemeente")
    assert_no_traceback(result)
    assert result.returncode == 0 and "beschadigd en niet gebruikt" in result.stderr
