"""`adviseur check`: decide per path whether it is knowledge or flows, and collect problems."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from adviseur.content import Problem
from adviseur.content import texts as content_texts


def _knowledge_root(path: Path) -> Path | None:
    """The knowledge/ directory a path belongs to (a record file is checked with its vocabularies)."""
    for candidate in (path, *path.parents):
        if candidate.is_dir() and (candidate / "signals.yaml").exists():
            return candidate
    return None


def check_paths(paths: Sequence[Path]) -> list[Problem]:
    from adviseur.locations import flows_dir, knowledge_dir

    if not paths:
        return _check_knowledge(knowledge_dir()) + _check_flows([flows_dir()])
    problems: list[Problem] = []
    flow_paths: list[Path] = []
    for path in paths:
        if not path.exists():
            problems.append(Problem(path, 1, 1, content_texts.PATH_MISSING))
            continue
        root = _knowledge_root(path.resolve())
        if root is not None:
            found = _check_knowledge(root)
            if path.is_file():  # only what concerns the file asked about
                found = [p for p in found if p.path.resolve() == path.resolve()]
            problems.extend(found)
        else:
            flow_paths.append(path)
    return problems + _check_flows(flow_paths)


def _check_flows(paths: list[Path]) -> list[Problem]:
    if not paths:
        return []
    from adviseur.flows.authoring.check import check_flow_paths

    return check_flow_paths(paths)


def _check_knowledge(root: Path) -> list[Problem]:
    """The knowledge files, and knowledge/synonyms.yaml (search's, but content too) against the
    same loaded vocabularies."""
    from adviseur.content import ContentError
    from adviseur.knowledge.loader import load_and_check
    from adviseur.search.synonyms import load_synonyms

    kb, problems = load_and_check(root)
    if kb is None:
        return problems  # a broken vocabulary: synonym ids cannot be checked
    try:
        load_synonyms(root / "synonyms.yaml", signal_ids=kb.signal_by_id, target_group_ids=kb.target_group_by_id)
    except ContentError as exc:
        problems = problems + exc.problems
    return problems
