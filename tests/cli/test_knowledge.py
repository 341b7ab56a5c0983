"""`adviseur list`, `show` and `check`, run in this process through the `main()` the console script
calls (the `cli` fixture). `list --json` of every record is the one real-process run, as a user
runs it: the whole knowledge base through a real pipe."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from adviseur.locations import content_root
from tests.cli.helpers import InProcessCli, assert_no_traceback, run_json

REQUIRED_KEYS = {"id", "kind", "title", "aliases", "summary", "pillars", "condition", "target_groups", "signals", "evidence"}


def test_list_json_has_every_record_with_required_fields(kb) -> None:
    """The one real-process run of this module."""
    data = run_json("list", "--json")
    assert len(data["records"]) == len(kb.records)
    for record in data["records"]:
        assert REQUIRED_KEYS <= set(record)
        if record["evidence"] is not None:
            assert set(record["evidence"]) == {"level", "international", "notes"}


def test_list_filters_by_kind(cli: InProcessCli, kb) -> None:
    data = cli.json("list", "--kind", "interventie", "--json")
    assert {r["kind"] for r in data["records"]} == {"interventie"}
    assert len(data["records"]) == sum(1 for r in kb.records if r.kind == "interventie")


def test_show_explains_evidence_in_words(cli: InProcessCli) -> None:
    result = cli("show", "critical-time-intervention")
    assert result.returncode == 0, result.stderr
    assert "Critical Time Intervention" in result.stdout
    assert "Internationaal" in result.stdout
    data = cli.json("show", "housing-first", "--json")
    assert data["evidence"]["international"] is True
    assert "Inspirerend" in data["evidence_explained"]


@pytest.mark.parametrize("name", ["cti", "CTI", "Critical Time Intervention", "critical time interventie"])
def test_show_accepts_an_abbreviation_an_alias_or_the_title(cli: InProcessCli, name: str) -> None:
    data = cli.json("show", name, "--json")
    assert data["id"] == "critical-time-intervention"


def test_show_prefers_an_authors_alias_and_lists_a_shared_name(cli: InProcessCli) -> None:
    assert cli.json("show", "hf", "--json")["id"] == "housing-first"  # its alias, not High Five's initials
    from adviseur.knowledge import load_knowledge
    from adviseur.search.index import records_named

    kb = load_knowledge()
    shared = next(
        (name, found)
        for r in kb.records
        for name in r.aliases
        if len(found := records_named(kb.records, name)) > 1
    )
    result = cli("show", shared[0])
    assert result.returncode == 1 and "geef het id" in result.stderr
    assert all(r.id in result.stderr for r in shared[1])
    assert_no_traceback(result)


def test_help_is_dutch_throughout(cli: InProcessCli) -> None:
    for command in ([], ["show"], ["search"], ["run"], ["list"], ["check"], ["flows"], ["graph"], ["serve"], ["app"]):
        result = cli(*command, "--help")
        assert result.returncode == 0, result.stderr
        text = result.stdout
        assert text.startswith("gebruik: adviseur") and "toon deze hulp en stop" in text
        for english in ("usage:", "positional arguments", "options:", "show this help", "default:"):
            assert english not in text, (command, english)


def test_show_unknown_id_suggests_and_exits_1(cli: InProcessCli) -> None:
    result = cli("show", "housing-frist")
    assert result.returncode == 1
    assert "housing-first" in result.stderr
    assert_no_traceback(result)


def test_check_passes_on_shipped_content(cli: InProcessCli) -> None:
    result = cli("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert_no_traceback(result)


def test_check_reports_located_errors_on_a_broken_copy(cli: InProcessCli, tmp_path: Path) -> None:
    copy = tmp_path / "knowledge"
    shutil.copytree(content_root() / "knowledge", copy)
    target = copy / "records" / "voorzorg.yaml"
    text = target.read_text(encoding="utf-8")
    text = text.replace("signals: [", "signals: [huurachterstnd, ", 1)
    target.write_text(text, encoding="utf-8")
    result = cli("check", str(copy))
    assert result.returncode == 1
    assert_no_traceback(result)
    line = next(out for out in result.stdout.splitlines() if "huurachterstnd" in out)
    path, lineno, column, message = line.split(":", 3)
    assert path.endswith("voorzorg.yaml") and int(lineno) > 1 and int(column) > 1
    assert "bedoel je 'huurachterstand'" in message


def test_check_on_missing_path_is_a_clear_error(cli: InProcessCli, tmp_path: Path) -> None:
    result = cli("check", str(tmp_path / "bestaat-niet.yaml"))
    assert result.returncode == 1
    assert "bestaat niet" in result.stdout
    assert_no_traceback(result)


def test_check_covers_the_search_synonyms(cli: InProcessCli, tmp_path: Path) -> None:
    copy = tmp_path / "knowledge"
    shutil.copytree(content_root() / "knowledge", copy)
    synonyms = copy / "synonyms.yaml"
    text = synonyms.read_text(encoding="utf-8").replace("\nsignals:\n", "\nsignals:\n  huurachterstnd: [x]\n", 1)
    synonyms.write_text(text, encoding="utf-8")
    result = cli("check", str(copy))
    assert result.returncode == 1
    assert "synonyms.yaml" in result.stdout and "bedoel je 'huurachterstand'" in result.stdout
    assert_no_traceback(result)


def test_usage_errors_are_dutch_with_a_suggestion(cli: InProcessCli) -> None:
    result = cli("lijst")
    assert result.returncode == 2
    assert "ongeldige keuze 'lijst'" in result.stderr and "bedoel je 'list'?" in result.stderr
    assert "error:" not in result.stderr and "usage:" not in result.stderr
    result = cli("show")
    assert result.returncode == 2 and "ontbreekt: RECORD" in result.stderr
