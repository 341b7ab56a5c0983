"""Where Adviseur finds its content and keeps its data.

One module owns every path so that tests (and a trainer's laptop) can redirect them with an
environment variable instead of monkeypatching.
"""

from __future__ import annotations

import os
from pathlib import Path

#: Overrides the directory that holds `knowledge/` and `flows/` (tests use it for broken copies).
CONTENT_ENV = "ADVISEUR_CONTENT_DIR"
#: Overrides the user data directory (sessions, saved scans). Tests point it at a tmp dir.
DATA_ENV = "ADVISEUR_DATA_DIR"
#: Overrides the user cache directory (the compiled content, `adviseur.compiled`). Tests point it at a tmp dir.
CACHE_ENV = "ADVISEUR_CACHE_DIR"
#: A folder of social maps shared by a team (default: `kaart/` in the data directory).
LOCAL_MAP_ENV = "ADVISEUR_KAART_DIR"
#: Where the app writes reports ('e'): default `Adviseur` in the user's documents folder.
EXPORT_ENV = "ADVISEUR_EXPORT_DIR"
#: The training room this app takes part in (set by `adviseur serve --room` for every tab's app).
ROOM_ENV = "ADVISEUR_ROOM_DIR"


def content_root() -> Path:
    """The directory that contains `knowledge/` and `flows/`.

    A wheel carries them as `adviseur/_content/`; a source checkout (or editable install) has
    them at the repository root. The environment override wins over both.
    """
    override = os.environ.get(CONTENT_ENV)
    if override:
        return Path(override)
    packaged = Path(__file__).resolve().parent / "_content"
    if (packaged / "knowledge").is_dir():
        return packaged
    return Path(__file__).resolve().parents[2]


def knowledge_dir() -> Path:
    return content_root() / "knowledge"


def flows_dir() -> Path:
    return content_root() / "flows"


def data_dir() -> Path:
    """The user's data directory. Missing folders are created owner-only (0700); a folder that
    exists is used as it is (a team's shared folder keeps its group bits, a symlink is followed,
    never changed). Raises OSError when it cannot be a folder."""
    override = os.environ.get(DATA_ENV)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path("adviseur", appauthor=False)
    from adviseur.folders import make_dirs

    return make_dirs(path)


def cache_dir() -> Path:
    """The user's cache directory: what can be made again from the content, kept to start fast.
    Missing folders are created owner-only, like the data folder. Raises OSError."""
    override = os.environ.get(CACHE_ENV)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_cache_path

        path = user_cache_path("adviseur", appauthor=False)
    from adviseur.folders import make_dirs

    return make_dirs(path)


def export_dir() -> Path:
    """Where the app saves reports: `ADVISEUR_EXPORT_DIR`, else `Adviseur` in the user's
    documents folder (~/Documents/Adviseur; platformdirs). A folder a user finds again, never
    the folder the app was started from, which may be the source checkout. Missing folders are
    created owner-only (reports can be about a case). Raises OSError when it cannot be a folder."""
    override = os.environ.get(EXPORT_ENV)
    if override:
        path = Path(override).expanduser()
    else:
        from platformdirs import user_documents_path

        path = user_documents_path() / "Adviseur"
    from adviseur.folders import make_dirs

    return make_dirs(path.absolute())


def rooms_dir(data: Path | None = None) -> Path:
    """Where training rooms keep their shared data: `<data dir>/rooms` (not created here)."""
    return (data if data is not None else data_dir()) / "rooms"


def local_map_dir() -> tuple[Path, bool]:
    """The folder of local social maps, and whether it is a shared folder (named by
    ADVISEUR_KAART_DIR): its files are then written for the team to read, not owner-only.
    Not created here: reading an absent map needs no folder."""
    override = os.environ.get(LOCAL_MAP_ENV)
    if override:
        return Path(override), True
    return data_dir() / "kaart", False
