"""Chat bubbles: what the advisor says, and the user's answers echoed back.

A user bubble remembers which question it answers; clicking it asks to change that answer, so
"click an earlier answer to change it" needs no extra UI.
"""

from __future__ import annotations

from rich.markdown import Markdown
from textual.message import Message
from textual.widgets import Static

from adviseur.tui import texts


class BotBubble(Static):
    """An advisor message (markdown). Urgent messages get their own style and a label.

    Rendered with rich's Markdown inside one Static rather than Textual's Markdown widget: a
    conversation holds dozens of bubbles, and one widget each keeps a keypress-to-next-question
    well under 50 ms (the Markdown widget mounts a widget per block).
    """

    def __init__(self, text: str, *, title: str | None = None, urgent: bool = False, classes: str = "") -> None:
        body = f"**{title}**\n\n{text}" if title else text
        if urgent:
            body = texts.URGENT + body
        super().__init__(Markdown(body), classes=f"bubble bot {classes}".strip())
        self.markdown_text = body
        if urgent:
            self.add_class("urgent")


class UserBubble(Static):
    """The user's answer; click (or select and press enter) to change it."""

    class ChangeRequested(Message):
        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(self, text: str, key: str) -> None:
        super().__init__(text, classes="bubble user changeable", markup=False)
        self.key = key
        self.tooltip = texts.CHANGE_TOOLTIP

    def on_click(self) -> None:
        self.post_message(self.ChangeRequested(self.key))
