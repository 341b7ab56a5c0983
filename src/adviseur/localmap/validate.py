"""Judge every row of an import: one validator for the CSV template, YAML and HSDS.

Everything wrong is collected before anything is written, each problem located at its cell
(`file:row:column: message`, in Dutch): a phone number that is not one, an unknown signal with
"bedoel je …", a `biedt` id that is not a national record, a service that appears twice. A
signal or target group may be written as its id or as its label ('Huurachterstand').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from adviseur.content import Problem, did_you_mean
from adviseur.localmap import texts, values
from adviseur.localmap.model import COLUMNS, FIELD_OF, LIST_COLUMNS, LocalService
from adviseur.localmap.privacy import looks_like_bsn
from adviseur.localmap.rows import RawRow
from adviseur.search.text import fold

if TYPE_CHECKING:
    from adviseur.knowledge import KnowledgeBase


@dataclass(frozen=True)
class Vocabulary:
    """The ids a local service may link to, and the labels people write instead of ids."""

    signals: dict[str, str]
    """id -> label."""
    target_groups: dict[str, str]
    records: dict[str, str]
    """National record id -> title."""

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> Vocabulary:
        return cls(
            signals={s.id: s.label for s in kb.signals.signals},
            target_groups={t.id: t.label for t in kb.target_groups.target_groups},
            records={r.id: r.title for r in kb.records},
        )

    @cached_property
    def _by_label(self) -> dict[str, dict[str, str]]:
        return {
            name: {fold(label): ident for ident, label in table.items()}
            for name, table in (("signalen", self.signals), ("doelgroepen", self.target_groups), ("biedt", self.records))
        }

    def table(self, column: str) -> dict[str, str]:
        return {"signalen": self.signals, "doelgroepen": self.target_groups, "biedt": self.records}[column]

    def resolve(self, column: str, written: str) -> str | None:
        """The id for what was written (an id, or a label/title in any case), or None."""
        table = self.table(column)
        if written in table:
            return written
        lowered = written.strip().lower()
        if lowered in table:
            return lowered
        return self._by_label[column].get(fold(written).strip())


def validate_rows(
    rows: Iterable[RawRow],
    vocabulary: Vocabulary,
    *,
    municipality: str | None = None,
    default_municipality: str | None = None,
    today: date | None = None,
) -> tuple[list[LocalService], list[Problem]]:
    """Every row as a `LocalService`, and every problem found (rows with errors are left out).

    `municipality` is `--gemeente`: rows without a municipality get it, and a row naming another
    one is an error (an address's city may differ: it is replaced). `default_municipality` is
    the file's own (YAML's top-level `gemeente`)."""
    services: list[LocalService] = []
    problems: list[Problem] = []
    first_seen: dict[str, RawRow] = {}
    for row in rows:
        ident = _raw_id(row)
        earlier = first_seen.get(ident) if ident else None
        if earlier is not None:
            path, line, _ = earlier.start
            where = texts.ROW.format(line=line) if path == row.start[0] else f"{path}:{line}"
            message = texts.DUPLICATE_SERVICE.format(id=ident, where=where)
            problems.append(row.problem("id" if "id" in row.where else "naam", message))
            continue
        if ident:
            first_seen[ident] = row
        service = _validate_row(row, vocabulary, municipality, default_municipality, today, problems)
        if service is not None:
            services.append(service)
    return services, problems


def _validate_row(
    row: RawRow,
    vocabulary: Vocabulary,
    municipality: str | None,
    default_municipality: str | None,
    today: date | None,
    problems: list[Problem],
) -> LocalService | None:
    errors_before = sum(p.severity == "error" for p in problems)
    data: dict[str, Any] = {}

    def cell(key: str, reader: Callable[[Any], Any]) -> None:
        raw = row.values.get(key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return
        try:
            if isinstance(raw, (list, dict)):  # a YAML list or mapping where one value belongs
                values.text(raw)
            data[FIELD_OF[key]] = reader(raw)
        except values.BadValue as exc:
            problems.append(row.problem(key, str(exc)))

    for key in ("naam", "organisatie", "omschrijving", "wijk", "adres", "openingstijden", "aanmelden", "kosten"):
        cell(key, values.text)
        _cut_long(row, key, data, problems)
    cell("telefoon", lambda v: values.phone(str(v)))
    cell("email", lambda v: values.email(str(v)))
    cell("website", lambda v: values.website(str(v)))
    cell("gecontroleerd", lambda v: values.checked_date(v, today))
    cell("verwijzing", values.yes_no)
    for key in ("naam", "organisatie"):
        if FIELD_OF[key] not in data and not _has_error_at(problems, row, key, errors_before):
            problems.append(row.problem(None, texts.REQUIRED.format(key=key)))
    for key in LIST_COLUMNS:
        data[FIELD_OF[key]] = _links(row, key, vocabulary, problems)

    data["municipality"] = _municipality(row, municipality, default_municipality, problems)
    data["id"] = _service_id(row, problems)
    _privacy(row, problems)

    if sum(p.severity == "error" for p in problems) > errors_before:
        return None
    try:
        return LocalService.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            field = str(err["loc"][0]) if err["loc"] else ""
            column = next((c for c, f in FIELD_OF.items() if f == field), None)
            problems.append(row.problem(column, _pydantic_message(err)))
        return None


MAX_LENGTH = {"omschrijving": 4000, "aanmelden": 4000}
"""Characters; every other text cell holds at most a line (300)."""


def _cut_long(row: RawRow, key: str, data: dict[str, Any], problems: list[Problem]) -> None:
    """A text longer than a card can show is cut, with a warning, rather than refused: one
    long description must not stop a municipality's whole import."""
    name = FIELD_OF[key]
    text = data.get(name)
    limit = MAX_LENGTH.get(key, 300)
    if isinstance(text, str) and len(text) > limit:
        data[name] = text[: limit - 1].rstrip() + "…"
        problems.append(row.problem(key, texts.CUT_SHORT.format(length=len(text), limit=limit), warning=True))


