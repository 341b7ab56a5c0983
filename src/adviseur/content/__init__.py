"""Reading content files (knowledge and flows) with exact source positions.

Shared by the knowledge loader and the flow loader so that every content error, whatever its
origin, is reported the same way: `path:line:column: message`.
"""

from adviseur.content.problems import ContentError, Problem, did_you_mean
from adviseur.content.yamlsource import LocatedYaml, load_located_yaml

__all__ = [
    "ContentError",
    "LocatedYaml",
    "Problem",
    "did_you_mean",
    "load_located_yaml",
]
