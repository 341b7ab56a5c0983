"""`adviseur scans` (saved scans over time and with partners, shared as files) and `adviseur regio`
(several municipalities side by side).

Every subcommand imports what it needs when it runs (cold start), calls the session layer and
lays out what it returns (`scans_output`). Errors are Dutch and end with exit code 2: a scan that
is not there, a broken or foreign file, a file from a newer Adviseur; never a traceback, and an
import that fails saves nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from adviseur.cli import texts
from adviseur.cli.output import fail, positive_int, print_json

if TYPE_CHECKING:
    from adviseur.reports.scanset import SavedScan
    from adviseur.store import Store

COMMANDS = ("scans", "regio")


def register(sub: argparse._SubParsersAction) -> None:
    scans = sub.add_parser("scans", help=texts.HELP_SCANS, description=texts.DESCRIPTION_SCANS)
    commands = scans.add_subparsers(dest="scans_command", metavar="OPDRACHT", parser_class=type(scans))
    scans.set_defaults(handler=lambda args: _usage(scans))

    p = commands.add_parser("list", help=texts.HELP_SCANS_LIST)
    p.add_argument("naam", nargs="?", help=texts.HELP_SCANS_LIST_NAAM)
    p.add_argument("--flow", help=texts.HELP_SCANS_LIST_FLOW)
    p.add_argument("--json", action="store_true", help=texts.HELP_JSON)
    p.set_defaults(handler=cmd_list)

    p = commands.add_parser("show", help=texts.HELP_SCANS_SHOW)
    p.add_argument("wat", metavar="NAAM_OF_ID", help=texts.HELP_SCANS_SHOW_WAT)
    p.add_argument("--van", type=positive_int, metavar="N", help=texts.HELP_SCANS_SHOW_VAN)
    p.add_argument("--tot", type=positive_int, metavar="M", help=texts.HELP_SCANS_SHOW_TOT)
    p.add_argument("--flow", default="zelfscan", help=texts.HELP_SCANS_SHOW_FLOW)
    _report_options(p)
    p.set_defaults(handler=cmd_show)

    p = commands.add_parser("compare", help=texts.HELP_SCANS_COMPARE)
    p.add_argument("eerder", metavar="ID", help=texts.HELP_SCANS_COMPARE_EERDER)
    p.add_argument("later", metavar="ID", help=texts.HELP_SCANS_COMPARE_LATER)
    _report_options(p)
    p.set_defaults(handler=cmd_compare)

    p = commands.add_parser("delete", help=texts.HELP_SCANS_DELETE)
    p.add_argument("id", metavar="ID")
    p.add_argument("--ja", action="store_true", help=texts.HELP_SCANS_DELETE_JA)
    p.set_defaults(handler=cmd_delete)

    p = commands.add_parser("samen", help=texts.HELP_SCANS_SAMEN)
    p.add_argument("naam", help=texts.HELP_SCANS_SAMEN_NAAM)
    p.add_argument("--ronde", help=texts.HELP_SCANS_SAMEN_RONDE)
    p.add_argument("--flow", default="zelfscan", help=texts.HELP_SCANS_SHOW_FLOW)
    _report_options(p)
    p.set_defaults(handler=cmd_samen)

    p = commands.add_parser("export", help=texts.HELP_SCANS_EXPORT)
    p.add_argument("wat", nargs="+", metavar="ID_OF_NAAM", help=texts.HELP_SCANS_EXPORT_WAT)
    p.add_argument("--naar", required=True, type=Path, metavar="BESTAND", help=texts.HELP_SCANS_EXPORT_NAAR)
    p.set_defaults(handler=cmd_export)

    p = commands.add_parser("import", help=texts.HELP_SCANS_IMPORT)
    p.add_argument("bestanden", nargs="+", type=Path, metavar="BESTAND")
    p.set_defaults(handler=cmd_import)

    p = commands.add_parser("vragenlijst", help=texts.HELP_SCANS_VRAGENLIJST)
    p.add_argument("flow", nargs="?", default="zelfscan", help=texts.HELP_SCANS_VRAGENLIJST_FLOW)
    p.add_argument("--naar", required=True, type=Path, metavar="BESTAND", help=texts.HELP_SCANS_VRAGENLIJST_NAAR)
    p.add_argument("--gemeente", metavar="NAAM", help=texts.HELP_SCANS_VRAGENLIJST_GEMEENTE)
    p.add_argument("--rol", metavar="ROL", help=texts.HELP_SCANS_VRAGENLIJST_ROL)
    p.add_argument("--ronde", metavar="RONDE", help=texts.HELP_SCANS_VRAGENLIJST_RONDE)
    p.set_defaults(handler=cmd_questionnaire)

    regio = sub.add_parser("regio", help=texts.HELP_REGIO)
    regio_commands = regio.add_subparsers(dest="regio_command", metavar="OPDRACHT", parser_class=type(regio))
    regio.set_defaults(handler=lambda args: _usage(regio))
    p = regio_commands.add_parser("rapport", help=texts.HELP_REGIO_RAPPORT)
    p.add_argument("bestanden", nargs="+", type=Path, metavar="BESTAND", help=texts.HELP_REGIO_RAPPORT_BESTANDEN)
    p.add_argument("--anoniem", action="store_true", help=texts.HELP_REGIO_RAPPORT_ANONIEM)
    _report_options(p)
    p.set_defaults(handler=cmd_region)


def _report_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--report", type=Path, metavar="PAD", help=texts.HELP_SCANS_REPORT)
    p.add_argument("--json", action="store_true", help=texts.HELP_JSON)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _store() -> Store:
    from adviseur.store import Store

    return Store()


def _check_report(path: Path | None) -> str | None:
    """Why `--report` cannot be written, before anything is read (a wrong suffix)."""
    if path is None:
        return None
    from adviseur.reports import ReportError, report_format

    try:
        report_format(path)
    except ReportError as exc:
        return str(exc)
    return None


def _write_report(path: Path | None, view: object) -> None:
    if path is None:
        return
    from adviseur.session.report import write_scans_report

    write_scans_report(path, view)  # type: ignore[arg-type]
    print(texts.REPORT_WRITTEN.format(path=path), file=sys.stderr)


def _guarded(run: object) -> int:
    """Run a command body; a Dutch AdviseurError becomes a message and exit code 2."""
    from adviseur.errors import AdviseurError

    try:
        return int(run())  # type: ignore[operator]
    except AdviseurError as exc:
        return fail(str(exc), 2)


# --- list, show, compare, delete -----------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    def run() -> int:
        from adviseur.cli.scans_output import print_scans, scan_summary_json
        from adviseur.session.history import NO_SCANS, list_scans

        scans = list_scans(_store(), args.flow)
        if args.naam:
            scans = [s for s in scans if s.label.casefold() == args.naam.strip().casefold()]
        if args.json:
            print_json({"scans": [scan_summary_json(s) for s in scans]})
        elif not scans:
            print(NO_SCANS if not args.naam else texts.NO_SCANS_NAMED.format(name=args.naam.strip()), file=sys.stderr)
        else:
            print_scans(scans)
        return 0

    return _guarded(run)


def cmd_show(args: argparse.Namespace) -> int:
    problem = _check_report(args.report)
    if problem:
        return fail(problem, 2)

    def run() -> int:
        from adviseur.session.history import find_scan, own_scans, partner_scans, timeline

        store = _store()
        if own_scans(store, args.wat, args.flow) or partner_scans(store, args.wat, args.flow):
            view = timeline(store, args.wat, args.flow, earlier=args.van, later=args.tot)
            _write_report(args.report, view)
            if args.json:
                from adviseur.cli.scans_output import timeline_json

                print_json(timeline_json(view))
            else:
                from adviseur.cli.scans_output import print_timeline

                print_timeline(view)
            return 0
        scan = find_scan(store, args.wat)
        if args.report is not None:
            _scan_report(scan, args.report)
        if args.json:
            from adviseur.cli.scans_output import scan_summary_json
            from adviseur.session.exchange import scan_json

            print_json(scan_summary_json(scan) | {"scan": scan_json(scan)})
        else:
            from adviseur.cli.scans_output import print_scan

            print_scan(scan)
        return 0

    return _guarded(run)


def _scan_report(scan: object, path: Path) -> None:
    """The full report of one saved scan: its answers run through the flow as it is now."""
    from adviseur.session.replay import replay
    from adviseur.session.report import write_run_report

    run = replay(scan)  # type: ignore[arg-type]
    write_run_report(path, run)
    print(texts.REPORT_WRITTEN.format(path=path), file=sys.stderr)


def cmd_compare(args: argparse.Namespace) -> int:
    problem = _check_report(args.report)
    if problem:
        return fail(problem, 2)

    def run() -> int:
        from adviseur.reports.timeline import build_timeline, in_order
        from adviseur.session.history import find_scan, flow_program

        store = _store()
        earlier, later = find_scan(store, args.eerder), find_scan(store, args.later)
        if earlier.flow_id != later.flow_id:
            flows = {"earlier_flow": earlier.flow_id, "later_flow": later.flow_id}
            return fail(texts.OTHER_FLOWS.format(earlier=earlier.id, later=later.id, **flows))
        order = in_order([earlier, later])
        program = flow_program(earlier.flow_id)
        view = build_timeline(order, program=program, earlier=order.index(earlier), later=order.index(later))
        _write_report(args.report, view)
        if args.json:
            from adviseur.cli.scans_output import scan_summary_json

            assert view.comparison is not None
            both = {"earlier": scan_summary_json(earlier), "later": scan_summary_json(later)}
            print_json(both | {"comparison": view.comparison.to_json()})
        else:
            from adviseur.cli.run_output import print_comparison

            assert view.comparison is not None
            dates = {"later_date": later.date, "earlier_date": earlier.date}
            print(texts.COMPARED.format(later=later.label, earlier=earlier.label, **dates))
            print_comparison(view.comparison)
        return 0

    return _guarded(run)


def cmd_delete(args: argparse.Namespace) -> int:
    def run() -> int:
        from adviseur.session.exchange import describe
        from adviseur.session.history import delete_scan, find_scan

        store = _store()
        scan = find_scan(store, args.id)
        if not args.ja:
            if not sys.stdin.isatty():
                return fail(texts.DELETE_NEEDS_YES.format(id=scan.id, scan=describe(scan)))
            answer = input(texts.DELETE_ASK.format(id=scan.id, scan=describe(scan)))
            if answer.strip().casefold() not in ("j", "ja", "y", "yes"):
                print(texts.NOTHING_DELETED, file=sys.stderr)
                return 1
        deleted = delete_scan(store, scan.id)
        print(texts.DELETED.format(id=deleted.id, scan=describe(deleted)), file=sys.stderr)
        return 0

    return _guarded(run)


# --- partners --------------------------------------------------------------------------------------


def cmd_samen(args: argparse.Namespace) -> int:
    problem = _check_report(args.report)
    if problem:
        return fail(problem, 2)

    def run() -> int:
        from adviseur.session.history import combined

        view = combined(_store(), args.naam, args.flow, args.ronde)
        _write_report(args.report, view)
        if args.json:
            from adviseur.cli.scans_output import combined_json

            print_json(combined_json(view))
        else:
            from adviseur.cli.scans_output import print_combined

            print_combined(view)
        return 0

    return _guarded(run)


def cmd_questionnaire(args: argparse.Namespace) -> int:
    def run() -> int:
        from adviseur.content import ContentError
        from adviseur.flows.authoring.loader import FlowLibrary
        from adviseur.session.questionnaire import write_questionnaire

        try:
            program = FlowLibrary().load(args.flow)
        except (ContentError, KeyError):
            return fail(texts.FLOW_NOT_LOADED.format(flow=args.flow))
        write_questionnaire(program, args.naar, label=args.gemeente, role=args.rol, round=args.ronde)
        print(texts.QUESTIONNAIRE_WRITTEN.format(path=args.naar), file=sys.stderr)
        return 0

    return _guarded(run)


# --- sharing -----------------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    def run() -> int:
        from adviseur.session.exchange import export_scans, exported
        from adviseur.session.history import find_scan, list_scans

        store = _store()
        chosen: list[SavedScan] = []
        everything = list_scans(store)
        for ref in args.wat:
            named = [s for s in everything if s.label.casefold() == ref.strip().casefold()]
            for scan in named or [find_scan(store, ref)]:
                if scan.uid not in {c.uid for c in chosen}:
                    chosen.append(scan)
        export_scans(chosen, args.naar)
        print(texts.PREFIX.format(message=exported(len(chosen), args.naar)), file=sys.stderr)
        return 0

    return _guarded(run)


def cmd_import(args: argparse.Namespace) -> int:
    def run() -> int:
        from adviseur.session.sharing import import_shared

        store = _store()
        for path in args.bestanden:
            done = import_shared(path, store)
            for line in done.messages:
                print(texts.PREFIX.format(message=line), file=sys.stderr)
        return 0

    return _guarded(run)


def cmd_region(args: argparse.Namespace) -> int:
    problem = _check_report(args.report)
    if problem:
        return fail(problem, 2)

    def run() -> int:
        from adviseur.session.regional import region_from_files

        region = region_from_files(args.bestanden, anonymous=args.anoniem)
        for notice in region.notices:
            print(texts.PREFIX.format(message=texts.NOTE.format(note=notice)), file=sys.stderr)
        _write_report(args.report, region.picture)
        if args.json:
            from adviseur.cli.scans_output import region_json

            print_json(region_json(region.picture))
        else:
            from adviseur.cli.scans_output import print_region

            print_region(region.picture)
        return 0

    return _guarded(run)
