"""`adviseur kaart export`: a stored map back out, as HSDS (default), the CSV template or YAML.

Only what is confirmed is exported: suggestions are Adviseur's guesses, and a file that goes back
to the municipality must not present them as fact (an import makes the same suggestions again).
Files are written atomically, with the user's umask: a social map lists organisations, so it
is not private the way a case is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from adviseur.localmap import texts
from adviseur.localmap.model import Tags
from adviseur.localmap.store import LocalMap, MapError

if TYPE_CHECKING:
    from adviseur.knowledge import KnowledgeBase

EXPORT_FORMATS = ("hsds", "csv", "yaml")


def export_files(local_map: LocalMap, fmt: str, kb: KnowledgeBase) -> dict[str, bytes]:
    """File name -> bytes of the export (a datapackage's files, or one file)."""
    services = [s.model_copy(update={"suggested": Tags()}) for s in local_map.services]
    if fmt == "hsds":
        from adviseur.localmap.hsds import export_hsds

        labels = {
            "signalen": {s.id: s.label for s in kb.signals.signals},
            "doelgroepen": {t.id: t.label for t in kb.target_groups.target_groups},
            "biedt": {r.id: r.title for r in kb.records},
        }
        title = texts.MAP_TITLE.format(municipality=local_map.municipality)
        return export_hsds(services, labels, title, local_map.municipality)
    if fmt == "csv":
        from adviseur.localmap.template import template_csv

        return {"": template_csv(services)}
    if fmt == "yaml":
        from adviseur.localmap.yamlfile import map_yaml

        return {"": map_yaml(services, local_map.municipality)}
    raise ValueError(texts.UNKNOWN_EXPORT_FORMAT.format(format=fmt))


def write_export(local_map: LocalMap, target: Path, fmt: str, kb: KnowledgeBase) -> list[Path]:
    """Write the export: HSDS into the folder `target` (created when missing), CSV or YAML to
    the file `target`. Raises MapError (Dutch)."""
    from adviseur.store.atomic import USER_FILE_MODE, StoreError, make_dirs, write_bytes

    files = export_files(local_map, fmt, kb)
    written: list[Path] = []
    try:
        if fmt == "hsds":
            if target.exists() and not target.is_dir():
                raise MapError(texts.EXPORT_TARGET_IS_FILE.format(target=target))
            make_dirs(target)
            for name, data in files.items():
                write_bytes(target / name, data, mode=USER_FILE_MODE, make_parent=False)
                written.append(target / name)
        else:
            if target.is_dir():
                raise MapError(texts.EXPORT_TARGET_IS_FOLDER.format(target=target, format=fmt))
            write_bytes(target, files[""], mode=USER_FILE_MODE, make_parent=False)
            written.append(target)
    except StoreError as exc:
        raise MapError(str(exc)) from None
    except OSError as exc:
        from adviseur.oserrors import os_reason

        raise MapError(texts.CANNOT_EXPORT.format(target=target, reason=os_reason(exc))) from None
    return written
