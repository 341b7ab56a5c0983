"""The result of a finished flow (`RunResult`) and its printed forms: Markdown and a
self-contained HTML page; the comparison of two saved scans.

Pure Python, no textual, no disk: `adviseur.session` builds the `RunResult` (advice, safety
steps, comparison) and writes the report; here it is laid out (`build_report` ->
`render_markdown` / `render_html`). Reports sit below the session and the store and import
neither.
"""

from adviseur.reports.build import build_report
from adviseur.reports.compare import compare_payloads
from adviseur.reports.html import render_html
from adviseur.reports.markdown import render_markdown
from adviseur.reports.model import SECTION_ORDER, Comparison, Report
from adviseur.reports.render import ReportError, render, report_format
from adviseur.reports.result import RunResult, build_result

__all__ = [
    "SECTION_ORDER",
    "Comparison",
    "Report",
    "ReportError",
    "RunResult",
    "build_report",
    "build_result",
    "compare_payloads",
    "render",
    "render_html",
    "render_markdown",
    "report_format",
]
