"""The simple Dutch CSV template: one row per service, one column per field.

The header names the columns (`naam;organisatie;telefoon;…`, any order, any case); the usual
other spellings are understood ('e-mailadres', 'telefoonnummer', 'beschrijving'). A column the
template does not know is reported and skipped; a column that looks personal (a birth date, a
BSN) is never read. An example map is `docs/sociale-kaart/voorbeeld.csv`; `adviseur kaart sjabloon` writes an empty one.
"""

from __future__ import annotations

from pathlib import Path

from adviseur.content import ContentError, Problem
from adviseur.localmap import texts
from adviseur.localmap.model import COLUMNS, LIST_COLUMNS, LocalService
from adviseur.localmap.privacy import column_warning, personal_column
from adviseur.localmap.rows import RawRow, ReadResult
from adviseur.localmap.tables import read_table, write_csv
from adviseur.localmap.validate import unknown_column
from adviseur.search.text import fold

SPELLINGS: dict[str, str] = {
    "naam dienst": "naam",
    "dienst": "naam",
    "naam van de dienst": "naam",
    "aanbieder": "organisatie",
    "organisatienaam": "organisatie",
    "beschrijving": "omschrijving",
    "wat": "omschrijving",
    "wijk of kern": "wijk",
    "kern": "wijk",
    "stadsdeel": "wijk",
    "telefoonnummer": "telefoon",
    "tel": "telefoon",
    "e-mail": "email",
    "e mail": "email",
    "e-mailadres": "email",
    "e mailadres": "email",
    "mail": "email",
    "url": "website",
    "webadres": "website",
    "internet": "website",
    "bezoekadres": "adres",
    "openingstijd": "openingstijden",
    "geopend": "openingstijden",
    "aanmelding": "aanmelden",
    "hoe aan te melden": "aanmelden",
    "toegang": "aanmelden",
    "verwijzing nodig": "verwijzing",
    "verwijzing nodig?": "verwijzing",
    "laatst gecontroleerd": "gecontroleerd",
    "gecontroleerd op": "gecontroleerd",
    "controledatum": "gecontroleerd",
    "datum gecontroleerd": "gecontroleerd",
    "signaal": "signalen",
    "doelgroep": "doelgroepen",
    "landelijk record": "biedt",
    "landelijke records": "biedt",
}


def column_for(header: str) -> str | None:
    """The template column a header names, or None."""
    key = " ".join(fold(header).replace("_", " ").split()).strip(" :*")
    if key in COLUMNS:
        return key
    return SPELLINGS.get(key)


def read_template(path: Path) -> ReadResult:
    """The rows of a Dutch CSV template file, with header problems (unknown or personal columns)."""
    result = ReadResult("csv")
    try:
        table = read_table(path)
    except ContentError as exc:
        result.problems.extend(exc.problems)
        return result
    result.problems.extend(table.problems)
    columns: dict[int, str] = {}
    for index, header in enumerate(table.header):
        if not header:
            continue
        personal = personal_column(header)
        if personal:
            result.problems.append(Problem(path, 1, index + 1, column_warning(header, personal), "warning"))
            continue
        column = column_for(header)
        if column is None:
            result.problems.append(Problem(path, 1, index + 1, unknown_column(header), "warning"))
        elif column in columns.values():
            result.problems.append(Problem(path, 1, index + 1, texts.DUPLICATE_COLUMN.format(column=column)))
        else:
            columns[index] = column
    if "naam" not in columns.values():
        result.problems.append(Problem(path, 1, 1, texts.NO_NAME_COLUMN))
        return result
    width = len(table.header)
    for line, cells in table.rows:
        row = RawRow((path, line, 1))
        for index, column in columns.items():
            if index < len(cells):
                row.set(column, cells[index], (path, line, index + 1))
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            message = texts.ROW_TOO_WIDE.format(cells=len(cells), width=width)
            result.problems.append(Problem(path, line, width + 1, message))
        result.rows.append(row)
    return result


EXAMPLE_ROW: dict[str, str] = {
    "id": "vroeg-eropaf-voorbeeldstad",
    "naam": "Vroeg Eropaf Voorbeeldstad",
    "organisatie": "Buurtteam Voorbeeldstad",
    "omschrijving": "Bij twee maanden huurachterstand gaat een medewerker met de corporatie op huisbezoek.",
    "gemeente": "Voorbeeldstad",
    "telefoon": "012 345 6701",
    "email": "vroegeropaf@buurtteam.example",
    "website": "https://www.buurtteam.example",
    "adres": "Marktplein 1, 1234 AB Voorbeeldstad",
    "openingstijden": "ma 09:00-17:00, di 09:00-17:00",
    "aanmelden": "De corporatie meldt aan; inwoners kunnen ook zelf bellen.",
    "verwijzing": "nee",
    "kosten": "gratis",
    "gecontroleerd": "2026-01-15",
    "biedt": "vroeg-eropaf",
    "signalen": "huurachterstand",
}


def example_template() -> bytes:
    """The template's header and one example row, for `adviseur kaart sjabloon`."""
    return write_csv([list(COLUMNS), [EXAMPLE_ROW.get(c, "") for c in COLUMNS]], delimiter=";", bom=True)


def template_csv(services: list[LocalService]) -> bytes:
    """The services as the Dutch CSV template (semicolons and a byte-order mark, as Dutch Excel
    opens them), in template column order."""
    rows = [list(COLUMNS)]
    for service in services:
        stored = service.stored()
        rows.append([_cell(stored.get(column), column) for column in COLUMNS])
    return write_csv(rows, delimiter=";", bom=True)


def _cell(value: object, column: str) -> str:
    if value is None:
        return ""
    if column in LIST_COLUMNS and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value)
