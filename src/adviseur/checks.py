"""`adviseur check`: decide per path whether it is knowledge or flows, and collect problems."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from adviseur.content import Problem


def _knowledge_root(path: Path) -> Path | None:
    """The knowledge/ directory a path belongs to (a record file is checked with its vocabularies)."""
    for candidate in (path, *path.parents):
        if candidate.is_dir() and (candidate / "signals.yaml").exists():
            return candidate
    return None


def check_paths(paths: Sequence[Path]) -> list[Problem]:
    from adviseur.knowledge import check_knowledge
    from adviseur.locations import flows_dir, knowledge_dir

    if not paths:
        root = knowledge_dir()
        return check_knowledge(root) + _check_synonyms(root) + _check_flows([flows_dir()])
    problems: list[Problem] = []
    flow_paths: list[Path] = []
    for path in paths:
        if not path.exists():
            problems.append(Problem(path, 1, 1, "bestand of map bestaat niet"))
            continue
        root = _knowledge_root(path.resolve())
        if root is not None:
            found = check_knowledge(root) + _check_synonyms(root)
            if path.is_file():  # only what concerns the file asked about
                found = [p for p in found if p.path.resolve() == path.resolve()]
            problems.extend(found)
        else:
            flow_paths.append(path)
    return problems + _check_flows(flow_paths)


def _check_flows(paths: list[Path]) -> list[Problem]:
    if not paths:
        return []
    try:
        from adviseur.flows.lint import check_flow_paths
    except ImportError:  # the flow engine is not there yet
        return []
    return check_flow_paths(paths)


def _check_synonyms(root: Path) -> list[Problem]:
    """knowledge/synonyms.yaml belongs to search, but it is content: check it with the rest."""
    from adviseur.content import ContentError
    from adviseur.knowledge import load_knowledge
    from adviseur.search.synonyms import load_synonyms

    try:
        kb = load_knowledge(root)
    except ContentError:
        return []  # the knowledge problems are reported already; ids cannot be checked
    try:
        load_synonyms(
            root / "synonyms.yaml",
            signal_ids=kb.signal_by_id,
            target_group_ids=kb.target_group_by_id,
        )
    except ContentError as exc:
        return exc.problems
    return []
