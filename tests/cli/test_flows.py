"""`adviseur flows`, `adviseur run` and `adviseur graph`, and `adviseur check` on flows: clear
output, clear errors naming the question or the line, never a traceback.

The commands run in this process, through the `main()` the console script calls;
`test_graph_and_run_in_a_real_process` is the one real-process run, as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adviseur.cli import main
from adviseur.locations import flows_dir
from tests.cli.helpers import InProcessCli, assert_no_traceback, run_cli
from tests.flows.conftest import line_of, replace_in

SCENARIO = flows_dir() / "scenarios" / "example" / "huurder-met-achterstand.yaml"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_flows_json_lists_main_flows(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "flows", "--json")
    assert code == 0
    flows = {f["id"]: f for f in json.loads(out)["flows"]}
    assert "signalen" in flows
    assert "example" not in flows and "financien" not in flows  # examples and sub-flows are not listed
    code, out, _ = run(capsys, "flows", "--json", "--all")
    flows = {f["id"]: f for f in json.loads(out)["flows"]}
    assert "financien" in flows
    example = flows["example"]
    assert example["title"].startswith("Voorbeeld") and example["duration_minutes"] == 4
    assert {"id", "title", "audience", "description", "version", "sections"} <= set(example)


def test_flows_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "flows", "--all")
    assert code == 0 and "example" in out and "voor: Flowschrijvers" in out and " flows" in err


def test_run_json_on_a_scenario_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "run", "example", "--answers", str(SCENARIO), "--json")
    assert code == 0
    data = json.loads(out)
    assert {"flow", "path", "answers", "scores", "recommendations", "messages"} <= set(data)
    assert data["flow"] == "example" and data["path"][-1] == "resultaat"
    assert data["answers"]["zorgen_vraag"] == ["psychisch", "eenzaam", "scheiding"]
    assert data["scores"]["totaal"]["points"] == 11
    assert "huurachterstand" in data["signals"]
    assert any(r["id"] == "vroeg-eropaf" for r in data["recommendations"][:5])
    assert any("Risicoscore: 11 punten" in m for m in data["messages"])


def test_run_on_a_plain_answers_file_by_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "antwoorden.yaml"
    answers.write_text(
        "woonsituatie: Zonder vaste slaapplek\nleeftijd: '30'\ninkomen: werk\nachterstanden: nee\n"
        "geldzorgen: 1\nzorgen_vraag: geen\nkennisvraag: vandaag\ntoelichting: Vertelt het zelf.\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "run", str(flows_dir() / "example.yaml"), "--answers", str(answers))
    assert code == 0
    assert "Nu doen:" in out and "Zorg eerst voor een veilige slaapplek" in out
    assert any(line.split() == ["Wonen", "4", "van", "4", "punten", "100%", "Hoog", "risico"] for line in out.splitlines())
    assert "toelichting: Vertelt het zelf." in out  # the user's own file, shown to the user only


def test_run_missing_answer_names_the_question(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("woonsituatie: koop\n", encoding="utf-8")
    code, _, err = run(capsys, "run", "example", "--answers", str(answers))
    assert code == 2
    assert "vraag 'leeftijd' (Hoe oud is de inwoner?) heeft geen antwoord in a.yaml" in err


def test_run_invalid_answer_names_the_question(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("woonsituatie: koop\nleeftijd: 300\n", encoding="utf-8")
    code, _, err = run(capsys, "run", "example", "--answers", str(answers))
    assert code == 2
    assert "antwoord op vraag 'leeftijd' (Hoe oud is de inwoner?) is ongeldig: Vul een leeftijd tussen 0 en 120 jaar in." in err


def test_run_unknown_question_and_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("woonsituatie: koop\nleeftijt: 30\n", encoding="utf-8")
    code, _, err = run(capsys, "run", "example", "--answers", str(answers))
    assert code == 2 and "onbekende vraag 'leeftijt' (bedoel je 'leeftijd'?)" in err
    answers.write_text("woonsituatie: [koop\n", encoding="utf-8")
    code, _, err = run(capsys, "run", "example", "--answers", str(answers))
    assert code == 2 and "YAML-fout" in err and f"{answers}:" in err
    answers.write_text("- koop\n", encoding="utf-8")
    code, _, err = run(capsys, "run", "example", "--answers", str(answers))
    assert code == 2 and "per vraag-id een antwoord" in err
    code, _, err = run(capsys, "run", "example", "--answers", str(tmp_path / "nee.yaml"))
    assert code == 2 and "bestaat niet" in err
    code, _, err = run(capsys, "run", "exampel", "--answers", str(SCENARIO))
    assert code == 1 and "bedoel je 'example'?" in err


def test_run_very_long_text_answer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "a.yaml"
    text = SCENARIO.read_text(encoding="utf-8").replace(
        "  kennisvraag: vandaag", "  kennisvraag: vandaag\n  toelichting: " + "x" * 100_000
    )
    answers.write_text(text, encoding="utf-8")
    code, _, err = run(capsys, "run", "example", "--answers", str(answers))
    assert code == 2 and "maximaal 2000 tekens (nu 100000)" in err


def test_run_broken_flow_gives_located_errors(flows_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = flows_copy / "example.yaml"
    replace_in(path, "        goto: nu_doen", "        goto: nu_doem")
    code, _, err = run(capsys, "run", str(path), "--answers", str(SCENARIO))
    assert code == 1
    assert f"{path}:{line_of(path, 'goto: nu_doem')}:" in err and "bedoel je 'nu_doen'?" in err


def test_graph(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "graph", "example")
    assert code == 0 and out.startswith("flowchart TD") and "n_woonsituatie" in out


def test_check_on_broken_copies_exits_1_with_one_line_per_problem(cli: InProcessCli, flows_copy: Path) -> None:
    path = flows_copy / "example.yaml"
    replace_in(path, "        goto: nu_doen", "        goto: nu_doem")
    replace_in(path, "    label: Leeftijd", "    lable: Leeftijd")
    result = cli("check", str(path))
    assert_no_traceback(result)
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if line]
    assert lines == [f"{path}:{line_of(path, 'lable: Leeftijd')}:5: onbekende sleutel 'lable' (bedoel je 'label'?) [ADV201]"]
    replace_in(path, "    lable: Leeftijd", "    label: Leeftijd")
    result = cli("check", str(flows_copy))
    assert result.returncode == 1
    assert f"{path}:{line_of(path, 'goto: nu_doem')}:" in result.stdout


def test_check_shipped_flows_passes(cli: InProcessCli) -> None:
    result = cli("check", str(flows_dir()))
    assert_no_traceback(result)
    assert result.returncode == 0, result.stdout


def test_graph_and_run_in_a_real_process() -> None:
    """The one real-process run of this module."""
    result = run_cli("run", "example", "--answers", str(SCENARIO), "--json")
    assert_no_traceback(result)
    assert json.loads(result.stdout)["flow"] == "example"


def test_run_shows_first_steps_on_top_for_an_acute_case(capsys: pytest.CaptureFixture[str]) -> None:
    from adviseur.locations import flows_dir

    scenario = flows_dir() / "scenarios" / "signalen" / "acuut-huiselijk-geweld.yaml"
    code, out, _ = run(capsys, "run", "signalen", "--answers", str(scenario))
    assert code == 0
    head = out.split("Antwoorden:")[0]
    assert "VEILIGHEID EERST" in head and "112" in head and "Veilig Thuis" in head
