"""The result of a finished flow (`RunResult`) and its printed forms: Markdown and a
self-contained HTML page; the comparison of two saved scans.

Pure Python, no textual, no disk: `adviseur.session` builds the `RunResult` (advice, safety
steps, comparison) and writes the report; here it is laid out (`build_report` ->
`render_markdown` / `render_html`). Reports sit below the session and the store and import
neither.

Names are resolved lazily: `adviseur run` without `--report` needs the result, not the Markdown
and HTML renderers (issue 12: import only what a command needs).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from adviseur.reports.build import build_report
    from adviseur.reports.compare import compare_payloads
    from adviseur.reports.html import render_html
    from adviseur.reports.markdown import render_markdown
    from adviseur.reports.model import SECTION_ORDER, Comparison, Report
    from adviseur.reports.render import ReportError, render, report_format
    from adviseur.reports.result import RunResult, build_result

_WHERE = {
    "build_report": "adviseur.reports.build",
    "compare_payloads": "adviseur.reports.compare",
    "render_html": "adviseur.reports.html",
    "render_markdown": "adviseur.reports.markdown",
    "SECTION_ORDER": "adviseur.reports.model",
    "Comparison": "adviseur.reports.model",
    "Report": "adviseur.reports.model",
    "ReportError": "adviseur.reports.render",
    "render": "adviseur.reports.render",
    "report_format": "adviseur.reports.render",
    "RunResult": "adviseur.reports.result",
    "build_result": "adviseur.reports.result",
}

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


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'adviseur.reports' has no attribute '{name}'")
    return getattr(import_module(module), name)
