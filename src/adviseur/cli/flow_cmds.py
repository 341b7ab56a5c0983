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
    from adviseur.advice.safety import SafetyStep
    from adviseur.flows.advice_bridge import AdviceResult
    from adviseur.reports.model import Comparison

from adviseur.cli.output import fail, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("flows", help="de beschikbare flows (gesprekken, zelfscans, quizzen)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.add_argument("--all", action="store_true", help="ook vragenblokken (subflows) en voorbeeldflows tonen")
    p.set_defaults(handler=cmd_flows)

    p = sub.add_parser("run", help="een flow doorlopen met antwoorden uit een bestand, zonder scherm")
    p.add_argument("flow", help="flow-id (zie 'adviseur flows') of pad naar een flowbestand")
    p.add_argument(
        "--answers",
        required=True,
        type=Path,
        metavar="BESTAND",
        help="YAML met antwoorden per vraag-id (of een scenariobestand: dan telt 'answers:')",
    )
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.add_argument(
        "--report",
        type=Path,
        metavar="PAD",
        help="schrijf een rapport: Markdown (.md) of een zelfstandige HTML-pagina (.html, af te drukken als PDF)",
    )
    p.add_argument(
        "--save",
        metavar="NAAM",
        help=(
            "bewaar de uitslag onder deze naam (bijv. de gemeente), om later te vergelijken; de uitslag van "
            "een casus wordt net als een casussessie na 30 dagen verwijderd (ADVISEUR_SESSION_DAYS)"
        ),
    )
    p.add_argument(
        "--compare",
        metavar="NAAM",
        help="vergelijk met de laatst bewaarde uitslag onder deze naam (in het rapport en de uitvoer)",
    )
    p.add_argument(
        "--summary",
        action="store_true",
        help="druk alleen de geanonimiseerde casussamenvatting af (Markdown, om in een dossier te plakken)",
    )
    p.add_argument(
        "--why-not",
        action="append",
        default=[],
        metavar="ID",
        help="leg uit waarom dit record wel of niet wordt geadviseerd (mag vaker)",
    )
    p.add_argument(
        "--bevestig",
        action="append",
        default=[],
        metavar="SIGNAAL",
        help="tel een signaal mee dat in de eigen beschrijving is herkend (mag vaker; zie 'suggesties')",
    )
    p.set_defaults(handler=cmd_run)

    p = sub.add_parser("graph", help="een flow als Mermaid-diagram, om de opbouw te bekijken")
    p.add_argument("flow", help="flow-id of pad naar een flowbestand")
    p.set_defaults(handler=cmd_graph)


def _library(flow: str):
    from adviseur.flows.loader import FlowLibrary, root_for

    if flow.endswith((".yaml", ".yml")) or "/" in flow:
        return FlowLibrary(root_for(Path(flow)))
    return FlowLibrary()


def _program(flow: str, *, checked: bool = True):
    """The compiled flow, or (None, exit code) after printing every located error. Checked:
    refused when `adviseur check` rejects it (a graph is still drawn, to help find the error)."""
    library = _library(flow)
    program, problems = library.checked(flow) if checked else library.program(flow)
    if program is None:
        for problem in problems:
            if problem.severity == "error":
                print(problem, file=sys.stderr)
        return None, fail(f"flow '{flow}' kan niet worden gebruikt (zie hierboven; 'adviseur check' geeft alles)", 1)
    return program, 0


def cmd_flows(args: argparse.Namespace) -> int:
    from adviseur.flows.loader import FlowLibrary

    infos, problems = FlowLibrary().infos(include_subflows=args.all)
    broken = sorted({str(p.path) for p in problems})
    if args.json:
        print_json({"flows": [i.to_json() for i in infos], "broken": broken})
    else:
        for info in infos:
            minutes = f"~{info.duration_minutes} min" if info.duration_minutes else ""
            print(f"{info.id:<20} {minutes:<9} {info.title}")
            print(f"{'':<20} {'':<9} voor: {info.audience}")
        print(f"\n{len(infos)} flow(s)", file=sys.stderr)
    for path in broken:
        print(f"adviseur: {path} bevat fouten en is overgeslagen; draai 'adviseur check {path}'", file=sys.stderr)
    return 0


def _read_answers(path: Path) -> tuple[dict[str, Any] | None, int]:
    from adviseur.content import ContentError
    from adviseur.flows.scenarios import read_answers

    try:
        return read_answers(path), 0
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return None, fail(f"kan antwoorden niet lezen uit {path}", 2)


def _answers_missing(path: Path) -> str | None:
    """Why `path` cannot be an answers file before anything is loaded (a pipe, as from
    `--answers <(…)`, is fine)."""
    from adviseur.flows import messages as msg

    if path.is_dir():
        return msg.ANSWERS_IS_FOLDER.format(path=path)
    if not path.exists():
        return msg.ANSWERS_MISSING.format(path=path)
    return None


def cmd_run(args: argparse.Namespace) -> int:
    from adviseur.flows.scenarios import ScenarioError, run_answers
    from adviseur.flows.walk import FlowRuntimeError

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
    answers, code = _read_answers(args.answers)
    if answers is None:
        return code
    try:
        engine, notes = run_answers(program, answers, origin=args.answers.name)
    except ScenarioError as exc:
        return fail(str(exc), 2)
    except FlowRuntimeError as exc:
        return fail(str(exc), 1)
    outcome = engine.outcome()
    advice = _advice(outcome, args.bevestig)
    if advice is None and (args.why_not or args.bevestig):
        return fail("zonder advies valt er niets uit te leggen of te bevestigen", 1)
    if advice is not None:
        from adviseur.content import did_you_mean

        for what, given, known in (
            ("record", args.why_not, advice.kb.by_id),
            ("signaal", args.bevestig, advice.kb.signal_by_id),
        ):
            for value in given:
                if value not in known:
                    return fail(f"onbekend {what} '{value}'{did_you_mean(value, known)}", 2)
    recommendations = advice.recommendations if advice is not None else []
    from adviseur.advice.safety import safety_steps

    safety = advice.safety if advice is not None else safety_steps(outcome, None)
    payload = outcome.to_json(include_sensitive=True)
    result = {
        "flow": outcome.flow_id,
        "version": outcome.flow_version,
        "finished": outcome.finished,
        "path": outcome.path,
        "answers": payload["answers"],
        "scores": payload["scores"],
        "recommendations": recommendations,
        "messages": payload["messages"],
        "signals": payload["signals"],
        "target_groups": payload["target_groups"],
        "urgent": [
            {"title": u.title, "text": " ".join(u.text.split()), "acute": u.acute, "see_also": list(u.see_also)} for u in safety
        ],
        "plan": advice.payload["plan"] if advice is not None else [],
        "suggested_signals": advice.payload["suggested_signals"] if advice is not None else [],
        "why_not": {rid: advice.why_not(rid) for rid in args.why_not} if advice is not None else {},
        "gaps": payload["gaps"],
        "quiz": payload["quiz"],
        "variables": payload["variables"],
        "notes": notes,
    }
    comparison = None
    if args.report is not None or args.save is not None or args.compare is not None:
        from adviseur.reports import ReportError
        from adviseur.reports.run import finish_run
        from adviseur.store import StoreError

        try:
            extras = finish_run(
                outcome,
                program,
                report=args.report,
                save=args.save,
                compare=args.compare,
                advice=advice.advice if advice is not None else None,
            )
        except (ReportError, StoreError) as exc:
            return fail(str(exc), 2)
        result.update(extras.to_json())
        comparison = extras.comparison
        for line in extras.messages:
            print(f"adviseur: {line}", file=sys.stderr)
    if args.summary:
        if advice is None:
            return fail("de casussamenvatting kon niet worden gemaakt", 1)
        print(advice.summary_markdown(), end="")
    elif args.json:
        print_json(result)
    elif args.why_not and advice is not None:
        for record_id in args.why_not:
            print(f"{advice.kb.by_id[record_id].title}: {advice.why_not(record_id)}")
    else:
        _print_run(outcome, advice, safety, notes)
        if comparison is not None:
            _print_comparison(comparison)
    return 0


def _advice(outcome, confirmed: list[str]) -> AdviceResult | None:
    from adviseur.flows.advice_bridge import advise

    try:
        return advise(outcome, confirmed=confirmed)
    except Exception as exc:  # noqa: BLE001 - advice is optional here; its error must not hide the run
        print(f"adviseur: waarschuwing: aanbevelingen konden niet worden berekend ({exc})", file=sys.stderr)
        return None


def _print_run(outcome, advice: AdviceResult | None, safety: list[SafetyStep], notes: list[str]) -> None:
    from adviseur.flows.runtime import format_number

    print(f"{outcome.flow_title} (versie {outcome.flow_version})")
    if safety:  # safety first, before anything else a busy professional reads
        print("\nVEILIGHEID EERST:")
        for step in safety:
            print(f"  ! {step.title.rstrip('.')}: {' '.join(step.text.replace('**', '').split())}")
    print("Pad: " + " → ".join(outcome.path))
    print("\nAntwoorden:")
    for key, text in outcome.answer_texts.items():
        print(f"  {key}: {text}")
    if outcome.signals:
        print("\nSignalen:")
        for signal, reasons in outcome.signals.items():
            print(f"  {signal} — " + "; ".join(str(r) for r in reasons))
    if outcome.scores:
        print("\nScores:")
        for score in outcome.scores.values():
            share = f" ({format_number(score.percent)}%)" if score.percent is not None else ""
            band = f" — {score.band.label}" if score.band else ""
            print(f"  {score.label}: {format_number(score.points)} van {format_number(score.maximum)}{share}{band}")
    if outcome.gaps:
        print("\nAandachtspunten:")
        for gap in outcome.gaps:
            leads = f" (zie: {', '.join(gap.leads)})" if gap.leads else ""
            print(f"  {gap.text}{leads}")
    if outcome.quiz:
        print("\nKennisvragen:")
        for item in outcome.quiz:
            print(f"  {item.text} — {item.verdict_label}")
    if advice is not None and any("advice" in view.show for view in outcome.results):
        _print_advice(advice)
    if outcome.messages:
        print("\nBerichten:")
        for message in outcome.messages:
            print("  " + " ".join(message.text.split()))
    for note in notes:
        print(f"adviseur: let op: {note}", file=sys.stderr)


def _print_comparison(comp: Comparison) -> None:
    """Scores before and after as a table, then the answers that fell (first, in capitals), rose
    and stayed: a step back must be as visible on the command line as in the app."""
    from adviseur.flows.runtime import format_number
    from adviseur.reports import texts

    when = f" ({comp.earlier_date})" if comp.earlier_date else ""
    print(f"\nVergelijking met '{comp.earlier_label}'{when}:")
    rows = [r for r in comp.rows if r.before is not None or r.after is not None]
    width = max((len(r.label) for r in rows), default=0)

    def share(value: float | None) -> str:
        return "—" if value is None else f"{format_number(value)}%"

    for row in rows:
        delta = "" if row.delta is None else f"{'+' if row.delta > 0 else ''}{format_number(row.delta)}"
        mark = " ▼" if row.delta is not None and row.delta < 0 else ""
        print(f"  {row.label:<{width}}  {share(row.before):>6} → {share(row.after):>6}  {delta:>6}{mark}")
    print("  " + texts.CHANGE_COUNTS.format(worse=len(comp.worse), better=len(comp.better), unchanged=len(comp.unchanged)))
    for heading, changes, mark in (
        (texts.WORSE.upper(), comp.worse, "▼"),
        (texts.BETTER, comp.better, "▲"),
        (texts.OTHER_CHANGES, comp.other_changes, "•"),
    ):
        if changes:
            print(f"\n{heading} ({len(changes)}):")
            for c in changes:
                print(f"  {mark} " + texts.ANSWER_MOVE.format(question=c.question, before=c.before, after=c.after))
    for note in comp.notes:
        print(f"\nLet op: {note}")


def _print_advice(result: AdviceResult) -> None:
    """The advice in the order every face shows it (Advice.sections)."""
    from adviseur.knowledge.present import level_label

    advice = result.advice
    if not advice.all:
        print("\nAdvies: (geen)")
    for section in advice.sections():
        print(f"\n{section.title}:")
        for i, rec in enumerate(section.items, start=1):
            level = level_label(rec.record)
            mark = f"{i}." if section.numbered else "-"
            carer = " (voor de naaste)" if rec.for_carer else ""
            print(f"  {mark} {rec.record.title} [{rec.record.id}]{' — ' + level if level else ''}{carer}")
            for reason in rec.reasons[:2]:
                print(f"      {reason}")
            for caveat in rec.caveats:
                print(f"      onderzoek: {' '.join(caveat.split())}")
    if advice.suggestions:
        print("\nHerkend in je beschrijving (telt pas mee als je het bevestigt met --bevestig):")
        for found in advice.suggestions:
            print(f"  {found.id} — {found.label} ('{found.words}')")
    if advice.ruled_out:
        print(f"\n{len(advice.ruled_out)} passende records vallen af voor deze situatie; vraag waarom met --why-not ID.")


def cmd_graph(args: argparse.Namespace) -> int:
    from adviseur.flows.mermaid import to_mermaid

    program, code = _program(args.flow, checked=False)
    if program is None:
        return code
    sys.stdout.write(to_mermaid(program))
    return 0
