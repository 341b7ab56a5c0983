"""Reports for a finished flow (Markdown and a self-contained HTML page) and comparison of scans.

Pure Python, no textual: the CLI's `adviseur run --report`, the TUI and the tests all use
`build_report` -> `write_report` (or `render_markdown` / `render_html`).
"""

from typing import Any

from adviseur.reports import build as _build
from adviseur.reports.build import wants_advice
from adviseur.reports.compare import compare_payloads
from adviseur.reports.html import render_html
from adviseur.reports.markdown import render_markdown
from adviseur.reports.model import Comparison, Report
from adviseur.reports.scans import compare_records, compare_with_record, previous_scan, save_scan, scan_payload
from adviseur.reports.write import ReportError, report_format, write_report


def build_report(outcome: Any, program: Any, kb: Any, **options: Any) -> Report:
    """The report for one outcome (see `build.build_report`), marked casework or not from its
    flow, so `write_report` makes a report about a person owner-only and any other report a
    normal file. Without the flow it stays unknown, which is written owner-only."""
    report = _build.build_report(outcome, program, kb, **options)
    if report.casework is None and program is not None:
        report.casework = bool(program.flow.casework)
    return report


__all__ = [
    "Comparison",
    "Report",
    "ReportError",
    "build_report",
    "compare_payloads",
    "compare_records",
    "compare_with_record",
    "previous_scan",
    "render_html",
    "render_markdown",
    "report_format",
    "save_scan",
    "scan_payload",
    "wants_advice",
    "write_report",
]
