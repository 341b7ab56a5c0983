"""The linter: what only the whole graph shows, located in the file, with the right severity."""

from __future__ import annotations

from pathlib import Path

from adviseur.content import Problem
from adviseur.flows.authoring.check import check_flow_paths
from tests.flows.conftest import column_of, line_of, replace_in, write_flow


def lint(path: Path) -> list[Problem]:
    return [p for p in check_flow_paths([path]) if "scenario" not in p.message]


def messages(path: Path, severity: str | None = None) -> list[str]:
    return [p.message for p in lint(path) if severity is None or p.severity == severity]


def test_unreachable_step(flow_dir: Path) -> None:
    path = write_flow(
        flow_dir,
        """\
        nodes:
          - {id: a, type: say, text: Begin, next: c}
          - {id: b, type: say, text: Nooit}
          - {id: c, type: say, text: Eind}
        """,
    )
    [problem] = lint(path)
    assert problem.severity == "warning" and problem.message == "stap 'b' is vanaf het begin nooit te bereiken"
    assert problem.line == line_of(path, "id: b")


def test_loop_without_exit_is_an_error(flow_dir: Path) -> None:
    path = write_flow(
        flow_dir,
        """\
        nodes:
          - {id: a, type: question, answer: yesno, text: Verder?}
          - {id: b, type: question, answer: yesno, text: Nog eens?, next: a}
        """,
    )
    [problem] = lint(path)
    assert problem.severity == "error"
    assert problem.message == "lus zonder uitweg: 'a', 'b' verwijzen alleen naar elkaar"
    assert problem.line == line_of(path, "id: a")


def test_loop_without_a_question_is_a_warning(flow_dir: Path) -> None:
    path = write_flow(
        flow_dir,
        """\
        variables: {n: 0}
        nodes:
          - id: tel
            type: set
            set: {n: n + 1}
            next:
              - when: n < 3
                goto: tel
        """,
    )
    assert messages(path) == ["lus zonder vraag: 'tel' kunnen eindeloos rondgaan"]


def test_dead_end_without_result(flow_dir: Path) -> None:
    path = write_flow(
        flow_dir,
        """\
        nodes:
          - id: vraag
            type: question
            answer: yesno
            text: Verder?
            next:
              - when: vraag
                goto: uitkomst
              - goto: end
          - {id: uitkomst, type: result, show: [advice]}
        """,
    )
    [problem] = lint(path)
    assert problem.severity == "warning"
    assert problem.message == "dood spoor: via 'vraag' kan de flow eindigen zonder een resultaat"


def test_unknown_knowledge_ids_with_suggestions(flow_dir: Path) -> None:
    path = write_flow(
        flow_dir,
        """\
        nodes:
          - id: v
            type: question
            answer: single
            text: Wat speelt er?
            leads: [vroeg-erop-af]
            choices:
              - id: a
                label: A
                signals: [huurachterstnd]
                target_groups: [jongere]
                pillars: [voorzrg]
                leads: [housing-frst]
        """,
    )
    found = {p.message: p for p in lint(path)}
    assert set(found) == {
        "onbekend record 'vroeg-erop-af' (bedoel je 'vroeg-eropaf'?)",
        "onbekend signaal 'huurachterstnd' (bedoel je 'huurachterstand'?)",
        "onbekende doelgroep 'jongere' (bedoel je 'jongeren'?)",
        "onbekende pijler 'voorzrg' (bedoel je 'voorzorg'?)",
        "onbekend record 'housing-frst' (bedoel je 'housing-first'?)",
    }
    assert all(p.severity == "error" for p in found.values())
    assert found["onbekend signaal 'huurachterstnd' (bedoel je 'huurachterstand'?)"].line == line_of(path, "huurachterstnd")


def test_unused_variables(flow_dir: Path) -> None:
    path = write_flow(
        flow_dir,
        """\
        variables: {nooit: 0, wel: 1}
        nodes:
          - id: zet
            type: set
            set: {los: wel + 1}
        """,
    )
    assert sorted(messages(path, "warning")) == [
        "variabele 'los' wordt gezet maar nergens gebruikt",
        "variabele 'nooit' wordt gezet maar nergens gebruikt",
    ]


MAYBE = """\
nodes:
  - id: woon
    type: question
    answer: single
    text: Woont u?
    choices: [{id: huur, label: Huur}, {id: koop, label: Koop}]
    next:
      - when: woon == "huur"
        goto: achterstand
      - goto: leeftijd
  - id: achterstand
    type: question
    answer: yesno
    text: Achterstand?
  - id: leeftijd
    type: question
    answer: number
    text: Leeftijd?
  - id: splits
    type: branch
    next:
      - when: {condition}
        goto: end
      - goto: end
"""


