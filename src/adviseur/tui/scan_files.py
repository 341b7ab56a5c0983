"""Writing what the scan screens make: reports and shared scan files, into the export folder
(`locations.export_dir`, where the results screen's reports go too) or, in a browser (`adviseur
serve`), as a download.

A browser tab's data folder is gone when the server stops, and the server's folder is not the
user's: there the file is delivered to the browser (Textual's `deliver_text`) instead of written.
The session layer writes and checks (`session.report`, `session.exchange`); this only decides
where, and says what happened.
"""

from __future__ import annotations

import io
import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from textual.app import App

from adviseur.tui import texts

if TYPE_CHECKING:
    from textual.screen import Screen

    from adviseur.flows.run.outcome import FlowOutcome
    from adviseur.reports.render import ScansView
    from adviseur.reports.scanset import SavedScan


def file_stem(kind: str, label: str, now: datetime | None = None) -> str:
    """'adviseur-tijdlijn-gemeente-tijdstad-2025-06-01-0930': safe on every file system."""
    slug = re.sub(r"[^a-z0-9]+", "-", label.casefold()).strip("-")[:40] or "scan"
    return f"adviseur-{kind}-{slug}-{(now or datetime.now()).strftime('%Y-%m-%d-%H%M')}"


def deliver_or_write(app: App[object], name: str, text: str, write: object) -> str:
    """In a browser: offer `text` as a download named `name`; else call `write(path)` for
    `name` in the export folder, never the folder the app was started from (which may be the
    source checkout). Returns what to tell the user (where it went). Raises ReportError when the
    export folder cannot be made."""
    from adviseur.session.report import export_folder

    if app.is_web:
        app.deliver_text(io.StringIO(text), save_filename=name)
        return texts.DOWNLOADED.format(name=name)
    path = export_folder() / name
    write(path)  # type: ignore[operator]
    return str(path)


def save_reports(app: App[object], view: ScansView, kind: str, label: str) -> list[str]:
    """The view as Markdown and HTML; where each went. Raises ReportError (Dutch)."""
    from adviseur.reports.render import render_scans
    from adviseur.session.report import write_scans_report

    stem = file_stem(kind, label)
    done = []
    for suffix, fmt in ((".md", "markdown"), (".html", "html")):
        done.append(
            deliver_or_write(app, stem + suffix, render_scans(view, fmt), lambda path: write_scans_report(path, view))
        )
    return done


def share_scans(app: App[object], scans: list[SavedScan], label: str) -> str:
    """The scans as one shared file (docs/scan-json.md); where it went. Raises ExchangeError."""
    from adviseur.session.exchange import export_scans, export_text

    name = file_stem("scan", label) + ".json"
    return deliver_or_write(app, name, export_text(scans), lambda path: export_scans(scans, path))


def share_outcome(screen: Screen[Any], outcome: FlowOutcome, label: str, uid: str) -> None:
    """Ask who filled the scan in (the municipality itself or a partner's role), then share it as
    one file. `uid` stays the same for this result, so sending it twice imports once."""
    from datetime import UTC, datetime

    from adviseur.errors import AdviseurError
    from adviseur.reports.scanset import ROLES, SavedScan
    from adviseur.session.scans import scan_payload
    from adviseur.tui.widgets.dialogs import PickScreen

    def chosen(role: str | None) -> None:
        if role is None:
            return
        now = datetime.now(UTC)
        scan = SavedScan(
            uid=uid,
            flow_id=outcome.flow_id,
            label=label,
            saved_at=now.isoformat(timespec="microseconds"),
            payload=scan_payload(outcome),
            role=None if role == "-" else role,
            round=None if role == "-" else str(now.year),
        )
        try:
            where = share_scans(screen.app, [scan], label)
        except AdviseurError as exc:
            screen.notify(str(exc), title=texts.SHARE_FAILED, severity="error", timeout=10)
            return
        screen.notify(texts.SHARED_ONE.format(where=where), title=texts.SHARED_ONE_TITLE, timeout=12)

    options = [("-", texts.OWN_SCAN), *((role, name) for role, name in ROLES.items())]
    screen.app.push_screen(PickScreen(texts.WHO_FILLS_IN, options), chosen)
