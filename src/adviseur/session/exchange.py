"""Sharing scans without a server: one JSON file out, the same file in again.

A partner sends its answers to the coordinator this way, and a municipality shares its scans
with the region. The file's shape is documented in `docs/scan-json.md` and versioned
(`FORMAT`, `FILE_VERSION`): a file from a newer Adviseur is refused with a message saying so,
never half read. Every scan in it keeps its lasting `uid`, so importing the same file twice adds
nothing the second time.

Reading is all-or-nothing and touches nothing already saved: the whole file is checked first
(size, JSON, shape, every scan), then each new scan is written as a new file of its own; should
a write fail, the scans this import already wrote are removed again. A broken or foreign file
gets a Dutch message (`ExchangeError`), never a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from adviseur.content.wording import counted
from adviseur.errors import AdviseurError
from adviseur.reports.scanset import ROLES, SavedScan
from adviseur.session import texts

if TYPE_CHECKING:
    from adviseur.store import Store

FORMAT = "adviseur-scans"
FILE_VERSION = 1
"""The version of the file's shape this Adviseur writes and reads (raise it when a key changes
meaning or disappears; a new key does not raise it)."""
MAX_BYTES = 16 * 1024 * 1024
MAX_SCANS = 1000
SUFFIX = ".json"

"""The line the command line prints after an export."""


class ExchangeError(AdviseurError):
    """A scan file cannot be written or read; the message is Dutch and says what happened."""


# --- the file's shape (what `docs/scan-json.md` documents) -------------------------------------------


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class _Score(_Open):
    label: str
    kind: str
    percent: float | None = None


class _Outcome(_Open):
    """A saved outcome (`FlowOutcome.to_json()`): what the reports read of it must be there and
    well-formed; what they do not read is kept as it is."""

    flow: str
    answers: dict[str, Any]
    answer_texts: dict[str, str]
    scores: dict[str, _Score]
    notes: dict[str, str] = {}
    gaps: list[dict[str, Any]] = []
    transcript: list[dict[str, Any]] = []


class _Respondent(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: str
    organisation: str | None = Field(default=None, max_length=200)


class _Scan(BaseModel):
    model_config = ConfigDict(extra="ignore")

    uid: str = Field(pattern=r"^[A-Za-z0-9_-]{4,80}$")
    flow: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,79}$")
    label: str = Field(min_length=1, max_length=200)
    saved_at: datetime
    round: str | None = Field(default=None, max_length=40)
    respondent: _Respondent | None = None
    outcome: _Outcome


class _File(BaseModel):
    model_config = ConfigDict(extra="ignore")

    format: Literal["adviseur-scans"]
    schema_version: int
    scans: list[_Scan] = Field(min_length=1, max_length=MAX_SCANS)


# --- export ------------------------------------------------------------------------------------------


def scan_json(scan: SavedScan) -> dict[str, Any]:
    """One scan as the file holds it."""
    return {
        "uid": scan.uid,
        "flow": scan.flow_id,
        "label": scan.label,
        "saved_at": scan.saved_at,
        "round": scan.round,
        "respondent": scan.respondent,
        "outcome": dict(scan.payload),
    }


def export_text(scans: Sequence[SavedScan], now: datetime | None = None) -> str:
    """The file's text for `scans` (at least one)."""
    from adviseur import __version__

    if not scans:
        raise ExchangeError(texts.NOTHING_TO_EXPORT)
    document = {
        "format": FORMAT,
        "schema_version": FILE_VERSION,
        "exported_at": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        "adviseur": __version__,
        "scans": [scan_json(s) for s in scans],
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def exported(count: int, path: Path) -> str:
    """What `export_scans` tells the user it did: '3 scans geëxporteerd naar …'."""
    return texts.EXPORTED.format(scans=counted(count, *texts.SCAN_NOUN), path=path)


def export_scans(scans: Sequence[SavedScan], path: Path) -> Path:
    """Write `scans` to `path` atomically (the user's own file: their umask decides who reads it;
    a scan is about policy, not a person). The folder must exist. ExchangeError on failure."""
    from adviseur.store.files import StoreError, write_user_text

    text = export_text(scans)
    if not path.parent.is_dir():
        raise ExchangeError(texts.EXPORT_NO_FOLDER.format(path=path))
    try:
        write_user_text(path, text)
    except StoreError as exc:
        raise ExchangeError(texts.CANNOT_EXPORT.format(path=path, reason=exc)) from None
    return path


# --- import ------------------------------------------------------------------------------------------


@dataclass
class Imported:
    """What one import did: the scans added and those already there, with a line each to show."""

    added: list[SavedScan] = field(default_factory=list)
    already: list[SavedScan] = field(default_factory=list)

    @property
    def messages(self) -> list[str]:
        added = [texts.ADDED.format(what=describe(s)) for s in self.added]
        return added + [texts.ALREADY.format(what=describe(s)) for s in self.already]


def describe(scan: SavedScan) -> str:
    """'Gemeente Samenstad, 2025-05-01, Woningcorporatie (Woonstichting X)'."""
    parts = [scan.label, scan.date or "?"]
    if scan.is_partner:
        parts.append(scan.who)
    return ", ".join(parts)


def _problems(error: ValidationError) -> str:
    """The first few problems of a file that has the right form but not the right content."""
    out = []
    for err in error.errors(include_url=False)[:3]:
        where = ".".join(str(p) for p in err["loc"]) or texts.THE_FILE
        what = texts.FIELD_MISSING if err["type"] == "missing" else texts.FIELD_INVALID
        out.append(f"{where} {what}")
    more = error.error_count() - len(out)
    return "; ".join(out) + (texts.MORE_PROBLEMS.format(count=more) if more > 0 else "")


def read_scans(path: Path) -> list[SavedScan]:
    """Every scan in a shared file, checked; ExchangeError (Dutch) for anything but a whole,
    known file. Nothing is saved here."""
    from adviseur.store.atomic import CorruptFile, read_limited

    try:
        raw = read_limited(path, MAX_BYTES)
    except CorruptFile as exc:
        raise ExchangeError(texts.UNREADABLE.format(path=path, reason=exc.reason)) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ExchangeError(texts.NOT_JSON.format(path=path, detail=texts.NOT_UTF8)) from None
    except RecursionError:
        raise ExchangeError(texts.NOT_JSON.format(path=path, detail=texts.TOO_DEEP)) from None
    except json.JSONDecodeError as exc:
        problem = texts.JSON_ERRORS.get(exc.msg, texts.INVALID_JSON)
        detail = texts.JSON_AT.format(line=exc.lineno, column=exc.colno, problem=problem)
        raise ExchangeError(texts.NOT_JSON.format(path=path, detail=detail)) from None
    except ValueError as exc:  # an integer of more than 4300 digits
        raise ExchangeError(texts.NOT_JSON.format(path=path, detail=str(exc)[:120])) from None
    if not isinstance(data, dict):
        raise ExchangeError(texts.NOT_OURS.format(path=path, detail=texts.NOT_AN_OBJECT))
    if data.get("format") != FORMAT:
        found = data.get("format")
        detail = texts.NO_FORMAT if found is None else texts.OTHER_FORMAT.format(found=repr(str(found)[:40]), expected=FORMAT)
        raise ExchangeError(texts.NOT_OURS.format(path=path, detail=detail))
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problem = texts.UNKNOWN_FILE_VERSION.format(version=repr(str(version)[:20]))
        raise ExchangeError(texts.INVALID.format(path=path, problems=problem))
    if version > FILE_VERSION:
        raise ExchangeError(texts.TOO_NEW.format(path=path, version=version, ours=FILE_VERSION))
    try:
        parsed = _File.model_validate(data)
    except ValidationError as exc:
        raise ExchangeError(texts.INVALID.format(path=path, problems=_problems(exc))) from None
    except RecursionError:
        raise ExchangeError(texts.NOT_JSON.format(path=path, detail=texts.TOO_DEEP)) from None
    return [_saved(path, scan) for scan in parsed.scans]


def _saved(path: Path, scan: _Scan) -> SavedScan:
    if scan.outcome.flow != scan.flow:
        raise ExchangeError(texts.INVALID.format(path=path, problems=texts.OUTCOME_OF_OTHER_FLOW.format(id=scan.uid)))
    who = scan.respondent
    if who is not None and who.role not in ROLES:
        problems = texts.UNKNOWN_SCAN_ROLE.format(id=scan.uid, role=who.role[:40], roles=", ".join(ROLES))
        raise ExchangeError(texts.INVALID.format(path=path, problems=problems))
    when = scan.saved_at if scan.saved_at.tzinfo else scan.saved_at.replace(tzinfo=UTC)
    organisation = " ".join(who.organisation.split()) if who is not None and who.organisation else ""
    return SavedScan(
        uid=scan.uid,
        flow_id=scan.flow,
        label=" ".join(scan.label.split()),
        saved_at=when.isoformat(timespec="microseconds"),
        payload=scan.outcome.model_dump(mode="json"),
        role=who.role if who is not None else None,
        organisation=organisation or None,
        round=scan.round,
    )


def _casework_flows() -> set[str]:
    """The flows, as this Adviseur has them, that are about a resident: nothing of theirs is imported."""
    from adviseur.flows.authoring.loader import FlowLibrary

    infos, _ = FlowLibrary().infos(include_subflows=True)
    return {i.id for i in infos if i.casework}


def import_scans(scans: Sequence[SavedScan], store: Store, *, source: Path | None = None) -> Imported:
    """Save the scans not saved yet (by uid); those already there are counted, never changed.
    All or nothing: should a write fail, what this import wrote is removed again (ExchangeError)."""
    from adviseur.store import StoreError

    casework = _casework_flows()
    for scan in scans:
        if scan.flow_id in casework:
            error = texts.CASEWORK_NOT_SHARED.format(path=source or "", label=scan.label, flow=scan.flow_id)
            raise ExchangeError(texts.NOTHING_IMPORTED.format(error=error))
    known = {r.uid for f in {s.flow_id for s in scans} for r in store.list_results(f)}
    done = Imported()
    written = []
    try:
        for scan in scans:
            if scan.uid in known:
                done.already.append(scan)
                continue
            record = store.save_result(
                scan.flow_id,
                scan.label,
                dict(scan.payload),
                uid=scan.uid,
                saved_at=datetime.fromisoformat(scan.saved_at),
                respondent=scan.respondent,
                round=scan.round,
            )
            written.append(record)
            known.add(scan.uid)
            done.added.append(replace(scan, id=record.id))
    except StoreError as exc:
        for record in written:
            try:
                store.delete_result(record)
            except StoreError:
                pass
        raise ExchangeError(texts.ROLLED_BACK.format(error=exc)) from None
    return done


def import_file(path: Path, store: Store) -> Imported:
    """Read a shared scan file and save what is new in it (see `read_scans`, `import_scans`)."""
    try:
        scans = read_scans(path)
    except ExchangeError as exc:
        raise ExchangeError(texts.NOTHING_IMPORTED.format(error=exc)) from None
    return import_scans(scans, store, source=path)
