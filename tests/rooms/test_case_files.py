"""A trainer's own case: checked like any flow (located errors, "bedoel je …", unknown records),
playable in a room, and the README's template passes the check."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from adviseur.checks import check_paths
from adviseur.locations import rooms_dir
from adviseur.reports.room import chosen_leads
from adviseur.rooms.exercises import CASE_FLOW, CASE_QUESTION, load_exercise, plan_exercises
from adviseur.rooms.room import RoomError, create_room
from adviseur.store import Store
from tests.rooms.conftest import CASE, MadeRoom, participant

README = Path(__file__).resolve().parents[2] / "README.md"


def _template() -> str:
    trainers = README.read_text(encoding="utf-8").split("## For trainers", 1)[1].split("\n## ", 1)[0]
    [block] = re.findall(r"```yaml\n(.*?)```", trainers, re.DOTALL)
    return block


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def _errors(path: Path) -> list[str]:
    return [str(p) for p in check_paths([path]) if p.severity == "error"]


def test_the_readme_template_passes_the_check_and_plays(tmp_path: Path) -> None:
    path = tmp_path / "mijn-casus.yaml"
    path.write_text(_template(), encoding="utf-8")
    assert _errors(path) == []
    exercises, files = plan_exercises([str(path)])
    room, _key = create_room(rooms_dir(), "Sjabloon", exercises, case_files=files)
    program = load_exercise(room, room.exercises[0])
    right = {q.id: [c.id for c in q.choices.values() if c.correct is True] for q in program.questions.values() if q.quiz}
    answers = [right[q] if program.questions[q].kind == "multi" else right[q][0] for q in right]
    participant(room, tmp_path / "p", "Sam", exercises[0].id, answers)
    store_sessions = Store(tmp_path / "p").list_sessions()
    assert len(store_sessions) == 1  # autosaved in the participant's own folder as any session


def test_an_unknown_record_fails_the_check_with_its_place_and_a_suggestion(tmp_path: Path) -> None:
    path = tmp_path / "casus.yaml"
    first_lead = "leads: [vroeg-eropaf]\n        explanation: Goed — wie"
    text = CASE.replace(first_lead, first_lead.replace("eropaf", "eropaff"))
    path.write_text(text)
    line = _line_of(text, "vroeg-eropaff")
    expected = f"{path}:{line}:17: onbekend record 'vroeg-eropaff' (bedoel je 'vroeg-eropaf'?) [ADV608]"
    assert _errors(path) == [expected]
    run = subprocess.run([sys.executable, "-m", "adviseur", "check", str(path)], capture_output=True, text=True)
    assert run.returncode == 1 and expected in run.stdout and "Traceback" not in run.stderr
    with pytest.raises(RoomError) as refused:
        plan_exercises([str(path)])
    assert expected in str(refused.value) and f"adviseur check {path}" in str(refused.value)


def test_a_misspelt_key_is_located_with_a_suggestion(tmp_path: Path) -> None:
    path = tmp_path / "casus.yaml"
    wrong = "        correct: false\n        explanation: Niet goed — hij"
    text = CASE.replace(wrong, wrong.replace("correct", "corect"))
    path.write_text(text)
    [error] = _errors(path)
    assert error == f"{path}:{_line_of(text, 'corect')}:9: onbekende sleutel 'corect' (bedoel je 'correct'?) [ADV201]"


def test_a_case_file_needs_quiz_questions_and_an_id_of_its_own(tmp_path: Path) -> None:
    plain = tmp_path / "geen-quiz.yaml"
    plain.write_text(re.sub(r"\n\s+correct: (true|false)", "", CASE))
    with pytest.raises(RoomError, match="geen quizvragen"):
        plan_exercises([str(plain)])
    taken = tmp_path / "bezet.yaml"
    taken.write_text(CASE.replace("id: casus-buurman", "id: training-pijlers"))
    with pytest.raises(RoomError, match="meegeleverde flow"):
        plan_exercises([str(taken)])
    with pytest.raises(RoomError, match="bestaat niet"):
        plan_exercises([str(tmp_path / "weg.yaml")])


def test_the_room_plays_its_own_copy(made: MadeRoom, case_file: Path, tmp_path: Path) -> None:
    case_file.write_text(CASE.replace("Wat doe je eerst?", "Gewijzigd tijdens de training?"))
    program = load_exercise(made.room, made.room.exercises[0])
    assert program.questions["eerste_stap"].text == "Wat doe je eerst?"


def test_choosing_shipped_exercises_and_cases() -> None:
    default, files = plan_exercises([])
    assert [x.id for x in default] == ["training-bewijsniveaus", "training-casus", "training-pijlers"] and files == {}
    picked, _ = plan_exercises(["training-pijlers"], ["huur, geweld", "huur"])
    assert [x.id for x in picked] == ["training-pijlers", CASE_FLOW]
    assert picked[1].preset == {CASE_QUESTION: ["huur", "geweld"]}
    with pytest.raises(RoomError, match=r"Onbekende casus 'huurr' \(bedoel je 'huur'\?\)"):
        plan_exercises([], ["huurr"])
    with pytest.raises(RoomError, match=r"'training-pijler' bestaat niet \(bedoel je 'training-pijlers'\?\)"):
        plan_exercises(["training-pijler"])


def test_the_trainers_pick_of_cases_is_answered_for_everyone(tmp_path: Path) -> None:
    exercises, files = plan_exercises([], ["geweld"])
    room, _key = create_room(rooms_dir(), "Casussen", exercises, case_files=files)
    member = participant(room, tmp_path / "p", "Kim", CASE_FLOW, [])
    answers = member.exercises[CASE_FLOW]["answers"]
    assert answers == {}  # the pick itself is not a quiz question: nothing to count yet
    program = load_exercise(room, room.exercise(CASE_FLOW))  # type: ignore[arg-type]
    sessions = Store(tmp_path / "p").list_sessions()
    assert sessions[0].snapshot["answers"][CASE_QUESTION] == ["geweld"]
    assert CASE_QUESTION in program.questions


def test_the_feedback_names_the_records_with_their_evidence_level(made: MadeRoom, kb) -> None:  # type: ignore[no-untyped-def]
    info = load_exercise(made.room, made.room.exercises[0]).questions["aanpak"]
    leads = chosen_leads(info, ["vroeg-eropaf", "crisiskaart"], kb)
    assert [(lead.title, lead.level) for lead in leads] == [("Vroeg Eropaf", "Inspirerend"), ("Crisiskaart", "Effectief")]
