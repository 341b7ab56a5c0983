"""The answer widget under a question: one widget per answer kind, all ending in `Answered`.

Widgets only collect a raw value; validation is the engine's (so TUI, CLI and tests agree), and
its Dutch messages are shown under the widget by the chat screen.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.segment import Segment
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Checkbox, Input, OptionList, SelectionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist
from textual.widgets.selection_list import Selection

from adviseur.flows.language.model import AnswerKind
from adviseur.flows.run.engine import Step
from adviseur.tui import texts


class AnswerInput(Vertical):
    """Container for the current question's input; posts `Answered(value)` or `Skipped`."""

    class Answered(Message):
        def __init__(self, value: Any) -> None:
            super().__init__()
            self.value = value

    class Skipped(Message):
        pass

    def __init__(self, step: Step) -> None:
        super().__init__(classes="answer-input")
        self.step = step

    def compose(self) -> ComposeResult:
        step = self.step
        if step.kind in (AnswerKind.SINGLE, AnswerKind.YESNO):
            yield ChoiceList(step)
        elif step.kind == AnswerKind.MULTI:
            yield MultiChoice(step)
        elif step.kind == AnswerKind.SCALE:
            yield ScaleList(step)
        else:
            yield AnswerField(step)
        hint = _HINTS.get(step.kind, "")
        if not step.required:
            hint += texts.MAY_SKIP
        yield Static(hint, classes="answer-hint")

    def on_mount(self) -> None:
        # focus as soon as the input exists, so keys typed right after the previous answer land here
        self.focus_input()

    def focus_input(self) -> None:
        self.children[0].focus()


_HINTS = {AnswerKind(kind): hint for kind, hint in texts.ANSWER_HINTS.items()}


class ChoiceList(OptionList):
    """Single choice and yes/no; the previous answer (when reviewing) is highlighted.

    A yes/no question starts with nothing highlighted: a highlighted 'ja' would be one enter
    away from an answer nobody gave. 'j' and 'n' answer it at once."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "answer('ja')", texts.KEY_YES, show=False),
        Binding("n", "answer('nee')", texts.KEY_NO, show=False),
    ]

    def __init__(self, step: Step) -> None:
        super().__init__(*[Option(c.label, id=c.id) for c in step.choices], id="choice-list")
        self.step = step

    def on_mount(self) -> None:
        ids = [c.id for c in self.step.choices]
        proposal = self.step.value
        if isinstance(proposal, bool):
            proposal = "ja" if proposal else "nee"
        if proposal in ids:
            self.highlighted = ids.index(proposal)
        else:
            self.highlighted = None if self.step.kind == AnswerKind.YESNO else 0

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """'j' and 'n' belong to yes/no questions only."""
        if action == "answer":
            return self.step.kind == AnswerKind.YESNO and parameters[0] in {c.id for c in self.step.choices}
        return True

    def action_answer(self, choice: str) -> None:
        self.post_message(AnswerInput.Answered(choice))

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(AnswerInput.Answered(event.option.id))


class ScaleList(OptionList):
    """A scale (e.g. 1-4); typing one of its numbers answers at once, as the arrows and enter do."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(str(digit), f"choose_number({digit})", str(digit), show=False) for digit in range(10)
    ]

    def __init__(self, step: Step) -> None:
        assert step.scale is not None
        low, high, stepsize, labels = step.scale
        options = [
            Option(f"{v}" + (f" — {labels[v]}" if v in labels else ""), id=str(v)) for v in range(low, high + 1, stepsize)
        ]
        super().__init__(*options, id="scale-list")
        self.step = step

    def action_choose_number(self, number: int) -> None:
        """A number on the scale answers; any other number says which ones are on it."""
        values = [o.id for o in self._options]
        if str(number) in values:
            self.highlighted = values.index(str(number))
            self.post_message(AnswerInput.Answered(number))
        else:
            self.notify(texts.SCALE_RANGE.format(low=values[0], high=values[-1]), timeout=3)

    def on_mount(self) -> None:
        values = [o.id for o in self._options]
        proposal = str(self.step.value) if self.step.value is not None else None
        self.highlighted = values.index(proposal) if proposal in values else 0

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(AnswerInput.Answered(int(event.option.id or 0)))


CHECKED = "✓"
UNCHECKED = " "


class MultiChoice(SelectionList[str]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "confirm", texts.KEY_CONFIRM_CHOICE, show=True, id="confirm"),
        Binding("space", "toggle_now", texts.KEY_TOGGLE, show=False),
    ]

    def __init__(self, step: Step) -> None:
        given = set(step.value or [])
        super().__init__(*[Selection(c.label, c.id, c.id in given) for c in step.choices], id="multi-choice")
        self.step = step

    def on_mount(self) -> None:
        self.highlighted = 0

    def render_line(self, y: int) -> Strip:
        """The box shows a tick when chosen and stays empty when not: Textual draws the same 'X'
        in both, told apart by colour only, which not every reader (or terminal) can see."""
        line = super().render_line(y)
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return line
        segments = list(line)
        if len(segments) < 2 or segments[1].text != Checkbox.BUTTON_INNER:
            return line
        mark = CHECKED if selection.value in self._selected else UNCHECKED
        segments[1] = Segment(mark, segments[1].style)
        return Strip(segments, line.cell_length)

    def action_toggle_now(self) -> None:
        """Toggle at once. SelectionList's own space posts a message and toggles whatever is
        highlighted when that message is handled, so a fast 'space down' toggled the wrong line."""
        self._toggle_highlighted_selection()

    def action_confirm(self) -> None:
        chosen = list(self.selected)
        if not chosen and not self.step.required:
            self.post_message(AnswerInput.Skipped())
        else:
            self.post_message(AnswerInput.Answered(chosen))


class AnswerField(Input):
    """Number and free text. Free text is capped so a pasted novel cannot freeze the screen."""

    MAX_LENGTH = 5000

    def __init__(self, step: Step) -> None:
        value = "" if step.value is None else str(step.value)
        placeholder = texts.NUMBER_PLACEHOLDER if step.kind == AnswerKind.NUMBER else texts.TEXT_PLACEHOLDER
        super().__init__(
            value=value,
            placeholder=step.placeholder or placeholder,
            type="number" if step.kind == AnswerKind.NUMBER else "text",
            max_length=self.MAX_LENGTH,
            id="answer-field",
        )
        self.step = step

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if not text and not self.step.required:
            self.post_message(AnswerInput.Skipped())
        else:
            self.post_message(AnswerInput.Answered(text))
