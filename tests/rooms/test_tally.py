"""Three participants play one room headless (engine and store, as their browser tabs do); the
numbers the trainer gets are computed by hand here, and the export holds them with a chart each."""

from __future__ import annotations

import re
import stat
from pathlib import Path

from adviseur.reports.room import ExerciseAnswers, ParticipantAnswers, tally_room
from adviseur.reports.room_render import render_room_html
from adviseur.rooms.exercises import load_exercise, room_programs
from adviseur.rooms.overview import RoomReader, export_overview
from tests.rooms.conftest import MadeRoom, participant


def _three(made: MadeRoom, home: Path) -> None:
    participant(made.room, home / "a", "Anna", "casus-buurman", ["langs", ["vroeg-eropaf"]])  # goed, goed
    participant(made.room, home / "b", None, "casus-buurman", ["brief", ["vroeg-eropaf", "crisiskaart"]])  # fout, deels
    participant(made.room, home / "c", "Bo", "casus-buurman", ["brief"])  # fout, not finished


def test_three_participants_give_the_right_numbers(made: MadeRoom, tmp_path: Path, kb) -> None:  # type: ignore[no-untyped-def]
    _three(made, tmp_path)
    overview = RoomReader(made.room, kb).read()
    assert overview.notes == [] and not overview.gone
    tally = overview.tally
    assert tally.participants == 3
    [exercise] = tally.exercises
    first, second = exercise.questions
    assert (first.key, first.answered, first.right, first.partly) == ("eerste_stap", 3, 1, 0)
    assert round(first.right_percent or 0, 1) == 33.3
    assert {o.id: o.count for o in first.options} == {"langs": 1, "brief": 2, "wachten": 0}
    assert first.most_wrong is not None and first.most_wrong.label == "Een brief sturen" and first.most_wrong.count == 2
    assert (second.answered, second.right, second.partly) == (2, 1, 1)
    assert second.most_wrong is not None and second.most_wrong.id == "crisiskaart"
    [lead] = next(o for o in second.options if o.id == "vroeg-eropaf").leads
    assert lead.title == "Vroeg Eropaf" and lead.level == "Inspirerend"

    rows = {r.name: r for r in tally.rows}
    assert list(rows) == ["Anna", "Deelnemer 1", "Bo"]  # in the order they joined; no nickname: numbered
    assert (rows["Anna"].answered, rows["Anna"].points, rows["Anna"].finished) == (2, 2.0, True)
    assert (rows["Deelnemer 1"].points, rows["Deelnemer 1"].percent) == (0.5, 25.0)
    assert (rows["Bo"].answered, rows["Bo"].points, rows["Bo"].finished) == (1, 0.0, False)
    assert 0 < rows["Bo"].progress < 100


def test_an_answer_that_does_not_fit_the_flow_is_left_out(made: MadeRoom) -> None:
    program = load_exercise(made.room, made.room.exercises[0])
    odd = [
        ParticipantAnswers("1", "X", "1", {"casus-buurman": ExerciseAnswers({"eerste_stap": "bestaat-niet", "aanpak": "langs"})}),
        ParticipantAnswers("2", "Y", "2", {"casus-buurman": ExerciseAnswers({"eerste_stap": "langs"})}),
    ]
    tally = tally_room("r", "r", [("casus-buurman", program)], odd)
    [question] = tally.exercises[0].questions
    assert (question.answered, question.right) == (1, 1)
    assert [r.answered for r in tally.rows] == [0, 1]


def test_the_export_has_a_chart_per_question_and_loads_nothing(made: MadeRoom, tmp_path: Path, kb) -> None:  # type: ignore[no-untyped-def]
    _three(made, tmp_path)
    participant(made.room, tmp_path / "d", "<script>alert(1)</script>", "casus-buurman", ["wachten"])
    tally = RoomReader(made.room, kb).read().tally
    out = tmp_path / "export"
    out.mkdir()
    written = export_overview(tally, out / "ruimte")
    assert [p.suffix for p in written] == [".md", ".html"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in written)
    page = written[1].read_text(encoding="utf-8")
    assert page.count("<svg") == 2 and page.count('class="bar"') == 5  # two questions, five answers
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page) and "@import" not in page
    assert "Content-Security-Policy" in page
    markdown = written[0].read_text(encoding="utf-8")
    assert "4 beantwoord · goed: 1 (25%) · vaakst gekozen fout antwoord: Een brief sturen (2×)" in markdown
    assert "| Anna | Eigen casus: de buurman | klaar | 2 van 2 (100%) |" in markdown
    assert render_room_html(tally).count("<section class=\"question\"") == 2


def test_an_exercise_that_no_longer_loads_is_named(made: MadeRoom) -> None:
    (made.room.folder / "flows" / "casus-buurman.yaml").write_text("id: [kapot", encoding="utf-8")
    programs, broken = room_programs(made.room)
    assert programs == [] and len(broken) == 1 and broken[0].startswith("Eigen casus: de buurman:")
