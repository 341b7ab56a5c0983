"""The footer of every screen: stopping and help first, then the screen's own keys.

Textual lists the focused widget's keys first and the app's last, so on a narrow terminal
(80 columns) a screen with many keys pushed 'Stoppen' and 'Hulp' off the edge. The help screen
lists every key; these two must always be in view.

Textual's footer builds all its keys again whenever the screen says its keys may have changed:
on every focus change and every `refresh_bindings()`, often several times for one answer in a
conversation, each time restyling a dozen new widgets. Most of those times nothing it shows has
changed, so this footer builds its keys again only when they did.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

FIRST = ("quit", "help")
"""The actions shown first, in this order."""


class AppFooter(Footer):
    _shown: tuple[Any, ...] | None = None
    """What the keys were last built from: each active binding, whether it is enabled, its tooltip."""

    def compose(self) -> ComposeResult:
        keys = list(super().compose())
        # a key widget carries its binding's action (Textual's FooterKey, not exported)
        first = [k for action in FIRST for k in keys if getattr(k, "action", None) == action]
        yield from first
        yield from (k for k in keys if k not in first)

    def bindings_changed(self, screen: Screen[Any]) -> None:
        active = screen.active_bindings.items()
        shown = (self.show_command_palette, self.compact, *((key, b, on, tip) for key, (_, b, on, tip) in active))
        rebuilds = screen.app.app_focus and self.is_attached and screen is self.screen
        if rebuilds and shown == self._shown:
            return  # the keys on screen are these already (or will be, once the last rebuild runs)
        if rebuilds:
            self._shown = shown
        super().bindings_changed(screen)
