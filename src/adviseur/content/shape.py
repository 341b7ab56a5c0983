"""Content models (knowledge records, vocabularies, flow files) as plain frozen classes.

A content model is declared once, as a class of typed fields with plain defaults:

    class Band(Shape):
        id: Slug
        label: Text
        explanation: Text | None = None

Constraints a YAML file must meet sit in the field's type, as `Annotated` markers of this module
(`Chars`, `Limits`, `Before`, `Alias`, `Tagged`), and checks across fields are methods marked
`@cross_check`. `adviseur.content.validation` builds a pydantic model from that declaration when a YAML
file is validated, and hands back instances of the class itself.

Why not pydantic models: every command that reads compiled content (running a flow, ranking
advice, the app's screens) would import pydantic and create some 55 model classes, which cost a
cold `adviseur run` about 0.14 s of its 0.42 s (issue 12). A class here costs some 30
microseconds to create, an instance is a plain `__dict__`, and the validation that YAML needs is
paid only where YAML is read.

Instances compare by type and field values, are immutable (a content model is shared by every
part of the app that reads it), and are made without any validation: `Cls(**fields)` checks only
that every required field is there and no unknown one, `Cls.made(fields)` not even that (for
data that was validated before, such as compiled content).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any, ClassVar, TypeVar, dataclass_transform

MISSING: Any = object()
"""A field without a default (the file must give it)."""

S = TypeVar("S", bound="Shape")


class Chars:
    """Text constraints: `pattern`, `min_length`, `max_length`, `strip_whitespace` (pydantic's
    StringConstraints)."""

    __slots__ = ("options",)

    def __init__(self, **options: Any) -> None:
        self.options = options


class Limits:
    """Bounds of a number (`ge`, `le`) or a list's length (`min_length`) (pydantic's Field)."""

    __slots__ = ("options",)

    def __init__(self, **options: Any) -> None:
        self.options = options


class Before:
    """A conversion of the raw YAML value before it is validated (`next: stap` as a list of rules)."""

    __slots__ = ("convert",)

    def __init__(self, convert: Callable[[Any], Any]) -> None:
        self.convert = convert


class Alias:
    """The key the file uses where the field's name cannot be it (`validate`)."""

    __slots__ = ("key",)

    def __init__(self, key: str) -> None:
        self.key = key


class Tagged:
    """A union of models told apart by one key (a flow step's `type`)."""

    __slots__ = ("key",)

    def __init__(self, key: str) -> None:
        self.key = key


def cross_check(method: Callable[[Any], None]) -> Callable[[Any], None]:
    """Mark a method as a check across fields, run after the fields validated; it raises
    ValueError with a Dutch message. It gets the validated values under the fields' names (the
    validating model's instance, not this class's), so it reads fields only."""
    method.__shape_check__ = True  # type: ignore[attr-defined]
    return method


@dataclass_transform(kw_only_default=True, frozen_default=True)
class Shape:
    """The base of every content model (see the module docstring)."""

    __fields__: ClassVar[tuple[str, ...]] = ()
    """The fields in declaration order, a base class's first."""
    __defaults__: ClassVar[dict[str, Any]] = {}
    __checks__: ClassVar[tuple[Callable[[Any], None], ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        names: dict[str, None] = {}
        defaults: dict[str, Any] = {}
        checks: dict[str, Callable[[Any], None]] = {}
        for klass in reversed(cls.__mro__):
            if not issubclass(klass, Shape) or klass is Shape:
                continue
            own = klass.__dict__
            for name, annotation in own.get("__annotations__", {}).items():
                if "ClassVar" in str(annotation):
                    continue
                names[name] = None
                # a field declared again decides its own default: `next` is optional on a step
                # and required on a branch
                defaults.pop(name, None)
                if name in own:
                    defaults[name] = own[name]
            checks.update({name: value for name, value in own.items() if getattr(value, "__shape_check__", False)})
        cls.__fields__ = tuple(names)
        cls.__defaults__ = defaults
        cls.__checks__ = tuple(checks.values())

    def __init__(self, **values: Any) -> None:
        fields: dict[str, Any] = {}
        for name in self.__fields__:
            if name in values:
                fields[name] = values.pop(name)
            else:
                default = self.__defaults__.get(name, MISSING)
                if default is MISSING:
                    raise TypeError(f"{type(self).__name__}: field {name!r} is required")
                fields[name] = _fresh(default)
        if values:
            raise TypeError(f"{type(self).__name__}: unknown fields {sorted(values)}")
        self.__dict__.update(fields)

    @classmethod
    def made(cls: type[S], fields: dict[str, Any]) -> S:
        """An instance with exactly these field values, unchecked (validated data only)."""
        instance = cls.__new__(cls)
        instance.__dict__.update(fields)
        return instance

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: {name} cannot be set")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: {name} cannot be removed")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Shape):
            return NotImplemented
        return type(other) is type(self) and other.__dict__ == self.__dict__

    def __hash__(self) -> int:
        return hash((type(self), *self.__dict__.values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{type(self).__name__}({fields})"


def _fresh(default: Any) -> Any:
    """A mutable default is copied, so no two instances share one list."""
    if isinstance(default, list | dict):
        return default.copy()
    return default


def to_json(value: Any, *, exclude_none: bool = False) -> Any:
    """A model as JSON data, key by field name (a model's `--json` output, the search index's
    records): enums as their value, nested models as mappings."""
    if isinstance(value, Shape):
        return {
            name: to_json(field, exclude_none=exclude_none)
            for name, field in value.__dict__.items()
            if not (exclude_none and field is None)
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [to_json(item, exclude_none=exclude_none) for item in value]
    if isinstance(value, dict):
        return {key: to_json(item, exclude_none=exclude_none) for key, item in value.items()}
    return value
