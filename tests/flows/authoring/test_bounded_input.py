"""Issue 18, P4 and the lower items about flows: every YAML file, however hostile or careless,
gives data or a located Dutch message within a small memory budget; `run` and the app refuse
what `adviseur check` rejects.

The commands run in this process through the `main()` the console script calls; a huge query on
a real stdin pipe is the one real-process run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from adviseur.cli import main
from adviseur.content import ANSWERS, ContentError, load_located_yaml
from adviseur.flows.authoring.loader import FlowLibrary
from adviseur.flows.authoring.scenarios import read_answers, run_scenario
from adviseur.flows.language.regexcheck import pattern_risk
from adviseur.locations import flows_dir
from tests.cli.helpers import InProcessCli, assert_no_traceback, run_cli
from tests.flows.conftest import HEADER, write_flow

SCENARIO = flows_dir() / "scenarios" / "example" / "huurder-met-achterstand.yaml"

BILLION_LAUGHS = "a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(8)
)
"""667 bytes in the issue; 9^9 values when every alias is expanded."""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def refused(text: str, **options) -> str:
    """The message of the one problem loading `text` gives, with at most 32 MB used."""
    tracemalloc.start()
    try:
        with pytest.raises(ContentError) as caught:
            load_located_yaml(Path("x.yaml"), text, **options)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 32 * 1024 * 1024, f"{peak / 1e6:.0f} MB"
    [problem] = caught.value.problems
    return str(problem)


# --- the loader ---------------------------------------------------------------------------------------


def test_an_alias_bomb_stops_early_in_content_and_at_once_in_answers() -> None:
    assert "vouwen uit tot te veel waarden" in refused(BILLION_LAUGHS)
    assert "niet toegestaan" in refused(BILLION_LAUGHS, limits=ANSWERS)


@pytest.mark.parametrize("text", ["a: &x [*x]\n", "a: &x {b: *x}\n"])
def test_an_alias_that_contains_itself_is_a_located_error(text: str) -> None:
    assert refused(text).startswith("x.yaml:1:") and "naar zichzelf" in refused(text)


@pytest.mark.parametrize("depth", [500, 999])
def test_deep_nesting_is_a_message_not_a_recursion_error(depth: int) -> None:
    assert "te diep genest" in refused("[" * depth + "]" * depth)
    block = "".join("  " * i + "a:\n" for i in range(depth)) + "  " * depth + "1\n"
    assert "te diep genest" in refused(block)


def test_a_huge_integer_is_an_error_not_a_crash() -> None:
    assert "te veel cijfers" in refused("a: " + "9" * 5000 + "\n")
    assert "te veel cijfers" in refused("a: " + ":".join(["59"] * 20000) + "\n")  # YAML 1.1 base 60


def test_tags_other_than_plain_values_are_refused() -> None:
    assert "!!python/object/apply:os.system" in refused("a: !!python/object/apply:os.system [ls]\n")
    assert "!!binary" in refused("a: !!binary aGFsbG8=\n")
    assert "geen geldige datum" in refused("a: 2024-13-45\n")


def test_an_unclosed_bracket_names_where_it_was_opened() -> None:
    text = "a: 1\nb: 2\nc: 3\nd: [1, 2,\n  3\ne: 5\nf: 6\ng: 7\n"
    message = refused(text)
    assert message.startswith("x.yaml:6:") and "begonnen op regel 4, kolom 4" in message
    assert "niet afgesloten met ']'" in message
    quote = refused('a: "hallo\nb: 2\n')
    assert "aanhalingstekens is begonnen op regel 1, kolom 4" in quote


def test_a_file_too_big_and_a_folder_are_messages(tmp_path: Path) -> None:
    big = tmp_path / "groot.yaml"
    big.write_bytes(b"a: 1\n" * (ANSWERS.max_bytes // 5 + 1))
    with pytest.raises(ContentError, match="te groot"):
        load_located_yaml(big, limits=ANSWERS)
    with pytest.raises(ContentError, match="is een map"):
        load_located_yaml(tmp_path)


# --- the answers reader and `adviseur run` --------------------------------------------------------------


def test_answers_with_an_alias_or_a_key_twice_are_refused(tmp_path: Path) -> None:
    aliases = tmp_path / "a.yaml"
    aliases.write_text("woonsituatie: &w huur\nhuurachterstand: *w\n", encoding="utf-8")
    with pytest.raises(ContentError, match="verwijzingen"):
        read_answers(aliases)
    twice = tmp_path / "b.yaml"
    twice.write_text("woonsituatie: huur\nwoonsituatie: koop\n", encoding="utf-8")
    with pytest.raises(ContentError, match="staat hier twee keer") as caught:
        read_answers(twice)
    assert caught.value.problems[0].line == 2


def test_run_on_an_alias_bomb_is_quick_and_dutch(cli: InProcessCli, tmp_path: Path) -> None:
    bomb = tmp_path / "bom.yaml"
    bomb.write_text(BILLION_LAUGHS, encoding="utf-8")
    result = cli("run", "example", "--answers", str(bomb))
    assert_no_traceback(result)
    assert result.returncode == 2 and "niet toegestaan" in result.stderr


def test_run_says_a_folder_is_a_folder_and_reads_a_pipe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "run", "example", "--answers", str(tmp_path))
    assert code == 2 and "is een map" in err and "bestaat niet" not in err
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    writer = subprocess.Popen(
        [sys.executable, "-c", f"import shutil; shutil.copyfileobj(open({str(SCENARIO)!r}, 'rb'), open({str(fifo)!r}, 'wb'))"]
    )
    try:
        code, out, err = run(capsys, "run", "example", "--answers", str(fifo), "--json")
    finally:
        writer.wait(timeout=60)
    assert code == 0, err


def test_search_from_stdin_is_bounded() -> None:
    """The one real-process run of this module: `search -` stops reading a real pipe at its limit."""
    result = run_cli("search", "-", input_text="huurachterstand " * 100_000)
    assert_no_traceback(result)
    assert result.returncode == 2 and "te lang" in result.stderr


# --- consistency: run and the app refuse what check rejects ------------------------------------------------


def test_run_refuses_a_flow_that_check_rejects_with_the_same_message(
    flows_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = flows_copy / "example.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("signals: [huurachterstand]", "signals: [huurachterstnd]", 1), encoding="utf-8")
    code, check_out, _err = run(capsys, "check", str(path))
    assert code == 1
    located = [line for line in check_out.splitlines() if "huurachterstnd" in line]
    assert located, check_out
    code, _out, run_err = run(capsys, "run", str(path), "--answers", str(SCENARIO))
    assert code == 1
    assert located[0] in run_err
    with pytest.raises(ContentError, match="huurachterstnd"):  # the app loads flows the same way
        FlowLibrary(flows_copy).load("example")


def test_a_flow_with_a_yaml_error_is_reported_not_not_found(flows_copy: Path) -> None:
    path = flows_copy / "example.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("choices:", "choices: [", 1), encoding="utf-8")
    program, problems = FlowLibrary(flows_copy).checked("example")
    assert program is None
    assert problems and "YAML-fout" in problems[0].message and "niet gevonden" not in problems[0].message


def test_flows_lists_the_others_when_one_file_is_a_bomb(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "flows"
    shutil.copytree(flows_dir(), root)
    (root / "bom.yaml").write_text(BILLION_LAUGHS, encoding="utf-8")
    (root / "diep.yaml").write_text("[" * 900 + "]" * 900, encoding="utf-8")
    shutil.copytree(flows_dir().parent / "knowledge", tmp_path / "knowledge")
    monkeypatch.setenv("ADVISEUR_CONTENT_DIR", str(tmp_path))
    code, out, err = run(capsys, "flows")
    assert code == 0 and "signalen" in out
    assert "bom.yaml bevat fouten en is overgeslagen" in err and "diep.yaml bevat fouten" in err


def test_check_on_a_long_chain_without_questions_is_no_traceback_and_no_loop(flow_dir: Path, capsys) -> None:
    nodes = "".join(f"  - id: s{i}\n    type: say\n    text: stap {i}\n" for i in range(10_050))
    write_flow(flow_dir, "nodes:\n" + nodes + "  - id: vraag\n    type: question\n    answer: yesno\n    text: Klaar?\n")
    scenarios = flow_dir / "scenarios" / "test"
    scenarios.mkdir(parents=True)
    (scenarios / "ja.yaml").write_text("answers:\n  vraag: ja\nexpect:\n  finished: true\n", encoding="utf-8")
    assert run_scenario(scenarios / "ja.yaml").passed
    code, out, err = run(capsys, "check", str(flow_dir))
    assert "rondgaan" not in out + err


# --- author regexes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(\w+\s?)*", r"(x+x+)+y", r"(.*a){20}", r"(aa|a)*$", r"(a|b|ab)*c"])
def test_catastrophic_patterns_are_flagged(pattern: str) -> None:
    assert pattern_risk(pattern) is not None


@pytest.mark.parametrize(
    "pattern",
    [
        r"[1-9][0-9]{3} ?[A-Za-z]{2}",
        r"0[1-9][0-9]{8}",
        r"[^@\s]+@[^@\s]+\.[a-z]{2,}",
        r"(\d{2}-){2}\d{4}",
        r"(a++)+",
        r"(ab|cd)*",
    ],
)
def test_ordinary_patterns_pass(pattern: str) -> None:
    assert pattern_risk(pattern) is None


def test_check_rejects_a_catastrophic_pattern_at_its_line(flow_dir: Path) -> None:
    write_flow(
        flow_dir,
        """\
        nodes:
          - id: code
            type: question
            answer: text
            text: Welke code?
            validate:
              - pattern: "(a+)+$"
        """,
    )
    program, problems = FlowLibrary(flow_dir).checked("test")
    assert program is None
    [problem] = [p for p in problems if p.severity == "error"]
    assert "eindeloos lang" in problem.message and problem.line == HEADER.count("\n") + 7
