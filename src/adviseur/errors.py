"""The one base of the errors Adviseur raises on purpose.

Each package raises its own kind (`ContentError`, `EngineError`, `StoreError`, `ReportError`,
...) and says in Dutch what went wrong; they all derive from `AdviseurError`, so a face that
must never show a traceback can catch "anything Adviseur refused" in one clause, while any other
exception stays what it is: a bug, for the error log. This module imports nothing of Adviseur:
every layer may use it.
"""

from __future__ import annotations


class AdviseurError(Exception):
    """An error Adviseur raises on purpose; its message is meant for the person using it."""
