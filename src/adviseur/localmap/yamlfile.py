"""The social map as YAML, for hand editing: the template's columns as keys, one item per service.

    gemeente: Utrecht            # for every service below that does not name its own
    diensten:
      - naam: Vroeg Eropaf Utrecht
        organisatie: Buurtteams Utrecht
        telefoon: 030 123 4567
        biedt: [vroeg-eropaf]
        signalen: [huurachterstand, schulden]

Read with the project's bounded, located YAML loader, so a problem points at its line and column
and a hostile file cannot exhaust memory. Unlike a CSV export, a YAML file is written by hand:
a misspelt key is an error ("bedoel je 'telefoon'?"), not a column to skip.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import yaml

from adviseur.content import ContentError, Problem, YamlLimits, did_you_mean, load_located_yaml
from adviseur.localmap import texts
from adviseur.localmap.model import COLUMNS, LocalService
from adviseur.localmap.privacy import column_warning, personal_column
from adviseur.localmap.rows import RawRow, ReadResult

LIMITS = YamlLimits(max_bytes=128 * 1024 * 1024, max_depth=12, max_nodes=4_000_000, max_expanded=10_000)
"""Room for the whole country's map (about 100,000 services); aliases within the content budget."""
TOP_KEYS = ("gemeente", "diensten")


def read_yaml(path: Path) -> ReadResult:
    result = ReadResult("yaml")
    try:
        doc = load_located_yaml(path, limits=LIMITS)
    except ContentError as exc:
        result.problems.extend(exc.problems)
        return result
    result.problems.extend(doc.problems)
    data = doc.data
    items: Any
    prefix: tuple[str | int, ...]
    if isinstance(data, list):
        items, prefix = data, ()
    elif isinstance(data, dict):
        for key in data:
            if key not in TOP_KEYS:
                message = texts.UNKNOWN_KEY.format(key=key, hint=did_you_mean(key, TOP_KEYS))
                result.problems.append(doc.problem((key,), message))
        municipality = data.get("gemeente")
        if municipality is not None and not isinstance(municipality, str):
            result.problems.append(doc.problem(("gemeente",), texts.YAML_MUNICIPALITY_NOT_TEXT))
        elif isinstance(municipality, str) and municipality.strip():
            result.municipality = municipality.strip()
        items, prefix = data.get("diensten"), ("diensten",)
        if items is None:
            result.problems.append(doc.problem((), texts.YAML_NO_SERVICES))
            return result
    else:
        result.problems.append(Problem(path, 1, 1, texts.YAML_NOT_A_MAP))
        return result
    if not isinstance(items, list):
        result.problems.append(doc.problem(prefix, texts.YAML_SERVICES_NOT_A_LIST))
        return result
    for i, item in enumerate(items):
        where = (*prefix, i)
        line, column = doc.locate(where)
        if not isinstance(item, dict):
            result.problems.append(Problem(path, line, column, texts.YAML_SERVICE_NOT_A_MAPPING))
            continue
        row = RawRow((path, line, column))
        for key, value in item.items():
            key_line, key_column = doc.locate((*where, key))
            personal = personal_column(key)
            if personal:
                result.problems.append(Problem(path, key_line, key_column, column_warning(key, personal), "warning"))
                continue
            if key not in COLUMNS:
                message = texts.UNKNOWN_KEY.format(key=key, hint=did_you_mean(key, COLUMNS))
                result.problems.append(Problem(path, key_line, key_column, message))
                continue
            if key == "telefoon" and isinstance(value, int) and not isinstance(value, bool):
                message = texts.YAML_PHONE_AS_NUMBER
                result.problems.append(Problem(path, *doc.locate((*where, key)), message))
                continue
            row.set(key, value, (path, key_line, key_column))
            if isinstance(value, list):
                for j in range(len(value)):
                    item_line, item_column = doc.locate((*where, key, j))
                    row.item_where[(key, j)] = (path, item_line, item_column)
        result.rows.append(row)
    return result


def map_yaml(services: list[LocalService], municipality: str | None = None) -> bytes:
    """The services as a YAML file this module reads back (confirmed tags only)."""
    body: dict[str, Any] = {}
    if municipality:
        body["gemeente"] = municipality
    body["diensten"] = [_item(s, municipality) for s in services]
    stream = io.StringIO()
    yaml.safe_dump(body, stream, allow_unicode=True, sort_keys=False, width=100)
    return stream.getvalue().encode("utf-8")


def _item(service: LocalService, municipality: str | None) -> dict[str, Any]:
    stored = service.stored()
    stored.pop("voorstel", None)
    if municipality and stored.get("gemeente") == municipality:
        stored.pop("gemeente")
    return {column: stored[column] for column in COLUMNS if column in stored}
