"""A saved scan made whole again: its answers run through the flow as it is now, for the full
report of one scan (`adviseur scans show ID --report`).

A saved scan keeps its answers, notes and scores, not the advice, the leads' texts or the bands'
explanations; those come from the flow and the knowledge base of today. When the flow changed
since, answers that no longer fit are refused with a Dutch message rather than guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from adviseur.session import texts
from adviseur.session.history import ScanError, flow_program

if TYPE_CHECKING:
    from adviseur.reports.result import RunResult
    from adviseur.reports.scanset import SavedScan


def replay(scan: SavedScan) -> RunResult:
    """The result of the scan's answers and notes in the flow as it is now (ScanError if they no
    longer fit). Reads only: nothing is saved or compared."""
    from adviseur.flows.run.answers import ScenarioError, run_answers
    from adviseur.flows.run.engine import EngineError
    from adviseur.flows.run.walk import FlowRuntimeError
    from adviseur.session.finish import finish

    program = flow_program(scan.flow_id)
    if program is None:
        raise ScanError(texts.NO_FLOW.format(flow=scan.flow_id))
    try:
        engine, _ = run_answers(program, dict(scan.answers), origin=texts.REPLAY_ORIGIN.format(id=scan.id or scan.uid))
        for key, text in scan.notes.items():
            engine.set_note(key, text)
    except (ScenarioError, EngineError, FlowRuntimeError) as exc:
        raise ScanError(texts.NO_LONGER_FITS.format(id=scan.id or scan.uid, problem=exc)) from None
    run = finish(engine.outcome(), program, subject=scan.label)
    if scan.flow_version not in (None, program.version):
        from dataclasses import replace

        run = replace(run, notices=(*run.notices, texts.CHANGED.format(before=scan.flow_version, after=program.version)))
    return run
