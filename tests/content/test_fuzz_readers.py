"""Issue 18: random YAML and JSON fed to the answers reader, the session reader and the content
loader. Each gives a clean result or a Dutch message, never another exception, within a memory
bound (measured with tracemalloc; work is bounded by size, so no clock is asserted)."""

from __future__ import annotations

import json
import string
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adviseur.content import ContentError, load_located_yaml
from adviseur.flows.authoring.loader import load_flow
from adviseur.flows.authoring.scenarios import ScenarioError, read_answers, run_answers
from adviseur.flows.language.source import read_source
from adviseur.flows.run.walk import FlowRuntimeError
from adviseur.locations import flows_dir
from adviseur.session.autosave import resume
from adviseur.store import Store
from adviseur.store.atomic import checksum

MEMORY_BOUND = 64 * 1024 * 1024
DUTCH = (
    "YAML-fout", "niet", "te ", "verwacht", "sleutel", "waarde", "bestand", "getal", "verwijzing", "tag",
    "onbekend", "ongeldig", "ontbreekt", "moet", "mag", "vraag", "antwoord", "geen", "leeg",
    "onvolledig", "beschadigd", "controlesom", "formaat", "inhoud", "gewoon", "leesbaar",
)
FUZZ = settings(max_examples=120, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# --- strategies -------------------------------------------------------------------------------------------

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
    st.sampled_from(["ja", "nee", "huur", "koop", "9" * 5000, "2024-13-45", "~", "0x1F", "1:30:00", ".inf"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=12), inner, max_size=5)),
    max_leaves=40,
)
yaml_tokens = st.sampled_from(
    ["a: ", "- ", "[", "]", "{", "}", ",", ": ", "\n", "  ", "&x ", "*x", "&y ", "*y", "!!python/object:os.system ",
     "!!binary ", "!!set ", "<<: ", "? ", '"', "'", "#", "---\n", "|\n", ">\n", "\t", "9" * 50, "\x07", "\ufeff",
     "woonsituatie", "huur", "ja", "answers:\n  "]
)
yaml_texts = st.one_of(
    st.lists(yaml_tokens, max_size=60).map("".join),
    st.text(alphabet=string.printable, max_size=300),
    values.map(lambda v: yaml.safe_dump(v, allow_unicode=True)),
    values.map(lambda v: yaml.safe_dump({"woonsituatie": v, "leeftijd": v}, allow_unicode=True)),
)
json_texts = st.one_of(
    values.map(lambda v: json.dumps(v)),
    st.text(alphabet='{}[]",:0123456789.eE-truefalsn \\u', max_size=200),
    st.binary(max_size=100).map(lambda b: b.decode("latin-1")),
)


def bounded(call: Any) -> Any:
    """Run `call`, asserting it stays within the memory bound."""
    tracemalloc.start()
    try:
        result = call()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_BOUND, f"{peak / 1e6:.0f} MB"
    return result


def assert_dutch(messages: list[str]) -> None:
    assert messages
    for message in messages:
        assert "Traceback" not in message
        assert any(word in message for word in DUTCH), message


_EXAMPLE: list[Any] = []


def example_flow() -> Any:
    """The example flow, loaded once (not a fixture: hypothesis would print it with every failure)."""
    if not _EXAMPLE:
        _EXAMPLE.append(load_flow(flows_dir() / "example.yaml"))
    return _EXAMPLE[0]


# --- the answers reader (and running the answers) -------------------------------------------------------------


@FUZZ
@given(text=yaml_texts)
def test_answers_reader(tmp_path: Path, text: str) -> None:
    path = tmp_path / "antwoorden.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")

    def read_and_run() -> None:
        try:
            answers = read_answers(path)
        except ContentError as exc:
            assert_dutch([p.message for p in exc.problems])
            assert all(p.line >= 1 and p.column >= 1 for p in exc.problems)
            return
        try:
            run_answers(example_flow(), answers)
        except (ScenarioError, FlowRuntimeError) as exc:
            assert_dutch([str(exc)])

    bounded(read_and_run)


# --- the content loader ------------------------------------------------------------------------------------


@FUZZ
@given(text=yaml_texts)
def test_content_loader(tmp_path: Path, text: str) -> None:
    path = tmp_path / "flow.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")

    def load() -> None:
        try:
            load_located_yaml(path)
        except ContentError as exc:
            assert_dutch([p.message for p in exc.problems])
        _source, problems = read_source(path)
        if problems:
            assert_dutch([p.message for p in problems])

    bounded(load)


# --- the session reader ------------------------------------------------------------------------------------


def _session(snapshot: Any, **extra: Any) -> str:
    body = {"format": 1, "kind": "session", "id": "abcd", "flow_id": "example", "label": None, "casework": False,
            "created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2099-01-01T00:00:00+00:00",
            "snapshot": snapshot, **extra}
    return json.dumps({**body, "checksum": checksum(body)})


session_texts = st.one_of(
    json_texts,
    values.map(_session),  # a valid envelope: the snapshot itself is what the reader must survive
    st.dictionaries(st.sampled_from(["flow_id", "answers", "format", "redacted", "content_hash", "version"]), values).map(
        _session
    ),
    st.builds(
        lambda a, v: _session({"format": 1, "flow_id": "example", "answers": a}, casework=v),
        st.dictionaries(st.sampled_from(["woonsituatie", "leeftijd", "toelichting", "x"]), values),
        values,
    ),
)


@FUZZ
@given(text=session_texts)
def test_session_reader(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    store = Store(tmp_path_factory.mktemp("data"))
    store.sessions_dir.mkdir()
    (store.sessions_dir / "abcd.json").write_text(text, encoding="utf-8", errors="surrogatepass")

    def read() -> None:
        store.list_sessions()
        store.load_session("abcd")
        resume(store, example_flow(), "abcd")
        if store.problems:
            assert_dutch([p.reason for p in store.problems])

    bounded(read)
