"""Issue 18, P5: the work of one search does not grow with the length of a word (compound
splitting stemmed every substring: 25 s for an 800-letter word). Measured in steps, not seconds."""

from __future__ import annotations

import random

import pytest

from adviseur.search import compounds, text
from adviseur.search.query import MAX_WORD_CHARS


@pytest.fixture(scope="module")
def index_real():
    from adviseur.search import get_index

    return get_index()


def _word(n: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice("abdeghiklmnorstuvw") for _ in range(n))


class Counting:
    """A part test that counts its calls and calls the real one."""

    def __init__(self, real) -> None:
        self.real = real
        self.calls = 0

    def __call__(self, piece: str) -> int:
        self.calls += 1
        return self.real(piece)


@pytest.mark.parametrize("length", [800, 1600])
def test_a_long_word_costs_no_more_than_a_short_one(index_real, length: int, monkeypatch: pytest.MonkeyPatch) -> None:
    vocabulary = index_real.vocabulary
    short, long = Counting(vocabulary.part_kind), Counting(vocabulary.part_kind)
    monkeypatch.setattr(vocabulary, "part_kind", short)
    index_real.search(_word(MAX_WORD_CHARS))
    monkeypatch.setattr(vocabulary, "part_kind", long)
    stems_before = len(text._STEMS)
    response = index_real.search(_word(length))
    assert long.calls <= short.calls
    assert len(text._STEMS) - stems_before < 500  # not every substring stemmed and remembered
    assert response.truncated  # and the user is told the query was shortened


def test_the_splitter_refuses_words_longer_than_any_compound() -> None:
    calls = Counting(lambda piece: 3)
    assert compounds.split_compound(_word(compounds.MAX_WORD + 1), calls) is None
    assert compounds.split_off_known(_word(5000), calls) is None
    assert compounds.split_and_correct(_word(5000), calls, lambda piece: []) is None
    assert calls.calls == 0


def test_part_kind_does_not_stem_a_piece_longer_than_any_word(index_real, monkeypatch: pytest.MonkeyPatch) -> None:
    stemmed: list[str] = []
    monkeypatch.setattr("adviseur.search.vocabulary.stem", lambda piece: stemmed.append(piece) or piece)
    assert index_real.vocabulary.part_kind(_word(500)) == 0
    assert stemmed == []


def test_a_normal_compound_still_splits(index_real) -> None:
    hits = [h.record.id for h in index_real.search("schuldhulpverleningstraject", limit=10).hits]
    assert hits
