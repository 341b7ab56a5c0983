"""`adviseur search`: output, exit codes, odd input, and the cold-start house rule (no textual).

The searches run in this process through `main()`; the query read from a real stdin, and the
huge one, are the one real-process run."""

from __future__ import annotations

import json

import pytest

from adviseur.cli import main
from adviseur.cli.search_cmd import LOOSE_HEADING
from tests.cli.helpers import assert_no_traceback, run_cli


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["search", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "CTI", "--json", "--limit", "3")
    data = json.loads(out)
    assert code == 0 and data["query"] == "CTI"
    first = data["results"][0]
    assert first["id"] == "critical-time-intervention"
    assert {"id", "kind", "title", "aliases", "score", "evidence", "matched"} <= set(first)
    assert first["evidence"] == {"level": "inspirerend", "international": True, "notes": first["evidence"]["notes"]}
    assert first["matched"][0]["kind"] == "alias" and first["matched"][0]["text"] == "CTI (naam of afkorting)"
    assert len(data["results"]) <= 3


def test_evidence_is_null_for_records_without_a_level(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "Schouder Eronder", "--json")
    assert json.loads(out)["results"][0]["evidence"] is None


def test_table_says_why(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")  # the table wraps to the terminal; a test worker has none
    code, out, err = run(capsys, "huurachterstnd", "--limit", "3")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(" 1. ") and lines[1].lstrip().startswith("id: ")
    assert "huurachterstnd → huurachterstand" in out
    assert "gevonden" in err and "adviseur show <id>" in err


def test_every_row_has_its_id_and_its_whole_title(capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    """Titles are never cut (two cut titles looked the same) and each id can go to 'show'."""
    monkeypatch.setenv("COLUMNS", "60")
    code, out, _ = run(capsys, "handreiking vroegsignalering", "--limit", "5")
    _, data, _ = run(capsys, "handreiking vroegsignalering", "--limit", "5", "--json")
    assert code == 0
    for hit in json.loads(data)["results"]:
        assert hit["title"] in out and f"id: {hit['id']}" in out
    assert "…" not in out


def test_filters(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "schulden", "--kind", "interventie", "--json", "--limit", "20")
    results = json.loads(out)["results"]
    assert results and all(r["kind"] == "interventie" for r in results)
    _, out, _ = run(capsys, "werk", "--level", "effectief", "--json")
    assert all(r["evidence"]["level"] == "effectief" for r in json.loads(out)["results"])
    _, out, _ = run(capsys, "schulden", "--target-group", "jongeren", "--condition", "inkomen", "--json")
    assert {r["condition"] for r in json.loads(out)["results"]} <= {"inkomen"}


def test_no_results_exit_1_with_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "qqxzv")
    assert code == 1 and "Niets gevonden" in out
    code, out, _ = run(capsys, "qqxzv", "--json")
    assert code == 1 and json.loads(out)["results"] == []


def test_lijkt_op_when_a_filter_leaves_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "Housing First", "--kind", "praktijkvoorbeeld", "--pillar", "voorzorg")
    assert code == 1 and "Niets gevonden" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "geef een zoekvraag"),
        (("   ",), "geef een zoekvraag"),
        (("de", "het"), "veelvoorkomende woorden"),
        (("x" * 100_000,), "te lang"),
        (("schulden", "--kind", "interventi"), "bedoel je 'interventie'"),
        (("schulden", "--target-group", "jongere"), "bedoel je 'jongeren'"),
        (("schulden", "--level", "sterk"), "onbekende bewijsniveau"),
    ],
)
def test_usage_errors_exit_2_in_dutch(capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2 and message in err and "Traceback" not in err


def test_bad_limit_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["search", "x", "--limit", "0"])
    assert exc.value.code == 2
    assert "minstens 1" in capsys.readouterr().err


def test_query_from_stdin_and_huge_input_in_a_real_process() -> None:
    """The one real-process run of this module: a real pipe on stdin, read as `search -` reads it."""
    result = run_cli("search", "-", "--json", input_text="alleenstaande moeder met huurachterstand")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["results"]
    result = run_cli("search", "-", input_text="huur " * 20_000)
    assert result.returncode == 2 and "te lang" in result.stderr
    assert_no_traceback(result)



def test_filters_without_words_list_every_matching_record(capsys: pytest.CaptureFixture[str], kb) -> None:
    code, out, _ = run(capsys, "--level", "internationaal", "--json", "--limit", "50")
    data = json.loads(out)
    expected = {r.id for r in kb.records if r.evidence and r.evidence.international}
    assert code == 0 and {hit["id"] for hit in data["results"]} == expected == {"housing-first", "critical-time-intervention"}
    code, out, _ = run(capsys, "--kind", "interventie", "--limit", "5")
    assert code == 0 and out.count("id: ") == 5
    code, _, err = run(capsys)
    assert code == 2 and "filter" in err  # neither words nor a filter: how to use it


def test_the_loose_tail_is_set_apart_in_the_table(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    code, out, _ = run(capsys, "uit", "huis", "gezet", "--limit", "15")
    assert code == 0
    head, _, tail = out.partition(LOOSE_HEADING)
    assert "huisuitzetting" in head.lower() and tail.count("id: ") == 15 - head.count("id: ") > 0
