"""Sessions and results on disk, in the user's data directory.

Layout (all folders 0700, all files 0600):

    <data dir>/sessions/<session id>.json          one flow session (a snapshot + metadata)
    <data dir>/results/<flow id>/<time>-<id>.json  one saved result (e.g. a finished self-scan)
    <data dir>/corrupt/                            broken files, set aside with the reason

Every file says which version of the format it is in (`schema_version`); older files are
upgraded when read and a file from a newer Adviseur is left alone (`adviseur.store.versions`).

Casework sessions (flows marked `casework: true`) concern a resident and expire: they are
deleted once they have not been touched for the configured period (default 30 days, environment
variable ADVISEUR_SESSION_DAYS, or `Store(session_ttl=…)`); so are results saved from a casework
flow, counted from the day they were saved. Other results are kept until deleted: a
municipality compares this year's self-scan with last year's.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from adviseur.store import texts
from adviseur.store.atomic import (
    CorruptFile,
    StoreError,
    make_dirs,
    os_reason,
    read_json,
    remove_stale_tmp,
    set_aside,
    write_json,
)
from adviseur.store.versions import LEGACY_FORMAT, SCHEMA_VERSION, TooNew, UnknownVersion, upgrade, version_of

TTL_ENV = "ADVISEUR_SESSION_DAYS"
DEFAULT_TTL = timedelta(days=30)
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")


def parse_time(text: Any) -> datetime | None:
    """A stored ISO time, in UTC when it names no zone; None for anything else."""
    if not isinstance(text, str):
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def default_ttl() -> timedelta:
    raw = os.environ.get(TTL_ENV, "").strip()
    try:
        days = float(raw) if raw else None
    except ValueError:
        days = None
    return timedelta(days=days) if days is not None and days > 0 else DEFAULT_TTL


@dataclass(frozen=True)
class SetAside:
    """A file that could not be read and was moved to `corrupt/`."""

    path: Path
    moved_to: Path | None
    reason: str

    def __str__(self) -> str:
        where = texts.MOVED_TO.format(target=self.moved_to) if self.moved_to else ""
        return f"{self.path}: {self.reason}{where}"


StoreProblem = SetAside | TooNew
"""A file that was not used: damaged (and set aside) or from a newer Adviseur (and left alone)."""


@dataclass(frozen=True)
class SessionRecord:
    id: str
    flow_id: str
    label: str | None
    casework: bool
    created_at: str
    updated_at: str
    snapshot: dict[str, Any]
    """The engine's snapshot (`Snapshot.to_json()`); restore with `Snapshot.from_json`."""