def _has_error_at(problems: list[Problem], row: RawRow, key: str, since: int) -> bool:
    path, line, column = row.at(key)
    return any(p.severity == "error" and (p.path, p.line, p.column) == (path, line, column) for p in problems[since:])


def _links(row: RawRow, key: str, vocabulary: Vocabulary, problems: list[Problem]) -> list[str]:
    found: list[str] = []
    table = vocabulary.table(key)
    try:
        written_items = values.items(row.values.get(key))
    except values.BadValue as exc:
        problems.append(row.problem(key, str(exc)))
        return found
    for i, written in enumerate(written_items):
        ident = vocabulary.resolve(key, written)
        if ident is None:
            hint = did_you_mean(values.slug(written), table) or did_you_mean(written, table.values())
            message = texts.UNKNOWN_LINK.format(noun=texts.LINK_NOUNS[key], written=written, hint=hint)
            message += "" if hint else "; " + texts.LINK_HINTS[key]
            problems.append(row.problem(key, message, item=i))
        elif ident not in found:
            found.append(ident)
    return found


def _municipality(row: RawRow, given: str | None, default: str | None, problems: list[Problem]) -> str | None:
    raw = row.values.get("gemeente")
    written = values.text(raw) if isinstance(raw, (str, int, float)) and not isinstance(raw, bool) else None
    if given:
        if written and not row.municipality_from_address and values.municipality_key(written) != values.municipality_key(given):
            problems.append(row.problem("gemeente", texts.OTHER_MUNICIPALITY.format(written=written, given=given)))
        return given.strip()
    if written:
        return written
    if default:
        return default.strip()
    problems.append(row.problem(None, texts.MUNICIPALITY_MISSING))
    return None


def _raw_id(row: RawRow) -> str | None:
    """The service's id as written (lower-case), or made from organisation and name: two rows
    with the same one are the same service, whatever else is wrong with them."""
    raw = row.values.get("id")
    if isinstance(raw, (str, int)) and not isinstance(raw, bool) and str(raw).strip():
        return str(raw).strip().lower()
    name, organisation = row.values.get("naam"), row.values.get("organisatie")
    if not isinstance(name, str) or not name.strip():
        return None
    return values.slug(f"{organisation if isinstance(organisation, str) else ''} {name}", limit=120) or None


def _service_id(row: RawRow, problems: list[Problem]) -> str | None:
    ident = _raw_id(row)
    if ident is not None and not _id_ok(ident):
        problems.append(row.problem("id", texts.BAD_ID.format(id=ident)))
        return None
    return ident


_ID = re.compile(r"[a-z0-9][a-z0-9._:-]{0,119}")


def _id_ok(ident: str) -> bool:
    return _ID.fullmatch(ident) is not None


def _privacy(row: RawRow, problems: list[Problem]) -> None:
    for key, raw in row.values.items():
        if key in ("telefoon", "id") or not isinstance(raw, str):
            continue
        if looks_like_bsn(raw):
            problems.append(row.problem(key, texts.BSN_WARNING, warning=True))


def _pydantic_message(err: Any) -> str:
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    if kind == "string_too_long":
        return texts.TOO_LONG.format(max=ctx.get("max_length"))
    if kind == "string_too_short":
        return texts.EMPTY
    if kind == "missing":
        return texts.MISSING
    return str(err.get("msg", texts.INVALID)).removeprefix("Value error, ")


def unknown_column(header: str) -> str:
    """The warning for a column the template does not have (it is not read)."""
    normal = values.slug(header).replace("-", "")
    hint = did_you_mean(normal, COLUMNS)
    return texts.UNKNOWN_COLUMN.format(header=header, hint=hint)
