"""Normalisation, tokens, stop words, stems and the compound splitter."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from adviseur.search.compounds import split_compound, split_off_known
from adviseur.search.stopwords import STOP_WORDS
from adviseur.search.text import content_tokens, fold, initials, joined_forms, phrase_tokens, stem, tokens


def test_fold_strips_accents_and_case() -> None:
    assert fold("Cliënt SUÏCIDE Skæve") == "client suicide skaeve"
    assert fold("Strategieën") == "strategieen"


def test_tokens_join_apostrophes_and_split_hyphens() -> None:
    assert tokens("Wijk-GGD'er") == ["wijk", "ggder"]
    assert tokens("R-ACT, (huur)schulden!") == ["r", "act", "huur", "schulden"]
    assert joined_forms("R-ACT en Vroeg-Eropaf") == ["ract", "vroegeropaf"]


def test_stop_words_keep_words_that_carry_risk() -> None:
    for kept in ("uit", "zonder", "geen", "niet", "alleen"):
        assert kept not in STOP_WORDS
    assert content_tokens("jongen van 17 verlaat de jeugdzorg zonder netwerk") == [
        "jongen", "17", "verlaat", "jeugdzorg", "zonder", "netwerk",
    ]


def test_phrase_tokens_drop_only_articles() -> None:
    assert phrase_tokens("verlaat de jeugdzorg") == ("verlaat", "jeugdzorg")
    assert phrase_tokens("niet in zorg") == ("niet", "in", "zorg")


def test_stem_keeps_elderly_apart_from_parents() -> None:
    assert stem("schulden") == stem("schuld")
    assert stem("oudere") == stem("ouderen")
    assert stem("oudere") != stem("ouders")


def test_initials_skip_stop_words() -> None:
    assert initials("Individuele Plaatsing en Steun") == "ips"
    assert initials("Wellness Recovery Action Planning") == "wrap"
    assert initials("Krachtwerk") == ""


@given(st.text(max_size=200))
def test_tokens_are_always_folded_alphanumerics(text: str) -> None:
    for token in tokens(text):
        assert token and token == fold(token) and token.isalnum()


WORDS = {"huur", "schuld", "hulp", "hulpverlening", "schuldhulp", "arbeid", "markt", "netwerk", "zorg"}


def _kind(piece: str) -> int:
    if piece in WORDS:
        return 3
    return 1 if piece == "respijt" else 0


def test_split_compound_into_known_words() -> None:
    assert split_compound("huurschuld", _kind) == ("huur", "schuld")
    assert split_compound("arbeidsmarkt", _kind) == ("arbeid", "markt")  # linking -s-
    assert split_compound("schuldhulpverlening", _kind) in {("schuld", "hulpverlening"), ("schuldhulp", "verlening")}
    assert split_compound("schuldhulpverlening", _kind) == ("schuld", "hulpverlening")  # the even split


def test_split_compound_limits_bound_parts() -> None:
    assert split_compound("respijtzorg", _kind) == ("respijt", "zorg")
    assert split_compound("respijtzorg", _kind, max_bound=0) is None
    assert split_compound("kwartiermaken", _kind) is None
    assert split_compound("huur", _kind) is None


def test_split_off_known_keeps_half_a_word() -> None:
    assert split_off_known("netwerkversterking", _kind) == ("netwerk", "versterking")
    assert split_off_known("qqqqqqqqqq", _kind) is None
