"""A local service (kind `lokaal`): who does this *here*, and how to reach them.

The annex is national; a wijkteam professional needs, next to "Vroeg Eropaf fits", the local desk
that runs it and its phone number. A `LocalService` is one entry of a municipality's social map
("sociale kaart"): an organisation's service, never a resident.

Field names are English (code), their aliases the Dutch column names the person who keeps the map
reads and types (the CSV template, the YAML file and the stored map all use them), so one model
reads and writes every place a local service is written down.

Tags (signals, target groups, `biedt` links to national records) come in two kinds: those the
source states or a person confirmed (`signals`, `target_groups`, `offers`), and those Adviseur
*suggested* from the description (`suggested`). A suggestion is never shown as fact: it stays in
`suggested` until a person accepts it (`adviseur kaart accept`, `--accept`, or in the app).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from adviseur.localmap import texts

KIND: Literal["lokaal"] = "lokaal"
STALE_AFTER = timedelta(days=365)
"""A service not checked for twelve months may have moved, closed or changed its number."""

ServiceId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._:-]{0,119}$")]
"""Lower-case; a slug we make from organisation and name, or an HSDS id (often a UUID)."""
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Paragraph = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]


class Tags(BaseModel):
    """Signals, target groups and national records a service is linked to."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    signals: list[Slug] = Field(default=[], alias="signalen")
    target_groups: list[Slug] = Field(default=[], alias="doelgroepen")
    offers: list[Slug] = Field(default=[], alias="biedt")

    def __bool__(self) -> bool:
        return bool(self.signals or self.target_groups or self.offers)


class LocalService(BaseModel):
    """One service on a municipality's social map."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    id: ServiceId
    kind: Literal["lokaal"] = Field(default=KIND, alias="soort")
    name: Line = Field(alias="naam")
    organisation: Line = Field(alias="organisatie")
    """Required: the professional calls an organisation, and HSDS links every service to one."""
    description: Paragraph | None = Field(default=None, alias="omschrijving")
    municipality: Line = Field(alias="gemeente")
    district: Line | None = Field(default=None, alias="wijk")
    phone: Line | None = Field(default=None, alias="telefoon")
    email: Line | None = None
    website: Line | None = None
    address: Line | None = Field(default=None, alias="adres")
    opening_hours: Line | None = Field(default=None, alias="openingstijden")
    how_to_apply: Paragraph | None = Field(default=None, alias="aanmelden")
    """How to get in, in a sentence ('bel het wijkteam', 'inloop op dinsdag')."""
    referral: bool | None = Field(default=None, alias="verwijzing")
    """True when a referral (huisarts, wijkteam, beschikking) is needed; None when unknown."""
    costs: Line | None = Field(default=None, alias="kosten")
    checked: date | None = Field(default=None, alias="gecontroleerd")
    """The day someone last checked that the entry is right."""
    offers: list[Slug] = Field(default=[], alias="biedt")
    """National records (knowledge ids) this service delivers here, e.g. `vroeg-eropaf`."""
    signals: list[Slug] = Field(default=[], alias="signalen")
    target_groups: list[Slug] = Field(default=[], alias="doelgroepen")
    suggested: Tags = Field(default=Tags(), alias="voorstel")
    """Tags guessed from the description, not yet confirmed by a person."""

    # --- what a professional needs to know at a glance -------------------------------------------
    def is_stale(self, today: date | None = None) -> bool:
        """Not checked for twelve months (or never): the number may be wrong."""
        if self.checked is None:
            return True
        return (today or date.today()) - self.checked > STALE_AFTER

    def stale_note(self, today: date | None = None) -> str | None:
        """'mogelijk verouderd (laatst gecontroleerd 2023-04-01)', or None when recent."""
        if not self.is_stale(today):
            return None
        when = texts.LAST_CHECKED.format(date=self.checked.isoformat()) if self.checked else texts.NEVER_CHECKED
        return texts.STALE.format(when=when)

    @property
    def referral_text(self) -> str | None:
        if self.referral is None:
            return None
        return texts.REFERRAL_NEEDED if self.referral else texts.NO_REFERRAL

    def accepted(self, *, signals: bool = True, target_groups: bool = True, offers: bool = True) -> LocalService:
        """The service with its suggestions confirmed (moved into the stated tags)."""
        s = self.suggested
        keep = Tags(
            signals=[] if signals else s.signals,
            target_groups=[] if target_groups else s.target_groups,
            offers=[] if offers else s.offers,
        )
        return self.model_copy(
            update={
                "signals": _merge(self.signals, s.signals if signals else []),
                "target_groups": _merge(self.target_groups, s.target_groups if target_groups else []),
                "offers": _merge(self.offers, s.offers if offers else []),
                "suggested": keep,
            }
        )

    def stored(self) -> dict[str, object]:
        """The Dutch form written to the map file and YAML (empty values left out)."""
        return self.model_dump(mode="json", by_alias=True, exclude_defaults=True, exclude={"kind"})

    def to_json(self, today: date | None = None) -> dict[str, object]:
        """The English form for `--json` output (docs: README, 'Sociale kaart')."""
        data = self.model_dump(mode="json")
        data["stale"] = self.is_stale(today)
        return data


def _merge(first: list[str], extra: list[str]) -> list[str]:
    return first + [x for x in extra if x not in first]


#: The Dutch column names, in template order (the CSV template's header row).
COLUMNS: tuple[str, ...] = (
    "id",
    "naam",
    "organisatie",
    "omschrijving",
    "gemeente",
    "wijk",
    "telefoon",
    "email",
    "website",
    "adres",
    "openingstijden",
    "aanmelden",
    "verwijzing",
    "kosten",
    "gecontroleerd",
    "biedt",
    "signalen",
    "doelgroepen",
)
LIST_COLUMNS = frozenset({"biedt", "signalen", "doelgroepen"})
FIELD_OF: dict[str, str] = {
    (field.alias or name): name for name, field in LocalService.model_fields.items() if name not in ("kind", "suggested")
}
"""Dutch column -> model field."""
assert set(FIELD_OF) == set(COLUMNS), "every column is a field and back"
