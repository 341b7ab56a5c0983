"""Reading content files (knowledge and flows) with exact source positions.

Shared by the knowledge loader and the flow loader so that every content error, whatever its
origin, is reported the same way: `path:line:column: message`.
"""

from adviseur.content.problems import ContentError, Problem, did_you_mean
from adviseur.content.yamlsource import ANSWERS, CONTENT, LocatedYaml, YamlLimits, load_located_yaml, read_text

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
