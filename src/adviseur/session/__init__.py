"""The application layer: what the app and the command line do with a flow, in one place.

    started = start_flow(program)                     # a conversation, saved after every answer
    ...                                               # the face asks, the engine answers
    run = finish(engine.outcome(), program, compare="Gemeente Voorbeeld")   # the one RunResult
    keep(run, report=Path("scan.html"), save="Gemeente Voorbeeld")          # write, then save

The core below (content, knowledge, flows, search, advice, reports, store) knows nothing of
faces, and the faces above (`adviseur.cli`, `adviseur.tui`) only call this package and lay out
its `RunResult` (`adviseur.reports.result`). Every import points down: flows never import advice,
the store never imports flows, reports never import the store; what joins them lives here.

Modules: `start` (starting and resuming with autosave), `autosave`, `advise` (the one entry from
a finished flow to advice), `finish` (the result, then writing and saving), `scans` (saved scans
and the comparison with the previous one), `report` (building and writing reports) and
`scenarios` (the scenario runner with advice). Names are imported lazily, and nothing here
imports textual.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "AdviceResult": "adviseur.session.advise",
    "advise": "adviseur.session.advise",
    "Autosave": "adviseur.session.autosave",
    "resume": "adviseur.session.autosave",
    "Kept": "adviseur.session.finish",
    "finish": "adviseur.session.finish",
    "keep": "adviseur.session.finish",
    "export_reports": "adviseur.session.report",
    "write_report": "adviseur.session.report",
    "compare_with_previous": "adviseur.session.scans",
    "previous_scan": "adviseur.session.scans",
    "save_scan": "adviseur.session.scans",
    "scan_label": "adviseur.session.scans",
    "run_scenario": "adviseur.session.scenarios",
    "LocalNextToAdvice": "adviseur.session.local",
    "local_next_to": "adviseur.session.local",
    "summary_with_local": "adviseur.session.local",
    "SessionSummary": "adviseur.session.start",
    "Started": "adviseur.session.start",
    "list_sessions": "adviseur.session.start",
    "resume_flow": "adviseur.session.start",
    "start_flow": "adviseur.session.start",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'adviseur.session' has no attribute '{name}'")
    return getattr(import_module(module), name)
