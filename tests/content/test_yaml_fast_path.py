"""Issue 12: content is read on libyaml's fast path and located only when a problem is reported.

The fast path must never accept what the located read refuses or reports, and must give the
same value; a problem about a file read fast must point at the same line and column as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from adviseur.content import ANSWERS, CONTENT, ContentError, YamlLimits, load_located_yaml
from adviseur.content.yamlsource import _fast_value, _load_located, _NeedsLocated
from adviseur.locations import content_root
from tests.content.test_fuzz_readers import yaml_texts

SHIPPED = sorted(p for folder in ("knowledge", "flows") for p in (content_root() / folder).rglob("*.yaml"))


def located(text: str, limits=CONTENT):  # noqa: ANN001, ANN201
    """The located read of `text`: its value and problems, or the messages it raised."""
    try:
        doc = _load_located(Path("x.yaml"), text, limits)
    except ContentError as exc:
        return "refused", [str(p) for p in exc.problems]
    return doc.data, [str(p) for p in doc.problems]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_file_reads_the_same_fast_and_located(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = load_located_yaml(path, text)
    slow = _load_located(path, text, CONTENT)
    assert doc.data == slow.data
    assert doc.problems == slow.problems == []
    keys = list(slow.positions)
    assert [doc.locate(k) for k in keys] == [slow.locate(k) for k in keys]


def test_most_shipped_files_take_the_fast_path() -> None:
    fast = 0
    for path in SHIPPED:
        try:
            _fast_value(path.read_text(encoding="utf-8"), CONTENT)
            fast += 1
        except _NeedsLocated:
            pass
    assert fast == len(SHIPPED)


def test_a_problem_in_a_file_read_fast_is_located_exactly() -> None:
    text = "titel: Huur\nvragen:\n  - id: a\n    tekst: Hoeveel?\n  - id: b\n    soort: getal\n"
    doc = load_located_yaml(Path("f.yaml"), text)
    assert doc.unlocated is not None  # read fast: no positions yet
    problem = doc.problem(("vragen", 1, "soort"), "onbekende sleutel 'soort'")
    assert (problem.line, problem.column) == (6, 5)
    assert str(problem) == "f.yaml:6:5: onbekende sleutel 'soort'"


@pytest.mark.parametrize(
    "text",
    [
        "a: &x [a, *x]\n",  # an alias that contains itself (refused)
        "a: 1\na: 2\n",  # a key twice (reported)
        "<<: {a: 1}\n",  # a merge key (refused)
        "~: een\n",  # a key that is no text, number or true/false (reported)
        "2024-01-01: een\n",
        "a: !!binary aGVsbG8=\n",  # a tag
        "a: " + "9" * 40 + "\n",  # too many digits
        "a: 2024-13-45\n",  # no date
        "a: [\n",  # a syntax error
        "[" * 60 + "]" * 60,  # too deep
    ],
)
def test_anything_unusual_goes_to_the_located_read(text: str) -> None:
    with pytest.raises(_NeedsLocated):
        _fast_value(text, CONTENT)
    doc_or_error = located(text)
    try:
        doc = load_located_yaml(Path("x.yaml"), text)
    except ContentError as exc:
        assert doc_or_error == ("refused", [str(p) for p in exc.problems])
    else:
        assert (doc.data, [str(p) for p in doc.problems]) == doc_or_error


def test_number_keys_are_text_as_the_located_read_makes_them() -> None:
    text = "1: een\n2.5: twee\ntrue: ja\n"
    assert _fast_value(text, CONTENT) == located(text)[0] == {"1": "een", "2.5": "twee", "True": "ja"}


def test_budgets_hold_on_the_fast_path() -> None:
    wide = yaml.safe_dump({"a": list(range(30))})
    with pytest.raises(_NeedsLocated):
        _fast_value(wide, YamlLimits(max_bytes=10_000, max_depth=5, max_nodes=20, max_expanded=0))
    assert _fast_value(wide, CONTENT) == {"a": list(range(30))}
    shared = "a: &x [1, 2, 3]\nb: *x\nc: *x\n"
    assert _fast_value(shared, CONTENT) == {"a": [1, 2, 3], "b": [1, 2, 3], "c": [1, 2, 3]}
    with pytest.raises(_NeedsLocated):  # no aliases in answers
        _fast_value(shared, ANSWERS)
    with pytest.raises(_NeedsLocated):  # 8 values expanded, 7 allowed
        _fast_value(shared, YamlLimits(max_bytes=10_000, max_depth=5, max_nodes=100, max_expanded=7))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(text=yaml_texts)
def test_the_fast_path_agrees_with_the_located_read(text: str) -> None:
    for limits in (CONTENT, ANSWERS):
        expected = located(text, limits)
        try:
            value = _fast_value(text, limits)
        except _NeedsLocated:
            continue
        assert expected == (value, []) or _same_nan(expected, value)


def _same_nan(expected: object, value: object) -> bool:
    """NaN is not equal to itself; compare the printed forms when one is in the value."""
    return repr(expected) == repr((value, [])) and "nan" in repr(value)
