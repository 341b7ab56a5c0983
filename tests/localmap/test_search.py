"""Searching local services: words, stems, word starts, typos, one municipality or all."""

from __future__ import annotations

from adviseur.localmap.model import LocalService
from adviseur.localmap.search import LocalIndex
from adviseur.localmap.store import LocalMap


def _service(ident: str, name: str, municipality: str, description: str | None = None, **more) -> LocalService:
    return LocalService(id=ident, name=name, organisation="Buurtteam", municipality=municipality, description=description, **more)


def _maps() -> list[LocalMap]:
    zeist = LocalMap("Zeist", (
        _service("a", "Schuldhulpverlening", "Zeist", "Hulp bij schulden en betalingsachterstanden"),
        _service("b", "Inloop Noord", "Zeist", "Voor wie eenzaam is", district="Noord"),
    ))
    utrecht = LocalMap("Utrecht", (
        _service("c", "Budgetcoaching", "Utrecht", "Samen je geldzaken op orde, ook bij schulden"),
        _service("d", "Nachtopvang", "Utrecht", "Opvang voor dakloze mensen", signals=["dakloos"]),
    ))
    return [zeist, utrecht]


def _index(kb=None) -> LocalIndex:
    return LocalIndex.build(_maps(), kb)


def test_words_match_on_their_stems_and_names_count_most():
    response = _index().search("schuld")
    # 'schulden' in both descriptions; a's name also starts with the word typed, and names count most
    assert [h.service.id for h in response.hits] == ["a", "c"]
    assert response.total == 2


def test_one_municipality_reads_only_its_own_services():
    assert [h.service.id for h in _index().search("schulden", municipality="utrecht").hits] == ["c"]
    assert _index().search("schulden", municipality="Amersfoort").hits == []


def test_the_last_word_matches_as_a_word_start_and_typos_are_forgiven():
    index = _index()
    assert [h.service.id for h in index.search("budgetc").hits] == ["c"]
    assert [h.service.id for h in index.search("nachtopvnag").hits] == ["d"]


def test_every_word_must_match_else_the_most_words_win():
    index = _index()
    assert [h.service.id for h in index.search("schulden geldzaken").hits] == ["c"]
    partial = index.search("schulden walvis")
    assert {h.service.id for h in partial.hits} == {"a", "c"} and partial.hits[0].coverage == 0.5
    assert partial.hits[0].matched == ("schulden",)


def test_confirmed_tags_are_searchable_by_their_labels(kb):
    label = kb.signal_by_id["dakloos"].label
    assert [h.service.id for h in _index(kb).search(label).hits][0] == "d"


def test_odd_input_finds_nothing_without_raising():
    index = _index()
    for query in ("", "   ", "de het een", "x" * 5000, "🙂", "%$#"):
        assert index.search(query).hits == []


def test_the_compiled_index_gives_the_same_answers_and_sees_an_edited_map(tmp_path, monkeypatch, kb):
    from adviseur.localmap import compiled
    from adviseur.localmap.compiled import LazyServices, compiled_index
    from adviseur.localmap.store import MapStore

    monkeypatch.setenv("ADVISEUR_CACHE_DIR", str(tmp_path / "cache"))
    store = MapStore(tmp_path / "kaart")
    store.save(_maps())
    built = compiled_index(store, kb)
    assert not isinstance(built.services, LazyServices)  # built, and kept
    assert list((tmp_path / "cache" / "compiled").glob("localmap-*.bin"))
    read = compiled_index(store, kb)
    assert isinstance(read.services, LazyServices)  # read back: services made only when shown
    for query, municipality in (("schuld", None), ("budgetc", None), ("schulden", "Utrecht"), ("nachtopvnag", None)):
        expected = [(h.service, h.score) for h in built.search(query, municipality=municipality).hits]
        assert [(h.service, h.score) for h in read.search(query, municipality=municipality).hits] == expected
    # an import (a changed file) is seen at the next search
    store.save([LocalMap("Zeist", (_service("e", "Voedselbank", "Zeist"),))])
    assert [h.service.id for h in compiled_index(store, kb).search("voedselbank").hits] == ["e"]
    assert compiled.PART == "localmap"
