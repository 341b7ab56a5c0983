"""Open Referral HSDS 1.1 datapackages: the open standard for directories of human services.

A datapackage is a folder of CSV files described by `datapackage.json`. We read the tables a
social map needs (field names as in HSDS 1.1):

- `organizations.csv` (id, name, email, url) and `services.csv` (id, organization_id, name,
  description, url, email, status, application_process, fees);
- `locations.csv`, `services_at_location.csv` (service_id, location_id, description) and
  `physical_addresses.csv` (location_id, address_1, postal_code, city): the address, and the
  place name as municipality when `--gemeente` is not given;
- `phones.csv` (number, linked by service_id, service_at_location_id, location_id or
  organization_id, in that order of preference);
- optional: `regular_schedules.csv` (opening hours), `service_areas.csv` (the district),
  `metadata.csv` (last_action_date: when the entry was last checked), and `taxonomy.csv` with
  `services_taxonomy.csv` for Adviseur's own links.

Adviseur's links (signals, target groups, `biedt`, whether a referral is needed) have no HSDS
field; they travel as taxonomy terms in vocabularies named `adviseur-signaal`,
`adviseur-doelgroep`, `adviseur-biedt` and `adviseur-verwijzing`, the way HSDS carries any
classification. So an export can go back to the municipality's system and come back unchanged.

Every problem names the file, row and column it is in (a phone number in `phones.csv`).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from adviseur.content import ContentError, Problem, did_you_mean
from adviseur.localmap import texts, values
from adviseur.localmap.model import LocalService
from adviseur.localmap.privacy import column_warning, personal_column
from adviseur.localmap.rows import RawRow, ReadResult, Where
from adviseur.localmap.tables import Table, read_bytes, read_table, write_csv
from adviseur.search.text import fold

DESCRIPTOR = "datapackage.json"
RESOURCES: dict[str, str] = {
    "organization": "organizations.csv",
    "service": "services.csv",
    "location": "locations.csv",
    "service_at_location": "services_at_location.csv",
    "physical_address": "physical_addresses.csv",
    "phone": "phones.csv",
    "regular_schedule": "regular_schedules.csv",
    "service_area": "service_areas.csv",
    "taxonomy": "taxonomy.csv",
    "service_taxonomy": "services_taxonomy.csv",
    "metadata": "metadata.csv",
}
"""The HSDS 1.1 resources we read or write, with their standard file names."""
REQUIRED = ("organization", "service")
ACTIVE = ("active", "temporarily closed")
SKIPPED = ("inactive", "defunct")
VOCABULARIES = {
    "adviseur-signaal": "signalen",
    "adviseur-doelgroep": "doelgroepen",
    "adviseur-biedt": "biedt",
    "adviseur-verwijzing": "verwijzing",
}
REFERRAL_TERMS = {"nodig": True, "niet-nodig": False}
DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
"""HSDS weekday 1 = Monday."""
MUNICIPALITY_KEY = "adviseur:gemeente"
"""A property of our export's datapackage.json (HSDS itself has no municipality field)."""
HOURS_NOTE = "Openingstijden: "
"""Opening hours that are not a weekly schedule go in the service-at-location description."""
_NAMESPACE = uuid.UUID("5b0c4a5e-2f7d-4a53-9c55-7a1e0d6a3f11")
"""For organisation ids: HSDS wants a UUID, and the same organisation must get the same one."""


def is_datapackage(path: Path) -> bool:
    return (path.is_dir() and (path / DESCRIPTOR).is_file()) or path.name == DESCRIPTOR


# --- reading ---------------------------------------------------------------------------------------


@dataclass
class _Row:
    """One row of an HSDS table: each field's value and position."""

    start: Where
    cells: dict[str, tuple[str, Where]]

    def cell(self, name: str) -> tuple[str, Where]:
        """(value, where); a field the table does not have is empty, at the row's start."""
        return self.cells.get(name, ("", self.start))

    def value(self, name: str) -> str:
        return self.cell(name)[0]


@dataclass
class _Rows:
    """One HSDS table's rows."""

    table: Table | None
    rows: list[_Row] = field(default_factory=list)


