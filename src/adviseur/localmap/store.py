"""Where the social maps live: one JSON file per municipality, outside the package.

    <data dir>/kaart/utrecht.json            the default, owner-only like all of Adviseur's data
    $ADVISEUR_KAART_DIR/utrecht.json         a team's shared folder (files readable as the umask allows)

Outside the package, so an upgrade never touches them; one plain file per municipality, so a map
can be copied to a colleague or kept in a shared folder. A file is replaced atomically (the old
map or the new one, never half), and read defensively: a damaged or hand-edited file gives a
Dutch message naming it, never a traceback. The maps are re-read only when a file changed, so
the app and `adviseur run` can ask for local services as often as they like.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from adviseur.errors import AdviseurError
from adviseur.localmap import texts
from adviseur.localmap.model import LocalService
from adviseur.localmap.values import municipality_key

FORMAT = 1
MAX_MAP_BYTES = 256 * 1024 * 1024
_SERVICES = TypeAdapter(list[LocalService])


class MapError(AdviseurError):
    """A stored map cannot be read or written; the message is Dutch and names the file."""


@dataclass(frozen=True)
class LocalMap:
    """One municipality's social map."""

    municipality: str
    services: tuple[LocalService, ...]
    source: str | None = None
    """The file it was imported from (its name only)."""
    updated: str | None = None
    """When it was last imported or edited (ISO time, UTC)."""

    @property
    def key(self) -> str:
        return municipality_key(self.municipality)

    def by_id(self) -> dict[str, LocalService]:
        return {s.id: s for s in self.services}

    def body(self) -> dict[str, Any]:
        return {
            "formaat": FORMAT,
            "gemeente": self.municipality,
            "bron": self.source,
            "bijgewerkt": self.updated,
            "diensten": [s.stored() for s in self.services],
        }


@dataclass(frozen=True)
class MapInfo:
    key: str
    municipality: str
    count: int
    path: Path


@dataclass
class MapStore:
    """The folder of maps. Default: `local_map_dir()` (ADVISEUR_KAART_DIR or the data folder)."""

    folder: Path | None = None
    shared: bool = False
    """Files for a team to read (umask) rather than owner-only."""
    _cache: dict[Path, tuple[tuple[int, int], LocalMap]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.folder is None:
            from adviseur.locations import local_map_dir

            self.folder, self.shared = local_map_dir()
        self.folder = Path(self.folder)

    @property
    def root(self) -> Path:
        assert self.folder is not None
        return self.folder

    def path_for(self, municipality: str) -> Path:
        return self.root / f"{municipality_key(municipality)}.json"

    # --- reading ---------------------------------------------------------------------------------
    def load(self, municipality: str) -> LocalMap | None:
        """The map of `municipality` (any spelling), or None when it has none. MapError when the
        file is there but cannot be used."""
        path = self.path_for(municipality)
        if not municipality_key(municipality) or not path.exists():
            return None
        return self.read_file(path)

    def read_file(self, path: Path) -> LocalMap:
        from adviseur.store.atomic import CorruptFile, read_limited

        try:
            info = path.stat()
        except OSError as exc:
            raise MapError(_unreadable(path, str(exc))) from None
        stamp = (info.st_mtime_ns, info.st_size)
        with _LOCK:
            cached = self._cache.get(path)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        try:
            raw = read_limited(path, MAX_MAP_BYTES)
        except CorruptFile as exc:
            raise MapError(_unreadable(path, exc.reason)) from None
        loaded = parse_map(raw, path)
        with _LOCK:
            self._cache[path] = (stamp, loaded)
        return loaded

    def maps(self) -> list[MapInfo]:
        """Every stored map (a broken one is listed with count -1), by municipality name."""
        if not self.root.is_dir():
            return []
        found: list[MapInfo] = []
        for path in sorted(self.root.glob("*.json")):
            try:
                loaded = self.read_file(path)
                found.append(MapInfo(loaded.key, loaded.municipality, len(loaded.services), path))
            except MapError:
                found.append(MapInfo(path.stem, path.stem, -1, path))
        return sorted(found, key=lambda m: m.municipality.lower())

    # --- writing ---------------------------------------------------------------------------------
    def save(self, maps: list[LocalMap]) -> list[Path]:
        """Write each map atomically (all validated before; a failure leaves every file that was
        not yet replaced as it was). Raises MapError (Dutch)."""
        from adviseur.store.atomic import FILE_MODE, USER_FILE_MODE, StoreError, make_dirs, write_bytes

        try:
            make_dirs(self.root)
        except OSError as exc:
            from adviseur.oserrors import os_reason

            raise MapError(texts.CANNOT_MAKE_FOLDER.format(folder=self.root, reason=os_reason(exc))) from None
        written: list[Path] = []
        for local_map in maps:
            path = self.path_for(local_map.municipality)
            data = json.dumps(local_map.body(), ensure_ascii=False, indent=1).encode("utf-8")
            try:
                write_bytes(path, data, mode=USER_FILE_MODE if self.shared else FILE_MODE, make_parent=False)
            except StoreError as exc:
                raise MapError(str(exc)) from None
            with _LOCK:
                self._cache.pop(path, None)
            written.append(path)
        return written

    def remove(self, municipality: str) -> bool:
        path = self.path_for(municipality)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        except OSError as exc:
            from adviseur.oserrors import os_reason

            raise MapError(texts.CANNOT_DELETE.format(path=path, reason=os_reason(exc))) from None
        return True


_LOCK = threading.Lock()


def accept_suggestions(store: MapStore, local_map: LocalMap, ids: set[str] | None = None) -> int:
    """Confirm the suggestions of the services `ids` (None: every service) and save the map;
    returns how many services had suggestions. Raises MapError."""
    from dataclasses import replace

    accepted = 0
    services = []
    for service in local_map.services:
        if (ids is None or service.id in ids) and service.suggested:
            service = service.accepted()
            accepted += 1
        services.append(service)
    if accepted:
        store.save([replace(local_map, services=tuple(services), updated=now())])
    return accepted


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def parse_map(raw: bytes, path: Path) -> LocalMap:
    """A stored map from its bytes; MapError (Dutch, naming the file) for anything else."""
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise MapError(_unreadable(path, texts.NOT_JSON.format(detail=str(exc)[:120]))) from None
    if not isinstance(body, dict) or body.get("formaat") != FORMAT:
        raise MapError(_unreadable(path, texts.MAP_WRONG_FORMAT.format(format=FORMAT)))
    municipality = body.get("gemeente")
    if not isinstance(municipality, str) or not municipality.strip():
        raise MapError(_unreadable(path, texts.MAP_NO_MUNICIPALITY))
    try:
        services = _SERVICES.validate_python(body.get("diensten"))
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise MapError(_unreadable(path, texts.MAP_BAD_SERVICE.format(where=where, message=first["msg"]))) from None
    source, updated = body.get("bron"), body.get("bijgewerkt")
    return LocalMap(
        municipality.strip(),
        tuple(services),
        source if isinstance(source, str) else None,
        updated if isinstance(updated, str) else None,
    )


def _unreadable(path: Path, reason: str) -> str:
    return texts.MAP_UNUSABLE.format(path=path, reason=reason)
