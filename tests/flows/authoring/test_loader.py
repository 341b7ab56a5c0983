"""Loading flows: the example loads cleanly, and every kind of mistake in a copy of it gives a
located Dutch message (`path:line:column: message`), never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from adviseur.content import ContentError, Problem
from adviseur.flows.authoring.check import check_flow_paths
from adviseur.flows.authoring.loader import FlowLibrary, flow_files, load_flow
from adviseur.flows.language.model import NODE_TYPES, AnswerKind
from tests.flows.conftest import column_of, compile_flow, line_of, replace_in, write_flow


def errors_of(path: Path) -> list[Problem]:
    return [p for p in check_flow_paths([path]) if p.severity == "error"]


def only_error(path: Path) -> Problem:
    found = errors_of(path)
    assert len(found) == 1, [str(p) for p in found]
    return found[0]


def test_example_flow_uses_every_node_type_and_loads(flows_copy: Path) -> None:
    program = load_flow(flows_copy / "example.yaml")
    assert {n.kind for n in program.nodes.values()} == set(NODE_TYPES)
    kinds = {q.kind for q in program.questions.values()}
    assert kinds == set(AnswerKind)
    assert "financien" in program.flows  # the sub-flow came along through `call`
    assert errors_of(flows_copy / "example.yaml") == []


def test_shipped_flows_have_no_errors() -> None:
    from adviseur.locations import flows_dir

    found = [str(p) for p in check_flow_paths([flows_dir()]) if p.severity == "error"]
    assert found == []


def test_yaml_syntax_error_is_located(flows_copy: Path) -> None:
    path = flows_copy / "example.yaml"
    replace_in(path, "    label: Woonsituatie", "    label: [Woonsituatie")
    problem = only_error(path)
    assert problem.path == path
    assert "YAML-fout" in problem.message
    assert problem.line >= line_of(path, "label: [Woonsituatie")


def test_unknown_key_is_located_with_suggestion(flows_copy: Path) -> None:
    path = flows_copy / "example.yaml"
    replace_in(path, "    label: Woonsituatie", "    lable: Woonsituatie")
    problem = only_error(path)
    assert (problem.line, problem.column) == (line_of(path, "lable: Woonsituatie"), 5)
    assert problem.message == "onbekende sleutel 'lable' (bedoel je 'label'?)"
    assert str(problem).startswith(f"{path}:{problem.line}:5: ")


def test_unknown_key_in_a_choice_is_located(flows_copy: Path) -> None:
    path = flows_copy / "example.yaml"
    replace_in(path, "        signals: [bankslapen]", "        signal: [bankslapen]")
    problem = only_error(path)
    assert problem.line == line_of(path, "signal: [bankslapen]")
    assert "onbekende sleutel 'signal' (bedoel je 'signals'?)" == problem.message


def test_unknown_target_is_located_with_suggestion(flows_copy: Path) -> None:
    path = flows_copy / "example.yaml"
    replace_in(path, "        goto: nu_doen", "        goto: nu_doem")
    problem = only_error(path)
    assert (problem.line, problem.column) == (line_of(path, "goto: nu_doem"), column_of(path, "goto: nu_doem"))
    assert problem.message == "onbekende stap 'nu_doem' (bedoel je 'nu_doen'?)"


def test_bad_expression_points_at_the_character(flows_copy: Path) -> None:
    path = flows_copy / "example.yaml"
    replace_in(path, 'when: woonsituatie == "straat"', 'when: woonsituatie = "straat"')
    problem = only_error(path)
    assert problem.line == line_of(path, 'woonsituatie = "straat"')
    assert problem.column == column_of(path, '= "straat"')
    assert "onverwacht teken '='" in problem.message and "'=='" in problem.message


def test_expression_type_error_names_the_nearest_answer(flows_copy: Path) -> None:
    path = flows_copy / "example.yaml"
    replace_in(path, 'when: woonsituatie == "straat"', 'when: woonsituatie == "strat"')
    problem = only_error(path)
    assert problem.column == column_of(path, '"strat"')
    assert problem.message == "vraag 'woonsituatie' heeft geen antwoord 'strat' (bedoel je 'straat'?)"


def test_expression_in_a_quoted_value_and_in_a_text(flows_copy: Path) -> None:
    path = flows_copy / "example.yaml"
    replace_in(path, "when: '\"geweld\" in zorgen_vraag'", "when: '\"gewelt\" in zorgen_vraag'")
    replace_in(path, "Er spelen {aantal_zorgen} zorgen", "Er spelen {aantal_zorgn} zorgen")
    found = sorted(errors_of(path), key=lambda p: p.line)
    assert [(p.line, p.column) for p in found] == [
        (line_of(path, '"gewelt"'), column_of(path, '"gewelt"')),
        (line_of(path, "{aantal_zorgn}"), column_of(path, "aantal_zorgn")),
    ]
    assert "bedoel je 'geweld'?" in found[0].message
    assert "onbekende vraag of variabele 'aantal_zorgn' (bedoel je 'aantal_zorgen'?)" == found[1].message


def test_unknown_node_type_and_missing_type(flows_copy: Path) -> None:
    path = flows_copy / "example.yaml"
    replace_in(path, "    type: branch", "    type: brench")
    replace_in(path, "  - id: jong\n    type: set\n", "  - id: jong\n")
    found = sorted(errors_of(path), key=lambda p: p.line)
    assert len(found) == 2
    assert found[0].line == line_of(path, "  - id: jong") and "mist 'type'" in found[0].message
    assert found[1].line == line_of(path, "type: brench")
    assert "onbekend soort stap 'brench' (bedoel je 'branch'?)" in found[1].message


def test_wrong_value_and_wrong_type(flows_copy: Path) -> None:
    path = flows_copy / "example.yaml"
    replace_in(path, "    answer: multi", "    answer: multiple")
    replace_in(path, "duration_minutes: 4", "duration_minutes: vier")
    found = sorted(errors_of(path), key=lambda p: p.line)
    assert "duration_minutes: verwacht een heel getal, niet tekst" in found[0].message
    assert "'multiple' is hier niet toegestaan (bedoel je 'multi'?)" in found[1].message
    assert found[1].line == line_of(path, "answer: multiple")


def test_duplicate_ids(flows_copy: Path) -> None:
    path = flows_copy / "example.yaml"
    replace_in(path, "  - id: jong_tip", "  - id: jong")
    problem = only_error(path)
    assert problem.line == line_of(path, "  - id: jong", 2)
    assert problem.message == f"stap-id 'jong' bestaat al (regel {line_of(path, '  - id: jong')})"


def test_id_shared_with_the_sub_flow_is_an_error(flows_copy: Path) -> None:
    path = flows_copy / "example.yaml"
    replace_in(path, "  - id: leeftijd\n", "  - id: inkomen\n")
    replace_in(path, "check: leeftijd >= 16", "check: inkomen >= 16")
    replace_in(path, "jongvolwassene: leeftijd >= 16 and leeftijd < 27", "jongvolwassene: false")
    replace_in(path, "    next: leeftijd", "    next: inkomen")
    problem = only_error(path)
    assert problem.path == path and problem.line == line_of(path, "  - id: inkomen")
    assert "stap-id 'inkomen' bestaat al in" in problem.message and "financien.yaml" in problem.message


def test_unknown_and_recursive_calls(flows_copy: Path) -> None:
    path = flows_copy / "example.yaml"
    replace_in(path, "    flow: financien", "    flow: financiën-x")
    assert "flow: " in only_error(path).message
    replace_in(path, "    flow: financiën-x", "    flow: financieen")
    problem = only_error(path)
    assert problem.message == "onbekende flow 'financieen' (bedoel je 'financien'?)"
    sub = flows_copy / "common" / "financien.yaml"
    replace_in(path, "    flow: financieen", "    flow: financien")
    replace_in(
        sub,
        "  - id: zorgen_zonder_achterstand\n",
        "  - id: terug\n    type: call\n    flow: financien\n\n  - id: zorgen_zonder_achterstand\n",
    )
    assert any("roept zichzelf" in p.message for p in errors_of(sub))


def test_rules_after_an_unconditional_rule_are_an_error(flows_copy: Path) -> None:
    path = flows_copy / "example.yaml"
    replace_in(path, "      - goto: huurachterstand\n", "      - goto: huurachterstand\n      - goto: leeftijd\n")
    problem = only_error(path)
    assert problem.line == line_of(path, "- goto: leeftijd")
    assert "moet de laatste zijn" in problem.message


def test_question_shape_mistakes(flow_dir: Path) -> None:
    path = write_flow(
        flow_dir,
        """\
        nodes:
          - id: keuze
            type: question
            answer: single
            text: Kies
          - id: getal
            type: question
            answer: number
            text: Hoeveel?
            choices: [{id: a, label: A}]
            search: true
            validate:
              - pattern: "[0-9"
              - max_length: 3
          - id: tekst
            type: question
            answer: text
            text: Vertel
            validate:
              - pattern: "[0-9"
          - id: schaal
            type: question
            answer: scale
            text: Hoe erg?
            scale: {min: 5, max: 1}
        """,
    )
    messages = [p.message for p in errors_of(path)]
    assert "een vraag van soort 'single' heeft 'choices' nodig" in messages
    assert "een vraag van soort 'number' heeft geen 'choices'" in messages
    assert "'search' kan alleen bij een vraag van soort text" in messages
    assert any(m.startswith("ongeldig patroon") for m in messages)
    assert any("min_length/max_length/pattern" in m for m in messages)
    assert any("de schaal moet lopen" in m for m in messages)


def test_variable_type_conflicts(flow_dir: Path) -> None:
    path = write_flow(
        flow_dir,
        """\
        variables: {teller: 0}
        nodes:
          - id: zet
            type: set
            set: {teller: '"tekst"'}
        """,
    )
    problem = only_error(path)
    assert "variabele 'teller' krijgt hier tekst, maar elders een getal" == problem.message


def test_not_a_mapping_empty_and_binary_files(flow_dir: Path) -> None:
    (flow_dir / "lijst.yaml").write_text("- een\n- twee\n", encoding="utf-8")
    (flow_dir / "leeg.yaml").write_text("", encoding="utf-8")
    (flow_dir / "binair.yaml").write_bytes(b"\xff\xfe\x00\x01")
    found = check_flow_paths([flow_dir])
    by_name = {p.path.name: p.message for p in found}
    assert "YAML-mapping" in by_name["lijst.yaml"]
    assert "YAML-mapping" in by_name["leeg.yaml"]
    assert "kan bestand niet lezen" in by_name["binair.yaml"]


def test_load_raises_content_error_with_every_error(flows_copy: Path) -> None:
    path = flows_copy / "example.yaml"
    replace_in(path, "        goto: nu_doen", "        goto: nergens")
    replace_in(path, "    label: Woonsituatie", "    lable: Woonsituatie")
    with pytest.raises(ContentError) as info:
        load_flow(path)
    assert len(info.value.problems) == 1  # schema errors stop before graph checks …
    replace_in(path, "    lable: Woonsituatie", "    label: Woonsituatie")
    replace_in(path, "      - goto: huurachterstand", "      - goto: ook_nergens")
    with pytest.raises(ContentError) as info:
        load_flow(path)
    assert len(info.value.problems) == 2  # … but graph errors are all reported together


def test_library_finds_flows_by_id_and_skips_scenarios(flows_copy: Path) -> None:
    library = FlowLibrary(flows_copy)
    assert library.ids() == ["example", "financien"]
    assert all("scenarios" not in p.parts for p in flow_files(flows_copy))
    infos, problems = library.infos()
    assert infos == [] and problems == []  # neither the example nor its sub-flow is for users
    infos, _ = library.infos(include_subflows=True)
    assert [i.id for i in infos] == ["example", "financien"]
    program, found = library.program("exampel")
    assert program is None and "bedoel je 'example'?" in found[0].message


def test_duplicate_flow_ids_in_a_folder(flows_copy: Path) -> None:
    (flows_copy / "kopie.yaml").write_text((flows_copy / "example.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    messages = [p.message for p in check_flow_paths([flows_copy / "kopie.yaml"])]
    assert any("gebruikt die id ook" in m for m in messages)


def test_compiled_program_knows_sections_and_fallthrough(flow_dir: Path) -> None:
    program = compile_flow(
        flow_dir,
        """\
        sections: [{id: een, title: Een}, {id: twee, title: Twee}]
        nodes:
          - {id: a, type: say, section: een, text: Hallo}
          - {id: b, type: say, text: Nog steeds een}
          - {id: c, type: say, section: twee, text: Twee}
        """,
    )
    assert [program.nodes[n].section for n in "abc"] == ["een", "een", "twee"]
    assert program.nodes["a"].fallthrough == "b" and program.nodes["c"].fallthrough == "end"


# --- robustness: no edit of a flow file can crash the loader or the linter -------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from adviseur.locations import flows_dir  # noqa: E402

EXAMPLE_LINES = (flows_dir() / "example.yaml").read_text(encoding="utf-8").splitlines()


@st.composite
def mutated_example(draw: st.DrawFn) -> str:
    lines = list(EXAMPLE_LINES)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        operation = draw(st.sampled_from(["delete", "duplicate", "char", "indent", "dedent", "swap"]))
        line = lines[index]
        if operation == "delete":
            del lines[index]
        elif operation == "duplicate":
            lines.insert(index, line)
        elif operation == "char" and line:
            at = draw(st.integers(0, len(line) - 1))
            lines[index] = line[:at] + draw(st.sampled_from(list(":-[]{}\"' a1#=_&"))) + line[at + 1 :]
        elif operation == "indent":
            lines[index] = "  " + line
        elif operation == "dedent":
            lines[index] = line[2:] if line.startswith("  ") else line
        elif operation == "swap" and index + 1 < len(lines):
            lines[index], lines[index + 1] = lines[index + 1], line
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=mutated_example())
def test_any_edit_gives_located_problems_never_a_crash(flows_copy: Path, text: str) -> None:
    path = flows_copy / "example.yaml"
    path.write_text(text, encoding="utf-8")
    for problem in check_flow_paths([flows_copy]):
        line_count = len(problem.path.read_text(encoding="utf-8").splitlines())
        assert 1 <= problem.line <= line_count + 1, str(problem)
        assert problem.column >= 1 and problem.message
