"""Content models are plain frozen classes (adviseur.content.shape); validating YAML against them
builds a pydantic model from the same declaration (adviseur.content.validation)."""

from __future__ import annotations

import re
import subprocess
import sys
from typing import Annotated

import pytest

from adviseur.content.shape import Alias, Before, Chars, Limits, Shape, cross_check, to_json
from adviseur.content.validation import ValidationError, validate, validated
from adviseur.flows.language.model import BranchNode, NodeBase, QuestionNode
from adviseur.knowledge import texts as knowledge_texts
from adviseur.knowledge.models import Evidence, Record, Signal
from adviseur.knowledge.vocabulary import EvidenceLevel

Name = Annotated[str, Chars(strip_whitespace=True, min_length=1)]


def _listed(value: object) -> object:
    return [value] if isinstance(value, str) else value


class Part(Shape):
    name: Name
    count: Annotated[int, Limits(ge=0)] = 0


class Whole(Shape):
    title: Name
    parts: Annotated[list[Part], Limits(min_length=1)]
    tags: Annotated[list[str], Before(_listed)] = []
    from_: Annotated[str | None, Alias("from")] = None

    @cross_check
    def _no_twins(self) -> None:
        names = [part.name for part in self.parts]
        if len(set(names)) != len(names):
            raise ValueError("twee delen met dezelfde naam")


def test_a_model_is_made_from_its_fields_and_frozen() -> None:
    part = Part(name="a")
    assert part.count == 0 and Part.__fields__ == ("name", "count")
    with pytest.raises(AttributeError):
        part.count = 3  # type: ignore[misc]
    with pytest.raises(TypeError, match="required"):
        Part()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unknown"):
        Part(name="a", size=1)  # type: ignore[call-arg]


def test_models_compare_and_hash_by_type_and_values() -> None:
    assert Part(name="a", count=1) == Part(name="a", count=1) != Part(name="a", count=2)
    assert len({Part(name="a"), Part(name="a"), Part(name="b")}) == 2
    assert Part(name="a") != Whole(title="a", parts=[])
    assert repr(Part(name="a")) == "Part(name='a', count=0)"


def test_a_mutable_default_is_not_shared() -> None:
    first, second = Whole(title="x", parts=[]), Whole(title="y", parts=[])
    first.tags.append("z")
    assert second.tags == [] and Whole.__defaults__["tags"] == []


def test_a_field_declared_again_decides_its_own_default() -> None:
    """`next` may be left out of a step, and must be given on a branch."""
    assert NodeBase.__defaults__["next"] is None
    assert "next" not in BranchNode.__defaults__
    assert BranchNode.__fields__.index("next") == NodeBase.__fields__.index("next")


def test_validation_gives_the_declared_class_with_converted_values() -> None:
    whole = validate(Whole, {"title": "  Huis ", "parts": [{"name": "dak", "count": 2}], "tags": "oud", "from": "bouw"})
    assert type(whole) is Whole and type(whole.parts[0]) is Part
    assert whole == Whole(title="Huis", parts=[Part(name="dak", count=2)], tags=["oud"], from_="bouw")
    record = validated(Record, id="x", kind="interventie", title="X", summary="Iets.", pillars=["voorzorg"],
                       applies={"audience": ["inwoner"]}, evidence=Evidence(level=EvidenceLevel("kansrijk")))
    assert record.evidence is not None and record.evidence.level is EvidenceLevel("kansrijk")


@pytest.mark.parametrize(
    ("data", "error_type", "where"),
    [
        ({"title": "x", "parts": []}, "too_short", ("parts",)),
        ({"title": "x", "parts": [{"name": "a", "count": -1}]}, "greater_than_equal", ("parts", 0, "count")),
        ({"title": "x", "parts": [{"name": "a"}], "kleur": "rood"}, "extra_forbidden", ("kleur",)),
        ({"title": " ", "parts": [{"name": "a"}]}, "string_too_short", ("title",)),
        ({"title": "x", "parts": [{"name": "a"}, {"name": "a"}]}, "value_error", ()),
    ],
)
def test_validation_refuses_what_the_declaration_forbids(data: dict, error_type: str, where: tuple) -> None:
    with pytest.raises(ValidationError) as caught:
        validate(Whole, data)
    [error] = caught.value.errors()
    assert (error["type"], error["loc"]) == (error_type, where)


def test_a_signal_is_checked_across_its_fields() -> None:
    with pytest.raises(ValidationError, match=re.escape(knowledge_texts.FIRST_STEPS_NEEDED)):
        validated(Signal, id="acuut", label="Acuut", condition="wonen", description="Nu.", urgency="acuut")


def test_json_data_names_fields_and_gives_enum_values() -> None:
    record = validated(Record, id="x", kind="interventie", title="X", summary="Iets.", pillars=["voorzorg"],
                       applies={"audience": ["inwoner"]}, evidence={"level": "kansrijk"})
    data = to_json(record)
    assert list(data) == list(Record.__fields__)
    assert data["pillars"] == ["voorzorg"] and data["evidence"] == {"level": "kansrijk", "international": False, "notes": []}
    assert to_json(Evidence(), exclude_none=True) == {"international": False, "notes": []}


def test_question_validate_key_is_read_under_its_alias() -> None:
    question = validate(
        QuestionNode, {"id": "leeftijd", "type": "question", "answer": "number", "text": "Hoe oud?", "validate": [{"min": 0}]}
    )
    assert question.validate_[0].min == 0


def test_importing_the_models_does_not_import_pydantic() -> None:
    code = "import sys, adviseur.flows.language.model, adviseur.knowledge.models; print('pydantic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
