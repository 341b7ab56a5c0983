"""The one way Adviseur reads YAML: with the position of every node, and within limits.

Content (knowledge, flows, scenarios), answer files (`adviseur run --answers`) and everything
else go through `load_located_yaml`, so any file, however hostile or careless, gives either data
or located Dutch problems, never a traceback or a machine out of memory:

- the file is read with a size limit, and a missing file, a folder or a file that is not UTF-8
  is a problem at 1:1;
- PyYAML's composer keeps a start mark on every node; we walk the node tree once, building the
  plain Python value and a table from data path (the same tuple shape as pydantic's `loc`) to
  position. The walk counts what it builds and how deep it goes, so an alias bomb ("billion
  laughs": a few hundred bytes that expand to billions of values), a self-referencing alias
  (`&x [*x]`) or a nesting of hundreds of levels stops with a message instead of exhausting
  memory or the stack;
- answer files may not use aliases at all (an answer never needs one), content may, within a
  budget of expanded values (`housing-first.yaml` shares one scale among its questions);
- only plain YAML types are built: tags such as !!python/…, !!binary or !!set are refused, not
  silently read as something else;
- an integer of more than `MAX_INT_DIGITS` digits is an error, not a huge number for the engine
  to choke on (nor Python's ValueError above 4300 digits);
- every syntax error names where the parser noticed it and where the unclosed bracket or quote
  was opened (PyYAML's context mark), in Dutch;
- duplicate mapping keys, which PyYAML silently overwrites, are reported.

Positions cost: building the value with a position for every node takes twice as long as
building the value alone. So a file is first read on the fast path (libyaml composes, a lean
walk builds plain values under the same budgets) and its positions are computed only when a
problem is reported about it (`LocatedYaml.locate`), by the located builder on the same text:
the messages are exactly those of a located read. Anything the lean walk does not handle
itself - an alias, a tag, a key twice or not text, a merge key, a budget reached, a syntax
error - sends the file to the located builder at once, which enforces every limit above and
says what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from adviseur.content import texts
from adviseur.content.problems import ContentError, Problem, Severity

# the C loader is several times faster; the pure-Python one when PyYAML was built without libyaml
_Loader: type[yaml.CSafeLoader] | type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

DataPath = tuple[str | int, ...]

MAX_INT_DIGITS = 30
"""No count, score or age in any flow needs more; a longer integer is a mistake or an attack."""
_TAG = "tag:yaml.org,2002:"
_INT_TAG = _TAG + "int"
_MERGE_TAG = _TAG + "merge"
_SCALAR_TAGS = frozenset(_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp"))
"""Plain values. Other tags (!!binary, !!set, !!python/…) are refused: content never needs them."""


@dataclass(frozen=True)
class YamlLimits:
    """How much one file may hold. Generous for what authors write, small for what a machine has."""

    max_bytes: int
    max_depth: int
    max_nodes: int
    """Values built in all, counting every expansion of an alias."""
    max_expanded: int
    """Values built by expanding aliases (0: aliases are refused)."""


CONTENT = YamlLimits(max_bytes=4 * 1024 * 1024, max_depth=40, max_nodes=200_000, max_expanded=10_000)
"""The largest shipped file has about 2,000 nodes, 7 levels deep, in 52 KB; its aliases (one
scale shared by nine questions) expand to under a hundred values."""
ANSWERS = YamlLimits(max_bytes=1024 * 1024, max_depth=20, max_nodes=20_000, max_expanded=0)
"""An answers (or scenario) file given to `adviseur run`: a few dozen answers."""


@dataclass
class LocatedYaml:
    """A parsed YAML document plus the line/column of every value and key in it."""

    path: Path
    data: Any
    positions: dict[DataPath, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    unlocated: tuple[str, YamlLimits] | None = field(default=None, repr=False, compare=False)
    """The text (and limits) of a file read on the fast path, until its positions are needed."""

    def locate(self, loc: DataPath) -> tuple[int, int]:
        """Position of the deepest known node on `loc` (pydantic locs may name missing keys)."""
        if self.unlocated is not None:
            self._compute_positions()
        for end in range(len(loc), -1, -1):
            pos = self.positions.get(tuple(loc[:end]))
            if pos is not None:
                return pos
        return (1, 1)

    def problem(self, loc: DataPath, message: str, severity: Severity = "error") -> Problem:
        line, column = self.locate(loc)
        return Problem(self.path, line, column, message, severity)

    def _compute_positions(self) -> None:
        """Read the text again with the located builder (a file the fast path read: it passes)."""
        pending, self.unlocated = self.unlocated, None
        if pending is None:
            return
        text, limits = pending
        try:
            self.positions = _load_located(self.path, text, limits).positions
        except ContentError:  # cannot happen for a text the fast path read; 1:1 is still a position
            self.positions = {}


class _Refused(Exception):
    """A limit was reached while building the value; carries the located problem."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.where = (line, column)
        self.message = message


