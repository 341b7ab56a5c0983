"""The trainer's view in the app: opened only with the trainer key, and live numbers while three
participants (played headless, as their browser tabs would) answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from adviseur.locations import ROOM_ENV, rooms_dir
from adviseur.rooms.exercises import plan_exercises
from adviseur.rooms.participant import read_participants
from adviseur.rooms.room import Room, create_room, expire_rooms
from adviseur.tui.app import AdviseurApp
from adviseur.tui.screens.room_join import NicknameScreen
from adviseur.tui.screens.start import StartScreen
from adviseur.tui.screens.trainer import TrainerKeyScreen, TrainerScreen
from tests.rooms.conftest import CASE, participant
from tests.tui.conftest import answer, screen_text, wait_for


@pytest.fixture
def room(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Room, str]:
    case = tmp_path / "casus-buurman.yaml"
    case.write_text(CASE, encoding="utf-8")
    exercises, files = plan_exercises([str(case)])
    made, key = create_room(rooms_dir(), "Utrecht mei", exercises, case_files=files)
    monkeypatch.setenv(ROOM_ENV, str(made.folder))
    monkeypatch.setattr(TrainerScreen, "POLL_SECONDS", 0.2)
    return made, key


async def _start(pilot, nickname: str = "") -> None:  # type: ignore[no-untyped-def]
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, NicknameScreen))
    await pilot.press(*list(nickname), "enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, StartScreen))


async def _open_trainer_view(pilot, key: str) -> TrainerScreen:  # type: ignore[no-untyped-def]
    await pilot.press("t")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, TrainerKeyScreen))
    pilot.app.screen.query_one("#trainer-key").value = key
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, TrainerScreen))
    screen = pilot.app.screen
    assert isinstance(screen, TrainerScreen)
    return screen


async def test_three_participants_give_live_numbers_in_the_trainers_view(
    app: AdviseurApp, room: tuple[Room, str], tmp_path: Path
) -> None:
    made, key = room
    participant(made, tmp_path / "a", "Anna", "casus-buurman", ["langs", ["vroeg-eropaf"]])
    participant(made, tmp_path / "b", None, "casus-buurman", ["brief"])
    async with app.run_test(size=(140, 60)) as pilot:
        await _start(pilot)  # the trainer's own tab: no nickname, and not counted until it plays
        screen = await _open_trainer_view(pilot, key)
        await wait_for(pilot, lambda: "2 deelnemers" in screen_text(pilot.app))
        text = screen_text(pilot.app)
        assert "2 beantwoord · goed: 1 (50%) · vaakst gekozen fout antwoord: Een brief sturen (1×)" in text
        assert "1 beantwoord · goed: 1 (100%) · niemand koos een fout antwoord" in text
        assert "Anna" in text and "2 van 2 (100%)" in text and "Deelnemer 1" in text and "0 van 1 (0%)" in text
        assert "Interventie · Inspirerend" in text  # the answer's record with its evidence level

        # a third participant answers while the trainer watches; so does the second
        reads = screen.reads
        participant(made, tmp_path / "c", "Bo", "casus-buurman", ["brief", ["crisiskaart"]])
        await wait_for(pilot, lambda: screen.reads > reads + 1 and "3 deelnemers" in screen_text(pilot.app))
        text = screen_text(pilot.app)
        assert "3 beantwoord · goed: 1 (33,3%) · vaakst gekozen fout antwoord: Een brief sturen (2×)" in text
        assert "2 beantwoord · goed: 1 (50%) · vaakst gekozen fout antwoord: Crisiskaart (1×)" in text
        assert "Bo" in text and "0 van 2 (0%)" in text

        bindings = pilot.app.screen.active_bindings.items()
        shown = {key: active.binding.description for key, active in bindings if active.binding.show}
        assert shown["r"] == "Vernieuwen" and shown["e"].startswith("Exporteren") and shown["escape"] == "Terug"  # in the footer
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, StartScreen))
    participants, _ = read_participants(made)
    assert sorted(p.nickname or "" for p in participants) == ["", "Anna", "Bo"]  # the trainer's tab is not among them


async def test_the_trainers_view_is_refused_without_the_key(app: AdviseurApp, room: tuple[Room, str]) -> None:
    made, key = room
    async with app.run_test(size=(120, 40)) as pilot:
        await _start(pilot, "Sam")
        await pilot.press("t")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, TrainerKeyScreen))
        for wrong in ("", key[:-1], key.upper() if key.upper() != key else key.lower(), "x" * 200):
            pilot.app.screen.query_one("#trainer-key").value = wrong
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(pilot.app.screen, TrainerKeyScreen)
            assert "Deze sleutel klopt niet" in screen_text(pilot.app)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, StartScreen))
        assert not any(isinstance(s, TrainerScreen) for s in pilot.app.screen_stack)
    with pytest.raises(PermissionError):
        TrainerScreen(made, "geraden")


async def test_outside_a_room_there_is_no_trainers_view(app: AdviseurApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(pilot.app.screen, StartScreen)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(pilot.app.screen, StartScreen)
        assert "Trainersoverzicht" not in screen_text(pilot.app)


async def test_a_participant_plays_the_trainers_case_and_sees_the_evidence(
    app: AdviseurApp, room: tuple[Room, str]
) -> None:
    made, _key = room
    async with app.run_test(size=(120, 50)) as pilot:
        await _start(pilot, "Kim")
        assert "Welkom in trainingsruimte 'Utrecht mei' als Kim" in screen_text(pilot.app)
        await pilot.press("enter")  # the room's exercise comes first
        await wait_for(pilot, lambda: getattr(pilot.app.screen, "engine", None) is not None)
        await answer(pilot, "langs")
        await wait_for(pilot, lambda: "*Bewijs:* Vroeg Eropaf (Interventie · Inspirerend)" in screen_text(pilot.app))
    [kim] = read_participants(made)[0]
    assert kim.nickname == "Kim" and kim.exercises["casus-buurman"].answers == {"eerste_stap": "langs"}


async def test_a_participant_is_told_when_the_room_is_gone(app: AdviseurApp, room: tuple[Room, str]) -> None:
    made, _key = room
    async with app.run_test(size=(120, 50)) as pilot:
        await _start(pilot, "Kim")
        await pilot.press("enter")
        await wait_for(pilot, lambda: getattr(pilot.app.screen, "engine", None) is not None)
        await answer(pilot, "langs")
        assert not any(n.title == "Delen met de trainer lukt niet" for n in app._notifications)
        expire_rooms(rooms_dir(), made.expires_at)  # a week later, or the trainer's view polled
        await answer(pilot, ["vroeg-eropaf"])
        await pilot.pause()
        told = [n for n in app._notifications if n.title == "Delen met de trainer lukt niet"]
        assert len(told) == 1 and "bestaat niet meer" in str(told[0].message)
        assert not made.folder.exists()  # the app goes on, and makes no room again
