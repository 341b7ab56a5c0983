"""Choosing the format from the file name and writing the report safely.

The file is written like everything Adviseur keeps (`adviseur.store.files`): to a temporary file
beside the target, then renamed over it, so an interrupted write never leaves half a report that
looks whole. A casework report names a case's signals, so it is owner-only (0600) and the user
is told; any other report gets the user's normal file mode. The folder is the user's: a missing
folder is an error rather than created (more often a typo than a wish), and an existing one is
never changed (writing into /tmp or a team folder leaves its mode alone).
"""

from __future__ import annotations

from pathlib import Path

from adviseur.reports import texts
from adviseur.reports.html import render_html
from adviseur.reports.markdown import render_markdown
from adviseur.reports.model import Report
from adviseur.store.files import StoreError, write_private_text, write_user_text

FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


class ReportError(Exception):
    """The report cannot be written; the message is Dutch and fit for the user."""


def report_format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ReportError(texts.UNKNOWN_FORMAT.format(suffix=path.suffix or path.name))
    return fmt


def render(report: Report, fmt: str) -> str:
    return render_html(report) if fmt == "html" else render_markdown(report)


def write_report(path: Path, report: Report) -> str:
    """Write `report` to `path` in the format its suffix names; returns the format used."""
    fmt = report_format(path)
    text = render(report, fmt)
    if not path.parent.is_dir():
        raise ReportError(texts.CANNOT_WRITE.format(path=path, reason=texts.NO_FOLDER))
    try:
        (write_private_text if report.private else write_user_text)(path, text)
    except StoreError as exc:
        raise ReportError(texts.CANNOT_WRITE.format(path=path, reason=exc)) from None
    return fmt
