"""The knowledge base, loaded once: from the compiled cache when the content is unchanged.

`load_knowledge()` is what every command and the app call. It computes the key of the knowledge
folder (`adviseur.compiled.fingerprint`), returns the knowledge base already loaded in this
process for that key, else the compiled one from the cache, else loads and checks the YAML as
`adviseur check` does (every cross-file link) and keeps the result for the next call. Knowledge
with errors is never kept: the next call reports the same located errors again.

The compiled form is each file's validated model as plain data (`adviseur.content.kept`);
reading it makes the same models again without validating them a second time: the file is ours
(owner-only, CRC-checked, keyed on the code and every knowledge file) and was written only after
the validation `adviseur check` does, so a command that reads it never imports pydantic
(issue 12). Data that does not fit the models' shape (another
layout, a damaged value that passed the CRC) is rebuilt from the YAML.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from adviseur.compiled import container
from adviseur.compiled.fingerprint import content_key
from adviseur.content import kept
from adviseur.knowledge import loader
from adviseur.knowledge.loader import KnowledgeBase
from adviseur.knowledge.models import (
    EvidenceFile,
    PillarsFile,
    Record,
    ReferencesFile,
    SignalsFile,
    TargetGroupsFile,
)

PART = "knowledge"
_lock = threading.Lock()
_loaded: tuple[Path, str, KnowledgeBase] | None = None
"""The knowledge base last loaded in this process, with its folder and key."""


def knowledge_key(root: Path) -> str:
    """The key of the knowledge in `root` (raises OSError when a file cannot be read)."""
    return content_key(PART, [root])


def load_knowledge(root: Path | None = None) -> KnowledgeBase:
    """The validated knowledge base of `root` (default: the configured one). Raises
    adviseur.content.ContentError listing every problem, exactly as loading the YAML does."""
    global _loaded
    if root is None:
        from adviseur.locations import knowledge_dir

        root = knowledge_dir()
    try:
        key = knowledge_key(root)
    except OSError:  # a file vanished or cannot be read: the loader says which, in Dutch
        return loader.load_knowledge(root)
    with _lock:
        if _loaded is not None and _loaded[0] == root and _loaded[1] == key:
            return _loaded[2]
        kb = read_compiled(root, key)
        if kb is None:
            kb = loader.load_knowledge(root)
            try:
                container.write_part(PART, root, key, dump(kb, root), {})
            except kept.Unsupported:  # a model the compiled form cannot make again: not kept
                pass
        _loaded = (root, key, kb)
        return kb


def read_compiled(root: Path, key: str) -> KnowledgeBase | None:
    """The compiled knowledge base when the cache holds a sound one for `key`, else None."""
    part = container.read_part(PART, root, key)
    if part is None:
        return None
    try:
        return restore(part.data, root)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError):
        return None


def dump(kb: KnowledgeBase, root: Path) -> dict[str, Any]:
    """The knowledge base as plain JSON data (each validated model as `content.kept` keeps
    it); raises kept.Unsupported for a model it cannot make again exactly."""
    plain = kept.dump

    record_files: dict[str, str] = {}
    for record_id, path in kb.record_files.items():
        try:
            record_files[record_id] = str(Path(path).resolve().relative_to(root.resolve()))
        except ValueError:
            record_files[record_id] = str(path)
    return {
        "records": [plain(r) for r in kb.records],
        "pillars": plain(kb.pillars),
        "evidence": plain(kb.evidence),
        "signals": plain(kb.signals),
        "target_groups": plain(kb.target_groups),
        "references": plain(kb.references),
        "record_files": record_files,
    }


def restore(data: dict[str, Any], root: Path) -> KnowledgeBase:
    """The knowledge base from `dump`'s data, the models made again without validation (raises
    ValueError, TypeError, KeyError or IndexError for data of another shape)."""
    return KnowledgeBase(
        records=[kept.construct(Record, record) for record in data["records"]],
        pillars=kept.construct(PillarsFile, data["pillars"]),
        evidence=kept.construct(EvidenceFile, data["evidence"]),
        signals=kept.construct(SignalsFile, data["signals"]),
        target_groups=kept.construct(TargetGroupsFile, data["target_groups"]),
        references=kept.construct(ReferencesFile, data["references"]),
        record_files={str(k): root / str(v) for k, v in dict(data["record_files"]).items()},
    )


def forget() -> None:
    """Forget the knowledge base loaded in this process (the cache file stays)."""
    global _loaded
    with _lock:
        _loaded = None
