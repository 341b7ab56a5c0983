"""`adviseur run` on a scan, as text: the scores as a table per level and the comparison as a
table of the scores that changed, with no Markdown marks and none of the conversation's welcome."""

from __future__ import annotations

import pytest

from adviseur.cli import main
from adviseur.locations import flows_dir

SCENARIOS = flows_dir() / "scenarios"


def _run(capsys: pytest.CaptureFixture[str], name: str, *extra: str) -> str:
    code = main(["run", "zelfscan", "--answers", str(SCENARIOS / "zelfscan" / f"{name}.yaml"), *extra])
    out, _err = capsys.readouterr()
    assert code == 0
    return out


def test_a_scan_prints_its_scores_per_level_without_markdown_or_welcome(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    out = _run(capsys, "middelmatig")
    assert "**" not in out and "Deze scan loopt" not in out and "Pad:" not in out and "Berichten" not in out
    assert "Uitslag van de zelfscan voor Gemeente Middenwijk" in out  # what the flow says at its end
    scores = out.split("Scores:", 1)[1].split("\nAandachtspunten", 1)[0]
    headings = [
        "Beleidscyclus en pijlers",
        "Routes",
        "Bouwstenen van de beleidscyclus",
        "Condities van de pijler bestaanscondities",
    ]
    positions = [scores.index(f"\n  {heading}\n") for heading in headings]
    assert positions == sorted(positions)
    line = next(row for row in scores.splitlines() if "Pijler inclusief wonen: passende, duurzame huisvesting" in row)
    assert line.split()[-4:] == ["punten", "41,7%", "Op", "weg"]  # whole label, then the columns
    # the columns line up: every score's percentage ends in the same column
    ends = {row.rindex("%") for row in scores.splitlines() if "punten" in row}
    assert len(ends) == 1


def test_the_comparison_lists_only_the_scores_that_changed(capsys: pytest.CaptureFixture[str]) -> None:
    _run(capsys, "middelmatig", "--save", "Gemeente Middenwijk")
    same = _run(capsys, "middelmatig", "--compare", "Gemeente Middenwijk")
    assert "Verschil (procentpunten)" not in same and "scores gelijk gebleven)" in same
    _run(capsys, "sterk", "--save", "Gemeente Vergelijk")
    lower = _run(capsys, "middelmatig", "--compare", "Gemeente Vergelijk")
    table = lower.split("Vergelijking met", 1)[1].split("Antwoorden:", 1)[0]
    assert "Verschil (procentpunten)" in table and "Totaal" in table and "▼" in table
