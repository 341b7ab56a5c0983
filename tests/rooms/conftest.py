"""A training room made as `adviseur serve --room` makes it, and participants who play it headless."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from adviseur.locations import rooms_dir
from adviseur.rooms.exercises import plan_exercises
from adviseur.rooms.participant import Member, join
from adviseur.rooms.play import play_exercise
from adviseur.rooms.room import Room, create_room
from adviseur.store import Store

CASE = """\
id: casus-buurman
title: "Eigen casus: de buurman"
audience: Deelnemers aan de training
description: Een eigen casus van de trainer.
version: "1"
nodes:
  - id: intro
    type: say
    text: Een buurvrouw meldt dat haar buurman van 80 de huur niet meer betaalt.
  - id: eerste_stap
    type: question
    answer: single
    label: Eerste stap
    text: Wat doe je eerst?
    choices:
      - id: langs
        label: Langsgaan
        correct: true
        leads: [vroeg-eropaf]
        explanation: Goed — wie brieven laat liggen, bereik je door langs te gaan.
      - id: brief
        label: Een brief sturen
        correct: false
        explanation: Niet goed — hij leest zijn post niet.
      - id: wachten
        label: Afwachten
        correct: false
        explanation: Niet goed — dan loopt de achterstand op.
  - id: aanpak
    type: question
    answer: multi
    label: Aanpak
    text: Welke aanpak overweeg je?
    choices:
      - id: vroeg-eropaf
        label: Vroeg Eropaf
        correct: true
        leads: [vroeg-eropaf]
        explanation: Goed — gemaakt voor achterstanden bij vaste lasten.
      - id: crisiskaart
        label: Crisiskaart
        correct: false
        leads: [crisiskaart]
        explanation: Niet goed — van een psychische crisis is niets bekend.
  - id: einde
    type: result
    show: [scores, quiz]
"""


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "eigen" / "casus-buurman.yaml"
    path.parent.mkdir()
    path.write_text(CASE, encoding="utf-8")
    return path


@dataclass
class MadeRoom:
    room: Room
    key: str


@pytest.fixture
def made(case_file: Path) -> MadeRoom:
    """A room with the trainer's own case only, and its trainer key."""
    exercises, files = plan_exercises([str(case_file)])
    room, key = create_room(rooms_dir(), "Utrecht mei", exercises, case_files=files)
    return MadeRoom(room, key)


def participant(room: Room, home: Path, nickname: str | None, exercise_id: str, answers: Sequence[Any]) -> Member:
    """A participant in their own data folder (as a browser tab has) who plays an exercise."""
    home.mkdir(parents=True, exist_ok=True)
    member = join(room, home, nickname)
    exercise = room.exercise(exercise_id)
    assert exercise is not None
    started = play_exercise(room, exercise, member, store=Store(home))
    for value in answers:
        assert started.engine.answer(value).accepted, value
    return member
