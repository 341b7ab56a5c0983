"""`adviseur check` for flow files and folders: load errors, the linter's findings and scenarios.

Kept apart from `lint` (which looks at one compiled flow) because this part reads folders with
the loader, while the loader itself asks `lint` which findings make a flow unusable: together in
one module they made a circle.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from adviseur.content import Problem
from adviseur.content import texts as content_texts
from adviseur.flows.authoring.lint import lint_program, vocabulary_for
from adviseur.flows.authoring.loader import SCENARIO_DIR, FlowLibrary, flow_files
from adviseur.flows.authoring.scenarios import RunCache, check_scenarios, uncovered_branches
from adviseur.flows.authoring.vocab import Vocabulary


def _is_scenario(path: Path) -> bool:
    """flows/scenarios, flows/scenarios/<flow> or a file in it."""
    return SCENARIO_DIR in path.resolve().parts[-3:]


def check_flow_paths(paths: Sequence[Path]) -> list[Problem]:
    """Every problem in the given flow files or folders (scenario files included), in file order.

    Never raises for bad content: unreadable files, broken YAML and broken flows all become
    located problems.
    """
    problems: list[Problem] = []
    libraries: dict[Path, FlowLibrary] = {}
    vocabularies: dict[Path, Vocabulary | None] = {}
    flows: list[tuple[FlowLibrary, Path]] = []
    scenario_files: list[tuple[FlowLibrary, Path]] = []

    def library_for(root: Path) -> FlowLibrary:
        root = root.resolve()
        if root not in libraries:
            libraries[root] = FlowLibrary(root)
        return libraries[root]

    for path in paths:
        if not path.exists():
            problems.append(Problem(path, 1, 1, content_texts.PATH_MISSING))
            continue
        if _is_scenario(path):
            library = library_for(_scenario_flows_root(path))
            found = [path] if path.is_file() else _yaml_files(path)
            scenario_files.extend((library, f) for f in found)
        elif path.is_dir():
            library = library_for(_flows_root(path))
            flows.extend((library, f) for f in flow_files(path))
            scenario_files.extend((library, f) for f in _yaml_files(path / SCENARIO_DIR))
        else:
            flows.append((library_for(_flows_root(path)), path))

    runs: RunCache = {}
    checked: set[Path] = set()
    for library, path in flows:
        if path.resolve() in checked:
            continue
        checked.add(path.resolve())
        program, load_problems = library.program(path)
        problems.extend(load_problems)
        problems.extend(p for p in library.index_problems if p.path.resolve() == path.resolve())
        if program is None:
            continue
        root = library.root.resolve()
        if root not in vocabularies:
            vocabularies[root] = vocabulary_for(root)
        problems.extend(lint_program(program, vocabularies[root]))
        if program.flow.role != "subflow":
            problems.extend(uncovered_branches(library, program, runs))
    problems.extend(check_scenarios(scenario_files, runs))
    unique = list(dict.fromkeys(problems))
    return sorted(unique, key=lambda p: (str(p.path), p.line, p.column))


def _yaml_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(f for f in folder.rglob("*") if f.suffix in (".yaml", ".yml") and f.is_file())


def _flows_root(path: Path) -> Path:
    """The nearest folder named `flows` (the path itself included), else the folder itself."""
    resolved = path.resolve()
    for candidate in (resolved, *resolved.parents):
        if candidate.name == "flows" and candidate.is_dir():
            return candidate
    return resolved if resolved.is_dir() else resolved.parent


def _scenario_flows_root(path: Path) -> Path:
    parts = path.resolve().parts
    index = len(parts) - 1 - list(reversed(parts)).index(SCENARIO_DIR)
    return Path(*parts[:index])
