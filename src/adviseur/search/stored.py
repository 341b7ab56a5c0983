"""Records of a compiled index, read from their JSON only when a search shows them.

`adviseur search` shows ten records; making all 100,000 records of a large index into `Record`s
first would cost more than the whole search. So the compiled index keeps each record's validated
JSON, and `StoredRecords[i]` gives a `StoredRecord`: the fields a result shows (id, kind, title,
aliases, summary, place, evidence ...) are read straight from that JSON; anything else
(`applies`, `annex_section` ...) turns it into the real, validated `Record` first. It is
therefore a Record in all but its class; the app, which has the knowledge base loaded anyway,
gets the knowledge base's own Record objects instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, cast, overload

from adviseur.content.shape import Shape

if TYPE_CHECKING:
    from adviseur.knowledge.models import Record

PLAIN_FIELDS = frozenset(
    {
        "id", "kind", "title", "aliases", "summary", "pillars", "condition", "theme", "target_groups", "signals",
        "organisation", "place", "social_value", "references", "related",
    }
)
"""Record fields that are plain JSON values (read as they are)."""


class StoredEvidence:
    """A record's evidence block as stored (level, international, notes)."""

    __slots__ = ("level", "international", "notes")

    def __init__(self, data: dict[str, Any]) -> None:
        self.level: str | None = data.get("level")
        self.international: bool = bool(data.get("international", False))
        self.notes: list[str] = list(data.get("notes") or [])


class StoredRecord:
    """One record of a compiled index (see the module docstring)."""

    __slots__ = ("_data", "_record", "_evidence")

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data
        self._record: Record | None = None
        self._evidence: StoredEvidence | None = None

    @property
    def evidence(self) -> StoredEvidence | None:
        data = self._data.get("evidence")
        if data is None:
            return None
        if self._evidence is None:
            self._evidence = StoredEvidence(data)
        return self._evidence

    def __getattr__(self, name: str) -> Any:
        if name in PLAIN_FIELDS:
            return self._data[name]
        return getattr(self.record(), name)

    def record(self) -> Record:
        """The validated Record (pydantic is imported here, the first time one is needed)."""
        if self._record is None:
            from adviseur.content.validation import validate
            from adviseur.knowledge.models import Record

            self._record = validate(Record, self._data)
        return self._record

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StoredRecord):
            return self._data == other._data
        if isinstance(other, Shape):  # a Record
            return self.record() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._data["id"])

    def __repr__(self) -> str:
        return f"StoredRecord(id={self._data.get('id')!r})"


class StoredRecords(Sequence["Record"]):
    """The records of a compiled index, each read from its JSON on first use: record i is bytes
    offsets[i]..offsets[i+1] of the index's record texts, which `read` returns."""

    def __init__(self, offsets: Sequence[int], read: Callable[[int, int], bytes]) -> None:
        if not len(offsets):
            raise ValueError("no record offsets")
        self._offsets = offsets
        self._read = read
        self._made: dict[int, StoredRecord] = {}

    def __len__(self) -> int:
        return len(self._offsets) - 1

    @overload
    def __getitem__(self, index: int) -> Record: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Record]: ...

    def __getitem__(self, index: int | slice) -> Record | Sequence[Record]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        found = self._made.get(index)
        if found is None:
            if not 0 <= index < len(self):
                raise IndexError(index)
            raw = self._read(self._offsets[index], self._offsets[index + 1])
            found = self._made[index] = StoredRecord(json.loads(raw.decode("utf-8")))
        return cast("Record", found)  # a Record in all but its class (see the module docstring)
