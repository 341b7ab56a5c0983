"""Load and cross-check the whole knowledge base.

Each vocabulary file is validated against its own model; records are then checked against the
vocabularies (signals, target groups, references, related ids) because those links span files.
All problems are collected before anything is raised, so `adviseur check` can list them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from adviseur.content import ContentError, LocatedYaml, Problem, did_you_mean, load_located_yaml
from adviseur.content import texts as content_texts
from adviseur.content.shape import Shape
from adviseur.content.yamlsource import DataPath
from adviseur.knowledge import texts
from adviseur.knowledge.models import (
    EvidenceFile,
    PillarsFile,
    Record,
    RecordFile,
    ReferencesFile,
    SignalsFile,
    TargetGroupsFile,
)

M = TypeVar("M", bound=Shape)


@dataclass
class KnowledgeBase:
    """Everything under knowledge/, validated. Records keep the file order of the annex."""

    records: list[Record]
    pillars: PillarsFile
    evidence: EvidenceFile
    signals: SignalsFile
    target_groups: TargetGroupsFile
    references: ReferencesFile
    record_files: dict[str, Path] = field(default_factory=dict)
    """Record id -> the file it came from (for located messages in later checks)."""

    @cached_property
    def by_id(self) -> dict[str, Record]:
        return {r.id: r for r in self.records}

    @cached_property
    def signal_by_id(self) -> dict:
        return {s.id: s for s in self.signals.signals}

    @cached_property
    def target_group_by_id(self) -> dict:
        return {t.id: t for t in self.target_groups.target_groups}

    @cached_property
    def reference_by_key(self) -> dict:
        return {r.key: r for r in self.references.references}

    @cached_property
    def level_by_id(self) -> dict:
        return {lv.id: lv for lv in self.evidence.levels}

    def get(self, record_id: str) -> Record:
        """The record with this id; KeyError carries a "did you mean" for the CLI and TUI."""
        try:
            return self.by_id[record_id]
        except KeyError:
            raise KeyError(texts.UNKNOWN_RECORD.format(id=record_id, hint=did_you_mean(record_id, self.by_id))) from None


def _validate(doc: LocatedYaml, model: type[M], problems: list[Problem]) -> M | None:
    # validating imports pydantic: only here, so a command that reads the compiled knowledge
    # base (`knowledge.compiled`, which imports this module) never does
    from adviseur.content.validation import validate_located

    problems.extend(doc.problems)
    validated, found = validate_located(model, doc)
    problems.extend(found)
    return validated


def _load(path: Path, model: type[M], problems: list[Problem]) -> tuple[LocatedYaml | None, M | None]:
    try:
        doc = load_located_yaml(path)
    except ContentError as exc:
        problems.extend(exc.problems)
        return None, None
    return doc, _validate(doc, model, problems)


def load_knowledge(root: Path | None = None) -> KnowledgeBase:
    """Load knowledge/ (default: the shipped one). Raises ContentError listing every problem."""
    kb, problems = load_and_check(root)
    if kb is None or any(p.severity == "error" for p in problems):
        raise ContentError(problems)
    return kb


def check_knowledge(root: Path | None = None) -> list[Problem]:
    """Every problem in knowledge/, errors and warnings, in file order."""
    return load_and_check(root)[1]


def load_and_check(root: Path | None = None) -> tuple[KnowledgeBase | None, list[Problem]]:
    """The knowledge base as far as it could be built (None when a vocabulary is broken) and
    every problem found; for callers that check more content against it (`adviseur check`)."""
    from adviseur.locations import knowledge_dir

    root = root or knowledge_dir()
    problems: list[Problem] = []

    def vocabulary(name: str, model: type[M]) -> M | None:
        path = root / name
        if not path.exists():
            problems.append(Problem(path, 1, 1, content_texts.FILE_MISSING))
            return None
        return _load(path, model, problems)[1]

    pillars = vocabulary("pillars.yaml", PillarsFile)
    evidence = vocabulary("evidence.yaml", EvidenceFile)
    signals = vocabulary("signals.yaml", SignalsFile)
    target_groups = vocabulary("target_groups.yaml", TargetGroupsFile)
    references = vocabulary("references.yaml", ReferencesFile)

    from adviseur.content.validation import ValidationError, validate

    records: list[Record] = []
    record_docs: list[tuple[LocatedYaml, int, Record]] = []
    broken_ids: set[str] = set()
    """Ids of records that failed validation: links to them are not reported a second time."""
    record_files: dict[str, Path] = {}
    for path in sorted((root / "records").glob("*.yaml")):
        doc, parsed = _load(path, RecordFile, problems)
        if doc is None:
            continue
        if parsed is None:
            # salvage the valid records so cross-checks still run and report more at once
            for i, raw in enumerate((doc.data or {}).get("records", []) if isinstance(doc.data, dict) else []):
                try:
                    rec = validate(Record, raw)
                except ValidationError:
                    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                        broken_ids.add(raw["id"])
                    continue
                records.append(rec)
                record_docs.append((doc, i, rec))
            continue
        for i, rec in enumerate(parsed.records):
            records.append(rec)
            record_docs.append((doc, i, rec))

    seen: dict[str, Path] = {}
    for doc, i, rec in record_docs:
        if rec.id in seen:
            problems.append(doc.problem(("records", i, "id"), texts.DUPLICATE_RECORD.format(id=rec.id, other=seen[rec.id])))
        seen.setdefault(rec.id, doc.path)
        record_files.setdefault(rec.id, doc.path)

    if pillars is None or evidence is None or signals is None or target_groups is None or references is None:
        return None, problems

    kb = KnowledgeBase(
        records=records,
        pillars=pillars,
        evidence=evidence,
        signals=signals,
        target_groups=target_groups,
        references=references,
        record_files=record_files,
    )
    problems.extend(_cross_check(kb, record_docs, broken_ids))
    _check_vocabulary_ids(root, kb, problems)
    _check_signal_links(root, kb, problems)
    return kb, problems


def _cross_check(kb: KnowledgeBase, record_docs: list[tuple[LocatedYaml, int, Record]], broken_ids: set[str]) -> list[Problem]:
    problems: list[Problem] = []
    vocabularies = {
        "signals": kb.signal_by_id,
        "target_groups": kb.target_group_by_id,
        "references": kb.reference_by_key,
        "related": kb.by_id,
    }
    for doc, i, rec in record_docs:
        for field_name, known in vocabularies.items():
            for j, value in enumerate(getattr(rec, field_name)):
                if value not in known and value not in broken_ids:
                    message = _unknown(texts.LINK_NOUNS[field_name], value, known)
                    problems.append(doc.problem(("records", i, field_name, j), message))
        if rec.id in rec.related:
            problems.append(doc.problem(("records", i, "related"), texts.RELATED_TO_ITSELF))
        for group in ("requires", "also_requires"):
            for j, value in enumerate(getattr(rec.applies, group)):
                if value not in kb.signal_by_id:
                    where: DataPath = ("records", i, "applies", group, j)
                    problems.append(doc.problem(where, _unknown_signal(value, kb)))
        for k, exclusion in enumerate(rec.applies.excludes):
            for j, value in enumerate(exclusion.signals):
                if value not in kb.signal_by_id:
                    where = ("records", i, "applies", "excludes", k, "signals", j)
                    problems.append(doc.problem(where, _unknown_signal(value, kb)))
    return problems


def _unknown(what: str, value: str, known: Iterable[str]) -> str:
    """'onbekend signaal 'x' (bedoel je ...?)': a link to something the knowledge base lacks
    (`what` says the adjective with its noun: 'onbekende doelgroep')."""
    return texts.UNKNOWN_LINK.format(what=what, value=value, hint=did_you_mean(value, known))


def _unknown_signal(value: str, kb: KnowledgeBase) -> str:
    return _unknown(texts.SIGNAL_LINK, value, kb.signal_by_id)


def _check_vocabulary_ids(root: Path, kb: KnowledgeBase, problems: list[Problem]) -> None:
    """Duplicate ids inside a vocabulary would make links ambiguous."""
    for name, items, attr in (
        ("signals.yaml", kb.signals.signals, "id"),
        ("target_groups.yaml", kb.target_groups.target_groups, "id"),
        ("references.yaml", kb.references.references, "key"),
    ):
        seen: set[str] = set()
        for item in items:
            value = getattr(item, attr)
            if value in seen:
                problems.append(Problem(root / name, 1, 1, texts.DUPLICATE_IN_VOCABULARY.format(value=value, name=name)))
            seen.add(value)


def _check_signal_links(root: Path, kb: KnowledgeBase, problems: list[Problem]) -> None:
    """Signals point at records (`resources`, `first_choice`) and at other signals (`implies`)."""
    path = root / "signals.yaml"
    try:
        doc = load_located_yaml(path)
    except ContentError:
        return
    for i, signal in enumerate(kb.signals.signals):
        for field_name in ("resources", "first_choice"):
            for j, record_id in enumerate(getattr(signal, field_name)):
                if record_id not in kb.by_id:
                    message = _unknown(texts.RECORD_LINK, record_id, kb.by_id)
                    problems.append(doc.problem(("signals", i, field_name, j), message))
        for j, other in enumerate(signal.implies):
            if other not in kb.signal_by_id or other == signal.id:
                problems.append(doc.problem(("signals", i, "implies", j), _unknown_signal(other, kb)))
