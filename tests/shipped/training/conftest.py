"""Helpers for the training flows: load them once, look at their questions and choices."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from adviseur.flows.authoring.loader import load_flow
from adviseur.flows.language.model import Choice
from adviseur.flows.language.runtime import Program, QuestionInfo

TRAINING_FLOWS = ("training-casus", "training-bewijsniveaus", "training-pijlers")
VERDICT_PREFIX = {True: "Goed — ", "partial": "Deels goed — ", False: "Niet goed — "}

LEVEL_WORDS = {
    "effectief": re.compile(r"\beffectie(?:f|ve)\b", re.IGNORECASE),
    "kansrijk": re.compile(r"\bkansrijke?\b", re.IGNORECASE),
    "erkend": re.compile(r"\berkende?\b", re.IGNORECASE),
    "inspirerend": re.compile(r"\binspirerende?\b", re.IGNORECASE),
}
"""How the evidence levels appear in Dutch sentences ('een inspirerende interventie')."""

ALLOWED_WORDS: dict[str | None, set[str]] = {
    "effectief": {"effectief", "erkend"},  # 'erkend effectief'
    "kansrijk": {"kansrijk", "erkend"},  # 'erkend kansrijk'
    "erkend": {"erkend"},
    "inspirerend": {"inspirerend"},
    None: set(),  # no level: name none
}


def level_words(text: str) -> set[str]:
    return {level for level, pattern in LEVEL_WORDS.items() if pattern.search(text)}


@pytest.fixture(scope="session")
def programs() -> dict[str, Program]:
    return {flow_id: load_flow(flow_id) for flow_id in TRAINING_FLOWS}


def quiz_questions(program: Program) -> Iterator[QuestionInfo]:
    """The quiz questions in file order."""
    for node_id in program.main.node_ids:
        info = program.questions.get(node_id)
        if info is not None and info.quiz:
            yield info


def right(info: QuestionInfo) -> set[str]:
    return {c.id for c in info.choices.values() if c.correct is True}


def names_of(record) -> list[str]:  # type: ignore[no-untyped-def]
    return [record.title, *record.aliases]


def choice_texts(choice: Choice) -> str:
    return f"{choice.label}\n{choice.explanation or ''}"
