"""What the user chose once and Adviseur remembers: for now, their municipality.

Kept in one small owner-only JSON file in the data directory (`instellingen.json`), written
atomically. A damaged or hand-edited file is not an error: the settings are simply empty again
and the user is asked once more (the file is set aside in `corrupt/` so nothing is lost).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FILE_NAME = "instellingen.json"
MAX_NAME = 80


@dataclass(frozen=True)
class Settings:
    municipality: str | None = None
    """The municipality whose social map is shown next to the advice."""


def _path() -> Path:
    from adviseur.locations import data_dir

    return data_dir() / FILE_NAME


def load_settings() -> Settings:
    """The remembered settings; empty ones when there are none or they cannot be read."""
    from adviseur.store.atomic import CorruptFile, read_json, set_aside

    try:
        path = _path()
    except OSError:
        return Settings()
    if not path.exists():
        return Settings()
    try:
        body = read_json(path)
    except CorruptFile as exc:
        set_aside(path, path.parent / "corrupt", exc.reason)
        return Settings()
    name = body.get("gemeente")
    return Settings(municipality=name.strip() if isinstance(name, str) and name.strip() else None)


def save_settings(settings: Settings) -> None:
    """Remember `settings` (atomic, owner-only). Raises StoreError with a Dutch message."""
    from adviseur.store.atomic import write_json

    write_json(_path(), {"format": 1, "gemeente": settings.municipality})


def check_municipality_name(name: str) -> str:
    """The name tidied; ValueError (Dutch) for an empty or implausible one."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError("geef de naam van een gemeente, bijvoorbeeld: Utrecht")
    if len(cleaned) > MAX_NAME or not any(ch.isalpha() for ch in cleaned):
        raise ValueError(f"'{cleaned[:MAX_NAME]}' is geen naam van een gemeente")
    return cleaned