def read_hsds(path: Path, municipality: str | None = None) -> ReadResult:
    """The services of a datapackage (a folder with datapackage.json, or that file)."""
    result = ReadResult("hsds")
    folder = path if path.is_dir() else path.parent
    try:
        files, named = _resource_files(folder, result.problems)
    except ContentError as exc:
        result.problems.extend(exc.problems)
        return result
    for name in REQUIRED:
        if name not in files:
            message = texts.HSDS_MISSING_TABLE.format(file=RESOURCES[name], name=name)
            result.problems.append(Problem(folder / DESCRIPTOR, 1, 1, message))
    tables = {name: _load(file, result.problems) for name, file in files.items()}
    if any(p.severity == "error" for p in result.problems):
        return result
    # HSDS has no municipality field: `--gemeente`, else the one our own export names, else each
    # address's place name
    _Package(tables, result, municipality or named).build()
    return result


def _resource_files(folder: Path, problems: list[Problem]) -> tuple[dict[str, Path], str | None]:
    """Resource name -> file, from datapackage.json (paths must stay inside the folder; a
    standard file that is present but not listed is read too), and the municipality the
    descriptor names (`adviseur:gemeente`, written by our export)."""
    descriptor = folder / DESCRIPTOR
    raw = read_bytes(descriptor, 8 * 1024 * 1024)
    try:
        text = raw.decode("utf-8-sig")
        data = json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        line = getattr(exc, "lineno", 1)
        raise ContentError([Problem(descriptor, line, 1, texts.NOT_JSON.format(detail=str(exc)[:120]))]) from None
    resources = data.get("resources") if isinstance(data, dict) else None
    if not isinstance(resources, list):
        raise ContentError([Problem(descriptor, 1, 1, texts.HSDS_NO_RESOURCES)])
    files: dict[str, Path] = {}
    for resource in resources:
        if not isinstance(resource, dict):
            continue
        name, where = resource.get("name"), resource.get("path")
        if name not in RESOURCES or not isinstance(where, str):
            continue
        pure = PurePosixPath(where)
        if pure.is_absolute() or ".." in pure.parts or "\\" in where or ":" in where:
            line = _line_of(text, where)
            problems.append(Problem(descriptor, line, 1, texts.HSDS_PATH_OUTSIDE.format(path=where)))
            continue
        target = folder.joinpath(*pure.parts)
        if target.exists():
            files[name] = target
        elif name not in REQUIRED:  # a missing required table is reported once, by the caller
            message = texts.HSDS_FILE_MISSING.format(path=where)
            problems.append(Problem(descriptor, _line_of(text, where), 1, message, "warning"))
    for name, standard in RESOURCES.items():
        if name not in files and (folder / standard).is_file():
            files[name] = folder / standard
    named = data.get(MUNICIPALITY_KEY)
    return files, named.strip() if isinstance(named, str) and named.strip() else None


def _line_of(text: str, needle: str) -> int:
    index = text.find(f'"{needle}"')
    return text.count("\n", 0, index) + 1 if index >= 0 else 1


def _load(path: Path, problems: list[Problem]) -> _Rows:
    try:
        table = read_table(path, delimiter=",")
    except ContentError as exc:
        problems.extend(exc.problems)
        return _Rows(None)
    problems.extend(table.problems)
    keep: list[tuple[int, str]] = []
    for index, header in enumerate(table.header):
        personal = personal_column(header)
        if personal:
            problems.append(Problem(path, 1, index + 1, column_warning(header, personal), "warning"))
        else:
            keep.append((index, header.strip().lower()))
    rows = _Rows(table)
    for line, cells in table.rows:
        cells_by_name = {name: (cells[i].strip() if i < len(cells) else "", (path, line, i + 1)) for i, name in keep}
        rows.rows.append(_Row((path, line, 1), cells_by_name))
    return rows


