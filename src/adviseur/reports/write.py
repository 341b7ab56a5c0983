"""Choosing the format from the file name and writing the report safely.

The file is written like everything Adviseur keeps: to a temporary file beside the target, then
renamed over it, so an interrupted write never leaves half a report that looks whole. Reports are
created owner-only (they can name a municipality's weak spots or, for casework, a case's
signals); the user decides whom to share them with.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from adviseur.reports import texts
from adviseur.reports.html import render_html
from adviseur.reports.markdown import render_markdown
from adviseur.reports.model import Report

FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
FILE_MODE = 0o600


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
    data = render(report, fmt).encode("utf-8")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(texts.CANNOT_WRITE.format(path=path, reason="de map bestaat niet"))
    tmp = folder / f".{path.name}.{secrets.token_hex(4)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ReportError(texts.CANNOT_WRITE.format(path=path, reason=exc.strerror or exc)) from None
    return fmt
