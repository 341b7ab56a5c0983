"""The curated synonym list (knowledge/synonyms.yaml), read by search only.

The file is for domain experts: groups of words that mean the same to a professional, plus extra
everyday words for signals and target groups on top of the vocabularies' own synonyms. It lives in
the search package, not in the knowledge loader, because only search reads it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adviseur.content import ContentError, Problem, did_you_mean, load_located_yaml
from adviseur.search import texts

FILE_NAME = "synonyms.yaml"


@dataclass(frozen=True)
class CuratedSynonyms:
    """Parsed synonyms.yaml. Empty when the file does not exist."""

    groups: tuple[tuple[str, ...], ...] = ()
    """Each group: words/phrases that each find the others."""
    signals: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Signal id -> extra phrases that mean that signal."""
    target_groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Target-group id -> extra phrases that mean that group."""


def load_synonyms(
    path: Path,
    *,
    signal_ids: Iterable[str] | None = None,
    target_group_ids: Iterable[str] | None = None,
) -> CuratedSynonyms:
    """Read and check synonyms.yaml; a missing file is an empty list, a broken one a ContentError.

    With the vocabularies' ids given, an unknown signal or target-group id is an error that names
    the nearest valid id, like every other content error.
    """
    if not path.exists():
        return CuratedSynonyms()
    doc = load_located_yaml(path)
    problems: list[Problem] = list(doc.problems)
    data: Any = doc.data or {}
    if not isinstance(data, dict):
        raise ContentError([doc.problem((), texts.SYNONYMS_NOT_A_MAPPING)])
    for key in data:
        if key not in ("groups", "signals", "target_groups"):
            hint = did_you_mean(str(key), ["groups", "signals", "target_groups"])
            problems.append(doc.problem((key,), texts.SYNONYMS_UNKNOWN_KEY.format(key=key, hint=hint)))

    groups: list[tuple[str, ...]] = []
    raw_groups = data.get("groups") or []
    if not isinstance(raw_groups, list):
        problems.append(doc.problem(("groups",), texts.GROUPS_NOT_LISTS))
        raw_groups = []
    for i, group in enumerate(raw_groups):
        words = _phrases(doc, ("groups", i), group, problems)
        if len(words) < 2:
            problems.append(doc.problem(("groups", i), texts.GROUP_TOO_SMALL))
            continue
        groups.append(words)

    mapped: dict[str, dict[str, tuple[str, ...]]] = {}
    for key, known in (("signals", signal_ids), ("target_groups", target_group_ids)):
        raw = data.get(key) or {}
        result: dict[str, tuple[str, ...]] = {}
        if not isinstance(raw, dict):
            problems.append(doc.problem((key,), texts.NOT_AN_ID_MAPPING.format(key=key)))
            raw = {}
        known_set = set(known) if known is not None else None
        for ident, phrases in raw.items():
            if known_set is not None and ident not in known_set:
                what = texts.UNKNOWN_SIGNAL if key == "signals" else texts.UNKNOWN_TARGET_GROUP
                hint = did_you_mean(str(ident), known_set)
                problems.append(doc.problem((key, ident), texts.UNKNOWN_ID.format(what=what, id=ident, hint=hint)))
                continue
            result[str(ident)] = _phrases(doc, (key, ident), phrases, problems)
        mapped[key] = result

    if problems:
        raise ContentError(problems)
    return CuratedSynonyms(tuple(groups), mapped["signals"], mapped["target_groups"])


def _phrases(doc: Any, loc: tuple, value: Any, problems: list[Problem]) -> tuple[str, ...]:
    if not isinstance(value, list):
        problems.append(doc.problem(loc, texts.NOT_A_LIST))
        return ()
    out: list[str] = []
    for j, item in enumerate(value):
        if isinstance(item, (int, float)) and not isinstance(item, bool):
            item = str(item)
        if not isinstance(item, str) or not item.strip():
            problems.append(doc.problem((*loc, j), texts.NOT_A_PHRASE))
            continue
        out.append(item.strip())
    return tuple(out)
