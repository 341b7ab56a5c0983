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

from adviseur.cli.output import fail, print_json

if TYPE_CHECKING:
    from adviseur.content import Problem
    from adviseur.localmap.store import LocalMap, MapStore

MAX_PROBLEMS_SHOWN = 500


def register(sub: argparse._SubParsersAction) -> None:
    kaart = sub.add_parser(
        "kaart",
        help="de lokale sociale kaart: inlezen, bekijken, controleren, exporteren en je gemeente kiezen",
        description=(
            "De sociale kaart van je gemeente naast het landelijke advies. Lees een HSDS-datapakket, het "
            "CSV-sjabloon of YAML in, kies je gemeente, en Adviseur toont bij elk advies wie het hier doet."
        ),
    )
    kaart.set_defaults(handler=lambda args: fail("kies een opdracht, bijvoorbeeld: adviseur kaart import BESTAND", 2))
    commands = kaart.add_subparsers(dest="kaart_command", metavar="OPDRACHT", parser_class=type(kaart))

    p = commands.add_parser("import", help="een sociale kaart inlezen (HSDS-datapakket, CSV-sjabloon of YAML)")
    p.add_argument("path", type=Path, metavar="PAD", help="map met datapackage.json, of een .csv- of .yaml-bestand")
    _municipality_option(p, "de gemeente van de diensten (nodig als het bestand er geen noemt)")
    p.add_argument("--dry-run", action="store_true", help="alleen controleren en tonen wat er verandert; niets opslaan")
    p.add_argument("--accept", action="store_true", help="neem de voorgestelde signalen, doelgroepen en 'biedt' meteen over")
    _common(p)
    p.set_defaults(handler=cmd_import)

    p = commands.add_parser("list", help="de ingelezen kaarten, of de diensten van één gemeente")
    _municipality_option(p, "toon de diensten van deze gemeente")
    _common(p)
    p.set_defaults(handler=cmd_list)

    p = commands.add_parser("show", help="één dienst met alle gegevens en voorstellen")
    p.add_argument("id", metavar="ID", help="het id van de dienst (zie 'adviseur kaart list --gemeente NAAM')")
    _municipality_option(p, "de gemeente (standaard: je gekozen gemeente, anders alle kaarten)")
    _common(p)
    p.set_defaults(handler=cmd_show)

    p = commands.add_parser("check", help="controleer de kaarten: leesbaar, bestaande ids, verouderde diensten")
    _municipality_option(p, "alleen deze gemeente")
    _common(p)
    p.set_defaults(handler=cmd_check)

    p = commands.add_parser("export", help="een kaart exporteren als HSDS-datapakket (standaard), CSV-sjabloon of YAML")
    p.add_argument("path", type=Path, metavar="PAD", help="een map (HSDS) of een bestand (.csv, .yaml)")
    _municipality_option(p, "de gemeente (standaard: je gekozen gemeente)")
    p.add_argument("--formaat", choices=("hsds", "csv", "yaml"), help="hsds, csv of yaml (standaard: naar de naam van PAD)")
    _common(p, json_option=False)
    p.set_defaults(handler=cmd_export)

    p = commands.add_parser("accept", help="voorgestelde signalen, doelgroepen en 'biedt' overnemen (bevestigen)")
    p.add_argument("ids", nargs="*", metavar="ID", help="de diensten waarvan je de voorstellen overneemt")
    p.add_argument("--alle", action="store_true", help="alle voorstellen van de kaart overnemen")
    _municipality_option(p, "de gemeente (standaard: je gekozen gemeente)")
    _common(p, json_option=False)
    p.set_defaults(handler=cmd_accept)

    p = commands.add_parser("gemeente", help="kies je gemeente (onthouden; de app toont hem bovenaan)")
    p.add_argument("name", nargs="*", metavar="NAAM", help="de gemeente; zonder naam: toon de gekozen gemeente")
    p.add_argument("--wis", action="store_true", help="vergeet de gekozen gemeente")
    _common(p, json_option=False)
    p.set_defaults(handler=cmd_municipality)

    p = commands.add_parser("remove", help="de kaart van een gemeente verwijderen")
    p.add_argument("--gemeente", required=True, metavar="NAAM", help="de gemeente")
    _common(p, json_option=False)
    p.set_defaults(handler=cmd_remove)

    p = commands.add_parser("woorden", help="de signalen en doelgroepen die je in de kolommen mag gebruiken")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(handler=cmd_words)

    p = commands.add_parser("sjabloon", help="schrijf een leeg CSV-sjabloon met één voorbeeldrij")
    p.add_argument("path", type=Path, metavar="PAD", help="het nieuwe .csv-bestand")
    p.set_defaults(handler=cmd_template)


