"""Issue 12: the search index is compiled once; the compiled index answers every query exactly
as the index it was packed from, and `adviseur search` reads it without YAML or pydantic."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from adviseur.compiled import container
from adviseur.search import compiled, service
from adviseur.search.index import SearchIndex
from adviseur.search.stored import StoredRecord
from benchmarks.search_eval.evaluation import load_queries
from tests.compiled.conftest import compiled_files
from tests.search.conftest import CURATED, mini_kb

QUERIES = [q.text for q in load_queries(Path(__file__).parents[1] / "search" / "queries.yaml")]
ODD = ["", "de en met", "xyzzyq", "cti", "Housing First", "huurachterstnd jongeren", "a" * 300, "stressvermondering"]
FILTERS = [{}, {"kind": "interventie"}, {"level": "effectief"}, {"target_group": "jongeren"}, {"pillar": "voorzorg"}]


def answer(index: SearchIndex, query: str, filters: dict[str, str]) -> object:
    response = index.search(query, limit=10, **filters)
    return (
        [(h.id, h.score, h.coverage, [(m.query, m.term, m.kind, m.field) for m in h.matched]) for h in response.hits],
        [(s.record.id, s.similarity) for s in response.suggestions],
        response.total,
        response.words,
        response.truncated,
        response.notice,
    )


def repacked(index: SearchIndex, tmp_path: Path) -> SearchIndex:
    assert container.write_part(compiled.PART, tmp_path, "k", *compiled.pack(index))
    part = container.read_part(compiled.PART, tmp_path, "k")
    assert part is not None
    return compiled.restore(part)


def test_the_compiled_index_answers_every_labelled_query_alike(kb, tmp_path: Path, cache: Path) -> None:  # noqa: ANN001
    built = SearchIndex.build(kb)
    restored = repacked(built, tmp_path)
    assert isinstance(restored.records[0], StoredRecord)
    differences = [
        (query, filters)
        for query in QUERIES + ODD
        for filters in FILTERS
        if answer(built, query, filters) != answer(restored, query, filters)
    ]
    assert differences == []
    for facet in ("kind", "pillar", "condition", "level", "target_group"):
        assert restored.facet_values(facet) == built.facet_values(facet)
    with pytest.raises(ValueError, match="bedoel je"):
        restored.search("huur", kind="intervnetie")


def test_a_small_index_with_curated_synonyms_packs_too(tmp_path: Path, cache: Path) -> None:
    built = SearchIndex.build(mini_kb(), synonyms=CURATED)  # type: ignore[arg-type]
    restored = repacked(built, tmp_path)
    for query in ("schuldsanering", "jongen van 17", "cti", "IPS", "hius", "woonbegeleiding"):
        assert answer(built, query, {}) == answer(restored, query, {})


def test_a_stored_record_is_the_record_it_was_made_from(kb, tmp_path: Path, cache: Path) -> None:  # noqa: ANN001
    restored = repacked(SearchIndex.build(kb), tmp_path)
    for original, stored in zip(kb.records, restored.records, strict=True):
        assert (stored.id, stored.title, stored.aliases, stored.place, stored.kind) == (
            original.id, original.title, original.aliases, original.place, original.kind,
        )
        if original.evidence is None:
            assert stored.evidence is None
        else:
            assert stored.evidence is not None
            assert (stored.evidence.level, stored.evidence.international, stored.evidence.notes) == (
                original.evidence.level, original.evidence.international, original.evidence.notes,
            )
    first = restored.records[0]
    assert first.applies == kb.records[0].applies  # a field read through the validated Record
    assert first.annex_section == kb.records[0].annex_section
    assert first == kb.records[0] and first != restored.records[1]
    assert restored.records[-1].id == kb.records[-1].id and len(restored.records[1:3]) == 2


def test_the_app_gets_the_knowledge_bases_own_records(content: Path, cache: Path) -> None:
    from adviseur.knowledge import load_knowledge

    service.load_index()  # compiled and kept
    kb = load_knowledge()
    index = service.load_index(kb)
    assert index.records is kb.records
    assert index.search("huurachterstand").hits[0].record in kb.records


def test_a_knowledge_base_of_its_own_is_indexed_but_not_kept(content: Path, cache: Path) -> None:
    from adviseur.knowledge import loader

    own = loader.load_knowledge(content / "knowledge")  # not the one load_knowledge() keeps
    own.records.pop()
    index = service.load_index(own)
    assert index.records == tuple(own.records)
    assert [f.name.split("-")[0] for f in compiled_files(cache)] == ["knowledge"]


def test_an_edited_record_is_found_at_the_next_call(content: Path, cache: Path) -> None:
    assert all(h.record.title != "Zwaluwstaartplan" for h in service.load_index().search("Zwaluwstaartplan").hits)
    path = sorted((content / "knowledge" / "records").glob("*.yaml"))[0]
    text = path.read_text(encoding="utf-8")
    start = text.index("title:") + len("title:")
    end = text.index("\n", start)
    path.write_text(text[:start] + " Zwaluwstaartplan" + text[end:], encoding="utf-8")
    assert service.load_index().search("Zwaluwstaartplan").hits[0].record.title == "Zwaluwstaartplan"


def test_a_damaged_index_is_rebuilt_silently(content: Path, cache: Path) -> None:
    expected = answer(service.load_index(), "huurachterstand", {})
    [path] = [f for f in compiled_files(cache) if f.name.startswith("search-")]
    raw = bytearray(path.read_bytes())
    raw[-5] ^= 0xFF
    path.write_bytes(bytes(raw))
    assert answer(service.load_index(), "huurachterstand", {}) == expected
    assert path.read_bytes() != bytes(raw)  # written again


SEARCH_IMPORTS = r"""
import io, json, sys, contextlib
from adviseur.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(["search", "huurachterstand", "--json"])
print(json.dumps({"code": code, "hits": len(json.loads(out.getvalue())["results"]), "loaded": sorted(sys.modules)}))
"""
INDEX_IMPORTS = r"""
import json, sys
from adviseur.search.service import get_index
from adviseur.cli.search_cmd import _response_json
response = get_index().search("huurachterstand jongeren")
print(json.dumps({"hits": len(_response_json(response)["results"]), "loaded": sorted(sys.modules)}))
"""


def loaded(code: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def has(modules: list[str], package: str) -> bool:
    return any(m == package or m.startswith(package + ".") for m in modules)


def test_search_reads_the_compiled_index_without_yaml_or_the_flow_engine(content: Path, cache: Path) -> None:
    first = loaded(SEARCH_IMPORTS)  # compiles: reads the YAML
    assert first["code"] == 0 and has(first["loaded"], "yaml")
    second = loaded(SEARCH_IMPORTS)
    assert second["code"] == 0 and second["hits"] == first["hits"] > 0
    for heavy in ("yaml", "textual", "adviseur.flows", "adviseur.advice", "adviseur.reports", "adviseur.session"):
        assert not has(second["loaded"], heavy), heavy


def test_the_compiled_index_answers_without_pydantic_or_the_knowledge_models(content: Path, cache: Path) -> None:
    loaded(INDEX_IMPORTS)  # compiles
    modules = loaded(INDEX_IMPORTS)
    assert modules["hits"] > 0
    for heavy in ("yaml", "pydantic", "rapidfuzz"):
        assert not has(modules["loaded"], heavy), heavy
    # of the knowledge package only the vocabularies (the evidence levels' order, stdlib only)
    knowledge = [m for m in modules["loaded"] if has([m], "adviseur.knowledge")]
    assert set(knowledge) <= {"adviseur.knowledge", "adviseur.knowledge.vocabulary"}, knowledge


def test_the_search_cache_follows_the_content_folder(content: Path, cache: Path, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    service.load_index()
    other = tmp_path / "other"
    shutil.copytree(content, other)
    monkeypatch.setenv("ADVISEUR_CONTENT_DIR", str(other))
    service.load_index()
    assert len([f for f in compiled_files(cache) if f.name.startswith("search-")]) == 2
