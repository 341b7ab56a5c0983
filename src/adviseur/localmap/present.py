"""A local service as text for a person: every field, then its links, suggestions marked.

One wording for `adviseur kaart show` and the app's service screen, so a suggestion reads as a
suggestion wherever it is shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from adviseur.knowledge import KnowledgeBase
    from adviseur.localmap.model import LocalService


def service_text(service: LocalService, kb: KnowledgeBase, today: date | None = None) -> str:
    """A service as text for a person: every field, then the tags, suggestions marked."""
    lines = [f"{service.name} — {service.organisation}", f"id: {service.id} · soort: lokaal · gemeente: {service.municipality}"]
    for label, value in (
        ("Wijk", service.district),
        ("Omschrijving", service.description),
        ("Telefoon", service.phone),
        ("E-mail", service.email),
        ("Website", service.website),
        ("Adres", service.address),
        ("Openingstijden", service.opening_hours),
        ("Aanmelden", service.how_to_apply),
        ("Verwijzing nodig", None if service.referral is None else ("ja" if service.referral else "nee")),
        ("Kosten", service.costs),
        ("Gecontroleerd", service.checked.isoformat() if service.checked else "onbekend"),
    ):
        if value:
            lines.append(f"{label}: {' '.join(str(value).split())}")
    stale = service.stale_note(today)
    if stale:
        lines.append(f"Let op: {stale}. Controleer de gegevens en werk de datum bij.")

    def names(ids: list[str], table: Mapping[str, Any], attr: str) -> str:
        return ", ".join(f"{getattr(table[i], attr)} [{i}]" if i in table else i for i in ids)

    for label, ids, suggested, table, attr in (
        ("Biedt", service.offers, service.suggested.offers, kb.by_id, "title"),
        ("Signalen", service.signals, service.suggested.signals, kb.signal_by_id, "label"),
        ("Doelgroepen", service.target_groups, service.suggested.target_groups, kb.target_group_by_id, "label"),
    ):
        if ids:
            lines.append(f"{label}: {names(ids, table, attr)}")
        if suggested:
            lines.append(f"{label} (voorstel, nog niet bevestigd): {names(suggested, table, attr)}")
    return "\n".join(lines)
