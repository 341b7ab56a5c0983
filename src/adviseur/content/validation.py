"""Validating YAML data against a content model (`adviseur.content.shape`), with pydantic.

For each model class, a pydantic model with the same name, fields, defaults and checks is built
the first time a file of that kind is validated (the markers of `shape` become pydantic's
constraints). pydantic's errors therefore name the same fields, aliases and union tags as the
declaration, so `content.schema` locates and words them as before. What validates is turned into
instances of the declared classes: the rest of Adviseur never sees a pydantic model.

Only code that reads YAML imports this module (and so pydantic).
"""

from __future__ import annotations

import types
import typing
from typing import TYPE_CHECKING, Annotated, Any, TypeVar, Union, get_args, get_origin

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    create_model,
    model_validator,
)

from adviseur.content.problems import Problem
from adviseur.content.schema import schema_problems
from adviseur.content.shape import MISSING, Alias, Before, Chars, Limits, Shape, Tagged, to_json

if TYPE_CHECKING:
    from adviseur.content.yamlsource import LocatedYaml

__all__ = ["ValidationError", "schema_of", "validate", "validate_located", "validated"]

S = TypeVar("S", bound=Shape)

_CONFIG = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
"""Unknown keys are errors: a misspelt key must not be silently ignored."""

_schemas: dict[type[Shape], type[BaseModel]] = {}
_declared: dict[type[BaseModel], type[Shape]] = {}


def validate(cls: type[S], data: Any) -> S:
    """`data` (parsed YAML) as an instance of `cls`; raises pydantic's ValidationError."""
    declared: S = _declared_from(schema_of(cls).model_validate(data))
    return declared


def validate_located(cls: type[S], doc: LocatedYaml) -> tuple[S | None, list[Problem]]:
    """A content file's data as an instance of `cls`, or None and every schema error as a
    located Dutch problem (`content.schema`)."""
    try:
        return validate(cls, doc.data), []
    except ValidationError as exc:
        return None, schema_problems(doc, exc, schema_of(cls))


def schema_of(cls: type[Shape]) -> type[BaseModel]:
    """The pydantic model that validates data for `cls` (built once per process)."""
    schema = _schemas.get(cls)
    if schema is None:
        hints = typing.get_type_hints(cls, include_extras=True)
        fields: dict[str, Any] = {}
        for name in cls.__fields__:
            default = cls.__defaults__.get(name, MISSING)
            fields[name] = (_translated(hints[name]), ... if default is MISSING else default)
        validators: dict[str, Any] = {check.__name__: model_validator(mode="after")(_after(check)) for check in cls.__checks__}
        schema = create_model(cls.__name__, __config__=_CONFIG, __module__=cls.__module__, __validators__=validators, **fields)
        _schemas[cls] = schema
        _declared[schema] = cls
    return schema


def _after(check: Any) -> Any:
    def run(self: BaseModel) -> BaseModel:
        check(self)
        return self

    run.__name__ = check.__name__
    return run


def _translated(annotation: Any) -> Any:
    """The type as pydantic validates it: models as their schemas, markers as pydantic's."""
    if isinstance(annotation, type) and issubclass(annotation, Shape):
        return schema_of(annotation)
    origin = get_origin(annotation)
    args = get_args(annotation)
    if origin is Annotated:
        return Annotated[(_translated(args[0]), *(_marker(m) for m in annotation.__metadata__))]
    if origin in (Union, types.UnionType):
        return Union[tuple(_translated(a) for a in args)]  # noqa: UP007 - built from a tuple
    if origin is list:
        return list[_translated(args[0])]  # type: ignore[misc]
    if origin is dict:
        return dict[_translated(args[0]), _translated(args[1])]  # type: ignore[misc]
    return annotation


def _marker(marker: Any) -> Any:
    if isinstance(marker, Chars):
        return StringConstraints(**marker.options)
    if isinstance(marker, Limits):
        return Field(**marker.options)
    if isinstance(marker, Before):
        return BeforeValidator(marker.convert)
    if isinstance(marker, Alias):
        return Field(alias=marker.key)
    if isinstance(marker, Tagged):
        return Field(discriminator=marker.key)
    return marker


def _declared_from(value: Any) -> Any:
    """Validated data with every pydantic model replaced by an instance of its declared class."""
    if isinstance(value, BaseModel):
        return _declared[type(value)].made({name: _declared_from(field) for name, field in value.__dict__.items()})
    if isinstance(value, list):
        return [_declared_from(item) for item in value]
    if isinstance(value, dict):
        return {key: _declared_from(item) for key, item in value.items()}
    return value


def validated(cls: type[S], **fields: Any) -> S:
    """A model from keyword fields, validated as if a file gave them (nested models may be
    given as instances); for code and tests that build content by hand."""
    return validate(cls, to_json(fields))
