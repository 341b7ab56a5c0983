"""Sessions and results on disk: durable, private, and never a crash on a broken file.

Why atomic JSON files and not SQLite (WAL)?

- **One file per session or result.** A damaged file costs that one session, and is set aside
  and reported on its own; with SQLite a damaged page can take the whole database (every
  session of every resident) with it, and repairing it is not something a wijkteam can do.
- **Deleting means deleting.** When a casework session expires or the user removes it, the file
  is unlinked. SQLite keeps deleted rows in free pages and in the WAL file until a vacuum or
  checkpoint, which is awkward for data about vulnerable people (AVG/GDPR).
- **Owner-only is simple.** Each file is created 0600 in a 0700 folder. SQLite creates `-wal`
  and `-shm` side files whose permissions follow the umask, and two app windows sharing a WAL
  need shared memory that does not work on every network home directory.
- **Durability is the same.** Write to a temporary file, fsync, `os.replace`, fsync the folder:
  a reader sees the old version or the new one, never half. Each file carries a SHA-256 so
  silent damage is caught too.
- **The scale is small.** A professional has tens of open sessions; a municipality a handful of
  scans per year. Listing a folder of small JSON files is instant; no query language is needed.
- **Readable.** An administrator (or a data-protection officer) can open a session and see
  exactly what is stored.

The price: no transactions across files (not needed: every write concerns one session or one
result) and no indexes (not needed at this scale).

The store is the bottom layer: it keeps JSON documents and knows nothing of flows, advice or
reports. Saving a flow after every answer (`adviseur.session.autosave`) and saved scans
(`adviseur.session.scans`) live in the application layer above it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from adviseur.store.atomic import CorruptFile, StoreError
    from adviseur.store.store import ResultRecord, SessionRecord, SetAside, Store, StoreProblem
    from adviseur.store.versions import SCHEMA_VERSION, TooNew

# Names are resolved lazily: the file helpers in `store.atomic` (locations, the compiled-content
# cache, a cold `adviseur search`) must not import the session store with them.
_WHERE = {
    "CorruptFile": "adviseur.store.atomic",
    "StoreError": "adviseur.store.atomic",
    "ResultRecord": "adviseur.store.store",
    "SessionRecord": "adviseur.store.store",
    "SetAside": "adviseur.store.store",
    "Store": "adviseur.store.store",
    "StoreProblem": "adviseur.store.store",
    "SCHEMA_VERSION": "adviseur.store.versions",
    "TooNew": "adviseur.store.versions",
}

__all__ = [
    "SCHEMA_VERSION",
    "CorruptFile",
    "ResultRecord",
    "SessionRecord",
    "SetAside",
    "Store",
    "StoreError",
    "StoreProblem",
    "TooNew",
    "list_results",
    "save_result",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'adviseur.store' has no attribute '{name}'")
    return getattr(import_module(module), name)


def save_result(flow_id: str, label: str | None, payload: Any) -> ResultRecord:
    """Keep a result in the user's data directory (see `Store.save_result`)."""
    from adviseur.store.store import Store

    return Store().save_result(flow_id, label, payload)


def list_results(flow_id: str, label: str | None = None) -> list[ResultRecord]:
    """Saved results of a flow, oldest first (see `Store.list_results`)."""
    from adviseur.store.store import Store

    return Store().list_results(flow_id, label)
