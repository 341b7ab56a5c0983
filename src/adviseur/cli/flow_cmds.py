"""Flow subcommands: `flows` (list), `run` (headless, on a file of answers) and `graph` (Mermaid).

Only the flow engine is imported (when a command runs), never textual: these commands are used in
scripts and by domain experts checking their flows.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import date

    from adviseur.flows.authoring.loader import FlowLibrary
    from adviseur.flows.language.runtime import Program
    from adviseur.flows.run.engine import FlowEngine
    from adviseur.flows.run.outcome import FlowOutcome

from adviseur.cli import texts
from adviseur.cli.output import fail, print_json
from adviseur.content.wording import counted

COMMANDS = ("flows", "run", "graph")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("flows", help=texts.HELP_FLOWS)
    p.add_argument("--json", action="store_true", help=texts.HELP_JSON)
    p.add_argument("--all", action="store_true", help=texts.HELP_FLOWS_ALL)
    p.set_defaults(handler=cmd_flows)

    p = sub.add_parser("run", help=texts.HELP_RUN)
    p.add_argument("flow", help=texts.HELP_RUN_FLOW)
    p.add_argument(
        "--answers",
        required=True,
        type=Path,
        metavar="BESTAND",
        help=texts.HELP_RUN_ANSWERS,
    )
    p.add_argument("--json", action="store_true", help=texts.HELP_JSON)
    p.add_argument(
        "--report",
        type=Path,
        metavar="PAD",
        help=texts.HELP_RUN_REPORT,
    )
    p.add_argument(
        "--save",
        metavar="NAAM",
        help=texts.HELP_RUN_SAVE,
    )
    p.add_argument(
        "--compare",
        metavar="NAAM",
        help=texts.HELP_RUN_COMPARE,
    )
    p.add_argument(
        "--summary",
        action="store_true",
        help=texts.HELP_RUN_SUMMARY,
    )
    p.add_argument(
        "--why-not",
        action="append",
        default=[],
        metavar="ID",
        help=texts.HELP_RUN_WHY_NOT,
    )
    p.add_argument(
        "--bevestig",
        action="append",
        default=[],
        metavar="SIGNAAL",
        help=texts.HELP_RUN_BEVESTIG,
    )
    partners = p.add_argument_group(texts.GROUP_RUN_PARTNERS)
    partners.add_argument(
        "--rol",
        metavar="ROL",
        help=texts.HELP_RUN_ROL,
    )
    partners.add_argument("--organisatie", metavar="NAAM", help=texts.HELP_RUN_ORGANISATIE)
    partners.add_argument("--ronde", metavar="RONDE", help=texts.HELP_RUN_RONDE)
    p.add_argument(
        "--datum",
        type=_past_date,
        metavar="JJJJ-MM-DD",
        help=texts.HELP_RUN_DATUM,
    )
    p.set_defaults(handler=cmd_run)

    p = sub.add_parser("graph", help=texts.HELP_GRAPH)
    p.add_argument("flow", help=texts.HELP_GRAPH_FLOW)
    p.set_defaults(handler=cmd_graph)


def _past_date(text: str) -> date:
    """argparse type for the day a scan was made: a date, not in the future (Dutch otherwise)."""
    from datetime import date as day

    try:
        value = day.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(texts.NOT_A_DATE.format(text=text)) from None
    if value > day.today():
        raise argparse.ArgumentTypeError(texts.DATE_IN_FUTURE)
    return value


def _library(flow: str) -> FlowLibrary:
    from adviseur.flows.authoring.loader import FlowLibrary, root_for

    if flow.endswith((".yaml", ".yml")) or "/" in flow:
        return FlowLibrary(root_for(Path(flow)))
    return FlowLibrary()


def _program(flow: str, *, checked: bool = True) -> tuple[Program | None, int]:
    """The compiled flow, or (None, exit code) after printing every located error. Checked:
    refused when `adviseur check` rejects it (a graph is still drawn, to help find the error)."""
    library = _library(flow)
    program, problems = library.checked(flow) if checked else library.program(flow)
    if program is None:
        for problem in problems:
            if problem.severity == "error":
                print(problem, file=sys.stderr)
        return None, fail(texts.FLOW_UNUSABLE.format(flow=flow), 1)
    return program, 0


def cmd_flows(args: argparse.Namespace) -> int:
    from adviseur.flows.authoring.loader import FlowLibrary

    infos, problems = FlowLibrary().infos(include_subflows=args.all)
    broken = sorted({str(p.path) for p in problems})
    if args.json:
        print_json({"flows": [i.to_json() for i in infos], "broken": broken})
    else:
        for info in infos:
            minutes = f"~{info.duration_minutes} min" if info.duration_minutes else ""
            print(f"{info.id:<20} {minutes:<9} {info.title}")
            print(f"{'':<20} {'':<9} " + texts.FLOW_AUDIENCE.format(audience=info.audience))
        print(texts.FLOW_COUNT.format(flows=counted(len(infos), *texts.NOUN_FLOW)), file=sys.stderr)
    for path in broken:
        print(texts.PREFIX.format(message=texts.FLOW_FILE_SKIPPED.format(path=path)), file=sys.stderr)
    return 0


def _read_answers(path: Path) -> tuple[dict[str, Any] | None, dict[str, Any], int]:
    """The answers and the whole file, read once (it may be a pipe), or an exit code."""
    from adviseur.content import ContentError
    from adviseur.flows.run.answers import read_answer_file

    try:
        answers, document = read_answer_file(path)
        return answers, document, 0
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return None, {}, fail(texts.ANSWERS_UNREADABLE.format(path=path), 2)


def _answers_missing(path: Path) -> str | None:
    """Why `path` cannot be an answers file before anything is loaded (a pipe, as from
    `--answers <(…)`, is fine)."""
    from adviseur.flows import texts

    if path.is_dir():
        return texts.ANSWERS_IS_FOLDER.format(path=path)
    if not path.exists():
        return texts.ANSWERS_MISSING.format(path=path)
    return None


def cmd_run(args: argparse.Namespace) -> int:
    from adviseur.flows.run.answers import ScenarioError, run_answers
    from adviseur.flows.run.walk import FlowRuntimeError

    missing = _answers_missing(args.answers)
    if missing:
        return fail(missing, 2)
    if args.report is not None:
        from adviseur.reports import ReportError, report_format

        try:
            report_format(args.report)
        except ReportError as exc:
            return fail(str(exc), 2)
    program, code = _program(args.flow)
    if program is None:
        return code
    answers, document, code = _read_answers(args.answers)
    if answers is None:
        return code
    try:
        engine, notes = run_answers(program, answers, origin=args.answers.name)
    except ScenarioError as exc:
        return fail(str(exc), 2)
    except FlowRuntimeError as exc:
        return fail(str(exc), 1)
    code = _keep_notes(engine, document, args.answers)
    if code:
        return code
    return _finish_run(args, program, engine.outcome(), notes)


def _keep_notes(engine: FlowEngine, document: dict[str, Any], path: Path) -> int:
    """The notes of an answers file (`notes:` beside `answers:`, as in a scenario or a
    questionnaire), kept with their answers; an exit code when one is refused."""
    from adviseur.errors import AdviseurError
    from adviseur.session.history import notes_of

    try:
        for key, text in notes_of(document, path).items():
            engine.set_note(key, text)
    except AdviseurError as exc:  # a note in a casework flow, on a question not asked, too long
        return fail(str(exc), 2)
    return 0


def _finish_run(args: argparse.Namespace, program: Program, outcome: FlowOutcome, notes: list[str]) -> int:
    """Advise, compare, check the ids given, write the report and save, through the session
    layer (as the app does); then print the one result."""
    from adviseur.cli.run_output import print_run, run_json
    from adviseur.content import did_you_mean
    from adviseur.reports import ReportError
    from adviseur.session.finish import check_save_label, finish, keep
    from adviseur.session.history import ScanError, respondent
    from adviseur.store import StoreError

    subject = next((v.strip() for v in (args.save, args.compare) if v and v.strip()), None)
    if (args.rol or args.organisatie or args.ronde or args.datum) and args.save is None:
        return fail(texts.PARTNER_NEEDS_SAVE, 2)
    try:
        who = respondent(args.rol, args.organisatie)
    except ScanError as exc:
        return fail(str(exc), 2)
    try:
        check_save_label(args.save, finished=outcome.finished)
        run = finish(outcome, program, confirmed=args.bevestig, compare=args.compare, subject=subject)
    except (ReportError, StoreError) as exc:
        return fail(str(exc), 2)
    for notice in run.notices:
        print(texts.PREFIX.format(message=notice), file=sys.stderr)
    if run.advice is None and (args.why_not or args.bevestig):
        return fail(texts.NO_ADVICE_TO_EXPLAIN, 1)
    asked = ((texts.WHAT_RECORD, args.why_not, run.kb.by_id), (texts.WHAT_SIGNAL, args.bevestig, run.kb.signal_by_id))
    for what, given, known in asked:
        for value in given:
            if value not in known:
                return fail(texts.UNKNOWN_ID.format(what=what, value=value, hint=did_you_mean(value, known)), 2)
    kept = None
    if args.report is not None or args.save is not None:
        try:
            kept = keep(run, report=args.report, save=args.save, respondent=who, round=args.ronde, made=args.datum)
        except (ReportError, StoreError) as exc:
            return fail(str(exc), 2)
        for line in kept.messages:
            print(texts.PREFIX.format(message=line), file=sys.stderr)
    if args.summary:
        from adviseur.session.local import summary_with_local

        summary = summary_with_local(run)  # with the chosen municipality's services
        if summary is None:
            return fail(texts.SUMMARY_FAILED, 1)
        print(summary, end="")
    elif args.json:
        print_json(run_json(run, notes=notes, why_not=args.why_not, kept=kept))
    elif args.why_not:
        for record_id in args.why_not:
            print(texts.WHY_NOT.format(title=run.kb.by_id[record_id].title, reason=run.why_not(record_id)))
    else:
        print_run(run, notes)
    return 0


def cmd_graph(args: argparse.Namespace) -> int:
    from adviseur.flows.authoring.mermaid import to_mermaid

    program, code = _program(args.flow, checked=False)
    if program is None:
        return code
    sys.stdout.write(to_mermaid(program))
    return 0
