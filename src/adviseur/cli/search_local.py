"""Local services in `adviseur search`: `--kind lokaal` searches only the social map, and a plain
search shows the chosen municipality's matching services under the national results.

Kept apart from `search_cmd` so the national search stays as it was, and a user who never chose
a municipality pays nothing for the local map (nothing is loaded).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from adviseur.cli import texts
from adviseur.cli.output import fail, print_json

if TYPE_CHECKING:
    from adviseur.localmap.search import LocalHit, LocalResponse

KIND = "lokaal"
ALL = "alle"
LOCAL_UNDER_NATIONAL = 5
"""Local services shown under a national search: a few, the rest with --kind lokaal."""
NATIONAL_ONLY = ("pillar", "condition", "level", "target_group")


def scope(given: str | None) -> tuple[str | None, bool]:
    """(municipality to search, or None for every map; whether anything is to be searched)."""
    if given and given.strip().lower() == ALL:
        return None, True
    if given and given.strip():
        return given.strip(), True
    from adviseur.settings import load_settings  # not localmap.lookup: its models cost a plain search 50 ms

    chosen = load_settings().municipality
    return chosen, chosen is not None


def run_local(query: str, municipality: str | None, limit: int) -> tuple[LocalResponse, list[str]]:
    """The search, and a note when the municipality's own map cannot be read."""
    from adviseur.knowledge import load_knowledge
    from adviseur.localmap.compiled import load_index

    notes: list[str] = []
    notice = _notice(municipality)
    if notice and texts.MAP_UNUSABLE_MARK in notice:
        notes.append(notice)
    return load_index(load_knowledge()).search(query, limit=limit, municipality=municipality), notes


def cmd_local(args: Any, query: str) -> int:
    """`adviseur search --kind lokaal`: the social map only."""
    for dest in NATIONAL_ONLY:
        if getattr(args, dest, None) is not None:
            return fail(texts.NATIONAL_FILTER_ONLY.format(option=dest.replace("_", "-")), 2)
    municipality, searchable = scope(args.gemeente)
    if not searchable:
        from adviseur.localmap.lookup import NO_MUNICIPALITY

        return fail(NO_MUNICIPALITY + texts.SEARCH_ALL_MAPS, 2)
    response, notes = run_local(query, municipality, args.limit)
    for note in notes:
        print(texts.PREFIX.format(message=note), file=sys.stderr)
    if args.json:
        print_json(response_json(response, municipality))
    else:
        print_hits(response, municipality)
        if not response.hits:
            notice = _notice(municipality)
            if notice:
                print(notice, file=sys.stderr)
    return 0 if response.hits else 1


def local_under_national(args: Any, query: str) -> tuple[LocalResponse | None, str | None]:
    """The chosen municipality's services for a national search (None when none is chosen)."""
    municipality, searchable = scope(args.gemeente)
    if not searchable:
        return None, None
    response, _ = run_local(query, municipality, LOCAL_UNDER_NATIONAL)
    return response, municipality


def _notice(municipality: str | None) -> str | None:
    if municipality is None:
        return None
    from adviseur.localmap.lookup import map_notice

    return map_notice(municipality)


def hit_json(hit: LocalHit) -> dict[str, Any]:
    return hit.service.to_json() | {"score": hit.score, "coverage": round(hit.coverage, 3), "matched": list(hit.matched)}


def response_json(response: LocalResponse, municipality: str | None) -> dict[str, Any]:
    return {
        "query": response.query,
        "kind": KIND,
        "municipality": municipality,
        "words": response.words,
        "total": response.total,
        "results": [hit_json(h) for h in response.hits],
        "notice": _notice(municipality) if not response.hits else None,
    }


def print_hits(response: LocalResponse, municipality: str | None, *, heading: str | None = None) -> None:
    where = municipality or texts.ALL_MUNICIPALITIES
    if not response.hits:
        print(texts.NO_LOCAL_SERVICES.format(query=response.query.strip(), where=where))
        return
    if heading:
        print(heading)
    for number, hit in enumerate(response.hits, start=1):
        s = hit.service
        stale = s.stale_note()
        facts = " · ".join(p for p in (s.phone, s.referral_text, stale) if p)
        place = f" — {s.municipality}" if municipality is None else ""
        print(f"{number:>2}. {s.name} ({s.organisation}){place}")
        print(f"    id: {s.id}{' · ' + facts if facts else ''}")
    shown = len(response.hits)
    more = texts.FIRST_SHOWN.format(shown=shown) if response.total > shown else ""
    print(texts.LOCAL_SERVICES_FOUND.format(total=response.total, where=where, more=more), file=sys.stderr)
