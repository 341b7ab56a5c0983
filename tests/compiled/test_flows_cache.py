"""Issue 12: the configured flows are kept compiled with the check's verdict: a command reads
no flow YAML and lints nothing while nothing changed, and still refuses - with the same located
messages - every flow `adviseur check` rejects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adviseur.content import ContentError
from adviseur.flows.authoring import lint, loader
from adviseur.flows.authoring.loader import FlowLibrary
from tests.cli.helpers import InProcessCli
from tests.compiled.conftest import compiled_files

SCENARIO = "scenarios/signalen/huurachterstand-alleenstaande-moeder-stress.yaml"


def flows_kept(cache: Path) -> list[Path]:
    return [f for f in compiled_files(cache) if f.name.startswith("flows-")]


def no_yaml_and_no_lint(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("read or linted although the compiled flows are current")

    monkeypatch.setattr(loader, "read_source", refuse)
    monkeypatch.setattr(lint, "lint_errors", refuse)


def run_json(cli: InProcessCli, content: Path) -> Any:
    return cli.json("run", "signalen", "--answers", str(content / "flows" / SCENARIO), "--json")


def test_the_configured_flows_are_kept_and_then_read_without_yaml_or_lint(
    content: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = FlowLibrary().load("signalen")
    assert len(flows_kept(cache)) == 1
    with monkeypatch.context() as patch:
        no_yaml_and_no_lint(patch)
        library = FlowLibrary()
        again = library.load("signalen")
        infos, problems = library.infos()
    assert again.content_hash == first.content_hash and again.id == "signalen"
    assert problems == [] and "signalen" in [i.id for i in infos]


def test_run_gives_the_same_result_compiled_and_from_the_yaml(
    cli: InProcessCli, content: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled = run_json(cli, content)
    compiled_again = run_json(cli, content)
    monkeypatch.setenv("ADVISEUR_COMPILED", "0")
    from_yaml = run_json(cli, content)
    assert compiled == compiled_again == from_yaml


def test_a_flow_the_check_rejects_is_refused_with_the_same_located_errors(content: Path, cache: Path) -> None:
    path = content / "flows" / "vroeginterventie.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("signals: [huurachterstand,", "signals: [huurachterstnd,", 1), encoding="utf-8")
    with pytest.raises(ContentError) as kept:
        FlowLibrary().load("vroeginterventie")
    assert len(flows_kept(cache)) == 1  # kept, with this flow marked as rejected
    with pytest.raises(ContentError) as again:
        FlowLibrary().load("vroeginterventie")
    with pytest.raises(ContentError) as direct:
        FlowLibrary(content / "flows").load("vroeginterventie")
    messages = [str(p) for p in direct.value.problems]
    assert [str(p) for p in kept.value.problems] == [str(p) for p in again.value.problems] == messages
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "signals: [huurachterstand," in row)
    assert any(f"vroeginterventie.yaml:{line}:" in m and "bedoel je 'huurachterstand'" in m for m in messages)
    assert FlowLibrary().load("signalen").id == "signalen"  # the others still run


def test_a_flow_file_with_a_yaml_error_keeps_nothing_and_says_where(content: Path, cache: Path) -> None:
    path = content / "flows" / "zelfscan.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n  kapot: [\n", encoding="utf-8")
    program, problems = FlowLibrary().checked("zelfscan")
    assert program is None and any("zelfscan.yaml:" in str(p) and "YAML-fout" in str(p) for p in problems)
    assert flows_kept(cache) == []
    assert FlowLibrary().load("signalen").id == "signalen"


def test_an_edited_flow_is_seen_at_the_next_call(content: Path, cache: Path) -> None:
    title = FlowLibrary().load("signalen").main.flow.title
    path = content / "flows" / "signalen.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(f"title: {title}", "title: Anders genoemd", 1), encoding="utf-8")
    assert FlowLibrary().load("signalen").main.flow.title == "Anders genoemd"


def test_an_edited_knowledge_file_is_linted_against_at_the_next_call(content: Path, cache: Path) -> None:
    FlowLibrary().load("vroeginterventie")
    signals = content / "knowledge" / "signals.yaml"
    text = signals.read_text(encoding="utf-8").replace("- id: huurachterstand\n", "- id: huur-achterstand\n", 1)
    signals.write_text(text, encoding="utf-8")
    program, problems = FlowLibrary().checked("vroeginterventie")
    assert program is None and any("huurachterstand" in str(p) for p in problems)


def test_a_library_of_a_named_folder_reads_the_yaml_and_keeps_nothing(content: Path, cache: Path) -> None:
    FlowLibrary(content / "flows").load("signalen")
    assert flows_kept(cache) == []
