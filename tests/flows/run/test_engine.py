"""The engine, driven headlessly: the path follows the answers, back and change recompute it,
answers are checked, progress and scores come from the current path only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from adviseur.content import ContentError
from adviseur.flows.authoring.loader import FlowLibrary, load_flow
from adviseur.flows.run.engine import EngineError, FlowEngine
from adviseur.flows.run.snapshot import Snapshot, SnapshotError
from adviseur.flows.run.walk import FlowRuntimeError
from adviseur.locations import flows_dir
from tests.flows.conftest import compile_flow, engine_for, replace_in, write_flow

BRANCHY = """\
sections:
  - {id: wonen, title: Wonen}
  - {id: geld, title: Geld}
bands:
  - {id: laag, label: Laag, min: 0, max: 50}
  - {id: hoog, label: Hoog, min: 50, max: 100, explanation: Snel handelen.}
gap_below: 50
nodes:
  - id: woon
    type: question
    section: wonen
    answer: single
    text: Hoe woont u?
    choices:
      - {id: huur, label: Huur, score: 0}
      - {id: straat, label: Op straat, score: 2, signals: [dakloos], urgent: true}
    next:
      - when: woon == "straat"
        goto: opvang
      - goto: achterstand
  - id: achterstand
    type: question
    answer: yesno
    text: Achterstand?
    choices:
      - {id: ja, label: Ja, score: 2, signals: [huurachterstand]}
      - {id: nee, label: Nee, score: 0}
  - id: maanden
    type: question
    when: achterstand
    answer: number
    text: Hoeveel maanden?
    validate:
      - {min: 1, max: 60, message: Tussen 1 en 60.}
      - {max: 12, level: warning, message: Veel maanden.}
    next: geld
  - id: opvang
    type: question
    answer: yesno
    text: Slaapt in de opvang?
    required_message: Zeg ja of nee.
  - id: geld
    type: question
    section: geld
    answer: scale
    text: Geldzorgen?
    scale: {min: 1, max: 4}
    scored: true
    leads: [vroeg-eropaf]
  - id: slot
    type: say
    text: "Klaar: {score(totaal)} punten."