class _Package:
    """Joins the tables of one datapackage into one `RawRow` per active service."""

    def __init__(self, tables: dict[str, _Rows], result: ReadResult, municipality: str | None) -> None:
        self.tables = tables
        self.result = result
        self.problems = result.problems
        self.municipality = municipality
        # the tables by id, and the links between them (filled by `build`)
        self.organisations: dict[str, _Row] = {}
        self.services: dict[str, _Row] = {}
        self.locations: dict[str, _Row] = {}
        self.links: dict[str, _Row] = {}
        self.service_of_link: dict[str, str] = {}
        self.at_location: dict[str, list[str]] = {}
        self.org_services: dict[str, list[str]] = {}

    def rows(self, name: str) -> Iterable[_Row]:
        table = self.tables.get(name)
        return table.rows if table is not None else ()

    def error(self, where: Where, message: str, *, warning: bool = False) -> None:
        self.problems.append(Problem(*where, message, "warning" if warning else "error"))

    def by_id(self, name: str) -> dict[str, _Row]:
        """Rows of a table by their `id`; a missing or repeated id is an error."""
        found: dict[str, _Row] = {}
        for row in self.rows(name):
            ident, where = row.cell("id")
            if not ident:
                self.error(row.start, texts.HSDS_NO_ID)
                continue
            if ident in found:
                self.error(where, texts.HSDS_DUPLICATE_ID.format(id=ident, file=where[0].name))
                continue
            found[ident] = row
        return found

    def reference(self, row: _Row, key: str, known: dict[str, Any], what: str) -> str | None:
        """The id in `row[key]` if it names a row of `known` (an error when it names nothing)."""
        value, where = row.cell(key)
        if not value:
            return None
        if value not in known:
            hint = did_you_mean(value, known)
            self.error(where, texts.HSDS_UNKNOWN_REFERENCE.format(key=key, what=what, value=value, hint=hint))
            return None
        return value

    def build(self) -> None:
        self.organisations = organisations = self.by_id("organization")
        self.services = services = self.by_id("service")
        self.locations = locations = self.by_id("location")
        self.links = links = self.by_id("service_at_location")
        addresses: dict[str, _Row] = {}
        for row in self.rows("physical_address"):
            location = self.reference(row, "location_id", locations, texts.HSDS_LOCATION)
            if location is not None:
                addresses.setdefault(location, row)

        locations_of: dict[str, list[str]] = {}
        self.service_of_link = {}
        for ident, row in links.items():
            service = self.reference(row, "service_id", services, texts.HSDS_SERVICE)
            location = self.reference(row, "location_id", locations, texts.HSDS_LOCATION)
            if service is not None and location is not None:
                locations_of.setdefault(service, []).append(location)
                self.service_of_link[ident] = service
        self.at_location = _services_at(locations_of)
        self.org_services = {}
        for ident, row in services.items():
            self.org_services.setdefault(row.value("organization_id"), []).append(ident)

        raw_rows: dict[str, RawRow] = {}
        for ident, row in services.items():
            built = self._service(ident, row, organisations)
            if built is not None:
                raw_rows[ident] = built
        self._addresses(raw_rows, locations_of, addresses, links)
        self._phones(raw_rows)
        self._schedules(raw_rows)
        self._areas(raw_rows, services)
        self._taxonomy(raw_rows, services)
        self._checked(raw_rows)
        self.result.rows.extend(raw_rows.values())

    def _service(self, ident: str, row: _Row, organisations: dict[str, Any]) -> RawRow | None:
        id_where = row.cell("id")[1]
        status, status_where = row.cell("status")
        status = status.lower()
        if status in SKIPPED:
            self.error(status_where, texts.HSDS_SKIPPED.format(id=ident, status=status), warning=True)
            return None
        if status and status not in ACTIVE:
            hint = did_you_mean(status, ACTIVE + SKIPPED)
            self.error(status_where, texts.HSDS_UNKNOWN_STATUS.format(status=status, hint=hint))
            return None
        raw = RawRow((id_where[0], id_where[1], 1))
        raw.set("id", ident, id_where)
        for source, target in (
            ("name", "naam"),
            ("description", "omschrijving"),
            ("url", "website"),
            ("email", "email"),
            ("application_process", "aanmelden"),
            ("fees", "kosten"),
        ):
            value, where = row.cell(source)
            if value:
                raw.set(target, value, where)
        organisation = self.reference(row, "organization_id", organisations, texts.HSDS_ORGANISATION)
        if organisation is not None:
            org = organisations[organisation]
            name, where = org.cell("name")
            raw.set("organisatie", name, where)
            for source, target in (("url", "website"), ("email", "email")):
                value, org_where = org.cell(source)
                if value and target not in raw.values:
                    raw.set(target, value, org_where)
        elif not row.value("organization_id"):
            self.error(id_where, texts.HSDS_NO_ORGANISATION)
        if self.municipality:
            raw.set("gemeente", self.municipality, id_where)
        return raw

    def _addresses(
        self,
        raw_rows: dict[str, RawRow],
        locations_of: dict[str, list[str]],
        addresses: dict[str, _Row],
        links: dict[str, _Row],
    ) -> None:
        for ident, raw in raw_rows.items():
            for location in locations_of.get(ident, ()):
                address = addresses.get(location)
                if address is None:
                    continue
                first, where = address.cell("address_1")
                postal = address.value("postal_code")
                city, city_where = address.cell("city")
                if city and not self.municipality:
                    raw.set("gemeente", city, city_where)
                    raw.municipality_from_address = True
                municipality = self.municipality or city
                if postal:
                    text = f"{first}, {postal} {city}".strip(", ")
                elif city and values.municipality_key(city) != values.municipality_key(municipality or ""):
                    text = f"{first}, {city}"
                else:
                    text = first
                if text:
                    raw.set("adres", text, where)
                break
        for link in links.values():
            service = link.value("service_id")
            note, where = link.cell("description")
            target = raw_rows.get(service)
            if target is not None and note.startswith(HOURS_NOTE) and "openingstijden" not in target.values:
                target.set("openingstijden", note[len(HOURS_NOTE) :], where)

    def _linked(self, row: _Row, *, organisation: bool) -> list[tuple[int, str]]:
        """The services a phone or schedule row belongs to, as (rank, service id): its
        service_id (0), its service at a location (1), every service at its location (2) and,
        for phones, every service of its organisation (3). Unknown ids are errors."""
        found: list[tuple[int, str]] = []
        service = self.reference(row, "service_id", self.services, texts.HSDS_SERVICE)
        link = self.reference(row, "service_at_location_id", self.links, texts.HSDS_SERVICE_AT_LOCATION)
        location = self.reference(row, "location_id", self.locations, texts.HSDS_LOCATION)
        owner = self.reference(row, "organization_id", self.organisations, texts.HSDS_ORGANISATION) if organisation else None
        if service is not None:
            found.append((0, service))
        if link is not None and link in self.service_of_link:
            found.append((1, self.service_of_link[link]))
        found += [(2, ident) for ident in self.at_location.get(location or "", ())]
        found += [(3, ident) for ident in self.org_services.get(owner or "", ())]
        return found

    def _phones(self, raw_rows: dict[str, RawRow]) -> None:
        """Each service's phone: its own first, then its location's, then its organisation's."""
        best: dict[str, tuple[int, str, Where]] = {}
        for row in self.rows("phone"):
            number, where = row.cell("number")
            if not number:
                continue
            for rank, service in self._linked(row, organisation=True):
                if service in raw_rows and (service not in best or best[service][0] > rank):
                    best[service] = (rank, number, where)
        for service, (_, number, where) in best.items():
            raw_rows[service].set("telefoon", number, where)

    def _schedules(self, raw_rows: dict[str, RawRow]) -> None:
        """Weekly opening hours, from the most specific link a schedule row has."""
        hours: dict[str, list[tuple[int, str, str]]] = {}
        first_where: dict[str, Where] = {}
        for row in self.rows("regular_schedule"):
            day_text, where = row.cell("weekday")
            if not day_text.isdigit() or not 1 <= int(day_text) <= 7:
                self.error(where, texts.HSDS_BAD_WEEKDAY.format(value=day_text))
                continue
            opens = self._time(row, "opens_at")
            closes = self._time(row, "closes_at")
            if opens is None or closes is None:
                continue
            linked = self._linked(row, organisation=False)
            most_specific = min((rank for rank, _ in linked), default=None)
            for rank, target in linked:
                if rank == most_specific:
                    hours.setdefault(target, []).append((int(day_text), opens, closes))
                    first_where.setdefault(target, where)
        for service, slots in hours.items():
            raw = raw_rows.get(service)
            if raw is not None and slots:
                raw.set("openingstijden", format_hours(slots), first_where[service])

    def _time(self, row: _Row, key: str) -> str | None:
        value, where = row.cell(key)
        match = re.fullmatch(r"(\d{1,2}):(\d{2})(:\d{2})?(Z|[+-]\d{2}:?\d{2})?", value)
        if not match or int(match.group(1)) > 24 or int(match.group(2)) > 59:
            self.error(where, texts.HSDS_BAD_TIME.format(key=key, value=value))
            return None
        return f"{int(match.group(1)):02d}:{match.group(2)}"

    def _areas(self, raw_rows: dict[str, RawRow], services: dict[str, Any]) -> None:
        areas: dict[str, list[str]] = {}
        first_where: dict[str, Where] = {}
        for row in self.rows("service_area"):
            service = self.reference(row, "service_id", services, texts.HSDS_SERVICE)
            area, where = row.cell("service_area")
            if service is not None and area:
                areas.setdefault(service, []).append(area)
                first_where.setdefault(service, where)
        for service, names in areas.items():
            if service in raw_rows:
                raw_rows[service].set("wijk", ", ".join(names), first_where[service])

    def _taxonomy(self, raw_rows: dict[str, RawRow], services: dict[str, Any]) -> None:
        terms = self.by_id("taxonomy")
        for row in self.rows("service_taxonomy"):
            service = self.reference(row, "service_id", services, texts.HSDS_SERVICE)
            term_id = self.reference(row, "taxonomy_id", terms, texts.HSDS_TERM)
            if service is None or term_id is None or service not in raw_rows:
                continue
            vocabulary = terms[term_id].value("vocabulary")
            column = VOCABULARIES.get(vocabulary)
            if column is None:
                continue  # another classification (AIRS, Open Eligibility): not ours to read
            value = term_id.split(":", 1)[1] if ":" in term_id else term_id
            where = row.cell("taxonomy_id")[1]
            raw = raw_rows[service]
            if column == "verwijzing":
                if value not in REFERRAL_TERMS:
                    hint = did_you_mean(value, REFERRAL_TERMS)
                    self.error(where, texts.HSDS_UNKNOWN_REFERRAL.format(value=value, hint=hint))
                    continue
                raw.set("verwijzing", REFERRAL_TERMS[value], where)
                continue
            listed = raw.values.setdefault(column, [])
            raw.where.setdefault(column, where)
            raw.item_where[(column, len(listed))] = where
            listed.append(value)

    def _checked(self, raw_rows: dict[str, RawRow]) -> None:
        latest: dict[str, tuple[str, Where]] = {}
        for row in self.rows("metadata"):
            resource = row.value("resource_id")
            when, where = row.cell("last_action_date")
            if resource in raw_rows and when and (resource not in latest or latest[resource][0] < when):
                latest[resource] = (when, where)
        for service, (when, where) in latest.items():
            raw_rows[service].set("gecontroleerd", when, where)


