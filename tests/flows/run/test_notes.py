"""Notes per question (issue 16): kept with the answer, saved and resumed with the session, part of
the outcome, and refused where a note would be free text about a person (a casework flow)."""

from __future__ import annotations

import pytest

from adviseur.flows.authoring.loader import load_flow
from adviseur.flows.language.runtime import Program
from adviseur.flows.run.engine import NOTE_MAX, EngineError, FlowEngine
from adviseur.flows.run.snapshot import Snapshot
from adviseur.locations import flows_dir

NOTE = "afspraak met corporatie loopt tot 2026"


@pytest.fixture(scope="module")
def zelfscan() -> Program:
    return load_flow(flows_dir() / "zelfscan.yaml")


def _started(program: Program) -> FlowEngine:
    engine = FlowEngine(program)
    assert engine.answer("Gemeente Notitiestad").accepted
    assert engine.answer("ja").accepted  # analyse_cijfers
    return engine


def test_a_note_is_kept_with_the_answer_and_in_the_outcome(zelfscan: Program) -> None:
    engine = _started(zelfscan)
    engine.set_note("analyse_cijfers", f"  {NOTE}\n")
    outcome = engine.outcome()
    assert outcome.notes == {"analyse_cijfers": NOTE}
    entry = next(t for t in outcome.transcript if t.key == "analyse_cijfers")
    assert entry.note == NOTE and entry.answer_text == "Ja"
    assert outcome.to_json()["notes"] == {"analyse_cijfers": NOTE}
    assert engine.history[-1]["event"] == "note"


def test_a_note_on_the_current_question_counts_once_it_is_answered(zelfscan: Program) -> None:
    engine = _started(zelfscan)
    current = engine.current
    assert current is not None and current.key == "analyse_oorzaken"
    engine.set_note("analyse_oorzaken", "onderzoek loopt")
    assert engine.outcome().notes == {}  # not answered yet: nothing to put it next to
    engine.answer("deels")
    assert engine.outcome().notes == {"analyse_oorzaken": "onderzoek loopt"}


def test_an_empty_note_removes_it_and_nothing_changes_when_it_is_the_same(zelfscan: Program) -> None:
    engine = _started(zelfscan)
    changes: list[str] = []
    engine.subscribe(lambda e: changes.append(e.history[-1]["event"]))
    engine.set_note("analyse_cijfers", NOTE)
    engine.set_note("analyse_cijfers", NOTE)
    engine.set_note("analyse_cijfers", "   ")
    assert changes == ["note", "note"] and engine.notes == {}


def test_a_note_off_the_path_or_too_long_is_refused(zelfscan: Program) -> None:
    engine = _started(zelfscan)
    with pytest.raises(EngineError, match="niet aan de orde"):
        engine.set_note("housing_first", NOTE)
    with pytest.raises(EngineError, match=f"hoogstens {NOTE_MAX} tekens"):
        engine.set_note("analyse_cijfers", "x" * (NOTE_MAX + 1))
    assert engine.notes == {}


def test_a_casework_flow_takes_no_notes() -> None:
    engine = FlowEngine(load_flow(flows_dir() / "example.yaml"))
    current = engine.current
    assert current is not None
    with pytest.raises(EngineError, match="niet bij een casus"):
        engine.set_note(current.key, "meneer woont bij zijn zus")
    assert engine.notes == {}


def test_notes_survive_a_save_and_resume(zelfscan: Program) -> None:
    engine = _started(zelfscan)
    engine.set_note("analyse_cijfers", NOTE)
    snapshot = Snapshot.from_json(engine.snapshot().to_json())
    resumed, report = FlowEngine.resume(zelfscan, snapshot)
    assert report.clean and resumed.notes == {"analyse_cijfers": NOTE}


def test_a_note_whose_question_left_the_flow_is_dropped_and_reported(zelfscan: Program) -> None:
    engine = _started(zelfscan)
    data = engine.snapshot().to_json()
    data["notes"] = {"analyse_cijfers": NOTE, "vraag_die_weg_is": "oud"}
    resumed, report = FlowEngine.resume(zelfscan, Snapshot.from_json(data))
    assert resumed.notes == {"analyse_cijfers": NOTE}
    assert [d.key for d in report.dropped] == ["vraag_die_weg_is"] and "notitie" in str(report.dropped[0])


def test_a_snapshot_without_notes_still_resumes(zelfscan: Program) -> None:
    data = _started(zelfscan).snapshot().to_json()
    del data["notes"]  # what an Adviseur from before notes wrote
    resumed, report = FlowEngine.resume(zelfscan, Snapshot.from_json(data))
    assert report.clean and resumed.notes == {} and len(resumed.answers) == 2
