"""The footer of every screen: stopping and help first, then the screen's own keys.

Textual lists the focused widget's keys first and the app's last, so on a narrow terminal
(80 columns) a screen with many keys pushed 'Stoppen' and 'Hulp' off the edge. The help screen
lists every key; these two must always be in view.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer

FIRST = ("quit", "help")
"""The actions shown first, in this order."""


class AppFooter(Footer):
    def compose(self) -> ComposeResult:
        keys = list(super().compose())
        # a key widget carries its binding's action (Textual's FooterKey, not exported)
        first = [k for action in FIRST for k in keys if getattr(k, "action", None) == action]
        yield from first
        yield from (k for k in keys if k not in first)
