"""`adviseur kaart import`: from a municipality's file to its stored social map, all or nothing.

1. *Read* the file by its kind: an HSDS datapackage (a folder with `datapackage.json`), the Dutch
   CSV template (`.csv`) or YAML (`.yaml`/`.yml`).
2. *Validate* every row against the knowledge base's vocabularies; collect every problem.
3. *Suggest* tags from each description (kept apart until accepted).
4. *Compare* with the stored map of each municipality in the file: what is added, changed and
   removed (an import replaces that municipality's map: the file is the source).
5. *Write* only when nothing was an error, each municipality's file atomically; with `dry_run`
   nothing is written at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from adviseur.content import Problem
from adviseur.localmap import texts
from adviseur.localmap.model import LocalService
from adviseur.localmap.rows import ReadResult
from adviseur.localmap.store import LocalMap, MapError, MapStore, now
from adviseur.localmap.values import municipality_key

if TYPE_CHECKING:
    from adviseur.knowledge import KnowledgeBase
    from adviseur.search.index import SearchIndex

FORMATS = texts.FORMAT_NAMES
"""Each format's name for people (the command line prints it)."""


@dataclass
class Changes:
    """What an import does to one municipality's map."""

    municipality: str
    added: list[LocalService] = field(default_factory=list)
    changed: list[tuple[LocalService, list[str]]] = field(default_factory=list)
    """(the new service, the Dutch names of the fields that changed)."""
    removed: list[LocalService] = field(default_factory=list)
    unchanged: int = 0

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.removed)


@dataclass
class ImportPlan:
    source: Path
    format: str | None
    problems: list[Problem] = field(default_factory=list)
    maps: list[LocalMap] = field(default_factory=list)
    changes: list[Changes] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def suggested(self) -> int:
        """Services carrying suggestions not yet accepted."""
        return sum(1 for m in self.maps for s in m.services if s.suggested)


def detect_format(path: Path) -> str | None:
    from adviseur.localmap.hsds import is_datapackage

    if is_datapackage(path):
        return "hsds"
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    return None


def read_source(path: Path, municipality: str | None = None) -> ReadResult:
    """The rows of any supported file (problems at 1:1 for a path that is none of them)."""
    kind = detect_format(path)
    if kind == "hsds":
        from adviseur.localmap.hsds import read_hsds

        return read_hsds(path, municipality)
    if kind == "csv":
        from adviseur.localmap.template import read_template

        return read_template(path)
    if kind == "yaml":
        from adviseur.localmap.yamlfile import read_yaml

        return read_yaml(path)
    result = ReadResult("")
    if not path.exists():
        message = texts.SOURCE_MISSING
    elif path.is_dir():
        message = texts.FOLDER_NOT_HSDS
    else:
        message = texts.UNKNOWN_SOURCE
    result.problems.append(Problem(path, 1, 1, message))
    return result


def plan_import(
    path: Path,
    kb: KnowledgeBase,
    *,
    municipality: str | None = None,
    store: MapStore | None = None,
    accept: bool = False,
    index: SearchIndex | None = None,
    today: date | None = None,
) -> ImportPlan:
    """Everything an import would do, without doing it."""
    from adviseur.localmap.suggest import Suggester, with_suggestions
    from adviseur.localmap.validate import Vocabulary, validate_rows

    store = store or MapStore()
    read = read_source(path, municipality)
    plan = ImportPlan(path, read.format or None, list(read.problems))
    if plan.format is None or (plan.errors and not read.rows):
        return plan
    # rows are validated even after a problem with the file itself: every problem at once
    services, problems = validate_rows(
        read.rows, Vocabulary.from_kb(kb), municipality=municipality, default_municipality=read.municipality, today=today
    )
    plan.problems.extend(problems)
    plan.problems.sort(key=lambda p: (str(p.path), p.line, p.column))
    if not services and not plan.errors:
        plan.problems.append(Problem(path, 1, 1, texts.NO_SERVICES))
    if plan.errors:
        return plan
    if index is None:
        from adviseur.search.service import build_index

        index = build_index(kb)
    groups: dict[str, list[LocalService]] = {}
    names: dict[str, str] = {}
    for service in services:
        key = municipality_key(service.municipality)
        groups.setdefault(key, []).append(service)
        names.setdefault(key, service.municipality)
    suggester = Suggester(index)
    for key, group in groups.items():
        try:
            before = store.load(names[key])
        except MapError as exc:  # a broken stored map is replaced, and the user told so
            plan.problems.append(Problem(store.path_for(names[key]), 1, 1, str(exc), "warning"))
            before = None
        old = before.by_id() if before is not None else {}
        name = before.municipality if before is not None else names[key]
        tagged = with_suggestions(
            [s.model_copy(update={"municipality": name}) for s in group], suggester, accept=accept, confirmed_before=old
        )
        plan.maps.append(LocalMap(name, tuple(tagged), source=path.name, updated=now()))
        plan.changes.append(compare(name, old, tagged))
    return plan


def compare(municipality: str, old: dict[str, LocalService], new: list[LocalService]) -> Changes:
    changes = Changes(municipality)
    seen: set[str] = set()
    for service in new:
        seen.add(service.id)
        before = old.get(service.id)
        if before is None:
            changes.added.append(service)
            continue
        fields = changed_fields(before, service)
        if fields:
            changes.changed.append((service, fields))
        else:
            changes.unchanged += 1
    changes.removed = [s for ident, s in old.items() if ident not in seen]
    return changes


def changed_fields(before: LocalService, after: LocalService) -> list[str]:
    """The Dutch names of the fields that differ ('telefoon', 'voorstel')."""
    a, b = before.stored(), after.stored()
    return [key for key in dict.fromkeys([*a, *b]) if a.get(key) != b.get(key)]


def apply_import(plan: ImportPlan, store: MapStore | None = None) -> list[Path]:
    """Write the planned maps (only when the plan has no errors). Raises MapError."""
    if not plan.ok:
        raise MapError(texts.IMPORT_HAS_ERRORS)
    return (store or MapStore()).save(plan.maps)


def plan_lines(plan: ImportPlan, *, limit: int = 20) -> list[str]:
    """What the import adds, changes and removes, per municipality, in Dutch."""
    lines: list[str] = []
    for changes in plan.changes:
        lines.append(
            texts.PLAN_COUNTS.format(
                municipality=changes.municipality,
                added=len(changes.added),
                changed=len(changes.changed),
                removed=len(changes.removed),
                unchanged=changes.unchanged,
            )
        )
        listed: list[tuple[str, LocalService, str]] = [("+", s, "") for s in changes.added]
        listed += [("~", s, f" ({', '.join(fields)})") for s, fields in changes.changed]
        listed += [("-", s, "") for s in changes.removed]
        for mark, service, detail in listed[:limit]:
            lines.append(f"  {mark} {service.name} — {service.organisation} [{service.id}]{detail}")
        if len(listed) > limit:
            lines.append("  " + texts.MORE.format(count=len(listed) - limit))
    return lines
