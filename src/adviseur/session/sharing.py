"""One way in for a file someone shared: a scan file (JSON, `exchange`) or a filled-in
questionnaire (YAML, `questionnaire`), told apart by the file's suffix."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adviseur.session.exchange import Imported
    from adviseur.store import Store


def import_shared(path: Path, store: Store) -> Imported:
    """Save what is new in `path`; ScanError or ExchangeError (Dutch) and nothing saved on error."""
    from adviseur.session.questionnaire import SUFFIXES, import_questionnaire

    if path.suffix.lower() in SUFFIXES:
        return import_questionnaire(path, store)
    from adviseur.session.exchange import import_file

    return import_file(path, store)