def _services_at(locations_of: dict[str, list[str]]) -> dict[str, list[str]]:
    """Location id -> the services offered there."""
    found: dict[str, list[str]] = {}
    for service, places in locations_of.items():
        for place in places:
            found.setdefault(place, []).append(service)
    return found


_HOURS = re.compile(r"^(ma|di|wo|do|vr|za|zo) (\d\d:\d\d)-(\d\d:\d\d)$")


def format_hours(slots: Iterable[tuple[int, str, str]]) -> str:
    """'ma 09:00-17:00, di 09:00-12:00': the one way weekly opening hours are written."""
    return ", ".join(f"{DAYS[day - 1]} {opens}-{closes}" for day, opens, closes in sorted(slots))


def parse_hours(text: str) -> list[tuple[int, str, str]] | None:
    """The weekly schedule in `format_hours`'s form, or None for any other text."""
    slots = []
    for part in text.split(", "):
        match = _HOURS.match(part)
        if not match:
            return None
        slots.append((DAYS.index(match.group(1)) + 1, match.group(2), match.group(3)))
    return slots if format_hours(slots) == text else None


# --- writing ---------------------------------------------------------------------------------------

_FIELDS: dict[str, tuple[str, ...]] = {
    "organization": ("id", "name", "description", "email", "url"),
    "service": ("id", "organization_id", "name", "description", "url", "email", "status", "application_process", "fees"),
    "location": ("id", "organization_id", "name"),
    "service_at_location": ("id", "service_id", "location_id", "description"),
    "physical_address": ("id", "location_id", "address_1", "city", "state_province", "postal_code", "country"),
    "phone": ("id", "service_id", "number", "type"),
    "regular_schedule": ("id", "service_id", "weekday", "opens_at", "closes_at"),
    "service_area": ("id", "service_id", "service_area"),
    "taxonomy": ("id", "name", "parent_id", "parent_name", "vocabulary"),
    "service_taxonomy": ("id", "service_id", "taxonomy_id", "taxonomy_detail"),
    "metadata": (
        "id",
        "resource_id",
        "last_action_date",
        "last_action_type",
        "field_name",
        "previous_value",
        "replacement_value",
        "updated_by",
    ),
}
_TYPES = {"weekday": "integer", "opens_at": "time", "closes_at": "time", "last_action_date": "datetime"}
_POSTAL = re.compile(r"^(?P<street>.+), (?P<postal>\d{4} ?[A-Z]{2}) (?P<city>.+)$")


