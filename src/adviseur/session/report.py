"""Building a finished flow's report and writing it safely.

The file is written like everything Adviseur keeps (`adviseur.store.files`): to a temporary file
beside the target, then renamed over it, so an interrupted write never leaves half a report that
looks whole. A casework report names a case's signals, so it is owner-only (0600) and the user
is told; any other report gets the user's normal file mode. The folder is the user's: a missing
folder is an error rather than created (more often a typo than a wish), and an existing one is
never changed (writing into /tmp or a team folder leaves its mode alone).

Here in the application layer, not in `adviseur.reports`: the reports package renders a
`RunResult` and never touches the disk or the store.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from adviseur.oserrors import os_reason
from adviseur.reports import texts
from adviseur.reports.build import build_report
from adviseur.reports.model import Report
from adviseur.reports.render import ReportError, render, render_scans, report_format
from adviseur.reports.result import RunResult
from adviseur.store.files import StoreError, write_private_text, write_user_text

if TYPE_CHECKING:
    from adviseur.reports.render import ScansView

EXPORT_SUFFIXES = (".md", ".html")
"""What the app's 'e' writes: Markdown to paste, and a page to print."""


def _write(path: Path, text: str, *, private: bool) -> None:
    if not path.parent.is_dir():
        raise ReportError(texts.CANNOT_WRITE.format(path=path, reason=texts.NO_FOLDER))
    try:
        (write_private_text if private else write_user_text)(path, text)
    except StoreError as exc:
        raise ReportError(texts.CANNOT_WRITE.format(path=path, reason=exc)) from None


def write_report(path: Path, report: Report) -> str:
    """Write `report` to `path` in the format its suffix names; returns the format used."""
    fmt = report_format(path)
    _write(path, render(report, fmt), private=report.private)
    return fmt


def write_scans_report(path: Path, view: ScansView, *, today: date | None = None) -> str:
    """Write a timeline, a combined scan or a regional picture to `path` (Markdown or HTML by its
    suffix); returns the format. About policy, not a person: the user's normal file mode."""
    fmt = report_format(path)
    _write(path, render_scans(view, fmt, today), private=False)
    return fmt


def write_run_report(path: Path, run: RunResult, *, today: date | None = None) -> Report:
    """Build the report of `run` and write it to `path`; returns the report (is it private?)."""
    report = build_report(run, today=today)
    write_report(path, report)
    return report


def export_path(flow_id: str, folder: Path | None = None, now: datetime | None = None) -> Path:
    """'adviseur-<flow>-<date>-<time>' in `folder` (the export folder, `locations.export_dir`),
    without a suffix. Raises ReportError when the export folder cannot be made."""
    stamp = (now or datetime.now()).strftime("%Y-%m-%d-%H%M")
    return (folder or export_folder()) / f"adviseur-{flow_id}-{stamp}"


def export_folder() -> Path:
    """The export folder (`locations.export_dir`), where everything the app writes goes: every
    report and every shared scan file. Raises ReportError (Dutch) when it cannot be made."""
    from adviseur.locations import EXPORT_ENV, export_dir

    try:
        return export_dir()
    except OSError as exc:
        raise ReportError(texts.NO_EXPORT_DIR.format(reason=os_reason(exc), env=EXPORT_ENV)) from None


def export_reports(run: RunResult, base: Path) -> tuple[list[Path], Report]:
    """Write the report of `run` as Markdown and HTML next to `base`; the paths written, and the
    report. Raises ReportError (with what was written so far left in place)."""
    report = build_report(run)
    written: list[Path] = []
    for suffix in EXPORT_SUFFIXES:
        path = base.with_suffix(suffix)
        write_report(path, report)
        written.append(path)
    return written, report