"""


@pytest.fixture
def engine(flow_dir: Path) -> FlowEngine:
    return engine_for(flow_dir, BRANCHY)


def answer_all(engine: FlowEngine, *values) -> None:
    for value in values:
        result = engine.answer(value)
        assert result.accepted, (engine.current, result.problems)


def test_forward_path_follows_the_answers(engine: FlowEngine) -> None:
    assert engine.current.key == "woon"
    answer_all(engine, "huur", "ja", 3, 2)
    assert engine.finished and engine.current is None
    assert engine.path == ["woon", "achterstand", "maanden", "geld", "slot"]
    outcome = engine.outcome()
    assert outcome.answers == {"woon": "huur", "achterstand": True, "maanden": 3, "geld": 2}
    assert outcome.messages[-1].text == "Klaar: 4 punten."


def test_node_when_skips_a_question(engine: FlowEngine) -> None:
    answer_all(engine, "huur", "nee", 4)
    assert engine.asked == ["woon", "achterstand", "geld"]


def test_changing_an_answer_recomputes_the_path_and_drops_abandoned_answers(engine: FlowEngine) -> None:
    answer_all(engine, "huur", "ja", 3, 2)
    step = engine.change("woon")
    assert step.key == "woon" and step.value == "huur" and step.reviewing
    answer_all(engine, "straat")
    # the opvang question is new on this path, so it is asked next
    assert engine.current.key == "opvang"
    answer_all(engine, True)
    assert engine.finished
    outcome = engine.outcome()
    assert "achterstand" not in outcome.answers and "maanden" not in outcome.answers
    assert set(outcome.signals) == {"dakloos"}  # huurachterstand was on the abandoned branch
    assert outcome.scores["wonen"].points == 2
    # switching back brings the earlier answers back on the path (they were kept, not deleted)
    engine.change("woon")
    answer_all(engine, "huur")
    assert engine.finished and engine.outcome().answers["maanden"] == 3


def test_back_walks_through_earlier_questions_with_their_answers(engine: FlowEngine) -> None:
    answer_all(engine, "huur", "ja")
    assert engine.current.key == "maanden"
    assert engine.back() and engine.current.key == "achterstand"
    assert engine.current.value is True and engine.current.reviewing
    assert engine.back() and engine.current.key == "woon"
    assert not engine.back()
    answer_all(engine, "huur")  # same answer: go one forward, to the next answered question
    assert engine.current.key == "achterstand"
    answer_all(engine, "nee")  # changed: maanden drops off, geld is new
    assert engine.current.key == "geld" and not engine.current.reviewing


def test_forward_keeps_the_answer(engine: FlowEngine) -> None:
    answer_all(engine, "huur", "ja", 3)
    engine.back()
    engine.back()
    assert engine.forward() and engine.current.key == "maanden"
    assert engine.forward() and engine.current.key == "geld" and not engine.current.reviewing
    assert not engine.forward()


def test_change_of_a_question_not_on_the_path(engine: FlowEngine) -> None:
    answer_all(engine, "huur")
    with pytest.raises(EngineError, match="niet aan de orde"):
        engine.change("opvang")
    with pytest.raises(EngineError, match="bedoel je 'woon'"):
        engine.change("won")


def test_validation_errors_refuse_and_warnings_pass(engine: FlowEngine) -> None:
    answer_all(engine, "huur", "ja")
    for bad, message in [(0, "Tussen 1 en 60."), ("veel", "Vul een getal in."), (None, "Dit veld is verplicht.")]:
        result = engine.answer(bad)
        assert not result.accepted and result.errors == [message]
        assert engine.current.key == "maanden"
    result = engine.answer("24")
    assert result.accepted and result.warnings == ["Veel maanden."]
    assert engine.outcome().answers["maanden"] == 24


@pytest.mark.parametrize(
    ("question_answers", "value", "expected"),
    [
        ([], "Op straat", "straat"),  # a label is accepted for a choice
        ([], " HUUR ", "huur"),
        (["huur"], "ja", True),
        (["huur"], "Nee", False),
        (["huur", "ja"], "3,0", 3),  # Dutch decimal comma
        (["huur", "ja"], 2.5, 2.5),
    ],
)
def test_answers_are_read_leniently(engine: FlowEngine, question_answers, value, expected) -> None:
    answer_all(engine, *question_answers)
    key = engine.current.key
    assert engine.answer(value).accepted
    assert engine.answers[key] == expected


def test_wrong_answer_types_are_refused_with_dutch_messages(engine: FlowEngine) -> None:
    result = engine.answer("kasteel")
    assert not result.accepted and "'kasteel' is geen van de antwoorden" in result.errors[0]
    assert not engine.answer(["huur"]).accepted
    answer_all(engine, "huur")
    assert engine.answer("misschien").errors == ["Antwoord met ja of nee."]
    answer_all(engine, "nee")
    assert engine.answer(7).errors == ["Kies een waarde van 1 tot en met 4."]
    assert engine.answer(2.5).errors == ["Vul een heel getal in."]
    assert engine.answer("x" * 100_000).errors == ["Vul een getal in."]
    assert engine.answer(True).errors == ["Vul een getal in."]


def test_urgent_answer_is_flagged_at_once_and_in_the_outcome(engine: FlowEngine) -> None:
    result = engine.answer("straat")
    assert result.urgent == ["Op straat"]
    assert engine.answer("").errors == ["Zeg ja of nee."]  # the question's own message
    answer_all(engine, False, 1)
    outcome = engine.outcome()
    assert [str(u.reason) for u in outcome.urgent] == ["Hoe woont u? — Op straat"]


def test_progress_is_computed_on_the_current_path(engine: FlowEngine) -> None:
    progress = engine.current.progress
    # an estimate: unanswered questions take the default ways (woon, achterstand, geld)
    assert (progress.position, progress.total) == (1, 3)
    assert progress.text == "vraag 1 van ongeveer 3"
    answer_all(engine, "straat")
    assert (engine.progress.position, engine.progress.total) == (2, 3)
    assert engine.progress.section == "wonen" and engine.progress.section_title == "Wonen"
    answer_all(engine, True)
    assert engine.progress.section_title == "Geld" and engine.progress.section_position == 1
    answer_all(engine, 2)
    assert engine.progress.finished and engine.progress.text == "klaar: 3 vragen beantwoord"


def test_scores_bands_and_gaps(engine: FlowEngine) -> None:
    answer_all(engine, "huur", "ja", 2, 1)
    scores = engine.outcome().scores
    assert (scores["wonen"].points, scores["wonen"].maximum, scores["wonen"].percent) == (2, 4, 50.0)
    assert scores["wonen"].band.id == "hoog" and scores["wonen"].band.explanation == "Snel handelen."
    assert (scores["geld"].points, scores["geld"].maximum, scores["geld"].percent) == (1, 4, 25.0)
    assert scores["geld"].band.id == "laag"
    assert (scores["totaal"].points, scores["totaal"].maximum) == (3, 8)
    gaps = engine.outcome().gaps
    assert [(g.question, g.percent, g.leads) for g in gaps] == [("woon", 0.0, []), ("geld", 25.0, ["vroeg-eropaf"])]


def test_transcript_and_outcome_json(engine: FlowEngine) -> None:
    answer_all(engine, "huur", "nee", 3)
    outcome = engine.outcome()
    entries = [(t.kind, t.key, t.answer_text) for t in outcome.transcript]
    assert entries == [
        ("question", "woon", "Huur"),
        ("question", "achterstand", "Nee"),
        ("question", "geld", "3"),
        ("say", "slot", None),
    ]
    data = outcome.to_json()
    assert data["path"] == ["woon", "achterstand", "geld", "slot"]
    assert data["scores"]["totaal"]["points"] == 3


def test_example_flow_call_quiz_and_set(flows_copy: Path) -> None:
    engine = FlowEngine(load_flow(flows_copy / "example.yaml"))
    assert [m.node for m in engine.current.messages] == ["welkom"]
    answer_all(engine, "koop", 20)
    assert engine.current.key == "inkomen" and engine.current.section_title == "Geld"  # inside the call
    answer_all(engine, "werk", False, 5)
    # after the sub-flow's condition fired, its message comes before the next question
    assert [m.node for m in engine.current.messages] == ["zorgen_zonder_achterstand"]
    answer_all(engine, ["psychisch", "eenzaam", "scheiding"])
    assert engine.current.key == "toelichting" and not engine.current.required
    assert [m.node for m in engine.current.messages] == ["veel_zorgen"]
    assert engine.current.messages[0].text.startswith("Er spelen 3 zorgen tegelijk")
    assert engine.skip().accepted
    result = engine.answer("brief")
    assert result.feedback.verdict == "deels"
    assert result.feedback.correct == ["Vandaag contact opnemen met de verhuurder en de gemeente"]
    assert "Deels goed" in result.feedback.explanations[0]
    outcome = engine.outcome()
    assert outcome.variables == {"aantal_zorgen": 3, "jongvolwassene": True}
    assert outcome.scores["quiz"].points == 0.5
    assert [m.node for m in engine.pending_messages()] == ["resultaat"]


def test_exclusive_choice_and_skip_rules(flows_copy: Path) -> None:
    engine = FlowEngine(load_flow(flows_copy / "example.yaml"))
    answer_all(engine, "koop", 40, "werk", False, 2)
    result = engine.answer(["geen", "psychisch"])
    assert result.errors == ["'Geen van deze' kan niet samen met andere antwoorden worden gekozen."]
    assert engine.skip().errors == ["Deze vraag is verplicht en kan niet worden overgeslagen."]
    answer_all(engine, "geen")  # a single id is a one-item list
    assert engine.answers["zorgen_vraag"] == ["geen"]


def test_check_expression_sees_the_new_answer(flows_copy: Path) -> None:
    engine = FlowEngine(load_flow(flows_copy / "example.yaml"))
    answer_all(engine, "koop")
    result = engine.answer(12)
    assert result.accepted and result.warnings == [
        "Deze verkenning is bedoeld voor inwoners vanaf 16 jaar; je kunt wel verdergaan."
    ]


def test_free_text_is_capped(flows_copy: Path) -> None:
    engine = FlowEngine(load_flow(flows_copy / "example.yaml"))
    answer_all(engine, "koop", 40, "werk", False, 2, ["geen"])
    result = engine.answer("a" * 100_000)
    assert not result.accepted and "maximaal 2000 tekens" in result.errors[0]
    result = engine.answer("a" * 1500)
    assert result.errors == ["Houd de toelichting kort, hooguit 1000 tekens."]


LOOP = """\
variables: {rondes: 0}
nodes:
  - id: nog
    type: question
    answer: yesno
    text: "Nog een signaal? (ronde {rondes})"
  - id: tel
    type: set
    set: {rondes: rondes + 1}
    next:
      - when: nog and rondes < 3
        goto: nog
