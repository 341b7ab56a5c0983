"""`adviseur search`: find records by name, abbreviation, everyday word or situation.

    adviseur search huurachterstnd
    adviseur search "jongen van 17 verlaat de jeugdzorg" --kind interventie --json
    echo "lange casusbeschrijving" | adviseur search -

Exit codes: 0 with results, 1 without (the nearest titles are suggested), 2 for a usage error
(empty or over-long query, unknown filter value). Cold start matters here - a professional runs
this between two visits - so only the search package and the knowledge loader are imported, and
never textual.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from typing import TYPE_CHECKING, Any

from adviseur.cli import texts
from adviseur.cli.output import fail, positive_int, print_json
from adviseur.knowledge.vocabulary import LEVELS, PILLARS, dutch_list
from adviseur.search.results import LEVEL_INTERNATIONAL, LEVEL_UNSTATED, LOOSE_TAIL

if TYPE_CHECKING:
    from adviseur.search.index import SearchIndex
    from adviseur.search.results import Hit, SearchResponse

MAX_CLI_QUERY = 2000
"""Characters; matches the engine's own limit, so what the user typed is what was searched."""

FILTERS: dict[str, tuple[str, str]] = {
    # option dest: (facet name in the index, Dutch name for messages)
    "kind": ("kind", texts.FILTER_KIND),
    "pillar": ("pillar", texts.FILTER_PILLAR),
    "condition": ("condition", texts.FILTER_CONDITION),
    "level": ("level", texts.FILTER_LEVEL),
    "target_group": ("target_group", texts.FILTER_TARGET_GROUP),
}


COMMANDS = ("search",)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "search",
        help=texts.HELP_SEARCH,
        description=texts.DESCRIPTION_SEARCH,
    )
    p.add_argument("query", nargs="*", metavar="ZOEKVRAAG", help=texts.HELP_SEARCH_QUERY)
    p.add_argument("--limit", "-n", type=positive_int, default=10, metavar="N", help=texts.HELP_SEARCH_LIMIT)
    p.add_argument("--kind", metavar="SOORT", help=texts.HELP_SEARCH_KIND)
    p.add_argument("--pillar", metavar="PIJLER", help=dutch_list(PILLARS))
    p.add_argument("--condition", metavar="CONDITIE", help=texts.HELP_SEARCH_CONDITION)
    p.add_argument(
        "--level",
        metavar="NIVEAU",
        help=texts.HELP_SEARCH_LEVEL.format(levels=dutch_list([*LEVELS, LEVEL_INTERNATIONAL, LEVEL_UNSTATED])),
    )
    p.add_argument("--target-group", dest="target_group", metavar="DOELGROEP", help=texts.HELP_SEARCH_TARGET_GROUP)
    p.add_argument(
        "--gemeente",
        metavar="NAAM",
        help=texts.HELP_SEARCH_GEMEENTE,
    )
    p.add_argument("--json", action="store_true", help=texts.HELP_JSON)
    p.set_defaults(handler=cmd_search)



def cmd_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    if query.strip() == "-":
        # bounded: one byte past the limit is enough to say the query is too long
        query = sys.stdin.buffer.read(4 * MAX_CLI_QUERY + 1).decode("utf-8", "replace")
    filtered = any(getattr(args, dest) is not None for dest in FILTERS) and args.kind != "lokaal"
    if not query.strip() and not filtered:
        return fail(texts.NO_QUERY, 2)
    if len(query) > MAX_CLI_QUERY:
        return fail(texts.QUERY_TOO_LONG.format(length=len(query), limit=MAX_CLI_QUERY).replace(",", "."), 2)

    if args.kind == "lokaal":
        from adviseur.cli.search_local import cmd_local

        return cmd_local(args, query)

    from adviseur.content import ContentError
    from adviseur.search import get_index

    try:
        index = get_index()
    except ContentError as exc:
        return fail(texts.KNOWLEDGE_BROKEN.format(problems=exc), 1)

    filters = {dest: getattr(args, dest) for dest in FILTERS if getattr(args, dest) is not None}
    problem = _check_filters(index, filters)
    if problem:
        return fail(problem, 2)

    if not query.strip():  # filters only: every record that passes them
        response = index.browse(limit=args.limit, **filters)
    else:
        response = index.search(query, limit=args.limit, **filters)
    if response.notice and not response.hits:
        if args.json:
            print_json(_response_json(response))
        return fail(response.notice, 2)
    local, municipality = None, None
    if not filters and query.strip():  # the chosen municipality's services, under the national results
        from adviseur.cli.search_local import local_under_national

        local, municipality = local_under_national(args, query)
    if args.json:
        payload = _response_json(response)
        if local is not None:
            from adviseur.cli.search_local import response_json

            payload["local"] = response_json(local, municipality)
        print_json(payload)
    else:
        _print_table(response)
        if local is not None and local.hits:
            from adviseur.cli.search_local import print_hits

            print()
            print_hits(local, municipality, heading=texts.H_LOCAL.format(where=municipality or texts.ALL_MUNICIPALITIES))
    return 0 if response.hits or (local is not None and local.hits) else 1