@dataclass(frozen=True)
class ResultRecord:
    id: str
    flow_id: str
    label: str | None
    saved_at: str
    payload: Any
    path: Path
    casework: bool = False
    uid: str = ""
    """Lasting id of the result wherever it travels (export, import): how a second import of the
    same scan is recognised. The file's own `id` names it in this data folder only."""
    respondent: dict[str, Any] | None = None
    """Who filled it in, for a scan filled in with partners (`role`, `organisation`); None: the
    municipality's or team's own scan."""
    round: str | None = None
    """The round of a scan filled in with partners (e.g. '2025'); None when not given."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Store:
    """The data folder; `root` and `session_ttl` default to the user's data dir and retention period."""

    def __init__(
        self,
        root: Path | None = None,
        session_ttl: timedelta | None = None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        if root is None:
            from adviseur.locations import data_dir

            try:
                root = data_dir()
            except OSError as exc:
                raise StoreError(texts.CANNOT_MAKE_DATA_DIR.format(reason=os_reason(exc))) from None
        self.root: Path = root
        self.session_ttl: timedelta = session_ttl if session_ttl is not None else default_ttl()
        self.clock = clock
        self.problems: list[StoreProblem] = []
        """Files not used since this store was opened: set aside, or too new (show them once)."""
        try:
            make_dirs(self.root)
        except OSError as exc:
            raise StoreError(texts.CANNOT_USE_DATA_DIR.format(folder=self.root, reason=os_reason(exc))) from None

    # --- folders ------------------------------------------------------------------------------------
    @property
    def sessions_dir(self) -> Path:
        return self.root / "sessions"

    @property
    def results_dir(self) -> Path:
        return self.root / "results"

    @property
    def corrupt_dir(self) -> Path:
        return self.root / "corrupt"

    def _now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    def _read(self, path: Path, kind: str) -> dict[str, Any] | None:
        """The file's body in the current format; None (with a problem noted) when it is damaged
        (then set aside) or written by a newer Adviseur (then left where it is)."""
        try:
            body = read_json(path)
            try:
                version = version_of(body)
            except UnknownVersion as exc:
                raise CorruptFile(str(exc)) from None
            if version > SCHEMA_VERSION:
                if not any(isinstance(p, TooNew) and p.path == path for p in self.problems):
                    self.problems.append(TooNew(path, version))
                return None
            if body.get("kind") != kind:
                raise CorruptFile(texts.UNKNOWN_FORMAT)
            return upgrade(body, version)
        except CorruptFile as exc:
            moved = set_aside(path, self.corrupt_dir, exc.reason)
            self.problems.append(SetAside(path, moved, exc.reason))
            return None

    # --- sessions -----------------------------------------------------------------------------------
    def new_session_id(self) -> str:
        return secrets.token_hex(8)

    def _session_path(self, session_id: str) -> Path:
        if not _ID.match(session_id):
            raise StoreError(texts.BAD_SESSION_ID.format(id=session_id[:40]))
        return self.sessions_dir / f"{session_id}.json"

    def save_session(
        self,
        snapshot: dict[str, Any],
        *,
        session_id: str | None = None,
        label: str | None = None,
        casework: bool = False,
    ) -> str:
        """Save (or overwrite) a session; returns its id. Raises StoreError when the disk refuses."""
        session_id = session_id or self.new_session_id()
        path = self._session_path(session_id)
        now = self._now()
        created = now
        if path.exists():
            try:
                created = str(read_json(path).get("created_at") or now)
            except CorruptFile:
                created = now
        write_json(
            path,
            {
                "schema_version": SCHEMA_VERSION,
                "format": LEGACY_FORMAT,
                "kind": "session",
                "id": session_id,
                "flow_id": snapshot.get("flow_id"),
                "label": label,
                "casework": casework,
                "created_at": created,
                "updated_at": now,
                "snapshot": snapshot,
            },
        )
        return session_id

    def _record(self, body: dict[str, Any]) -> SessionRecord | None:
        snapshot = body.get("snapshot")
        if not isinstance(snapshot, dict) or not isinstance(body.get("id"), str):
            return None
        return SessionRecord(
            id=body["id"],
            flow_id=str(body.get("flow_id") or snapshot.get("flow_id") or ""),
            label=body.get("label"),
            casework=bool(body.get("casework")),
            created_at=str(body.get("created_at") or ""),
            updated_at=str(body.get("updated_at") or ""),
            snapshot=snapshot,
        )

    def load_session(self, session_id: str) -> SessionRecord | None:
        """The session, or None when it does not exist, expired or was broken (then set aside)."""
        try:
            path = self._session_path(session_id)
        except StoreError:
            return None
        if not path.exists():
            return None
        body = self._read(path, "session")
        if body is None:
            return None
        record = self._record(body)
        if record is None:
            moved = set_aside(path, self.corrupt_dir, texts.INCOMPLETE_SESSION)
            self.problems.append(SetAside(path, moved, texts.INCOMPLETE_SESSION))
            return None
        if self._expired(record):
            self.delete_session(session_id)
            return None
        return record

    def list_sessions(self, flow_id: str | None = None) -> list[SessionRecord]:
        """Sessions, most recently updated first (expired casework sessions are removed first)."""
        self.expire_sessions()
        records = []
        for path in sorted(self.sessions_dir.glob("*.json")) if self.sessions_dir.is_dir() else []:
            body = self._read(path, "session")
            record = self._record(body) if body is not None else None
            if record is not None and (flow_id is None or record.flow_id == flow_id):
                records.append(record)
        return sorted(records, key=lambda r: r.updated_at, reverse=True)

    def delete_session(self, session_id: str) -> bool:
        try:
            path = self._session_path(session_id)
        except StoreError:
            return False
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise StoreError(texts.CANNOT_DELETE_SESSION.format(reason=os_reason(exc))) from None
        return True

    def _expired(self, record: SessionRecord) -> bool:
        return record.casework and self._too_old(record.updated_at)

    def _too_old(self, stamp: Any) -> bool:
        """Past the retention period (a missing or unreadable time counts as past)."""
        when = parse_time(stamp)
        if when is None:
            return True
        return self.clock() - when > self.session_ttl

    def expire_sessions(self) -> list[str]:
        """Delete casework sessions untouched for longer than the retention period."""
        removed: list[str] = []
        if not self.sessions_dir.is_dir():
            return removed
        remove_stale_tmp(self.sessions_dir)
        for path in sorted(self.sessions_dir.glob("*.json")):
            body = self._read(path, "session")
            record = self._record(body) if body is not None else None
            if record is not None and self._expired(record) and self.delete_session(record.id):
                removed.append(record.id)
        return removed

    # --- results ------------------------------------------------------------------------------------
    def save_result(
        self,
        flow_id: str,
        label: str | None,
        payload: Any,
        *,
        casework: bool = False,
        uid: str | None = None,
        saved_at: datetime | None = None,
        respondent: dict[str, Any] | None = None,
        round: str | None = None,
    ) -> ResultRecord:
        """Keep a result (e.g. a finished self-scan labelled with the municipality's name).
        A casework result expires after the retention period, as casework sessions do.

        An imported scan keeps its own `uid` and `saved_at` (when it was made, not imported);
        a new one gets a fresh uid and the store's clock."""
        if not _ID.match(flow_id):
            raise StoreError(texts.BAD_FLOW_ID.format(id=flow_id[:40]))
        when = saved_at or self.clock()
        # microseconds: two scans saved within one second must still sort in the order saved
        stamp_text = when.isoformat(timespec="microseconds")
        result_id = secrets.token_hex(6)
        uid = uid or secrets.token_hex(16)
        path = self.results_dir / flow_id / f"{when.strftime('%Y%m%dT%H%M%S%f')}-{result_id}.json"
        write_json(
            path,
            {
                "schema_version": SCHEMA_VERSION,
                "format": LEGACY_FORMAT,
                "kind": "result",
                "id": result_id,
                "uid": uid,
                "flow_id": flow_id,
                "label": label,
                "saved_at": stamp_text,
                "casework": casework,
                "respondent": respondent,
                "round": round,
                "payload": payload,
            },
        )
        return ResultRecord(result_id, flow_id, label, stamp_text, payload, path, casework, uid, respondent, round)

    def delete_result(self, record: ResultRecord) -> bool:
        """Remove a saved result for good (its file is unlinked); False when it was gone already.
        Only a file in this store's results folder is removed, whatever the record says."""
        path = record.path
        if path.parent.parent != self.results_dir or path.suffix != ".json":
            raise StoreError(texts.NOT_A_RESULT.format(path=path, folder=self.results_dir))
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise StoreError(texts.CANNOT_DELETE_RESULT.format(reason=os_reason(exc))) from None
        return True

    def result_flows(self) -> list[str]:
        """The flows that have a results folder (for listing every saved scan)."""
        if not self.results_dir.is_dir():
            return []
        return sorted(p.name for p in self.results_dir.iterdir() if p.is_dir() and _ID.match(p.name))

    def list_results(self, flow_id: str, label: str | None = None) -> list[ResultRecord]:
        """Saved results of a flow, oldest first; with `label`, only those (case-insensitive).
        Expired casework results are deleted first."""
        if not _ID.match(flow_id):
            return []
        folder = self.results_dir / flow_id
        if not folder.is_dir():
            return []
        remove_stale_tmp(folder)
        wanted = label.strip().casefold() if label is not None else None
        records = []
        for path in sorted(folder.glob("*.json")):
            body = self._read(path, "result")
            if body is None:
                continue
            record_label = body.get("label")
            if body.get("casework") is True and self._too_old(body.get("saved_at")):
                with contextlib.suppress(OSError):
                    path.unlink()
                continue
            if wanted is not None and (not isinstance(record_label, str) or record_label.strip().casefold() != wanted):
                continue
            respondent = body.get("respondent")
            round_ = body.get("round")
            records.append(
                ResultRecord(
                    id=str(body.get("id")),
                    flow_id=flow_id,
                    label=record_label,
                    saved_at=str(body.get("saved_at") or ""),
                    payload=body.get("payload"),
                    path=path,
                    casework=body.get("casework") is True,
                    uid=str(body.get("uid") or body.get("id")),
                    respondent=respondent if isinstance(respondent, dict) else None,
                    round=round_ if isinstance(round_, str) else None,
                )
            )
        return sorted(records, key=lambda r: (r.saved_at, r.path.name))
