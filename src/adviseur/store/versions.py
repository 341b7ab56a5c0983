"""Versions of the saved files: every session and result says which format it is in, and older
formats are upgraded when they are read.

A municipality keeps its self-scans for years to compare them; a change to what a saved file
holds must never make last year's scan unreadable, nor move it to `corrupt/`. So:

- every file this Adviseur writes carries `schema_version` (`SCHEMA_VERSION`);
- a file without one is version 1: what Adviseur wrote before versions existed (`format: 1`);
- on reading, a file is brought up to date one version at a time (`UPGRADES`), in memory; it is
  written in the new format the next time it is saved (sessions after every answer);
- a file from a *newer* Adviseur is left exactly where it is and not used, with a Dutch message
  that says so (`TooNew`): it is not damaged, this program is merely too old to read it.

Version history:
1. `format: 1`, no `schema_version` (until issue 15).
2. `schema_version: 2` in every session and result; `format: 1` is still written, so that an
   Adviseur from before versions keeps reading the files a newer one wrote.
3. Scans over years and with partners (issue 16). A result has a lasting `uid` (kept when a scan
   is exported and imported elsewhere, so importing it twice finds it), `respondent` (`null`, or
   the `role` and `organisation` of a partner who filled it in) and `round` (`null`, or the round
   of a scan filled in with partners); its payload (a saved outcome) has `notes` (question key ->
   note). A session's snapshot has `notes`. Upgraded from 2: the uid is the result's own id, no
   respondent, no round, no notes.

To change the format: raise `SCHEMA_VERSION`, add the step from the previous version to
`UPGRADES`, and add fixture files of the previous version to `tests/store/fixtures/`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adviseur.errors import AdviseurError
from adviseur.store import texts

SCHEMA_VERSION = 3
"""The version of the sessions and results this Adviseur writes."""
LEGACY_FORMAT = 1
"""The `format` of every file so far; still written for Adviseurs from before versions."""

Body = dict[str, Any]


def _from_1(body: Body) -> Body:
    """Version 1 had no `schema_version`; the content is the same."""
    return {**body, "schema_version": 2}


def _from_2(body: Body) -> Body:
    """Version 2 had no notes, respondents or lasting ids: a scan of then is its own, note-less."""
    body = {**body, "schema_version": 3}
    if body.get("kind") == "result":
        body.setdefault("uid", body.get("id"))
        body.setdefault("respondent", None)
        body.setdefault("round", None)
        if isinstance(body.get("payload"), dict):
            body["payload"] = {**body["payload"], "notes": body["payload"].get("notes", {})}
    elif body.get("kind") == "session" and isinstance(body.get("snapshot"), dict):
        body["snapshot"] = {**body["snapshot"], "notes": body["snapshot"].get("notes", {})}
    return body


UPGRADES: dict[int, Callable[[Body], Body]] = {1: _from_1, 2: _from_2}
"""The step from each version to the next, up to `SCHEMA_VERSION`."""


class UnknownVersion(AdviseurError, ValueError):
    """Not a version this program ever wrote (the file is damaged, not newer)."""


def version_of(body: Body) -> int:
    """The file's schema version: 1 for a file from before versions; UnknownVersion for a value
    no Adviseur writes (then the file is treated as damaged)."""
    if "schema_version" not in body:
        if body.get("format") == LEGACY_FORMAT:
            return 1
        raise UnknownVersion(texts.UNKNOWN_FORMAT)
    version = body["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise UnknownVersion(texts.UNKNOWN_VERSION.format(version=repr(str(version)[:20])))
    return version


def upgrade(body: Body, version: int) -> Body:
    """`body` (of `version`, at most `SCHEMA_VERSION`) in the current format."""
    while version < SCHEMA_VERSION:
        body = UPGRADES[version](body)
        version += 1
    return body


@dataclass(frozen=True)
class TooNew:
    """A file written by a newer Adviseur: kept where it is, not used, and said so once."""

    path: Path
    version: int

    def __str__(self) -> str:
        return texts.TOO_NEW.format(path=self.path, version=self.version, supported=SCHEMA_VERSION)
