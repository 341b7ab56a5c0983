"""`adviseur kaart`: the local social map - import, list, show, check, export, accept suggestions,
and choose the municipality whose services are shown next to the advice.

    adviseur kaart import sociale-kaart.csv --gemeente Utrecht --dry-run
    adviseur kaart gemeente Utrecht
    adviseur kaart list --gemeente Utrecht
    adviseur kaart export kaart-utrecht/ --gemeente Utrecht      (HSDS 1.1 datapackage)

Exit codes: 0 done, 1 the file or a stored map has problems (nothing written), 2 usage error.
Imports are lazy: `adviseur --help` must not pay for the knowledge base.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adviseur.cli import texts
from adviseur.cli.output import fail, print_json

if TYPE_CHECKING:
    from adviseur.content import Problem
    from adviseur.localmap.store import LocalMap, MapStore

MAX_PROBLEMS_SHOWN = 500


COMMANDS = ("kaart",)


def register(sub: argparse._SubParsersAction) -> None:
    kaart = sub.add_parser(
        "kaart",
        help=texts.HELP_KAART,
        description=texts.DESCRIPTION_KAART,
    )
    kaart.set_defaults(handler=lambda args: fail(texts.KAART_NO_COMMAND, 2))
    commands = kaart.add_subparsers(dest="kaart_command", metavar="OPDRACHT", parser_class=type(kaart))

    p = commands.add_parser("import", help=texts.HELP_KAART_IMPORT)
    p.add_argument("path", type=Path, metavar="PAD", help=texts.HELP_KAART_IMPORT_PATH)
    _municipality_option(p, texts.HELP_KAART_IMPORT_GEMEENTE)
    p.add_argument("--dry-run", action="store_true", help=texts.HELP_KAART_IMPORT_DRY_RUN)
    p.add_argument("--accept", action="store_true", help=texts.HELP_KAART_IMPORT_ACCEPT)
    _common(p)
    p.set_defaults(handler=cmd_import)

    p = commands.add_parser("list", help=texts.HELP_KAART_LIST)
    _municipality_option(p, texts.HELP_KAART_LIST_GEMEENTE)
    _common(p)
    p.set_defaults(handler=cmd_list)

    p = commands.add_parser("show", help=texts.HELP_KAART_SHOW)
    p.add_argument("id", metavar="ID", help=texts.HELP_KAART_SHOW_ID)
    _municipality_option(p, texts.HELP_KAART_SHOW_GEMEENTE)
    _common(p)
    p.set_defaults(handler=cmd_show)

    p = commands.add_parser("check", help=texts.HELP_KAART_CHECK)
    _municipality_option(p, texts.HELP_KAART_CHECK_GEMEENTE)
    _common(p)
    p.set_defaults(handler=cmd_check)

    p = commands.add_parser("export", help=texts.HELP_KAART_EXPORT)
    p.add_argument("path", type=Path, metavar="PAD", help=texts.HELP_KAART_EXPORT_PATH)
    _municipality_option(p, texts.HELP_KAART_GEMEENTE_CHOSEN)
    p.add_argument("--formaat", choices=("hsds", "csv", "yaml"), help=texts.HELP_KAART_EXPORT_FORMAAT)
    _common(p, json_option=False)
    p.set_defaults(handler=cmd_export)

    p = commands.add_parser("accept", help=texts.HELP_KAART_ACCEPT)
    p.add_argument("ids", nargs="*", metavar="ID", help=texts.HELP_KAART_ACCEPT_IDS)
    p.add_argument("--alle", action="store_true", help=texts.HELP_KAART_ACCEPT_ALLE)
    _municipality_option(p, texts.HELP_KAART_GEMEENTE_CHOSEN)
    _common(p, json_option=False)
    p.set_defaults(handler=cmd_accept)

    p = commands.add_parser("gemeente", help=texts.HELP_KAART_GEMEENTE)
    p.add_argument("name", nargs="*", metavar="NAAM", help=texts.HELP_KAART_GEMEENTE_NAME)
    p.add_argument("--wis", action="store_true", help=texts.HELP_KAART_GEMEENTE_WIS)
    _common(p, json_option=False)
    p.set_defaults(handler=cmd_municipality)

    p = commands.add_parser("remove", help=texts.HELP_KAART_REMOVE)
    p.add_argument("--gemeente", required=True, metavar="NAAM", help=texts.HELP_KAART_REMOVE_GEMEENTE)
    _common(p, json_option=False)
    p.set_defaults(handler=cmd_remove)

    p = commands.add_parser("woorden", help=texts.HELP_KAART_WOORDEN)
    p.add_argument("--json", action="store_true", help=texts.HELP_JSON)
    p.set_defaults(handler=cmd_words)

    p = commands.add_parser("sjabloon", help=texts.HELP_KAART_SJABLOON)
    p.add_argument("path", type=Path, metavar="PAD", help=texts.HELP_KAART_SJABLOON_PATH)
    p.set_defaults(handler=cmd_template)


def _municipality_option(p: argparse.ArgumentParser, text: str) -> None:
    p.add_argument("--gemeente", metavar="NAAM", help=text)


def _common(p: argparse.ArgumentParser, *, json_option: bool = True) -> None:
    p.add_argument(
        "--kaart-map",
        type=Path,
        metavar="MAP",
        help=texts.HELP_KAART_MAP,
    )
    if json_option:
        p.add_argument("--json", action="store_true", help=texts.HELP_JSON)


def _store(args: argparse.Namespace) -> MapStore:
    from adviseur.localmap.store import MapStore

    folder = getattr(args, "kaart_map", None)
    return MapStore(folder, shared=True) if folder is not None else MapStore()


def _kb() -> Any:
    from adviseur.knowledge import load_knowledge

    return load_knowledge()


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems[:MAX_PROBLEMS_SHOWN]:
        print(problem, file=sys.stderr)
    if len(problems) > MAX_PROBLEMS_SHOWN:
        print(texts.MORE_PROBLEMS.format(count=len(problems) - MAX_PROBLEMS_SHOWN), file=sys.stderr)


def _municipality(args: argparse.Namespace) -> str | None:
    """--gemeente, else the chosen municipality."""
    given = getattr(args, "gemeente", None)
    if given and given.strip():
        return str(given.strip())
    from adviseur.localmap.lookup import chosen_municipality

    return chosen_municipality()


def _load(store: MapStore, municipality: str | None) -> tuple[LocalMap | None, int]:
    """The map to work on, or (None, exit code) after saying why."""
    from adviseur.localmap.lookup import NO_MAP, NO_MUNICIPALITY
    from adviseur.localmap.store import MapError

    if not municipality:
        return None, fail(NO_MUNICIPALITY.replace(texts.CHOOSE_MUNICIPALITY, texts.GIVE_OR_CHOOSE_MUNICIPALITY), 2)
    try:
        found = store.load(municipality)
    except MapError as exc:
        return None, fail(str(exc), 1)
    if found is None:
        return None, fail(NO_MAP.format(municipality=municipality), 1)
    return found, 0


# --- import ----------------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    from adviseur.content import ContentError
    from adviseur.localmap.importer import FORMATS, apply_import, plan_import, plan_lines
    from adviseur.localmap.store import MapError
    from adviseur.search import get_index

    try:
        kb = _kb()
        index = get_index()
    except ContentError as exc:
        return fail(texts.KNOWLEDGE_BROKEN.format(problems=exc), 1)
    store = _store(args)
    plan = plan_import(args.path, kb, municipality=args.gemeente, store=store, accept=args.accept, index=index)
    _print_problems(plan.problems)
    if args.json:
        print_json(_plan_json(plan, written=False))
    if not plan.ok:
        errors = len(plan.errors)
        return fail(texts.IMPORT_FAILED.format(errors=texts.NOUN_ERROR[errors != 1], count=errors, path=args.path), 1)
    count = sum(len(m.services) for m in plan.maps)
    if not args.json:
        print(texts.IMPORT_READ.format(path=args.path, format=FORMATS.get(plan.format or "", plan.format), count=count))
        for line in plan_lines(plan):
            print(line)
        if plan.suggested:
            print(texts.IMPORT_SUGGESTED.format(count=plan.suggested))
    if args.dry_run:
        print(texts.DRY_RUN, file=sys.stderr)
        return 0
    try:
        written = apply_import(plan, store)
    except MapError as exc:
        return fail(str(exc), 1)
    for path in written:
        print(texts.SAVED_IN.format(path=path), file=sys.stderr)
    _hint_choose(plan.maps[0].municipality if len(plan.maps) == 1 else None)
    return 0


def _hint_choose(municipality: str | None) -> None:
    from adviseur.localmap.lookup import chosen_municipality

    if municipality and not chosen_municipality():
        print(texts.HINT_CHOOSE.format(municipality=municipality), file=sys.stderr)


def _plan_json(plan: Any, *, written: bool) -> dict[str, Any]:
    return {
        "source": str(plan.source),
        "format": plan.format,
        "ok": plan.ok,
        "problems": [
            {"path": str(p.path), "row": p.line, "column": p.column, "message": p.message, "severity": p.severity}
            for p in plan.problems
        ],
        "municipalities": [
            {
                "municipality": c.municipality,
                "added": [s.id for s in c.added],
                "changed": [{"id": s.id, "fields": fields} for s, fields in c.changed],
                "removed": [s.id for s in c.removed],
                "unchanged": c.unchanged,
            }
            for c in plan.changes
        ],
        "suggested": plan.suggested,
    }


# --- list, show, check ---------------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    store = _store(args)
    if not args.gemeente:
        return _list_maps(store, args)
    local_map, code = _load(store, args.gemeente)
    if local_map is None:
        return code
    if args.json:
        print_json({"municipality": local_map.municipality, "services": [s.to_json() for s in local_map.services]})
        return 0
    for service in local_map.services:
        marks = [m for m in (service.stale_note(), texts.MARK_SUGGESTIONS if service.suggested else None) if m]
        extra = f"  · {' · '.join(marks)}" if marks else ""
        print(f"{service.id:<40} {service.name} — {service.organisation}{extra}")
    print(texts.SERVICES_IN.format(count=len(local_map.services), municipality=local_map.municipality), file=sys.stderr)
    return 0


def _list_maps(store: MapStore, args: argparse.Namespace) -> int:
    from adviseur.localmap.lookup import chosen_municipality

    maps = store.maps()
    chosen = chosen_municipality()
    if args.json:
        print_json(
            {
                "folder": str(store.root),
                "chosen": chosen,
                "maps": [{"municipality": m.municipality, "services": m.count, "file": str(m.path)} for m in maps],
            }
        )
        return 0
    if not maps:
        print(texts.NO_MAPS.format(folder=store.root))
        print(texts.HOW_TO_IMPORT)
        return 0
    for m in maps:
        mark = texts.MARK_CHOSEN if chosen and m.key == _key(chosen) else ""
        count = texts.SERVICE_COUNT.format(count=m.count) if m.count >= 0 else texts.MAP_UNREADABLE
        print(f"{m.municipality:<30} {count}{mark}")
    print(texts.MAPS_FOLDER.format(folder=store.root), file=sys.stderr)
    return 0


def _key(name: str) -> str:
    from adviseur.localmap.values import municipality_key

    return municipality_key(name)


def cmd_show(args: argparse.Namespace) -> int:
    from adviseur.content import did_you_mean
    from adviseur.localmap.present import service_text
    from adviseur.localmap.store import MapError

    store = _store(args)
    municipality = _municipality(args)
    candidates: list[LocalMap] = []
    if municipality:
        local_map, code = _load(store, municipality)
        if local_map is None:
            return code
        candidates = [local_map]
    else:
        for info in store.maps():
            try:
                loaded = store.load(info.municipality)
            except MapError:
                continue
            if loaded is not None:
                candidates.append(loaded)
    ident = args.id.strip().lower()
    for local_map in candidates:
        service = local_map.by_id().get(ident)
        if service is not None:
            if args.json:
                print_json(service.to_json())
            else:
                print(service_text(service, _kb()))
                if service.suggested:
                    print(texts.ACCEPT_HINT.format(id=service.id))
            return 0
    known = [s.id for m in candidates for s in m.services]
    return fail(texts.UNKNOWN_SERVICE.format(id=args.id, hint=did_you_mean(ident, known)), 1)


def cmd_check(args: argparse.Namespace) -> int:
    from adviseur.localmap.check import check_maps

    store = _store(args)
    report = check_maps(store, _kb(), municipality=args.gemeente)
    if args.json:
        print_json(report.to_json())
    else:
        for line in report.lines():
            print(line)
    return 1 if report.errors else 0


# --- export, accept, remove ----------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from adviseur.localmap.export import write_export
    from adviseur.localmap.store import MapError

    fmt = args.formaat or {".csv": "csv", ".yaml": "yaml", ".yml": "yaml"}.get(args.path.suffix.lower(), "hsds")
    local_map, code = _load(_store(args), _municipality(args))
    if local_map is None:
        return code
    try:
        written = write_export(local_map, args.path, fmt, _kb())
    except MapError as exc:
        return fail(str(exc), 1)
    what = texts.EXPORT_FORMATS[fmt]
    print(texts.EXPORTED.format(count=len(local_map.services), municipality=local_map.municipality, what=what, path=args.path))
    if fmt == "hsds":
        print(texts.EXPORTED_FILES.format(count=len(written)), file=sys.stderr)
    if any(s.suggested for s in local_map.services):
        print(texts.EXPORT_LEFT_OUT, file=sys.stderr)
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    from adviseur.content import did_you_mean
    from adviseur.localmap.store import MapError, accept_suggestions

    if not args.ids and not args.alle:
        return fail(texts.ACCEPT_WHICH, 2)
    store = _store(args)
    local_map, code = _load(store, _municipality(args))
    if local_map is None:
        return code
    by_id = local_map.by_id()
    wanted = {i.strip().lower() for i in args.ids}
    for ident in wanted:
        if ident not in by_id:
            hint = did_you_mean(ident, by_id)
            return fail(texts.UNKNOWN_SERVICE_IN.format(id=ident, municipality=local_map.municipality, hint=hint), 2)
    try:
        accepted = accept_suggestions(store, local_map, None if args.alle else wanted)
    except MapError as exc:
        return fail(str(exc), 1)
    if not accepted:
        print(texts.NOTHING_TO_ACCEPT)
        return 0
    print(texts.ACCEPTED.format(count=accepted, services=texts.NOUN_SERVICE[accepted != 1], municipality=local_map.municipality))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from adviseur.localmap.store import MapError

    store = _store(args)
    try:
        removed = store.remove(args.gemeente)
    except MapError as exc:
        return fail(str(exc), 1)
    if not removed:
        return fail(texts.NO_SUCH_MAP.format(municipality=args.gemeente), 1)
    print(texts.MAP_REMOVED.format(municipality=args.gemeente))
    return 0


# --- municipality, words, template ----------------------------------------------------------------


def cmd_municipality(args: argparse.Namespace) -> int:
    from adviseur.localmap.lookup import map_notice
    from adviseur.settings import Settings, check_municipality_name, load_settings, save_settings
    from adviseur.store import StoreError

    name = " ".join(args.name)
    if args.wis:
        try:
            save_settings(Settings())
        except StoreError as exc:
            return fail(str(exc), 1)
        print(texts.MUNICIPALITY_FORGOTTEN)
        return 0
    if not name.strip():
        chosen = load_settings().municipality
        if chosen is None:
            print(texts.NO_MUNICIPALITY_CHOSEN)
        else:
            print(texts.MUNICIPALITY_CHOSEN.format(municipality=chosen))
            notice = map_notice(chosen)
            if notice:
                print(notice)
        return 0
    try:
        name = check_municipality_name(name)
        save_settings(Settings(municipality=name))
    except ValueError as exc:
        return fail(str(exc), 2)
    except StoreError as exc:
        return fail(str(exc), 1)
    print(texts.MUNICIPALITY_SET.format(municipality=name))
    notice = map_notice(name)
    if notice:
        print(notice)
    return 0


def cmd_words(args: argparse.Namespace) -> int:
    kb = _kb()
    signals = [{"id": s.id, "label": s.label} for s in kb.signals.signals]
    groups = [{"id": t.id, "label": t.label} for t in kb.target_groups.target_groups]
    if args.json:
        print_json({"signalen": signals, "doelgroepen": groups})
        return 0
    print(texts.H_WORDS_SIGNALS)
    for item in signals:
        print(f"  {item['id']:<45} {item['label']}")
    print(texts.H_WORDS_GROUPS)
    for item in groups:
        print(f"  {item['id']:<45} {item['label']}")
    print(texts.WORDS_OFFERS)
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from adviseur.localmap.template import example_template
    from adviseur.store.atomic import USER_FILE_MODE, StoreError, write_bytes

    if args.path.exists():
        return fail(texts.TEMPLATE_EXISTS.format(path=args.path), 2)
    try:
        write_bytes(args.path, example_template(), mode=USER_FILE_MODE, make_parent=False)
    except StoreError as exc:
        return fail(str(exc), 1)
    print(texts.TEMPLATE_WRITTEN.format(path=args.path))
    return 0
