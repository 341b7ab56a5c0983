"""Local services under the national advice: `adviseur run --json`, the text and the case summary.

The commands run in this process through the `main()` the console script calls (the `cli`
fixture); the text and the case summary are the one real-process run, as a user runs it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.cli.helpers import InProcessCli, run_cli
from tests.localmap.conftest import EXAMPLES

ANSWERS = str(Path(__file__).resolve().parents[2] / "flows" / "scenarios" / "signalen" / "gokschulden-huurachterstand.yaml")


def _choose(run: Callable[..., Any], name: str, *, with_map: bool = True) -> None:
    """`run` is the `cli` fixture or `run_cli`: both give a return code."""
    if with_map:
        assert run("kaart", "import", str(EXAMPLES / "voorbeeld.csv")).returncode == 0
    assert run("kaart", "gemeente", name).returncode == 0


def test_run_json_has_a_local_list_per_recommendation(cli: InProcessCli) -> None:
    _choose(cli, "Voorbeeldstad")
    payload = cli.json("run", "signalen", "--answers", ANSWERS, "--json")
    assert payload["local"] == {"municipality": "Voorbeeldstad", "notice": None}
    by_id = {rec["id"]: rec["local"] for rec in payload["recommendations"]}
    assert all(isinstance(local, list) for local in by_id.values())
    (service,) = by_id["vroeg-eropaf"]
    assert service["id"] == "vroeg-eropaf-voorbeeldstad" and service["relation"] == "biedt"
    assert service["kind"] == "lokaal" and service["phone"] == "012 345 6701" and service["suggested"] is False
    assert service["line"].startswith("In jouw gemeente: Vroeg Eropaf Voorbeeldstad")


def test_the_text_and_the_case_summary_name_the_local_services() -> None:
    """The one real-process run of this module."""
    _choose(run_cli, "Voorbeeldstad")
    text = run_cli("run", "signalen", "--answers", ANSWERS).stdout
    assert "In jouw gemeente: Vroeg Eropaf Voorbeeldstad (Buurtteam Voorbeeldstad) · 012 345 6701" in text
    summary = run_cli("run", "signalen", "--answers", ANSWERS, "--summary").stdout
    assert "## In jouw gemeente (Voorbeeldstad)" in summary
    line = next(x for x in summary.splitlines() if x.startswith("- Vroeg Eropaf Voorbeeldstad"))
    assert "012 345 6701" in line and "— bij: Vroeg Eropaf" in line
    # a suggested link is marked as one in the summary too
    assert "voorstel, nog niet bevestigd" in summary


def test_a_municipality_without_a_map_gets_a_line_and_nothing_breaks(cli: InProcessCli) -> None:
    _choose(cli, "Zeist", with_map=False)
    payload = cli.json("run", "signalen", "--answers", ANSWERS, "--json")
    assert payload["local"]["municipality"] == "Zeist" and "Voor Zeist is nog geen sociale kaart" in payload["local"]["notice"]
    assert all(rec["local"] == [] for rec in payload["recommendations"])
    summary = cli("run", "signalen", "--answers", ANSWERS, "--summary").stdout
    assert "## In jouw gemeente (Zeist)" in summary and "adviseur kaart import BESTAND" in summary


def test_without_a_chosen_municipality_the_summary_has_no_local_section(cli: InProcessCli) -> None:
    summary = cli("run", "signalen", "--answers", ANSWERS, "--summary")
    assert summary.returncode == 0 and "In jouw gemeente" not in summary.stdout
    payload = cli.json("run", "signalen", "--answers", ANSWERS, "--json")
    assert payload["local"]["municipality"] is None and all(rec["local"] == [] for rec in payload["recommendations"])
