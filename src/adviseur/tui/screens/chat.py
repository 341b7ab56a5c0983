"""The flow as a conversation.

The engine is the single source of truth: after every answer, back or change, the screen asks the
engine for the current step and renders it. Forward answers are appended incrementally (fast);
going back or changing an earlier answer rebuilds the visible conversation from the engine's
transcript, so the screen can never show an answer that no longer counts.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Header, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from adviseur.flows.run.engine import FlowEngine, Step
from adviseur.flows.run.outcome import TranscriptEntry
from adviseur.session.autosave import Autosave
from adviseur.tui import texts
from adviseur.tui.host import as_host
from adviseur.tui.widgets.answer_input import AnswerInput
from adviseur.tui.widgets.bubbles import BotBubble, UserBubble
from adviseur.tui.widgets.footer import AppFooter

if TYPE_CHECKING:
    from adviseur.tui.screens.results import ResultsScreen


class ChatScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+b", "back", texts.KEY_BACK, id="back", priority=True),
        Binding("ctrl+e", "change", texts.KEY_CHANGE, id="change", priority=True),
        Binding("ctrl+n", "note", texts.KEY_NOTE, id="note", priority=True),
        Binding("ctrl+s", "skip", texts.KEY_SKIP, id="skip", show=False),
        Binding("r", "show_result", texts.KEY_RESULT, id="result"),
        Binding("escape", "leave", texts.KEY_TO_START, id="leave"),
    ]

    #: When the last update was done (`updated_at`) and on screen (`rendered_at`); benchmarks read them.
    updated_at: float = 0.0
    rendered_at: float = 0.0

    def __init__(self, engine: FlowEngine, *, autosave: Autosave | None = None, notice: str | None = None) -> None:
        super().__init__()
        self.engine = engine
        self.autosave = autosave
        self._notice = notice
        self._results: tuple[dict[str, Any], ResultsScreen] | None = None
        """The answers the last results screen was made from, and that screen (see `action_show_result`)."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="chat"):
            yield ProgressBar(total=100, show_eta=False, show_percentage=False, id="progress")
            yield VerticalScroll(id="conversation")
            with Vertical(id="answer-area"):
                yield Static("", id="validation")
        yield AppFooter()

    def on_mount(self) -> None:
        self.title = self.engine.program.flow.title
        self.engine.subscribe(self._check_saved)
        if self._notice:
            self.notify(self._notice, title=texts.RESUMED_TITLE, timeout=10)
        self.rebuild()

    def _check_saved(self, _engine: FlowEngine) -> None:
        """Autosave never raises; when a save failed, say so (the answers are still in memory)."""
        if self.autosave is not None and self.autosave.error:
            self.notify(texts.NOT_SAVED.format(error=self.autosave.error), severity="error", timeout=10)

    # --- rendering ------------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Show the conversation up to the current question, from the engine's transcript."""
        conversation = self.query_one("#conversation", VerticalScroll)
        conversation.remove_children()
        step = self.engine.current
        stop_at = step.key if step is not None else None
        bubbles = []
        for entry in self.engine.outcome().transcript:
            if entry.key == stop_at:
                break
            bubbles.extend(_bubbles_for(entry, self.engine))
        if bubbles:
            conversation.mount_all(bubbles)
        self._show_step(step, include_messages=False)

    def _show_step(self, step: Step | None, *, include_messages: bool = True) -> None:
        conversation = self.query_one("#conversation", VerticalScroll)
        self.query(".answer-input").remove()
        self._set_validation("")
        if step is None:
            self._finished()
            return
        new = []
        if include_messages:
            new += [BotBubble(m.text, title=m.title, urgent=m.urgent) for m in step.messages]
        question = step.text + (f"\n\n*{step.help.strip()}*" if step.help else "")
        if step.reviewing:
            question = texts.REVIEWING + question
        new.append(BotBubble(question, classes="question"))
        conversation.mount_all(new)
        answer = AnswerInput(step)
        self.query_one("#answer-area").mount(answer, before=0)
        conversation.scroll_end(animate=False)
        self._update_progress(step)
        self.updated_at = time.perf_counter()
        self.call_after_refresh(self._mark_rendered)

    def _mark_rendered(self) -> None:
        """When the new question was on screen (the TUI benchmark reads it)."""
        self.rendered_at = time.perf_counter()

    def _update_progress(self, step: Step) -> None:
        progress = step.progress
        section = f"{progress.section_title} · " if progress.section_title else ""
        self.sub_title = f"{section}{progress.text}"
        self.query_one("#progress", ProgressBar).update(progress=progress.fraction * 100)

    def _finished(self) -> None:
        self.sub_title = self.engine.progress.text
        self.query_one("#progress", ProgressBar).update(progress=100)
        conversation = self.query_one("#conversation", VerticalScroll)
        closing = [BotBubble(m.text, title=m.title, urgent=m.urgent) for m in self.engine.pending_messages()]
        if closing:
            conversation.mount_all(closing)
        self.action_show_result()

    def action_show_result(self) -> None:
        """The result of the finished conversation. Shown again with the same answers, it keeps
        what the user did there: the signals confirmed with 'b', the comparison with the scan
        before, and that 's' saved it already (saving again would keep a copy)."""
        from adviseur.tui.screens.results import ResultsScreen

        if not self.engine.finished:
            return
        answers = dict(self.engine.answers)
        before = self._results[1] if self._results is not None and self._results[0] == answers else None
        results = ResultsScreen(self.engine.outcome(), self.engine.program, again=before)
        self._results = (answers, results)
        self.app.push_screen(results)

    def _set_validation(self, text: str, level: str = "error") -> None:
        validation = self.query_one("#validation", Static)
        validation.update(text)
        validation.set_class(bool(text) and level == "error", "error")
        validation.set_class(bool(text) and level == "warning", "warning")

    # --- answering ------------------------------------------------------------------------------
    @on(AnswerInput.Answered)
    def _answered(self, event: AnswerInput.Answered) -> None:
        self._submit(event.value)

    @on(AnswerInput.Skipped)
    def _skipped(self) -> None:
        self.action_skip()

    def _submit(self, value: Any) -> None:
        step = self.engine.current
        if step is None:
            return
        was_reviewing = step.reviewing
        result = self.engine.answer(value)
        if not result.accepted:
            self._set_validation("\n".join(result.errors))
            return
        if was_reviewing:
            # the path may have changed below this answer: rebuild from the transcript
            self.rebuild()
        else:
            self._echo(step.key)
            if result.feedback is not None:
                fb = result.feedback
                text = " ".join(fb.explanations)
                if not text.lower().startswith(("goed", "deels", "niet goed")):  # content may say it already
                    text = f"**{fb.verdict_label.capitalize()}.** " + text
                text += self._evidence_note(step, self.engine.answers.get(step.key))
                self.query_one("#conversation").mount(BotBubble(text, classes=f"feedback-{_verdict_class(fb.verdict)}"))
            self._show_step(self.engine.current)
        if result.warnings:
            self._set_validation("\n".join(result.warnings), level="warning")

    def _evidence_note(self, step: Step, value: Any) -> str:
        """The records the chosen options' feedback names, each with its evidence level (read from
        the knowledge base, so a trainer's own case file need not state the level itself)."""
        services = as_host(self.app).services
        if services is None:
            return ""
        from adviseur.reports.room import chosen_leads
        from adviseur.reports.room_render import lead_text

        leads = chosen_leads(step.info, value, services.kb)
        return texts.EVIDENCE_NOTE.format(leads="; ".join(lead_text(lead) for lead in leads)) if leads else ""

    def _echo(self, key: str) -> None:
        entry = next((t for t in reversed(self.engine.outcome().transcript) if t.key == key), None)
        if entry is not None:
            self.query_one("#conversation").mount(*_bubbles_for(entry, self.engine)[1:])

    # --- actions --------------------------------------------------------------------------------
    def action_skip(self) -> None:
        step = self.engine.current
        if step is None:
            return
        result = self.engine.skip()
        if not result.accepted:
            self._set_validation("\n".join(result.errors))
            return
        if step.reviewing:
            self.rebuild()
        else:
            self._echo(step.key)
            self._show_step(self.engine.current)

    def action_back(self) -> None:
        if self.engine.back():
            self.rebuild()
        else:
            self.notify(texts.FIRST_QUESTION, timeout=3)

    def action_change(self) -> None:
        answered = [t for t in self.engine.outcome().transcript if t.kind == "question"]
        if not answered:
            self.notify(texts.NOTHING_TO_CHANGE, timeout=3)
            return
        self.app.push_screen(ChangeAnswerScreen(answered), self._change_to)

    def _change_to(self, key: str | None) -> None:
        if key:
            self.engine.change(key)
            self.rebuild()

    @on(UserBubble.ChangeRequested)
    def _bubble_clicked(self, event: UserBubble.ChangeRequested) -> None:
        self._change_to(event.key)

    def action_leave(self) -> None:
        self.app.pop_screen()

    def action_note(self) -> None:
        """A short note with the question being answered (kept with the answer, shown in the report)."""
        from adviseur.tui.screens.note import ask_note

        ask_note(self, self.engine)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """'r' (the result again) once the conversation is finished."""
        if action == "show_result":
            return self.engine.finished
        if action == "note":  # a policy flow's question (a note in casework would be about a person)
            return not self.engine.program.flow.casework and self.engine.current is not None
        return True

    def on_screen_resume(self) -> None:
        """Back from the results: let the user see them again, or change answers and finish again."""
        self.refresh_bindings()
        if self.engine.finished:
            self.query(".answer-input").remove()
            self._set_validation(FINISHED_HINT, level="warning")


