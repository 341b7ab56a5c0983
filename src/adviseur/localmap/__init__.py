"""The local social map: who to call in *this* municipality, next to each piece of advice.

The annex is national; every municipality keeps its own social map ("sociale kaart") of local
services. This package keeps those maps next to the knowledge base without mixing them into it:

- `model`: a local service (kind `lokaal`) with contact details, access, the date it was last
  checked, and links to the national records it delivers (`biedt`), signals and target groups;
- `store`: one JSON file per municipality outside the package (the data folder, or a shared
  folder named by ADVISEUR_KAART_DIR), replaced atomically;
- `importer` with the readers `hsds` (Open Referral HSDS 1.1 datapackages), `template` (the
  Dutch CSV template) and `yamlfile` (YAML for hand editing), one validator (`validate`) giving
  located Dutch problems, `privacy` warnings, and `suggest`ed tags kept apart until accepted;
- `export` back to HSDS, CSV or YAML; `lookup` joins local to national at the edge
  (`local_for(record_id, municipality)`); `search` finds local services fast at 100,000.

Pure Python, no textual; `adviseur.advice` and `adviseur.knowledge` know nothing of it.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "LocalService": "adviseur.localmap.model",
    "Tags": "adviseur.localmap.model",
    "LocalMap": "adviseur.localmap.store",
    "MapStore": "adviseur.localmap.store",
    "MapError": "adviseur.localmap.store",
    "plan_import": "adviseur.localmap.importer",
    "apply_import": "adviseur.localmap.importer",
    "LocalLink": "adviseur.localmap.lookup",
    "local_for": "adviseur.localmap.lookup",
    "local_links": "adviseur.localmap.lookup",
    "map_notice": "adviseur.localmap.lookup",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'adviseur.localmap' has no attribute '{name}'")
    return getattr(import_module(module), name)
