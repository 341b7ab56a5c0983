"""Validated content models kept as plain JSON data, and made again without validating them.

The compiled knowledge and flows (`adviseur.compiled`) keep what the content models
(`adviseur.content.shape`) held when the YAML was validated. The file is ours (owner-only,
CRC-checked, keyed on the code and every content file), so a command makes the models again
from it without validation, which is what lets it run without pydantic: the same field values of
the same types (enums as their members, a scale's labels with integer keys), compared equal to
the validated models (the tests compare every shipped file).

    data = dump(model)                  # JSON-able: a model is the list of its field values
    same = construct(type(model), data)

A field type this module cannot make again exactly raises `Unsupported` already in `dump`, so
nothing is kept that cannot be read back; data that does not fit the model raises `ValueError`,
`TypeError`, `KeyError` or `IndexError`, and the caller builds the part from the YAML again.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from enum import Enum
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

from adviseur.content.shape import Shape
from adviseur.errors import AdviseurError

S = TypeVar("S", bound=Shape)

Convert = Callable[[Any], Any]
"""From the kept data to the field's value (dump: the other way)."""


class Unsupported(AdviseurError):
    """A field type `construct` cannot make again exactly (never shown to users)."""


class _Plan:
    """How one model class is dumped and made again: its fields in order, each with the
    conversion its type needs (None: the JSON value is the value)."""

    def __init__(self, cls: type[Shape]) -> None:
        self.cls = cls
        self.names = cls.__fields__
        hints = typing.get_type_hints(cls, include_extras=True)
        pairs = [_converters(hints[name]) for name in self.names]
        self.converted = tuple((name, load) for name, (load, _) in zip(self.names, pairs, strict=True) if load is not None)
        """The fields whose kept value must be converted (most are their JSON value as it is)."""
        self.save = tuple(save for _, save in pairs)

    def dump(self, model: Shape) -> list[Any]:
        if type(model) is not self.cls:
            raise Unsupported(f"{type(model).__name__} where {self.cls.__name__} was declared")
        values = [model.__dict__[name] for name in self.names]
        return [v if save is None or v is None else save(v) for v, save in zip(values, self.save, strict=True)]

    def construct(self, data: list[Any]) -> Shape:
        if len(data) != len(self.names):
            raise ValueError(f"{self.cls.__name__}: {len(data)} values for {len(self.names)} fields")
        values = dict(zip(self.names, data, strict=True))
        for name, load in self.converted:
            value = values[name]
            if value is not None:
                values[name] = load(value)
        return self.cls.made(values)


_plans: dict[type[Shape], _Plan] = {}


def _plan(cls: type[Shape]) -> _Plan:
    plan = _plans.get(cls)
    if plan is None:
        plan = _plans[cls] = _Plan(cls)
    return plan


def dump(model: Shape) -> list[Any]:
    """`model` as JSON-able data `construct` makes it from again (raises Unsupported)."""
    return _plan(type(model)).dump(model)


def construct(cls: type[S], data: Any) -> S:
    """The model of `cls` that `dump` gave `data` for, made without validation."""
    if not isinstance(data, list):
        raise TypeError(f"{cls.__name__}: no kept model")
    return _plan(cls).construct(data)  # type: ignore[return-value]


def _converters(annotation: Any) -> tuple[Convert | None, Convert | None]:
    """(load, save) for a field of this type: None where the JSON value is the value itself."""
    if annotation is Any or annotation in (str, int, float, bool) or annotation is type(None):
        return None, None
    origin = get_origin(annotation)
    args = get_args(annotation)
    if origin is typing.Annotated:
        return _converters(args[0])
    if origin is Literal:
        if all(isinstance(a, str | int | bool) and not isinstance(a, Enum) for a in args):
            return None, None
        raise Unsupported(f"Literal {args}")
    if isinstance(annotation, type) and issubclass(annotation, Shape):
        plan_of = annotation
        return (lambda value: _plan(plan_of).construct(value)), (lambda value: _plan(plan_of).dump(value))
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        enum = annotation
        return (lambda value: enum(value)), (lambda value: value.value)
    if origin is list:
        item_load, item_save = _converters(args[0])
        if item_load is None or item_save is None:  # a JSON list is a new list of the values
            return None, None
        return (lambda value: [item_load(v) for v in value]), (lambda value: [item_save(v) for v in value])
    if origin is dict:
        return _dict_converters(args[0], args[1])
    if origin in (Union, types.UnionType):
        return _union_converters(args)
    raise Unsupported(f"type {annotation!r}")


def _dict_converters(key: Any, value: Any) -> tuple[Convert | None, Convert | None]:
    while get_origin(key) is typing.Annotated:
        key = get_args(key)[0]
    if key not in (str, int):
        raise Unsupported(f"dict key {key!r}")
    value_load, value_save = _converters(value)
    if key is str and value_load is None:
        return None, None
    if value_load is None or value_save is None:  # JSON keys are text: {1: 'nee'} comes back with int keys
        return (lambda d: {int(k): v for k, v in d.items()}), None
    key_load: Convert = str if key is str else int
    return (lambda d: {key_load(k): value_load(v) for k, v in d.items()}), (lambda d: {k: value_save(v) for k, v in d.items()})


def _union_converters(args: tuple[Any, ...]) -> tuple[Convert | None, Convert | None]:
    members = [a for a in args if a is not type(None)]
    if len(members) == 1:  # X | None
        return _converters(members[0])
    pairs = [_converters(member) for member in members]
    if all(pair == (None, None) for pair in pairs):  # bool | int | float | str, Literals: JSON keeps which
        return None, None
    classes = [m for m in members if isinstance(m, type) and issubclass(m, Shape)]
    if len(classes) != len(members):
        raise Unsupported(f"a union of models and other types: {members}")

    def save(value: Any) -> list[Any]:  # [which member, its data]
        index = classes.index(type(value))
        return [index, _plan(classes[index]).dump(value)]

    def load(value: list[Any]) -> Any:
        index, data = value
        return _plan(classes[index]).construct(data)

    return load, save