def export_hsds(
    services: list[LocalService], labels: dict[str, dict[str, str]], title: str, municipality: str | None = None
) -> dict[str, bytes]:
    """The services as an HSDS 1.1 datapackage: file name -> bytes. `labels` names the terms
    ({'signalen': {id: label}, 'doelgroepen': …, 'biedt': {id: title}}) for taxonomy.csv;
    `municipality` is written in datapackage.json, so a re-import needs no `--gemeente`."""
    tables: dict[str, list[list[str]]] = {name: [] for name in _FIELDS}
    organisations: dict[str, str] = {}
    terms: dict[str, list[str]] = {}

    def add(table: str, **cells: str) -> None:
        tables[table].append([cells.get(f, "") for f in _FIELDS[table]])

    for service in services:
        org_key = f"{values.municipality_key(service.municipality)}/{fold(service.organisation)}"
        org_id = str(uuid.uuid5(_NAMESPACE, org_key))
        if org_id not in organisations:
            organisations[org_id] = service.organisation
            add("organization", id=org_id, name=service.organisation)
        sid = service.id
        add(
            "service",
            id=sid,
            organization_id=org_id,
            name=service.name,
            description=service.description or "",
            url=service.website or "",
            email=service.email or "",
            status="active",
            application_process=service.how_to_apply or "",
            fees=service.costs or "",
        )
        schedule = parse_hours(service.opening_hours) if service.opening_hours else None
        note = HOURS_NOTE + service.opening_hours if service.opening_hours and schedule is None else ""
        if service.address or note:
            location = f"{sid}-locatie"
            add("location", id=location, organization_id=org_id, name=service.name)
            add("service_at_location", id=f"{sid}-op-locatie", service_id=sid, location_id=location, description=note)
            if service.address:
                match = _POSTAL.match(service.address)
                parts = (
                    (match["street"], match["postal"], match["city"]) if match else (service.address, "", service.municipality)
                )
                add(
                    "physical_address",
                    id=f"{sid}-adres",
                    location_id=location,
                    address_1=parts[0],
                    postal_code=parts[1],
                    city=parts[2],
                    country="NL",
                )
        if service.phone:
            add("phone", id=f"{sid}-telefoon", service_id=sid, number=service.phone, type="voice")
        for n, (day, opens, closes) in enumerate(schedule or [], start=1):
            add("regular_schedule", id=f"{sid}-tijd-{n}", service_id=sid, weekday=str(day), opens_at=opens, closes_at=closes)
        if service.district:
            add("service_area", id=f"{sid}-wijk", service_id=sid, service_area=service.district)
        links: list[tuple[str, str, str]] = [("adviseur-signaal", s, labels["signalen"].get(s, s)) for s in service.signals]
        links += [("adviseur-doelgroep", t, labels["doelgroepen"].get(t, t)) for t in service.target_groups]
        links += [("adviseur-biedt", r, labels["biedt"].get(r, r)) for r in service.offers]
        if service.referral is not None:
            term = "nodig" if service.referral else "niet-nodig"
            label = texts.HSDS_REFERRAL_NEEDED if service.referral else texts.HSDS_NO_REFERRAL
            links.append(("adviseur-verwijzing", term, label))
        for n, (vocabulary, value, label) in enumerate(links, start=1):
            term_id = f"{vocabulary}:{value}"
            if term_id not in terms:
                terms[term_id] = [term_id, label, "", "", vocabulary]
            add("service_taxonomy", id=f"{sid}-term-{n}", service_id=sid, taxonomy_id=term_id)
        if service.checked is not None:
            add(
                "metadata",
                id=f"{sid}-gecontroleerd",
                resource_id=sid,
                last_action_date=f"{service.checked.isoformat()}T00:00:00Z",
                last_action_type="verified",
                updated_by="adviseur",
            )
    tables["taxonomy"] = list(terms.values())
    files = {RESOURCES[name]: write_csv([list(_FIELDS[name]), *rows]) for name, rows in tables.items()}
    files[DESCRIPTOR] = _descriptor(title, municipality)
    return files


def _descriptor(title: str, municipality: str | None) -> bytes:
    resources = [
        {
            "name": name,
            "path": RESOURCES[name],
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "profile": "tabular-data-resource",
            "schema": {
                "fields": [{"name": f, "type": _TYPES.get(f, "string")} for f in fields],
                "primaryKey": "id",
            },
        }
        for name, fields in _FIELDS.items()
    ]
    body: dict[str, Any] = {
        "name": "sociale-kaart",
        "title": title,
        "description": texts.HSDS_DESCRIPTION,
        "version": "1.1",
        "profile": "tabular-data-package",
        "resources": resources,
    }
    if municipality:
        body[MUNICIPALITY_KEY] = municipality
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
