"""A report's format, chosen from the file name, and the text in that format.

Writing the text to disk is the session layer's job (`adviseur.session.report`), with the store's
atomic, owner-only files: this package renders and never touches the disk.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from adviseur.errors import AdviseurError
from adviseur.reports import texts

if TYPE_CHECKING:
    from adviseur.reports.model import Report
    from adviseur.reports.partners import CombinedScan
    from adviseur.reports.region import RegionalPicture
    from adviseur.reports.timeline import Timeline

    ScansView = Timeline | CombinedScan | RegionalPicture

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


def render_scans(view: ScansView, fmt: str, today: date | None = None) -> str:
    """A report over several scans (a timeline, a combined scan or a regional picture) in `fmt`."""
    from adviseur.reports.partners import CombinedScan
    from adviseur.reports.timeline import Timeline

    html = fmt == "html"
    if isinstance(view, Timeline):
        from adviseur.reports import timeline_render as timeline

        return (timeline.render_timeline_html if html else timeline.render_timeline_markdown)(view, today)
    if isinstance(view, CombinedScan):
        from adviseur.reports import partners_render as partners

        return (partners.render_combined_html if html else partners.render_combined_markdown)(view, today)
    from adviseur.reports import region_render as region

    return (region.render_region_html if html else region.render_region_markdown)(view, today)
