"""Schema errors in a content file (knowledge or flows), as located Dutch problems.

pydantic's error locations include the tag of a discriminated union (`nodes.3.question.text`),
which is not a path in the file; we drop such tags by walking the data, so the position found is
the key the author typed. Messages are Dutch and name the nearest valid key or value. One
translator for all content, so a knowledge author and a flow author read the same sentences.
"""

from __future__ import annotations

import re
import types
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from adviseur.content import texts
from adviseur.content.problems import Problem, did_you_mean
from adviseur.content.wording import counted
from adviseur.content.yamlsource import LocatedYaml


def _found(value: Any) -> str:
    if value is None:
        return texts.FOUND_EMPTY
    if isinstance(value, bool):
        return texts.FOUND_BOOL
    if isinstance(value, (int, float)):
        return texts.FOUND_NUMBER
    if isinstance(value, str):
        return texts.FOUND_TEXT
    if isinstance(value, list):
        return texts.FOUND_LIST
    if isinstance(value, dict):
        return texts.FOUND_MAPPING
    return type(value).__name__


def _clean_loc(loc: tuple[Any, ...], data: Any) -> tuple[Any, ...]:
    """Drop parts of a pydantic loc that are union tags rather than keys of the data."""
    cleaned: list[Any] = []
    current = data
    for part in loc:
        if isinstance(current, dict):
            if part in current:
                cleaned.append(part)
                current = current[part]
                continue
            if isinstance(part, str) and (current.get("type") == part or part in ("str", "list[Rule]")):
                continue  # a union tag
            cleaned.append(part)
            current = None
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            cleaned.append(part)
            current = current[part]
        else:
            cleaned.append(part)
            current = None
    return tuple(cleaned)


def _unwrap(annotation: Any, data: Any) -> Any:
    """The concrete type behind Annotated/Optional/Union, choosing a node class by its `type`."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
            continue
        if origin in (Union, types.UnionType):
            members = [a for a in get_args(annotation) if a is not type(None)]
            models = [m for m in members if isinstance(m, type) and issubclass(m, BaseModel)]
            if models and isinstance(data, dict):
                for m in models:
                    tag = m.model_fields.get("type")
                    if tag is not None and data.get("type") in get_args(tag.annotation):
                        return m
            annotation = models[0] if models else members[0]
            continue
        return annotation


def _model_at(root: type[BaseModel], loc: tuple[Any, ...], data: Any) -> type[BaseModel] | None:
    annotation: Any = root
    current = data
    for part in loc:
        annotation = _unwrap(annotation, current)
        origin = get_origin(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = annotation.model_fields.get(part) if isinstance(part, str) else None
            if field is None:
                field = next((f for f in annotation.model_fields.values() if f.alias == part), None)
            if field is None:
                return None
            annotation = field.annotation
        elif origin in (list, dict):
            annotation = get_args(annotation)[-1]
        else:
            return None
        try:
            current = current[part]
        except (KeyError, IndexError, TypeError):
            current = None
    annotation = _unwrap(annotation, current)
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def _keys(model: type[BaseModel]) -> list[str]:
    return sorted(f.alias or name for name, f in model.model_fields.items())


def _options(expected: str) -> list[str]:
    """pydantic's "'a', 'b' or 'c'" (or "True, False or 'partial'") as YAML spellings."""
    parts = [p.strip().strip("'") for p in re.split(r",\s*|\s+or\s+", expected) if p.strip()]
    return [{"True": "true", "False": "false", "None": "leeg"}.get(p, p) for p in parts]


def schema_problems(
    doc: LocatedYaml, error: ValidationError, root: type[BaseModel], prefix: tuple[Any, ...] = ()
) -> list[Problem]:
    """Every schema error of `doc` (validated as `root`), located at the key or value it concerns,
    in Dutch, deduplicated. `prefix` is where the validated value sits inside the document."""
    problems: list[Problem] = []
    seen: set[tuple[int, int, str]] = set()
    data = doc.data
    for part in prefix:
        data = data[part]
    for err in error.errors(include_url=False):
        loc = _clean_loc(tuple(err["loc"]), data)
        message = _message(err, loc, data, root)
        loc = (*prefix, *loc)
        where = loc
        if err["type"] == "union_tag_invalid":
            where = (*loc, "type")
        problem = doc.problem(where, message)
        key = (problem.line, problem.column, problem.message)
        if key not in seen:
            seen.add(key)
            problems.append(problem)
    return problems


def _message(err: ErrorDetails, loc: tuple[Any, ...], data: Any, root: type[BaseModel]) -> str:
    kind = err["type"]
    field = str(loc[-1]) if loc and isinstance(loc[-1], str) else ""
    value = err.get("input")
    ctx = err.get("ctx") or {}
    if kind == "extra_forbidden":
        model = _model_at(root, loc[:-1], data)
        hint = did_you_mean(field, _keys(model)) if model else ""
        return texts.UNKNOWN_KEY.format(field=field, hint=hint)
    if kind == "missing":
        return texts.MISSING_KEY.format(field=field)
    if kind == "union_tag_invalid":
        tag = str(ctx.get("tag", value))
        tags = _options(str(ctx.get("expected_tags", "")))
        return texts.UNKNOWN_TYPE.format(value=tag, hint=did_you_mean(tag, tags), options=", ".join(tags))
    if kind == "union_tag_not_found":
        return texts.MISSING_TYPE.format(options=", ".join(_union_tags(root)))
    prefix = f"{field}: " if field else ""
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        template = texts.BAD_ID if "_" in pattern and "-" not in pattern else texts.BAD_SLUG
        return prefix + template.format(value=value)
    if kind in ("literal_error", "enum"):  # a Literal or a StrEnum (AnswerKind)
        options = _options(str(ctx.get("expected", "")))
        hint = did_you_mean(str(value), options) if isinstance(value, str) else ""
        return prefix + texts.BAD_VALUE.format(value=value, hint=hint, options=", ".join(options))
    if kind == "string_too_short":
        return prefix + texts.EMPTY_TEXT
    if kind == "too_short":
        return prefix + texts.TOO_FEW.format(items=counted(int(ctx.get("min_length", 1)), *texts.ITEM_NOUN))
    if kind in texts.TYPE_NAMES:
        return prefix + texts.WRONG_TYPE.format(expected=texts.TYPE_NAMES[kind], found=_found(value))
    text = str(err.get("msg", ""))
    text = text.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    return prefix + texts.NOT_VALID.format(detail=text)


def _union_tags(root: type[BaseModel]) -> list[str]:
    """The `type` tags of the tagged models a file may hold (the kinds of flow step)."""
    tags: list[str] = []

    def visit(annotation: Any) -> None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = annotation.model_fields.get("type")
            if field is not None:
                tags.extend(str(t) for t in get_args(field.annotation) if str(t) not in tags)
            return
        for arg in get_args(annotation):
            visit(arg)

    for field in root.model_fields.values():
        visit(field.annotation)
    return tags
