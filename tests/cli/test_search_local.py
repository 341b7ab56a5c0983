"""`adviseur search` with the social map: `--kind lokaal`, and local services under national ones.

The commands run in this process through the `main()` the console script calls (the `cli`
fixture); a national search with local services under it is the one real-process run, as a user
runs it."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from tests.cli.helpers import InProcessCli, assert_no_traceback, run_cli, run_json
from tests.localmap.conftest import EXAMPLES


def _import_and_choose(run: Callable[..., Any]) -> None:
    """`run` is the `cli` fixture or `run_cli`: both give a return code."""
    assert run("kaart", "import", str(EXAMPLES / "voorbeeld.csv")).returncode == 0
    assert run("kaart", "gemeente", "Voorbeeldstad").returncode == 0


def test_kind_lokaal_searches_the_chosen_municipality(cli: InProcessCli) -> None:
    _import_and_choose(cli)
    payload = cli.json("search", "--kind", "lokaal", "schulden", "--json")
    assert payload["kind"] == "lokaal" and payload["municipality"] == "Voorbeeldstad"
    assert [r["id"] for r in payload["results"]] == ["schuldhulp-voorbeeldstad"]
    assert payload["results"][0]["kind"] == "lokaal" and payload["results"][0]["phone"] == "14 012"


def test_a_national_search_shows_local_services_under_it() -> None:
    """The one real-process run of this module: map imported, municipality chosen, searched."""
    _import_and_choose(run_cli)
    payload = run_json("search", "nachtopvang", "--json")
    assert [r["id"] for r in payload["local"]["results"]] == ["nachtopvang-voorbeeldstad"]
    assert payload["local"]["results"][0]["stale"] is True  # checked in 2023
    text = run_cli("search", "nachtopvang")
    assert "In jouw gemeente (Voorbeeldstad):" in text.stdout and "mogelijk verouderd" in text.stdout


def test_without_a_chosen_municipality_the_national_search_is_unchanged(cli: InProcessCli) -> None:
    payload = cli.json("search", "schuldhulp", "--json")
    assert "local" not in payload
    result = cli("search", "--kind", "lokaal", "schulden")
    assert_no_traceback(result)
    assert result.returncode == 2 and "adviseur kaart gemeente NAAM" in result.stderr


def test_a_municipality_without_a_map_says_how_to_add_one(cli: InProcessCli) -> None:
    result = cli("search", "--kind", "lokaal", "--gemeente", "Zeist", "opvang", "--json")
    assert result.returncode == 1
    assert "Voor Zeist is nog geen sociale kaart ingelezen" in json.loads(result.stdout)["notice"]


def test_national_filters_are_refused_for_local_search(cli: InProcessCli) -> None:
    result = cli("search", "--kind", "lokaal", "--level", "effectief", "opvang", "--gemeente", "alle")
    assert result.returncode == 2 and "--level geldt alleen voor landelijke records" in result.stderr
