"""The social map in the app: the chosen municipality for the header, and the local services
under a national record. Thin: the lookup itself is `adviseur.localmap.lookup`, the same one the
command line uses, so the app and `adviseur run` show the same services with the same marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from adviseur.tui import texts

if TYPE_CHECKING:
    from adviseur.knowledge import KnowledgeBase
    from adviseur.localmap.lookup import LocalLink

SUB_TITLE = texts.SUB_TITLE


def chosen_municipality() -> str | None:
    """The remembered municipality; None when none is chosen or the settings cannot be read."""
    from adviseur.localmap.lookup import chosen_municipality as chosen

    try:
        return chosen()
    except OSError:
        return None


def sub_title(municipality: str | None) -> str:
    """The header's second part: the app's purpose, and the municipality when one is chosen."""
    return texts.SUB_TITLE_MUNICIPALITY.format(sub_title=SUB_TITLE, municipality=municipality) if municipality else SUB_TITLE


def links_for(record_id: str, kb: KnowledgeBase | None) -> list[LocalLink]:
    """The chosen municipality's services for a record (empty without a choice or a map)."""
    municipality = chosen_municipality()
    if municipality is None:
        return []
    from adviseur.localmap.lookup import local_links

    return local_links(record_id, municipality, kb=kb)


def notice(municipality: str | None) -> str | None:
    """How to add a map, when the chosen municipality has none."""
    if municipality is None:
        return None
    from adviseur.localmap.lookup import map_notice

    return map_notice(municipality)