"""


def test_loops_give_each_visit_its_own_answer(flow_dir: Path) -> None:
    engine = engine_for(flow_dir, LOOP)
    assert engine.current.text == "Nog een signaal? (ronde 0)"
    answer_all(engine, True)
    assert engine.current.key == "nog#2" and engine.current.text == "Nog een signaal? (ronde 1)"
    answer_all(engine, True, True)
    assert engine.finished
    assert engine.asked == ["nog", "nog#2", "nog#3"]
    engine.change("nog#2")
    answer_all(engine, False)
    assert engine.finished and engine.asked == ["nog", "nog#2"]


def test_a_loop_without_questions_stops_with_a_clear_error(flow_dir: Path) -> None:
    body = """\
    variables: {n: 0}
    nodes:
      - id: rond
        type: set
        set: {n: n + 1}
        next: rond
    """
    write_flow(flow_dir, body)
    with pytest.raises(ContentError, match="lus zonder uitweg"):  # `adviseur check` rejects it: not loaded
        FlowLibrary(flow_dir).load("test")
    program, _problems = FlowLibrary(flow_dir).program("test")  # the runtime guard, for what slips through
    assert program is not None
    with pytest.raises(FlowRuntimeError, match="blijft rondgaan"):
        _ = FlowEngine(program).current


def test_snapshot_leaves_out_free_text_unless_asked(flows_copy: Path) -> None:
    engine = FlowEngine(load_flow(flows_copy / "example.yaml"))
    answer_all(engine, "koop", 40, "werk", False, 2, ["geen"], "Woont sinds kort alleen in de Dorpsstraat.")
    snapshot = engine.snapshot()
    assert "toelichting" not in snapshot.answers and snapshot.redacted == ["toelichting"]
    assert "Dorpsstraat" not in str(snapshot.to_json())
    kept = engine.snapshot(include_sensitive=True)
    assert kept.answers["toelichting"].endswith("Dorpsstraat.")
    resumed, report = FlowEngine.resume(engine.program, Snapshot.from_json(snapshot.to_json()))
    assert resumed.current.key == "toelichting"  # asked again
    assert [d.key for d in report.dropped] == ["toelichting"] and not report.flow_changed


def test_resume_restores_path_cursor_and_history(engine: FlowEngine) -> None:
    answer_all(engine, "huur", "ja", 3)
    engine.back()
    data = engine.snapshot().to_json()
    resumed, report = FlowEngine.resume(engine.program, Snapshot.from_json(data))
    assert report.clean and report.kept == 3
    assert resumed.current.key == "maanden" and resumed.current.reviewing and resumed.path == engine.path
    assert [e["event"] for e in resumed.history] == ["answer", "answer", "answer", "back", "resume"]


def test_resume_after_the_flow_changed_keeps_what_fits(flows_copy: Path) -> None:
    path = flows_copy / "example.yaml"
    engine = FlowEngine(load_flow(path))
    answer_all(engine, "huur", "ja", 30, 40, "wisselend", True, 3)
    snapshot = engine.snapshot()
    replace_in(
        path,
        "      - id: bank\n        label: Tijdelijk bij vrienden of familie",
        "      - id: logeert\n        label: Tijdelijk bij vrienden of familie",
    )
    replace_in(
        path,
        "        max: 120\n        message: Vul een aantal maanden",
        "        max: 24\n        message: Vul een aantal maanden",
    )
    replace_in(path, "  - id: leeftijd\n", "  - id: leeftijd_inwoner\n")
    replace_in(path, "check: leeftijd >= 16", "check: leeftijd_inwoner >= 16")
    replace_in(path, "jongvolwassene: leeftijd >= 16 and leeftijd < 27", "jongvolwassene: leeftijd_inwoner < 27")
    replace_in(path, "    next: leeftijd\n", "    next: leeftijd_inwoner\n")
    replace_in(path, "version: 1\n", "version: 2\n")
    changed = load_flow(path)
    resumed, report = FlowEngine.resume(changed, snapshot)
    assert report.flow_changed and (report.version_before, report.version_now) == ("1", "2")
    dropped = {d.key: d.reason for d in report.dropped}
    assert set(dropped) == {"maanden", "leeftijd"}
    assert "past niet meer" in dropped["maanden"] and "bestaat niet meer" in dropped["leeftijd"]
    assert resumed.current.key == "maanden"  # asked again, the rest is kept
    assert resumed.answers["geldzorgen"] == 3


def test_snapshot_of_another_flow_or_broken_data_is_refused(engine: FlowEngine) -> None:
    data = engine.snapshot().to_json()
    with pytest.raises(SnapshotError, match="ongeldige sessie"):
        Snapshot.from_json({"format": 1})
    with pytest.raises(SnapshotError, match="onbekend sessieformaat"):
        Snapshot.from_json({**data, "format": 99})
    example = load_flow(flows_dir() / "example.yaml")
    with pytest.raises(SnapshotError, match="hoort bij flow 'test'"):
        FlowEngine.resume(example, Snapshot.from_json(data))


def test_listeners_are_called_after_every_change_with_timestamps(flow_dir: Path) -> None:
    times = iter(datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=i) for i in range(100))
    engine = FlowEngine(compile_flow(flow_dir, BRANCHY), clock=lambda: next(times))
    seen: list[str] = []
    engine.subscribe(lambda e: seen.append(e.history[-1]["event"]))
    answer_all(engine, "huur")
    engine.back()
    engine.answer("kasteel")  # refused: no change, no call
    answer_all(engine, "huur")
    assert seen == ["answer", "back", "answer"]
    assert engine.updated_at == "2026-01-01T00:03:00+00:00"


def test_nothing_to_answer_when_finished(engine: FlowEngine) -> None:
    answer_all(engine, "huur", "nee", 2)
    result = engine.answer("huur")
    assert not result.accepted and result.errors == ["Er wordt nu geen vraag gesteld."]
    assert not engine.skip().accepted


def test_a_step_keeps_the_progress_of_its_moment(engine: FlowEngine) -> None:
    first = engine.current
    answer_all(engine, "huur", "ja")
    assert (first.progress.position, first.progress.answered) == (1, 0)
    assert (engine.current.progress.position, engine.current.progress.answered) == (3, 2)
