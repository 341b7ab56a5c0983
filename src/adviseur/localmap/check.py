"""`adviseur kaart check`: are the stored maps still usable, and still right?

A map is checked against today's knowledge base, because an upgrade may rename or remove a record
a local service said it delivers (`biedt`), or a signal it was tagged with: such a link would
silently show nothing, so it is an error. A service not checked for twelve months is listed as
"mogelijk verouderd" (a warning: the map still works), and so are suggestions nobody accepted yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from adviseur.content import did_you_mean
from adviseur.content.wording import counted, errors_counted
from adviseur.localmap import texts
from adviseur.localmap.store import MapError, MapStore

if TYPE_CHECKING:
    from adviseur.knowledge import KnowledgeBase


@dataclass
class MapCheck:
    municipality: str
    file: str
    services: int = 0
    errors: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    """'id: mogelijk verouderd (…)' per service."""
    suggested: int = 0


@dataclass
class CheckReport:
    maps: list[MapCheck] = field(default_factory=list)
    notice: str | None = None

    @property
    def errors(self) -> int:
        return sum(len(m.errors) for m in self.maps)

    def lines(self) -> list[str]:
        if self.notice:
            return [self.notice]
        out: list[str] = []
        for m in self.maps:
            state = texts.CHECK_OK if not m.errors else errors_counted(len(m.errors))
            services = _services(m.services)
            out.append(texts.CHECK_MAP.format(municipality=m.municipality, services=services, state=state, file=m.file))
            out += ["  " + texts.CHECK_ERROR.format(error=e) for e in m.errors]
            if m.stale:
                out.append("  " + texts.CHECK_STALE.format(services=_services(len(m.stale))))
                out += [f"    {line}" for line in m.stale[:50]]
                if len(m.stale) > 50:
                    out.append("    " + texts.MORE.format(count=len(m.stale) - 50))
            if m.suggested:
                out.append("  " + texts.CHECK_SUGGESTED.format(services=_services(m.suggested)))
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "errors": self.errors,
            "notice": self.notice,
            "maps": [
                {
                    "municipality": m.municipality,
                    "file": m.file,
                    "services": m.services,
                    "errors": m.errors,
                    "stale": m.stale,
                    "suggested": m.suggested,
                }
                for m in self.maps
            ],
        }


def check_maps(store: MapStore, kb: KnowledgeBase, *, municipality: str | None = None, today: date | None = None) -> CheckReport:
    report = CheckReport()
    infos = store.maps()
    if municipality:
        from adviseur.localmap.values import municipality_key

        infos = [i for i in infos if i.key == municipality_key(municipality)]
        if not infos:
            report.notice = texts.NO_MAP.format(municipality=municipality)
            return report
    if not infos:
        report.notice = texts.NO_MAPS.format(folder=store.root)
        return report
    tables = {"biedt": kb.by_id, "signalen": kb.signal_by_id, "doelgroepen": kb.target_group_by_id}
    for info in infos:
        check = MapCheck(info.municipality, str(info.path))
        report.maps.append(check)
        try:
            local_map = store.read_file(info.path)
        except MapError as exc:
            check.errors.append(str(exc))
            continue
        check.municipality = local_map.municipality
        check.services = len(local_map.services)
        for service in local_map.services:
            for column, ids in (
                ("biedt", [*service.offers, *service.suggested.offers]),
                ("signalen", [*service.signals, *service.suggested.signals]),
                ("doelgroepen", [*service.target_groups, *service.suggested.target_groups]),
            ):
                known = tables[column]
                for ident in ids:
                    if ident not in known:
                        hint = did_you_mean(ident, known)
                        check.errors.append(texts.LINK_GONE.format(service=service.id, column=column, id=ident, hint=hint))
            note = service.stale_note(today)
            if note:
                check.stale.append(f"{service.id}: {note}")
            if service.suggested:
                check.suggested += 1
    return report


def _services(count: int) -> str:
    return counted(count, *texts.SERVICE_NOUN)