def _check_filters(index: SearchIndex, filters: dict[str, str]) -> str | None:
    from adviseur.content import did_you_mean

    for dest, value in filters.items():
        facet, name = FILTERS[dest]
        valid = index.facet_values(facet)
        if value not in valid:
            hint = did_you_mean(value, valid) or texts.CHOOSE_FROM.format(choices=", ".join(valid))
            return texts.UNKNOWN_FILTER.format(name=name, value=value, hint=hint)
    return None


# --- output ------------------------------------------------------------------------------------


def _response_json(response: SearchResponse) -> dict[str, Any]:
    return {
        "query": response.query,
        "words": response.words,
        "total": response.total,
        "truncated": response.truncated,
        "notice": response.notice,
        "results": [_hit_json(hit) for hit in response.hits],
        "suggestions": [
            {"id": s.record.id, "title": s.record.title, "kind": s.record.kind, "similarity": s.similarity}
            for s in response.suggestions
        ],
    }


def _hit_json(hit: Hit) -> dict[str, Any]:
    record = hit.record
    evidence = record.evidence
    return {
        "id": record.id,
        "kind": record.kind,
        "title": record.title,
        "aliases": list(record.aliases),
        "score": hit.score,
        "coverage": round(hit.coverage, 3),
        "evidence": (
            {"level": evidence.level, "international": evidence.international, "notes": list(evidence.notes)}
            if evidence is not None
            else None
        ),
        "pillars": list(record.pillars),
        "condition": record.condition,
        "matched": [m.to_json() | {"text": str(m)} for m in hit.matched],
    }


LOOSE_HEADING = f"{LOOSE_TAIL}:"
"""Above the loose tail: the hits that do not match every word come after the strong ones."""


def _print_table(response: SearchResponse) -> None:
    from adviseur.knowledge.present import kind_label, level_label, title_with_place

    if response.truncated:
        print(texts.QUERY_CUT, file=sys.stderr)
    if not response.hits:
        print(texts.NOTHING_FOUND.format(query=response.query.strip()))
        if response.suggestions:
            print(texts.H_LOOKS_LIKE)
            for s in response.suggestions:
                print(f"  {s.record.title}  ({s.record.id})")
        else:
            print(texts.TRY_OTHER_WORDS)
        return

    # Two lines per hit, so a title is never cut (two cut titles can look the same) and the id
    # to pass to 'adviseur show' is always there.
    width = max(40, shutil.get_terminal_size((120, 24)).columns)
    from adviseur.search.results import strong_and_loose, why_text

    strong, loose = strong_and_loose(response.hits)
    for number, hit in enumerate(response.hits, start=1):
        if loose and hit is loose[0]:
            print(f"\n{LOOSE_HEADING}")
        record = hit.record
        facts = " · ".join(part for part in (kind_label(record.kind), level_label(record)) if part)
        print(f"{number:>2}. {title_with_place(record)} — {facts}")
        details = f"id: {record.id}"
        why = why_text(hit.matched)
        if why:
            details += texts.WHY.format(why=why)
        print(textwrap.fill(details, width=width, initial_indent="    ", subsequent_indent="    "))
    shown = len(response.hits)
    more = texts.FIRST_SHOWN.format(shown=shown) if response.total > shown else ""
    print(texts.FOUND.format(total=response.total, more=more), file=sys.stderr)
