"""Load YAML with the position of every node (schema errors are translated in `schema.py`).

PyYAML's composer keeps a start mark on every node; we walk the node tree once, building the
plain Python value and a table from data path (the same tuple shape as pydantic's `loc`) to
position. Duplicate mapping keys, which PyYAML silently overwrites, are reported here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from adviseur.content.problems import ContentError, Problem

try:  # the C loader is several times faster; fall back when libyaml is absent
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the platform's PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

DataPath = tuple[str | int, ...]


@dataclass
class LocatedYaml:
    """A parsed YAML document plus the line/column of every value and key in it."""

    path: Path
    data: Any
    positions: dict[DataPath, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def locate(self, loc: DataPath) -> tuple[int, int]:
        """Position of the deepest known node on `loc` (pydantic locs may name missing keys)."""
        for end in range(len(loc), -1, -1):
            pos = self.positions.get(tuple(loc[:end]))
            if pos is not None:
                return pos
        return (1, 1)

    def problem(self, loc: DataPath, message: str, severity: str = "error") -> Problem:
        line, column = self.locate(loc)
        return Problem(self.path, line, column, message, severity)  # type: ignore[arg-type]


def _mark(node: yaml.Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _construct(node: yaml.Node, path: DataPath, doc: LocatedYaml, loader: Any) -> Any:
    doc.positions[path] = _mark(node)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                doc.problems.append(Problem(doc.path, *_mark(key_node), "sleutel moet tekst zijn"))
                continue
            key = str(key) if not isinstance(key, str) else key
            if key in result:
                doc.problems.append(
                    Problem(doc.path, *_mark(key_node), f"sleutel '{key}' staat hier twee keer")
                )
            # the key's own position is what an editor should jump to for "unknown key" errors
            doc.positions[(*path, key)] = _mark(key_node)
            result[key] = _construct(value_node, (*path, key), doc, loader)
            doc.positions[(*path, key)] = _mark(key_node)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, (*path, i), doc, loader) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


def load_located_yaml(path: Path, text: str | None = None) -> LocatedYaml:
    """Parse one YAML file. Syntax errors raise ContentError with the parser's position."""
    doc = LocatedYaml(path=path, data=None)
    try:
        if text is None:
            text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError([Problem(path, 1, 1, f"kan bestand niet lezen: {exc}")]) from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        doc.data = None if node is None else _construct(node, (), doc, loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = exc.problem or exc.context or "ongeldige YAML"
        raise ContentError([Problem(path, line, column, f"YAML-fout: {reason}")]) from None
    except yaml.YAMLError as exc:
        raise ContentError([Problem(path, 1, 1, f"YAML-fout: {exc}")]) from None
    finally:
        loader.dispose()
    return doc
