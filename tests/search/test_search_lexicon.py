"""The phrase lexicon and the curated synonym file."""

from __future__ import annotations

from pathlib import Path

import pytest

from adviseur.content import ContentError
from adviseur.search.lexicon import Lexicon, Variant
from adviseur.search.synonyms import CuratedSynonyms, load_synonyms
from adviseur.search.text import phrase_tokens, stem

from .conftest import SIGNALS, TARGET_GROUPS


def stream(text: str) -> list[list[Variant]]:
    return [[Variant(t, stem(t), 1.0, "exact")] for t in phrase_tokens(text)]


def lexicon(curated: CuratedSynonyms | None = None) -> Lexicon:
    return Lexicon.build(SIGNALS, TARGET_GROUPS, curated or CuratedSynonyms())


def test_signal_synonym_phrase_points_at_the_signal() -> None:
    matches = lexicon().find(stream("gezin wordt uit huis gezet"))
    concept = [(m.start, m.end, e.terms) for m in matches for e in m.phrase.expansions if e.terms[0].startswith("sig:")]
    assert (2, 5, ("sig:dreigende-huisuitzetting",)) in concept


def test_articles_inside_a_phrase_are_ignored_but_not_other_words() -> None:
    lex = lexicon()
    assert any(m.phrase.text == "verlaat jeugdzorg" for m in lex.find(stream("verlaat de jeugdzorg")))
    assert not any(m.phrase.text == "verlaat jeugdzorg" for m in lex.find(stream("verlaat nu jeugdzorg")))


def test_typo_variant_lowers_the_weight_and_is_reported() -> None:
    variants = stream("deurwaader")
    variants[0].append(Variant("deurwaarder", stem("deurwaarder"), 0.8, "typo"))
    (match,) = [m for m in lexicon().find(variants) if m.phrase.text == "deurwaarder"]
    assert match.weight == pytest.approx(0.8) and match.via == "typo"


def test_exact_one_word_phrase_beats_a_stem_only_one() -> None:
    # "werkloos" and "werkloosheid" share a stem; the word as typed decides which phrase applies
    curated = CuratedSynonyms(target_groups={"ouderen": ("werkloosheid",)})
    lex = Lexicon.build(SIGNALS, TARGET_GROUPS, curated)
    assert {m.phrase.text for m in lex.find(stream("werkloos"))} == {"werkloos"}
    assert {m.phrase.text for m in lex.find(stream("werkloosheid"))} == {"werkloosheid"}
    assert {m.phrase.text for m in lex.find(stream("werklozen"))} <= {"werkloos", "werkloosheid"}


def test_curated_group_members_find_each_other() -> None:
    lex = lexicon(CuratedSynonyms(groups=(("schuldhulp", "schuldsanering"),)))
    (match,) = lex.find(stream("schuldsanering"))
    assert [e.terms for e in match.phrase.expansions] == [("schuldhulp",)]


def test_dropping_small_words_must_not_leave_a_misleading_word() -> None:
    lex = lexicon(CuratedSynonyms(groups=(("uitstroom detentie", "komt vrij"),)))
    expansions = [e.terms for m in lex.find(stream("uitstroom detentie")) for e in m.phrase.expansions]
    assert ("vrij",) not in expansions  # "komt vrij" would have become just "vrij"
    (match,) = lex.find(stream("komt vrij"))
    assert [e.terms for e in match.phrase.expansions] == [("uitstroom", "detentie")]


def test_synonyms_file_reports_unknown_ids_with_a_suggestion(tmp_path: Path) -> None:
    path = tmp_path / "synonyms.yaml"
    path.write_text("groups:\n  - [a, b]\nsignals:\n  huurachterstnd: [x]\n", encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_synonyms(path, signal_ids=["huurachterstand"], target_group_ids=[])
    assert "huurachterstand" in str(err.value) and ":4:" in str(err.value)


def test_synonyms_file_structure_errors(tmp_path: Path) -> None:
    path = tmp_path / "synonyms.yaml"
    path.write_text("groups:\n  - [alleen]\nsignalz: {}\n", encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_synonyms(path)
    text = str(err.value)
    assert "minstens twee" in text and "signalz" in text


def test_missing_synonyms_file_is_empty(tmp_path: Path) -> None:
    assert load_synonyms(tmp_path / "nope.yaml") == CuratedSynonyms()


def test_shipped_synonyms_file_is_valid(kb) -> None:  # noqa: ANN001
    from adviseur.locations import knowledge_dir

    curated = load_synonyms(
        knowledge_dir() / "synonyms.yaml",
        signal_ids=kb.signal_by_id,
        target_group_ids=kb.target_group_by_id,
    )
    assert len(curated.groups) > 20 and curated.signals and curated.target_groups
