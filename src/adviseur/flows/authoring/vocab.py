"""The knowledge ids a flow may point at: signals, target groups, pillars and records.

The linter only needs the ids, not validated records, and it must work while the knowledge base
itself has errors (those are reported by the knowledge check). So the three small vocabulary
files are read without validation (through the one safe YAML loader: a broken file is an empty
vocabulary here and a located error in the knowledge check), and record ids are picked out of
the record files with a pattern: records always start with `- id: …` (the knowledge check enforces the shape), and
scanning text is twenty times faster than parsing 200 records, which keeps `adviseur check`
on all flows well under the 100 ms budget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adviseur.content import ContentError, load_located_yaml, read_text

_RECORD_ID = re.compile(r"^\s*-\s+id:\s*['\"]?([a-z0-9]+(?:-[a-z0-9]+)*)['\"]?\s*(?:#.*)?$", re.MULTILINE)


@dataclass(frozen=True)
class Vocabulary:
    signals: frozenset[str] = field(default_factory=frozenset)
    target_groups: frozenset[str] = field(default_factory=frozenset)
    pillars: frozenset[str] = field(default_factory=frozenset)
    records: frozenset[str] = field(default_factory=frozenset)


def _ids(path: Path, key: str) -> frozenset[str]:
    try:
        data: Any = load_located_yaml(path).data
    except ContentError:
        return frozenset()
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        return frozenset()
    return frozenset(str(i["id"]) for i in items if isinstance(i, dict) and "id" in i)


def load_vocabulary(root: Path | None = None) -> Vocabulary:
    """Ids from `knowledge/` (default: the shipped one). Missing files give empty sets."""
    if root is None:
        from adviseur.locations import knowledge_dir

        root = knowledge_dir()
    records: set[str] = set()
    for path in sorted((root / "records").glob("*.yaml")):
        try:
            records.update(_RECORD_ID.findall(read_text(path, 4 * 1024 * 1024)))
        except ContentError:
            continue
    return Vocabulary(
        signals=_ids(root / "signals.yaml", "signals"),
        target_groups=_ids(root / "target_groups.yaml", "target_groups"),
        pillars=_ids(root / "pillars.yaml", "pillars"),
        records=frozenset(records),
    )
