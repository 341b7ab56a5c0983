"""A local service as text for a person: every field, then its links, suggestions marked.

One wording for `adviseur kaart show` and the app's service screen, so a suggestion reads as a
suggestion wherever it is shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from adviseur.localmap import texts

if TYPE_CHECKING:
    from adviseur.knowledge import KnowledgeBase
    from adviseur.localmap.model import LocalService


def service_text(service: LocalService, kb: KnowledgeBase, today: date | None = None) -> str:
    """A service as text for a person: every field, then the tags, suggestions marked."""
    meta = texts.SERVICE_META.format(id=service.id, municipality=service.municipality)
    lines = [f"{service.name} — {service.organisation}", meta]
    for label, value in (
        (texts.DISTRICT, service.district),
        (texts.DESCRIPTION, service.description),
        (texts.PHONE, service.phone),
        (texts.EMAIL, service.email),
        (texts.WEBSITE, service.website),
        (texts.ADDRESS, service.address),
        (texts.OPENING_HOURS, service.opening_hours),
        (texts.HOW_TO_APPLY, service.how_to_apply),
        (texts.REFERRAL, None if service.referral is None else (texts.YES if service.referral else texts.NO)),
        (texts.COSTS, service.costs),
        (texts.CHECKED, service.checked.isoformat() if service.checked else texts.UNKNOWN),
    ):
        if value:
            lines.append(f"{label}: {' '.join(str(value).split())}")
    stale = service.stale_note(today)
    if stale:
        lines.append(texts.CHECK_THE_DATA.format(stale=stale))

    def names(ids: list[str], table: Mapping[str, Any], attr: str) -> str:
        return ", ".join(f"{getattr(table[i], attr)} [{i}]" if i in table else i for i in ids)

    for label, ids, suggested, table, attr in (
        (texts.OFFERS, service.offers, service.suggested.offers, kb.by_id, "title"),
        (texts.SIGNALS, service.signals, service.suggested.signals, kb.signal_by_id, "label"),
        (texts.TARGET_GROUPS, service.target_groups, service.suggested.target_groups, kb.target_group_by_id, "label"),
    ):
        if ids:
            lines.append(f"{label}: {names(ids, table, attr)}")
        if suggested:
            lines.append(f"{label} ({texts.SUGGESTED}): {names(suggested, table, attr)}")
    return "\n".join(lines)
