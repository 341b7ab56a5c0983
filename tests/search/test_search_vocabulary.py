"""Typo correction, prefixes, stems and compounds over a vocabulary."""

from __future__ import annotations

from adviseur.search.compounds import split_and_correct
from adviseur.search.vocabulary import Vocabulary, max_edits

WORDS = [
    "huurachterstand", "first", "housing", "huis", "huur", "acute", "woonvraag", "woonunit", "woonplek",
    "bankslapers", "voedselbank", "voedsel", "geregeld", "geld", "huurschuld", "schuld", "schulden", "activering",
]


def vocab() -> Vocabulary:
    return Vocabulary(WORDS, {w: i + 1 for i, w in enumerate(WORDS)})


def test_edit_budget_grows_with_length() -> None:
    assert [max_edits("x" * n) for n in (3, 4, 5, 8, 9, 15)] == [0, 1, 1, 1, 2, 2]


def test_corrections_count_a_swap_as_one_edit() -> None:
    v = vocab()
    assert v.corrections("frist")[0] == ("first", 1)
    assert v.corrections("huurachterstnd")[0] == ("huurachterstand", 1)
    assert v.corrections("huurachtrestnad")[0][0] == "huurachterstand"  # two edits at 9+ letters


def test_four_letter_words_only_lose_a_letter_or_swap() -> None:
    v = vocab()
    assert v.corrections("acue") == [("acute", 1)]
    assert v.corrections("hius") == [("huis", 1)]
    assert v.corrections("huit") == []  # a substitution: "huis"/"huur" would be guesses


def test_no_correction_for_numbers_and_exact_words() -> None:
    v = vocab()
    assert v.corrections("12345") == []
    assert ("first", 0) not in v.corrections("first")


def test_prefix_and_stem() -> None:
    v = vocab()
    assert v.with_prefix("huur") == ["huurschuld", "huurachterstand"]  # more frequent first
    assert v.same_stem("schuld") == ("schulden",)


def test_compounds_with_needs_a_word_left_over() -> None:
    v = vocab()
    assert set(v.compounds_with("bank")) == {"bankslapers", "voedselbank"}
    assert "geregeld" not in v.compounds_with("geld")  # "gere" is not a word
    assert "schulden" not in v.compounds_with("schuld")  # inflection, not a compound
    assert "huurschuld" in v.compounds_with("schuld")


def test_part_kinds() -> None:
    v = vocab()
    assert v.part_kind("huur") == 3
    assert v.part_kind("woon") == 1  # woonvraag, woonunit, woonplek
    assert v.part_kind("qqqq") == 0
    assert v.part_kind("over") == 0  # a stop word is never a part


def test_a_misspelt_compound_splits_into_a_known_word_and_a_corrected_one() -> None:
    v = vocab()

    def split(word: str) -> tuple[tuple[str, int], ...] | None:
        return split_and_correct(word, v.part_kind, lambda piece: v.corrections(piece, 1))

    assert split("geldhuurschlud") == (("geld", 0), ("huurschuld", 1))  # known head, misspelt rest
    assert split("activeirngschuld") == (("activering", 1), ("schuld", 0))  # misspelt head, known tail
    assert split("housngvermindering") == (("housing", 1), ("vermindering", 0))  # unknown rest kept
    assert split("qqqqqqqqqqqq") is None