def _municipality_option(p: argparse.ArgumentParser, text: str) -> None:
    p.add_argument("--gemeente", metavar="NAAM", help=text)


def _common(p: argparse.ArgumentParser, *, json_option: bool = True) -> None:
    p.add_argument(
        "--kaart-map",
        type=Path,
        metavar="MAP",
        help="de map met sociale kaarten (standaard: ADVISEUR_KAART_DIR, anders de gegevensmap van Adviseur)",
    )
    if json_option:
        p.add_argument("--json", action="store_true", help="uitvoer als JSON")


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
        print(f"… en nog {len(problems) - MAX_PROBLEMS_SHOWN} problemen", file=sys.stderr)


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
        return None, fail(NO_MUNICIPALITY.replace("Kies je gemeente", "Geef --gemeente NAAM of kies je gemeente"), 2)
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
        return fail("de kennisbank bevat fouten; draai 'adviseur check'.\n" + str(exc), 1)
    store = _store(args)
    plan = plan_import(args.path, kb, municipality=args.gemeente, store=store, accept=args.accept, index=index)
    _print_problems(plan.problems)
    if args.json:
        print_json(_plan_json(plan, written=False))
    if not plan.ok:
        errors = len(plan.errors)
        return fail(f"{errors} {'fout' if errors == 1 else 'fouten'} in {args.path}; er is niets opgeslagen", 1)
    count = sum(len(m.services) for m in plan.maps)
    if not args.json:
        print(f"Gelezen: {args.path} ({FORMATS.get(plan.format or '', plan.format)}), {count} diensten")
        for line in plan_lines(plan):
            print(line)
        if plan.suggested:
            print(
                f"\n{plan.suggested} diensten hebben voorgestelde signalen, doelgroepen of 'biedt'-koppelingen "
                "(gelezen uit de omschrijving, nog niet bevestigd). Bekijk ze met 'adviseur kaart show ID' en neem "
                "ze over met 'adviseur kaart accept ID' of 'adviseur kaart accept --alle'."
            )
    if args.dry_run:
        print("Proefdraai (--dry-run): er is niets opgeslagen.", file=sys.stderr)
        return 0
    try:
        written = apply_import(plan, store)
    except MapError as exc:
        return fail(str(exc), 1)
    for path in written:
        print(f"adviseur: opgeslagen in {path}", file=sys.stderr)
    _hint_choose(plan.maps[0].municipality if len(plan.maps) == 1 else None)
    return 0