FINISHED_HINT = texts.FINISHED_HINT


def _verdict_class(verdict: str) -> str:
    return {"goed": "correct", "deels": "partial"}.get(verdict, "wrong")


def _bubbles_for(entry: TranscriptEntry, engine: FlowEngine) -> list[Any]:
    if entry.kind == "say":
        node = engine.program.nodes[entry.node]
        return [BotBubble(entry.text, urgent=node.urgent)]
    if entry.kind == "question":
        answer = (entry.answer_text or "") + (f"\n✎ {entry.note}" if entry.note else "")
        return [BotBubble(entry.text, classes="question"), UserBubble(answer, entry.key)]
    return []


class ChangeAnswerScreen(ModalScreen[str | None]):
    """Pick an earlier answer to change."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", texts.KEY_CANCEL, id="cancel")]

    def __init__(self, answered: list[TranscriptEntry]) -> None:
        super().__init__()
        self.answered = answered

    def compose(self) -> ComposeResult:
        with Vertical(id="change-dialog"):
            yield Static(texts.WHICH_ANSWER, classes="dialog-title")
            yield OptionList(
                *[Option(f"{e.text}\n  → {e.answer_text}", id=e.key) for e in self.answered],
                id="change-list",
            )

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = len(self.answered) - 1
        options.focus()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
