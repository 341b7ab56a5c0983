"""Help: the keys, what the evidence levels mean, and what is (not) stored."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from adviseur.tui import texts

KEYS = texts.HELP_KEYS
"""Every key, per screen (the tests check it against the bindings)."""


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", texts.KEY_CLOSE, id="close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Markdown(KEYS + "\n" + self._levels() + "\n" + texts.HELP_PRIVACY)

    def _levels(self) -> str:
        services = getattr(self.app, "services", None)
        if services is None:
            return ""
        ev = services.kb.evidence
        lines = [texts.HELP_LEVELS]
        for level in ev.levels:
            lines.append(f"- **{level.label}** — {level.meaning.strip()} {level.for_practice.strip()}")
        lines.append(texts.HELP_INTERNATIONAL.format(meaning=ev.international.strip()))
        lines.append(texts.HELP_UNSTATED.format(meaning=ev.unstated.strip()))
        lines += ["", f"> {ev.warning.strip()}"]
        return "\n".join(lines)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
