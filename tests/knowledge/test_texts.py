"""The knowledge catalogue names every value it has words for: the phrases for whom a record is
and the kinds' labels live in `knowledge/texts.py`, apart from the vocabularies they describe, so
a value added to one and not the other would show as a bare id (or a KeyError) in an explanation."""

from __future__ import annotations

import pytest

from adviseur.knowledge import applicability, texts
from adviseur.knowledge.models import KINDS


@pytest.mark.parametrize(
    ("values", "phrases"),
    [
        (applicability.AUDIENCES, texts.AUDIENCE_PHRASES),
        (applicability.HOUSING, texts.HOUSING_PHRASES),
        (applicability.HOUSEHOLDS, texts.HOUSEHOLD_PHRASES),
        (applicability.TENURES, texts.TENURE_PHRASES),
        (applicability.LIFE_PHASES, texts.LIFE_PHASE_PHRASES),
        (KINDS, texts.KIND_LABELS),
    ],
)
def test_every_value_has_its_words_and_no_more(values: tuple[str, ...], phrases: dict[str, str]) -> None:
    assert set(phrases) == set(values)
    assert all(phrase.strip() for phrase in phrases.values())
