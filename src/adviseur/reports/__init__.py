"""Reports for a finished flow (Markdown and a self-contained HTML page) and comparison of scans.

Pure Python, no textual: the CLI's `adviseur run --report`, the TUI and the tests all use
`build_report` -> `write_report` (or `render_markdown` / `render_html`).
"""

from adviseur.reports.build import build_report, wants_advice
from adviseur.reports.compare import compare_payloads
from adviseur.reports.html import render_html
from adviseur.reports.markdown import render_markdown
from adviseur.reports.model import Comparison, Report
from adviseur.reports.scans import compare_records, compare_with_record, previous_scan, save_scan, scan_payload
from adviseur.reports.write import ReportError, report_format, write_report

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
