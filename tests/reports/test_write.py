"""Writing a report file: format by suffix, atomic, Dutch errors (modes: tests/store/test_ours_only.py)."""

from __future__ import annotations

import os
import stat
from datetime import date

import pytest

from adviseur.reports import ReportError, report_format
from adviseur.session.report import write_report
from tests.reports.helpers import report_for, scenario


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@pytest.fixture
def report(kb):
    prog, outcome = scenario("housing-first", "sterk-team")
    return report_for(outcome, prog, kb, today=date(2024, 5, 1))


@pytest.mark.parametrize(
    ("name", "fmt", "start"),
    [("r.md", "markdown", "# "), ("R.HTML", "html", "<!DOCTYPE html>"), ("r.htm", "html", "<!DOCTYPE html>")],
)
def test_the_suffix_chooses_the_format(tmp_path, report, name: str, fmt: str, start: str) -> None:
    path = tmp_path / name
    assert write_report(path, report) == fmt
    assert path.read_text(encoding="utf-8").startswith(start)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~_umask()  # a self-scan: the user's normal mode
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left behind


def test_an_existing_report_is_replaced(tmp_path, report) -> None:
    path = tmp_path / "r.md"
    path.write_text("oud", encoding="utf-8")
    write_report(path, report)
    assert "Modelgetrouwheid van Housing First-team Noord" in path.read_text(encoding="utf-8")


def test_unknown_suffix_and_missing_folder_give_dutch_messages(tmp_path, report) -> None:
    with pytest.raises(ReportError, match="onbekend rapportformaat '.pdf'"):
        report_format(tmp_path / "r.pdf")
    with pytest.raises(ReportError, match="de map bestaat niet"):
        write_report(tmp_path / "nergens" / "r.html", report)


def test_a_failed_write_gives_a_dutch_message_and_leaves_no_temporary_file(tmp_path, report) -> None:
    target = tmp_path / "bezet.md"
    target.mkdir()  # a folder where the report should go: the rename fails, also for root
    with pytest.raises(ReportError, match="kan het rapport niet schrijven naar .*bezet.md"):
        write_report(target, report)
    assert [p.name for p in tmp_path.iterdir()] == ["bezet.md"]
