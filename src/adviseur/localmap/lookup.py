"""Local next to national: the services of the chosen municipality under the records they deliver.

Every face asks the same two questions here, so the app, `adviseur run --json` and the case
summary show the same services in the same order with the same marks:

- `local_links(record_id, municipality)`: the services that deliver the record (`biedt`), then
  those that fit its main signals, each marked when the link is only a suggestion or the entry
  is possibly out of date;
- `map_notice(municipality)`: the one line to show when there is nothing to show (no
  municipality chosen, or no map for it), saying how to add one. Nothing breaks without a map.

The join happens at the edge, after advice: `adviseur.advice` knows nothing of local maps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from adviseur.localmap import texts
from adviseur.localmap.model import LocalService
from adviseur.localmap.store import LocalMap, MapError, MapStore
from adviseur.localmap.texts import NO_MAP as NO_MAP
from adviseur.localmap.texts import NO_MUNICIPALITY as NO_MUNICIPALITY

if TYPE_CHECKING:
    from adviseur.knowledge import KnowledgeBase

Relation = Literal["biedt", "signaal"]
MAX_PER_RECORD = 3
"""A card has room for a few local services; the rest are one search away."""


@dataclass(frozen=True)
class LocalLink:
    """A local service shown under a national record, and why."""

    service: LocalService
    relation: Relation
    """'biedt': the service delivers the record here; 'signaal': it fits the record's signals."""
    suggested: bool
    """The link rests on a suggestion no person has confirmed yet: shown as such."""
    stale: str | None
    """'mogelijk verouderd (…)' when the entry was not checked for twelve months."""

    def line(self) -> str:
        """'In jouw gemeente: <dienst> (<organisatie>) · telefoon · hoe aan te melden'."""
        return texts.IN_YOUR_MUNICIPALITY.format(summary=self.summary())

    def summary(self) -> str:
        s = self.service
        parts = [f"{s.name} ({s.organisation})" if s.organisation and s.organisation not in s.name else s.name]
        if s.phone:
            parts.append(s.phone)
        access = [p for p in (s.referral_text, _first_sentence(s.how_to_apply)) if p]
        parts += access
        if not access and s.website:
            parts.append(s.website)
        marks = []
        if self.relation == "signaal":
            marks.append(texts.SAME_SIGNALS)
        if self.suggested:
            marks.append(texts.SUGGESTED)
        if self.stale:
            marks.append(self.stale)
        text = " · ".join(parts)
        return f"{text} ({'; '.join(marks)})" if marks else text

    def to_json(self, today: date | None = None) -> dict[str, Any]:
        return self.service.to_json(today) | {
            "relation": self.relation,
            "suggested": self.suggested,
            "stale_note": self.stale,
            "line": self.line(),
        }


def _first_sentence(text: str | None, limit: int = 120) -> str | None:
    if not text:
        return None
    first = text.strip().split("\n", 1)[0]
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


class _MapIndex:
    """One map's services by the records they deliver and the signals they fit (built once)."""

    def __init__(self, local_map: LocalMap) -> None:
        self.offers: dict[str, list[tuple[LocalService, bool]]] = {}
        self.signals: dict[str, list[tuple[LocalService, bool]]] = {}
        for service in local_map.services:
            for record_id in service.offers:
                self.offers.setdefault(record_id, []).append((service, False))
            for record_id in service.suggested.offers:
                self.offers.setdefault(record_id, []).append((service, True))
            for signal in service.signals:
                self.signals.setdefault(signal, []).append((service, False))
            for signal in service.suggested.signals:
                self.signals.setdefault(signal, []).append((service, True))


_indexes: dict[int, tuple[LocalMap, _MapIndex]] = {}
_default_store: MapStore | None = None


def default_store() -> MapStore:
    """The store of the configured map folder, kept, so a map is read once until its file
    changes. Kept per folder, not per process: whoever points ADVISEUR_DATA_DIR or
    ADVISEUR_KAART_DIR elsewhere reads that folder's maps, never the ones read before."""
    global _default_store
    from adviseur.locations import local_map_dir

    folder, _shared = local_map_dir()
    if _default_store is None or _default_store.root != folder:
        _default_store = MapStore()
    return _default_store


def reset() -> None:
    """Forget the process's store (tests that point ADVISEUR_KAART_DIR elsewhere call this)."""
    global _default_store
    _default_store = None
    _indexes.clear()


def chosen_municipality() -> str | None:
    from adviseur.settings import load_settings

    return load_settings().municipality


def load_map(municipality: str | None, store: MapStore | None = None) -> LocalMap | None:
    """The map of `municipality` (default: the chosen one); None when there is none or it is
    broken (a broken map is reported by `adviseur kaart check`, never in the middle of advice)."""
    municipality = municipality or chosen_municipality()
    if not municipality:
        return None
    try:
        return (store or default_store()).load(municipality)
    except MapError:
        return None


def _index(local_map: LocalMap) -> _MapIndex:
    cached = _indexes.get(id(local_map))
    if cached is not None and cached[0] is local_map:
        return cached[1]
    if len(_indexes) > 8:
        _indexes.clear()
    index = _MapIndex(local_map)
    _indexes[id(local_map)] = (local_map, index)
    return index


def local_links(
    record_id: str,
    municipality: str | None = None,
    *,
    kb: KnowledgeBase | None = None,
    local_map: LocalMap | None = None,
    limit: int = MAX_PER_RECORD,
    today: date | None = None,
) -> list[LocalLink]:
    """Local services for a national record: those that deliver it (confirmed before
    suggested); when none does, those that share its main signal (with `kb`, which knows the
    record's signals). Empty without a chosen municipality or a map."""
    local_map = local_map or load_map(municipality)
    if local_map is None:
        return []
    index = _index(local_map)
    found: list[LocalLink] = []
    seen: set[str] = set()

    def add(candidates: Iterable[tuple[LocalService, bool]], relation: Relation) -> None:
        for service, suggested in sorted(candidates, key=lambda c: (c[1], c[0].is_stale(today), c[0].name.lower())):
            if len(found) >= limit or service.id in seen:
                continue
            seen.add(service.id)
            found.append(LocalLink(service, relation, suggested, service.stale_note(today)))

    add(index.offers.get(record_id, ()), "biedt")
    # services that fit the same signal only when none delivers the record: a delivering service
    # is the answer, the others would repeat under every record about debts
    if kb is not None and not found and record_id in kb.by_id:
        signals = kb.by_id[record_id].signals
        if signals:
            add(index.signals.get(signals[0], ()), "signaal")
    return found


def local_for(record_id: str, municipality: str | None = None, *, kb: KnowledgeBase | None = None) -> list[LocalService]:
    """The local services for a national record in `municipality` (default: the chosen one)."""
    return [link.service for link in local_links(record_id, municipality, kb=kb)]


def map_notice(municipality: str | None = None) -> str | None:
    """The line to show when a municipality has no local map (or none is chosen); else None."""
    municipality = municipality or chosen_municipality()
    if not municipality:
        return NO_MUNICIPALITY
    try:
        found = default_store().load(municipality)
    except MapError as exc:
        return str(exc)
    if found is None:
        return NO_MAP.format(municipality=municipality)
    return None


def local_json(
    record_ids: Iterable[str], municipality: str | None = None, *, kb: KnowledgeBase | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Record id -> its local services as JSON (for `run --json`'s `local` list per recommendation)."""
    local_map = load_map(municipality)
    if local_map is None:
        return {rid: [] for rid in record_ids}
    return {rid: [link.to_json() for link in local_links(rid, kb=kb, local_map=local_map)] for rid in record_ids}