def _hint_choose(municipality: str | None) -> None:
    from adviseur.localmap.lookup import chosen_municipality

    if municipality and not chosen_municipality():
        print(
            f"adviseur: tip: kies '{municipality}' als jouw gemeente om de diensten bij het advies te zien: "
            f"adviseur kaart gemeente \"{municipality}\"",
            file=sys.stderr,
        )


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
        marks = [m for m in (service.stale_note(), "voorstellen" if service.suggested else None) if m]
        extra = f"  · {' · '.join(marks)}" if marks else ""
        print(f"{service.id:<40} {service.name} — {service.organisation}{extra}")
    print(f"\n{len(local_map.services)} diensten in {local_map.municipality}", file=sys.stderr)
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
        print(f"Nog geen sociale kaarten in {store.root}.")
        print("Lees er een in met: adviseur kaart import BESTAND --gemeente NAAM (zie de README, 'De sociale kaart bijhouden').")
        return 0
    for m in maps:
        mark = "  (jouw gemeente)" if chosen and m.key == _key(chosen) else ""
        count = f"{m.count} diensten" if m.count >= 0 else "onleesbaar: draai 'adviseur kaart check'"
        print(f"{m.municipality:<30} {count}{mark}")
    print(f"\nMap: {store.root}. De diensten van één gemeente: adviseur kaart list --gemeente NAAM", file=sys.stderr)
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
                    print(f"Neem de voorstellen over met: adviseur kaart accept {service.id}")
            return 0
    known = [s.id for m in candidates for s in m.services]
    return fail(f"onbekende dienst '{args.id}'{did_you_mean(ident, known)}", 1)


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
    what = {"hsds": "HSDS 1.1-datapakket", "csv": "CSV-sjabloon", "yaml": "YAML"}[fmt]
    print(f"{len(local_map.services)} diensten van {local_map.municipality} geëxporteerd als {what}: {args.path}")
    if fmt == "hsds":
        print(f"  {len(written)} bestanden, met datapackage.json", file=sys.stderr)
    if any(s.suggested for s in local_map.services):
        print("adviseur: voorstellen die nog niet zijn bevestigd, zijn niet meegenomen.", file=sys.stderr)
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    from adviseur.content import did_you_mean
    from adviseur.localmap.store import MapError, accept_suggestions

    if not args.ids and not args.alle:
        return fail("geef de ids van de diensten, of --alle", 2)
    store = _store(args)
    local_map, code = _load(store, _municipality(args))
    if local_map is None:
        return code
    by_id = local_map.by_id()
    wanted = {i.strip().lower() for i in args.ids}
    for ident in wanted:
        if ident not in by_id:
            return fail(f"onbekende dienst '{ident}' in {local_map.municipality}{did_you_mean(ident, by_id)}", 2)
    try:
        accepted = accept_suggestions(store, local_map, None if args.alle else wanted)
    except MapError as exc:
        return fail(str(exc), 1)
    if not accepted:
        print("Er waren geen voorstellen om over te nemen.")
        return 0
    print(f"Voorstellen van {accepted} {'dienst' if accepted == 1 else 'diensten'} overgenomen in {local_map.municipality}.")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from adviseur.localmap.store import MapError

    store = _store(args)
    try:
        removed = store.remove(args.gemeente)
    except MapError as exc:
        return fail(str(exc), 1)
    if not removed:
        return fail(f"er is geen sociale kaart van '{args.gemeente}'", 1)
    print(f"De sociale kaart van {args.gemeente} is verwijderd.")
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
        print("De gekozen gemeente is vergeten.")
        return 0
    if not name.strip():
        chosen = load_settings().municipality
        if chosen is None:
            print("Nog geen gemeente gekozen. Kies er een met: adviseur kaart gemeente NAAM")
        else:
            print(f"Jouw gemeente: {chosen}")
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
    print(f"Jouw gemeente is nu {name}. Adviseur toont de lokale diensten bij het advies.")
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
    print("Signalen (kolom 'signalen'; id of naam, gescheiden door komma's):")
    for item in signals:
        print(f"  {item['id']:<45} {item['label']}")
    print("\nDoelgroepen (kolom 'doelgroepen'):")
    for item in groups:
        print(f"  {item['id']:<45} {item['label']}")
    print("\nVoor 'biedt': het id van een landelijk record (zoek met 'adviseur search').")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from adviseur.localmap.template import example_template
    from adviseur.store.atomic import USER_FILE_MODE, StoreError, write_bytes

    if args.path.exists():
        return fail(f"{args.path} bestaat al; kies een nieuwe naam", 2)
    try:
        write_bytes(args.path, example_template(), mode=USER_FILE_MODE, make_parent=False)
    except StoreError as exc:
        return fail(str(exc), 1)
    print(f"Sjabloon geschreven: {args.path}. Eén rij per dienst; lees het in met: adviseur kaart import {args.path}")
    return 0