def test_reads_of_questions_not_asked_on_every_path(flow_dir: Path) -> None:
    unsafe = [
        "not achterstand",
        'woon != "huur" and not achterstand',
        "leeftijd > 18 and not achterstand",
    ]
    for condition in unsafe:
        path = write_flow(flow_dir, MAYBE.replace("{condition}", condition))
        assert messages(path) == [
            "vraag 'achterstand' is niet op elk pad naar hier gesteld; zet 'answered(achterstand) and …' ervoor"
        ], condition
    safe = [
        "achterstand",  # false when not asked: what the author means
        "answered(achterstand) and not achterstand",
        "leeftijd > 18 or not answered(achterstand)",
    ]
    for condition in safe:
        path = write_flow(flow_dir, MAYBE.replace("{condition}", condition))
        assert messages(path) == [], condition


def test_branch_condition_guards_the_target(flow_dir: Path) -> None:
    path = write_flow(
        flow_dir,
        """\
        nodes:
          - id: woon
            type: question
            answer: single
            text: Woont u?
            choices: [{id: huur, label: Huur}, {id: koop, label: Koop}]
            next:
              - when: woon == "koop"
                goto: einde
          - id: achterstand
            type: question
            answer: yesno
            text: Achterstand?
          - id: einde
            type: say
            text: "Achterstand: {achterstand}"
        """,
    )
    problems = lint(path)
    assert [p.message for p in problems] == [
        "vraag 'achterstand' is niet op elk pad naar hier gesteld; zet 'answered(achterstand) and …' ervoor"
    ]
    assert problems[0].column == column_of(path, "achterstand}")  # the name inside the braces


def test_band_gaps_and_quiz_without_a_right_answer(flow_dir: Path) -> None:
    path = write_flow(
        flow_dir,
        """\
        bands:
          - {id: laag, label: Laag, min: 0, max: 40}
          - {id: hoog, label: Hoog, min: 50, max: 100}
        score_groups: [{id: leeg, label: Leeg}]
        nodes:
          - id: quiz
            type: question
            answer: single
            text: Welke?
            choices:
              - {id: a, label: A, correct: false}
              - {id: b, label: B, correct: partial}
        """,
    )
    assert sorted(messages(path, "warning")) == [
        "banden sluiten niet op elkaar aan: 'laag' eindigt bij 40, 'hoog' begint bij 50",
        "quizvraag zonder goed antwoord: zet bij minstens één antwoord 'correct: true'",
        "scoregroep 'leeg' krijgt van geen enkele vraag punten",
    ]


def test_scenario_coverage_and_failures(flows_copy: Path) -> None:
    assert [p for p in check_flow_paths([flows_copy]) if p.severity == "error"] == []
    scenario = flows_copy / "scenarios" / "example" / "zonder-vaste-slaapplek.yaml"
    scenario.unlink()
    found = [str(p) for p in check_flow_paths([flows_copy])]
    assert any("geen scenario neemt de tak woonsituatie → nu_doen (regel 1)" in p for p in found)
    # a scenario whose expectation no longer holds is an error, located in the scenario file
    other = flows_copy / "scenarios" / "example" / "huurder-met-achterstand.yaml"
    replace_in(other, "  urgent: false", "  urgent: true")
    failures = [p for p in check_flow_paths([other]) if p.severity == "error"]
    assert len(failures) == 1 and failures[0].path == other
    assert failures[0].line == line_of(other, "  urgent: true")  # at the expectation that failed
    assert "scenario 'huurder-met-achterstand' klopt niet: urgent: verwacht True, gekregen False" == failures[0].message


def test_scenario_with_unknown_question_and_unknown_key_is_located(flows_copy: Path) -> None:
    path = flows_copy / "scenarios" / "example" / "fout.yaml"
    path.write_text("answers:\n  woonsituatie: huur\n  leeftyd: 3\nexpekt: {}\n", encoding="utf-8")
    found = sorted((p.line, p.message) for p in check_flow_paths([path]))
    assert found == [(4, "onbekende sleutel 'expekt' (bedoel je 'expect'?)")]
    path.write_text("answers:\n  woonsituatie: huur\n  leeftyd: 3\n", encoding="utf-8")
    found = sorted((p.line, p.message) for p in check_flow_paths([path]))
    assert found == [(3, "onbekende vraag 'leeftyd' (bedoel je 'leeftijd'?)")]


def test_flow_without_scenarios_is_reported_once(flow_dir: Path) -> None:
    write_flow(flow_dir, "nodes:\n  - {id: a, type: say, text: Hallo}\n")
    found = check_flow_paths([flow_dir])
    assert [p.message for p in found] == ["geen scenario's voor deze flow (zet ze in scenarios/test/)"]


def test_missing_path_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    [problem] = check_flow_paths([tmp_path / "bestaat-niet.yaml"])
    assert problem.message == "bestand of map bestaat niet"
