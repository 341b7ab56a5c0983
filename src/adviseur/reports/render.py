"""A report's format, chosen from the file name, and the text in that format.

Writing the text to disk is the session layer's job (`adviseur.session.report`), with the store's
atomic, owner-only files: this package renders and never touches the disk.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from adviseur.errors import AdviseurError
from adviseur.reports import texts

if TYPE_CHECKING:
    from adviseur.reports.model import Report

FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


class ReportError(AdviseurError):
    """The report cannot be made or written; the message is Dutch and fit for the user."""


def report_format(path: Path) -> str:
    """'markdown' or 'html', from the suffix; ReportError for any other."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ReportError(texts.UNKNOWN_FORMAT.format(suffix=path.suffix or path.name))
    return fmt


def render(report: Report, fmt: str) -> str:
    if fmt == "html":  # the renderers are imported here: most runs write no report
        from adviseur.reports.html import render_html

        return render_html(report)
    from adviseur.reports.markdown import render_markdown

    return render_markdown(report)
