"""Reading content files (knowledge and flows) with exact source positions.

Shared by the knowledge loader and the flow loader so that every content error, whatever its
origin, is reported the same way: `path:line:column: message`.

Names are resolved lazily: `from adviseur.content import ContentError` must not import PyYAML
(10 ms), because a command that reads compiled content (`adviseur.compiled`) parses no YAML.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from adviseur.content.problems import ContentError, Problem, did_you_mean
    from adviseur.content.yamlsource import ANSWERS, CONTENT, LocatedYaml, YamlLimits, load_located_yaml, read_text

_WHERE = {
    "ContentError": "adviseur.content.problems",
    "Problem": "adviseur.content.problems",
    "did_you_mean": "adviseur.content.problems",
    "ANSWERS": "adviseur.content.yamlsource",
    "CONTENT": "adviseur.content.yamlsource",
    "LocatedYaml": "adviseur.content.yamlsource",
    "YamlLimits": "adviseur.content.yamlsource",
    "load_located_yaml": "adviseur.content.yamlsource",
    "read_text": "adviseur.content.yamlsource",
}

__all__ = [
    "ANSWERS",
    "CONTENT",
    "ContentError",
    "LocatedYaml",
    "Problem",
    "YamlLimits",
    "did_you_mean",
    "load_located_yaml",
    "read_text",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'adviseur.content' has no attribute '{name}'")
    return getattr(import_module(module), name)
