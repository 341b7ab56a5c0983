"""Compiled content is made into models again without validation (adviseur.content.kept):
what comes back must be the validated models themselves, down to the types of their values."""

from __future__ import annotations

import json
from enum import Enum
from typing import Any

import pytest

from adviseur.content import kept as models
from adviseur.content.shape import Shape
from adviseur.content.validation import validate
from adviseur.flows.authoring.loader import FlowLibrary, flow_files
from adviseur.flows.language.model import Flow, QuestionNode, Scale
from adviseur.knowledge.models import Record
from adviseur.locations import flows_dir


def same(kept: Any, made: Any, where: str = "$") -> None:
    """Equal, and of the same types all the way down (an enum member, not its text; an int key)."""
    assert type(kept) is type(made), f"{where}: {type(kept).__name__} != {type(made).__name__}"
    if isinstance(kept, Shape):
        assert list(kept.__dict__) == list(made.__dict__) == list(type(kept).__fields__), where
        for name in type(kept).__fields__:
            same(getattr(kept, name), getattr(made, name), f"{where}.{name}")
    elif isinstance(kept, list):
        assert len(kept) == len(made), where
        for i, (a, b) in enumerate(zip(kept, made, strict=True)):
            same(a, b, f"{where}[{i}]")
    elif isinstance(kept, dict):
        assert list(kept) == list(made), where
        for (ka, a), (kb, b) in zip(kept.items(), made.items(), strict=True):
            same(ka, kb, f"{where} key")
            same(a, b, f"{where}[{ka!r}]")
    else:
        assert kept == made, f"{where}: {kept!r} != {made!r}"


def round_trip(model: Shape) -> Any:
    return models.construct(type(model), json.loads(json.dumps(models.dump(model))))


def test_every_shipped_flow_comes_back_as_validated() -> None:
    library = FlowLibrary(flows_dir())
    files = flow_files(flows_dir())
    flows = [source.flow for source, _ in map(library.read, files) if source and source.flow]
    assert len(flows) == len(files) > 5
    for flow in flows:
        made = round_trip(flow)
        same(flow, made, flow.id)
        assert made == flow


def test_every_knowledge_model_comes_back_as_validated(kb) -> None:  # noqa: ANN001
    assert len(kb.records) > 100
    for model in (*kb.records, kb.pillars, kb.evidence, kb.signals, kb.target_groups, kb.references):
        same(model, round_trip(model), getattr(model, "id", type(model).__name__))
    assert any(isinstance(p, Enum) for r in kb.records for p in r.pillars)


def test_what_json_changes_is_made_again() -> None:
    """An enum comes back as its member, a scale's labels with integer keys, a node as its class."""
    flow = validate(
        Flow,
        {
            "id": "proef",
            "title": "Proef",
            "audience": "iedereen",
            "description": "Een proef.",
            "version": 1.5,
            "nodes": [
                {"id": "hoe", "type": "question", "answer": "scale", "text": "Hoe?", "scale": {"labels": {1: "slecht"}}},
                {"id": "klaar", "type": "result"},
            ],
        },
    )
    made = round_trip(flow)
    same(flow, made)
    question = made.nodes[0]
    assert isinstance(question, QuestionNode) and isinstance(question.scale, Scale)
    assert question.scale.labels == {1: "slecht"} and made.version == "1.5"


@pytest.mark.parametrize("damage", [lambda d: d[:-1], lambda d: {"id": "x"}, lambda d: [*d, 1], lambda d: None])
def test_data_of_another_shape_is_refused(damage) -> None:  # noqa: ANN001
    record = validate(
        Record,
        {"id": "x", "kind": "landelijk", "title": "X", "summary": "Iets.", "pillars": ["voorzorg"]}
        | {"applies": {"audience": ["inwoner"]}},
    )
    with pytest.raises((ValueError, TypeError, KeyError, IndexError)):
        models.construct(Record, damage(models.dump(record)))


def test_a_model_it_cannot_make_again_is_not_kept() -> None:
    class WithSet(Shape):
        tags: set[str] = set()

    with pytest.raises(models.Unsupported):
        models.dump(WithSet(tags={"a"}))