def _mark(node: yaml.Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


class _Budget:
    """What a walk over a node tree has built so far, against `limits`: the one count both
    builders keep (the located `_Builder` and the fast path's `_FastBuilder`), so the fast path
    can never let through what the located read refuses."""

    def __init__(self, loader: Any, limits: YamlLimits) -> None:
        self.loader = loader
        self.limits = limits
        self.nodes = 0
        self.expanded = 0
        self.open: set[int] = set()
        """Nodes being built: meeting one again means an alias that contains itself."""
        self.seen: set[int] = set()
        """Every node built once: meeting one again means an alias (refused in answer files)."""

    def count(self, node: yaml.Node, depth: int, expanding: bool) -> tuple[str | None, bool]:
        """Count `node`: what limit it oversteps (a Dutch message) or None, and whether it is
        inside an alias's expansion."""
        limits = self.limits
        self.nodes += 1
        if self.nodes > limits.max_nodes:
            return texts.TOO_MANY_VALUES.format(max=limits.max_nodes), expanding
        if depth > limits.max_depth:
            return texts.TOO_DEEP.format(max=limits.max_depth), expanding
        key = id(node)
        if key in self.open:
            return texts.ALIAS_TO_ITSELF, expanding
        if key in self.seen:
            if not limits.max_expanded:
                return texts.ALIAS_IN_ANSWERS, expanding
            expanding = True
        self.seen.add(key)
        if expanding:
            self.expanded += 1
            if self.expanded > limits.max_expanded:
                return texts.ALIAS_TOO_LARGE.format(max=limits.max_expanded), expanding
        return None, expanding


class _Builder(_Budget):
    """Builds the plain value of a node tree within `limits`, recording positions."""

    def __init__(self, doc: LocatedYaml, loader: Any, limits: YamlLimits) -> None:
        super().__init__(loader, limits)
        self.doc = doc

    def build(self, node: yaml.Node, path: DataPath, depth: int, where: tuple[int, int], expanding: bool = False) -> Any:
        """The value of `node` at `path`; `where` is what to point at when a limit is reached
        (the key that holds the value), `expanding` whether we are inside an alias's expansion."""
        problem, expanding = self.count(node, depth, expanding)
        if problem is not None:
            raise _Refused(*where, problem)
        key = id(node)
        self.doc.positions[path] = _mark(node)
        if isinstance(node, yaml.MappingNode):
            self._collection_tag(node, "map")
            self.open.add(key)
            try:
                return self._mapping(node, path, depth, expanding)
            finally:
                self.open.discard(key)
        if isinstance(node, yaml.SequenceNode):
            self._collection_tag(node, "seq")
            self.open.add(key)
            try:
                return [
                    self.build(item, (*path, i), depth + 1, _mark(item), expanding) for i, item in enumerate(node.value)
                ]
            finally:
                self.open.discard(key)
        return self._scalar(node)

    @staticmethod
    def _collection_tag(node: yaml.Node, kind: str) -> None:
        if node.tag != _TAG + kind:
            raise _Refused(*_mark(node), texts.TAG_NOT_ALLOWED.format(tag=_tag_name(node.tag)))

    def _mapping(self, node: yaml.MappingNode, path: DataPath, depth: int, expanding: bool) -> dict[str, Any]:
        doc = self.doc
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                doc.problems.append(Problem(doc.path, *_mark(key_node), texts.MERGE_NOT_ALLOWED))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                doc.problems.append(Problem(doc.path, *_mark(key_node), texts.KEY_NOT_TEXT))
                continue
            key = self._scalar(key_node)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                doc.problems.append(Problem(doc.path, *_mark(key_node), texts.KEY_NOT_TEXT))
                continue
            key = str(key) if not isinstance(key, str) else key
            if key in result:
                doc.problems.append(Problem(doc.path, *_mark(key_node), texts.DUPLICATE_KEY.format(key=_short(key))))
            # the key's own position is what an editor should jump to for "unknown key" errors
            result[key] = self.build(value_node, (*path, key), depth + 1, _mark(key_node), expanding)
            doc.positions[(*path, key)] = _mark(key_node)
        return result

    def _scalar(self, node: yaml.Node) -> Any:
        if node.tag not in _SCALAR_TAGS:
            raise _Refused(*_mark(node), texts.TAG_NOT_ALLOWED.format(tag=_tag_name(node.tag)))
        if node.tag == _INT_TAG and sum(c.isdigit() for c in str(node.value)) > MAX_INT_DIGITS:
            raise _Refused(*_mark(node), texts.NUMBER_TOO_LONG.format(max=MAX_INT_DIGITS))
        try:
            value = self.loader.construct_object(node, deep=True)
        except (ValueError, OverflowError, TypeError):  # a date like 2024-13-45, a number too big
            raise _Refused(
                *_mark(node), texts.UNREADABLE_VALUE.format(value=_short(str(node.value)))
            ) from None
        if isinstance(value, int) and not isinstance(value, bool) and len(str(abs(value))) > MAX_INT_DIGITS:
            raise _Refused(*_mark(node), texts.NUMBER_TOO_LONG.format(max=MAX_INT_DIGITS))
        return value


def _tag_name(tag: Any) -> str:
    text = str(tag)
    return _short("!!" + text[len(_TAG) :] if text.startswith(_TAG) else text)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_text(path: Path, max_bytes: int) -> str:
    """The UTF-8 text of `path`, at most `max_bytes`; problems (missing, a folder, too big, not
    UTF-8) raise ContentError at 1:1. A pipe (`--answers <(…)`) is read like a file."""
    from adviseur.oserrors import os_reason

    try:
        if Path(path).is_dir():
            raise IsADirectoryError(21, "Is a directory", str(path))
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ContentError([Problem(path, 1, 1, texts.CANNOT_READ.format(reason=os_reason(exc)))]) from None
    if len(raw) > max_bytes:
        raise ContentError([Problem(path, 1, 1, texts.TOO_LARGE.format(kb=max_bytes // 1024))])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _position(raw[: exc.start].decode("utf-8", "replace"), None)
        raise ContentError(
            [Problem(path, line, column, texts.NOT_UTF8)]
        ) from None


def load_located_yaml(path: Path, text: str | None = None, *, limits: YamlLimits = CONTENT) -> LocatedYaml:
    """Parse one YAML file within `limits`. Anything wrong with it raises ContentError with
    located Dutch problems; duplicate keys are in the result's `problems`. Positions of a file
    read on the fast path are computed when first asked for (see the module docstring)."""
    if text is None:
        text = read_text(path, limits.max_bytes)
    elif len(text) > limits.max_bytes:
        raise ContentError([Problem(path, 1, 1, texts.TOO_LARGE.format(kb=limits.max_bytes // 1024))])
    try:
        data = _fast_value(text, limits)
    except _NeedsLocated:
        return _load_located(path, text, limits)
    return LocatedYaml(path=path, data=data, unlocated=(text, limits))


class _NeedsLocated(Exception):
    """The fast path met something only the located builder handles, or reports."""


_STR_TAG = _TAG + "str"


def _fast_value(text: str, limits: YamlLimits) -> Any:
    """The plain value of `text`, built without positions, or _NeedsLocated.

    Stricter than the located builder, never looser: it counts aliases and their expansion the
    same way and refuses an alias that contains itself, every tag but the plain ones, a key that is not text, a merge key, a
    key twice, an integer over MAX_INT_DIGITS digits and any value PyYAML cannot construct, and
    it stops at the same depth and number of values. Whatever it accepts, the located builder
    accepts with the same value and no problems."""
    loader = _Loader(text)
    try:
        try:
            node = loader.get_single_node()
        except (yaml.YAMLError, RecursionError):
            raise _NeedsLocated from None
        if node is None:
            return None
        return _FastBuilder(loader, limits).build(node, 0)
    finally:
        loader.dispose()


class _FastBuilder(_Budget):
    """The lean walk of `_fast_value`: values only, counted by the same `_Budget` as `_Builder`."""

    def build(self, node: yaml.Node, depth: int, expanding: bool = False) -> Any:
        problem, expanding = self.count(node, depth, expanding)
        if problem is not None:
            raise _NeedsLocated  # the located read says which limit, and where
        key = id(node)
        kind = type(node)
        if kind is yaml.MappingNode:
            if node.tag != _TAG + "map":
                raise _NeedsLocated
            result: dict[str, Any] = {}
            self.open.add(key)
            for key_node, value_node in node.value:
                name = self._key(key_node)
                if name in result:
                    raise _NeedsLocated  # a key twice (reported by the located builder)
                result[name] = self.build(value_node, depth + 1, expanding)
            self.open.discard(key)
            return result
        if kind is yaml.SequenceNode:
            if node.tag != _TAG + "seq":
                raise _NeedsLocated
            self.open.add(key)
            items = [self.build(item, depth + 1, expanding) for item in node.value]
            self.open.discard(key)
            return items
        return self._scalar(node)

    def _key(self, node: yaml.Node) -> str:
        """A key as the located builder makes it: text, or a number or true/false written as text
        (scale labels are keyed 1, 2, 3); anything else (null, a date, '<<', a list) it reports."""
        if type(node) is not yaml.ScalarNode:
            raise _NeedsLocated
        if node.tag == _STR_TAG:
            return str(node.value)
        key = self._scalar(node)
        if not isinstance(key, (int, float, bool)):
            raise _NeedsLocated
        return str(key)

    def _scalar(self, node: yaml.Node) -> Any:
        tag = node.tag
        if tag == _STR_TAG:
            return node.value
        if tag not in _SCALAR_TAGS or (tag == _INT_TAG and sum(c.isdigit() for c in str(node.value)) > MAX_INT_DIGITS):
            raise _NeedsLocated
        try:
            value = self.loader.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError, TypeError):
            raise _NeedsLocated from None
        if isinstance(value, int) and not isinstance(value, bool) and len(str(abs(value))) > MAX_INT_DIGITS:
            raise _NeedsLocated
        return value


def _load_located(path: Path, text: str, limits: YamlLimits) -> LocatedYaml:
    """The located read: every value with its position, every limit with a located message."""
    doc = LocatedYaml(path=path, data=None)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        doc.data = None if node is None else _Builder(doc, loader, limits).build(node, (), 0, _mark(node))
    except _Refused as exc:
        raise ContentError([Problem(path, *exc.where, exc.message)]) from None
    except yaml.MarkedYAMLError as exc:
        raise ContentError([syntax_problem(path, exc)]) from None
    except yaml.reader.ReaderError as exc:
        line, column = _position(text, exc.position)
        raise ContentError(
            [Problem(path, line, column, texts.YAML_BAD_CHARACTER.format(character=_char(exc.character)))]
        ) from None
    except yaml.YAMLError as exc:
        raise ContentError([Problem(path, 1, 1, texts.YAML_SYNTAX.format(detail=_short(str(exc), 200)))]) from None
    except RecursionError:  # the pure-Python composer, without libyaml's own depth limit
        raise ContentError([Problem(path, 1, 1, texts.YAML_TOO_DEEP)]) from None
    finally:
        loader.dispose()
    return doc


def _position(text: str, offset: int | None) -> tuple[int, int]:
    before = text if offset is None else text[:offset]
    line = before.count("\n") + 1
    return line, len(before) - (before.rfind("\n") + 1) + 1


def _char(character: Any) -> str:
    if isinstance(character, int):
        return f"#x{character:04x}"
    return repr(character)


# --- syntax errors in Dutch ---------------------------------------------------------------------------


def syntax_problem(path: Path, exc: yaml.MarkedYAMLError) -> Problem:
    """The located Dutch problem for a YAML syntax error: where it was noticed, and where what
    was left open began (an unclosed '[' on line 4 is noticed only on line 8)."""
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    english = exc.problem or exc.context or ""
    message = next((dutch for key, dutch in texts.YAML_PROBLEMS if key in english), None)
    message = message or texts.YAML_UNKNOWN.format(english=_short(english, 120))
    context, noticed = exc.context_mark, exc.problem_mark
    if context is not None and noticed is not None and (context.line, context.column) != (noticed.line, noticed.column):
        where = {"line": context.line + 1, "column": context.column + 1}
        template = next(
            (text for key, text in texts.YAML_CONTEXTS if key in (exc.context or "")), texts.YAML_STARTED
        )
        message += "; " + template.format(**where)
    return Problem(path, line, column, texts.YAML_SYNTAX.format(detail=message))
