"""Knowledge subcommands: `list`, `show` and `check`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from adviseur.cli import texts
from adviseur.cli.output import fail, print_json

if TYPE_CHECKING:
    from adviseur.knowledge import KnowledgeBase

KIND_CHOICES = ("interventie", "praktijkvoorbeeld", "landelijk")


COMMANDS = ("list", "show", "check")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("list", help=texts.HELP_LIST)
    p.add_argument("--kind", choices=KIND_CHOICES, help=texts.HELP_LIST_KIND)
    p.add_argument("--json", action="store_true", help=texts.HELP_JSON)
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help=texts.HELP_SHOW)
    p.add_argument(
        "id",
        metavar="RECORD",
        help=texts.HELP_SHOW_ID,
    )
    p.add_argument("--json", action="store_true", help=texts.HELP_JSON)
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("check", help=texts.HELP_CHECK)
    p.add_argument("paths", nargs="*", type=Path, help=texts.HELP_CHECK_PATHS)
    p.set_defaults(handler=cmd_check)


def _load() -> tuple[KnowledgeBase | None, int | None]:
    from adviseur.content import ContentError
    from adviseur.knowledge import load_knowledge

    try:
        return load_knowledge(), None
    except ContentError as exc:
        return None, fail(texts.KNOWLEDGE_BROKEN.format(problems=exc), 1)


def cmd_list(args: argparse.Namespace) -> int:
    from adviseur.knowledge.present import record_json

    kb, code = _load()
    if kb is None:
        return code or 1
    records = [r for r in kb.records if args.kind is None or r.kind == args.kind]
    if args.json:
        print_json({"records": [record_json(r, kb) for r in records]})
        return 0
    from adviseur.knowledge.present import kind_label, level_label

    for r in records:
        level = level_label(r) or ""
        print(f"{r.id:<48} {kind_label(r.kind):<18} {level:<12} {r.title}")
    print(texts.RECORD_COUNT.format(count=len(records)), file=sys.stderr)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from adviseur.knowledge.present import record_json, record_text

    kb, code = _load()
    if kb is None:
        return code or 1
    record = kb.by_id.get(args.id)
    if record is None:
        from adviseur.search.index import records_named

        named = records_named(kb.records, args.id)
        if len(named) > 1:
            choices = "\n".join(f"  {r.id:<48} {r.title}" for r in named)
            return fail(texts.AMBIGUOUS_NAME.format(name=args.id, count=len(named), choices=choices), 1)
        if not named:
            try:
                kb.get(args.id)
            except KeyError as exc:
                return fail(exc.args[0], 1)
        record = named[0]
    if args.json:
        print_json(record_json(record, kb, explain=True))
    else:
        print(record_text(record, kb))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from adviseur.checks import check_paths

    problems = check_paths(args.paths)
    for problem in problems:
        print(problem)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    from adviseur.content.wording import counted, errors_counted

    warned = counted(warnings, *texts.WARNING_NOUN)
    if errors:
        print(texts.CHECK_FAILED.format(errors=errors_counted(errors), warnings=warned), file=sys.stderr)
        return 1
    print(texts.CHECK_PASSED.format(warnings=warned), file=sys.stderr)
    return 0
