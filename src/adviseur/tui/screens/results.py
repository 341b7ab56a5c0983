"""Results of a flow: safety first, scores with bands, the comparison, gaps with leads, advice
cards by life domain, the quiz review and the answers.

The screen lays out the one `RunResult` that `adviseur.session.finish` builds (the command line
and the reports show the same one): its safety steps, its advice and its comparison, in its one
order (`RunResult.screen_sections`: the parts the flow's `show:` asks for). It computes nothing
itself; confirming the signals found in the description ('b') asks the session for a new result.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header, Static

from adviseur.content.wording import sentence_list, without_verdict
from adviseur.flows.language.runtime import Program
from adviseur.flows.run.outcome import FlowOutcome
from adviseur.reports.format import percent_text, points_text
from adviseur.reports.result import RunResult
from adviseur.reports.rows import by_heading
from adviseur.reports.scan_texts import MARK_WORDS
from adviseur.reports.texts import (
    H_IMPROVE_FIRST,
    H_STRENGTHS,
    H_URGENT,
    NO_STRENGTHS,
)
from adviseur.session.scans import scan_label
from adviseur.tui import texts
from adviseur.tui.host import as_host
from adviseur.tui.widgets.bubbles import BotBubble
from adviseur.tui.widgets.comparison import comparison_widgets
from adviseur.tui.widgets.footer import AppFooter
from adviseur.tui.widgets.record_card import RecordCard
from adviseur.tui.widgets.score_chart import ScoreChart

if TYPE_CHECKING:
    from adviseur.flows.run.outcome import QuizOption
    from adviseur.reports.model import Comparison
    from adviseur.tui.services import Services


class ResultsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", texts.KEY_BACK_TO_CHAT, id="back"),
        Binding("c", "copy_summary", texts.KEY_COPY, id="copy"),
        Binding("e", "export", texts.KEY_EXPORT, id="export"),
        Binding("s", "save_scan", texts.KEY_SAVE_SCAN, id="save"),
        Binding("x", "share", texts.KEY_SHARE, id="share"),
        Binding("h", "home", texts.KEY_TO_START, id="home"),
        Binding("b", "confirm_suggestions", texts.KEY_CONFIRM, id="confirm"),
    ]

    def __init__(self, outcome: FlowOutcome, program: Program | None = None, *, again: ResultsScreen | None = None) -> None:
        """`again`: the screen this one shows once more (the same answers, reopened from the
        conversation with 'r'): its confirmed signals, its comparison and whether it was saved
        carry over, so a scan saved there is neither compared with itself nor saved twice."""
        super().__init__()
        self.outcome = outcome
        self.program = program
        self.confirmed: list[str] = list(again.confirmed) if again is not None else []
        self.run: RunResult | None = again.run if again is not None else None
        """The result on screen; built when the screen is composed, again after 'b'."""
        self.label = scan_label(outcome, program)
        """For scored flows: the municipality or team the scan is about (to save and compare)."""
        self.saved: bool = again.saved if again is not None else False
        self.share_uid: str = again.share_uid if again is not None else secrets.token_hex(16)
        """The lasting id 'x' shares this scan under (the saved scan's, once 's' kept it): sharing
        it twice imports once."""
        """Whether 's' kept this scan: then 's' is no longer offered."""

    def compose(self) -> ComposeResult:
        self.run = run = self._finish()
        yield Header()
        with VerticalScroll(id="results"):
            yield from self._compose_sections(run)
        yield AppFooter()

    def _finish(self) -> RunResult:
        """The result from the session layer. The earlier scan is looked up once, when the
        results first open: after 's' the latest saved scan is this one, and a report must still
        compare with the scan before it."""
        from adviseur.session.finish import finish
        from adviseur.store import StoreError

        first = self.run is None
        try:
            run = finish(
                self.outcome,
                self.program,
                kb=self.services.kb,
                confirmed=self.confirmed,
                compare=self.label if first else None,
                comparison=None if first else self.comparison,
                subject=self.label,
            )
        except StoreError as exc:  # the data folder cannot be read: show the result without comparison
            self.notify(str(exc), title=texts.SCANS_UNREADABLE, severity="warning", timeout=10)
            run = finish(self.outcome, self.program, kb=self.services.kb, confirmed=self.confirmed, subject=self.label)
        if run.advice is not None and run.wants_advice:
            self.services.case = run  # a record's detail can say why it is or is not advised here
        if first and run.advice is None and run.wants_advice:
            self.notify("\n".join(run.notices), title=texts.NO_ADVICE_TITLE, severity="warning", timeout=10)
        return run

    @property
    def comparison(self) -> Comparison | None:
        """The comparison with the scan saved before under the same name, if any."""
        return self.run.comparison if self.run is not None else None

    def on_mount(self) -> None:
        self.title = self.outcome.flow_title
        self.sub_title = texts.RESULT_SUB_TITLE
        cards = self.query(RecordCard)
        (cards.first() if cards else self.query_one("#results")).focus(scroll_visible=False)
        # open at the top: the safety steps above the first card must be the first thing read
        self.call_after_refresh(self.query_one("#results").scroll_home, animate=False)

    @property
    def services(self) -> Services:
        services = as_host(self.app).services
        assert services is not None, "results open only once the knowledge base is loaded"
        return services

    def _compose_sections(self, run: RunResult) -> ComposeResult:
        for view in self.outcome.results:
            if view.title:
                yield Static(view.title, classes="results-title")
            if view.text:
                yield BotBubble(view.text)
        sections: dict[str, Callable[[RunResult], Iterator[Widget]]] = {
            "urgent": self._urgent_section,
            "scores": self._scores_section,
            "comparison": self._comparison_section,
            "gaps": self._gaps_section,
            "strengths": self._strengths_section,
            "advice": self._advice_section,
            "quiz": self._quiz_section,
            "answers": self._transcript_section,
        }
        shown = run.screen_sections
        for key in shown:
            if key in sections:
                yield from sections[key](run)
            if key == "scores" and "comparison" not in shown and self.label:
                yield Static(
                    texts.NOT_SAVED_YET.format(label=self.label),
                    classes="band-explanation",
                    id="save-hint",
                    markup=False,
                )

    def _urgent_section(self, run: RunResult) -> Iterator[Widget]:
        """The one list of safety steps (the command line and the reports show the same)."""
        yield Static(H_URGENT, classes="results-heading urgent")
        for step in run.urgent:
            yield BotBubble(step.line, urgent=step.acute)

    def _advice_section(self, run: RunResult) -> Iterator[Widget]:
        """The plan, the rest by life domain and the national resources, in the order the CLI,
        the case summary and the reports show (Advice.sections)."""
        advice = run.advice
        assert advice is not None
        if advice.suggestions:
            found = "; ".join(f"{f.label.lower()} ('{f.words}')" for f in advice.suggestions)
            yield BotBubble(texts.SUGGESTIONS.format(found=found), classes="suggestions")
        if not advice.all:
            yield BotBubble(texts.NO_SIGNALS)
            return
        for section in advice.sections():
            yield Static(section.title, classes="results-heading" if section.key in ("plan", "landelijk") else "results-domain")
            for number, rec in enumerate(section.items, start=1):
                yield RecordCard.for_recommendation(rec, number=number if section.numbered else None)
        if advice.ruled_out:
            yield Static(texts.RULED_OUT.format(count=len(advice.ruled_out)), classes="band-explanation", markup=False)
        from adviseur.tui.local import chosen_municipality, notice

        missing_map = notice(chosen_municipality())  # a municipality chosen, but no map for it
        if missing_map:
            yield Static(missing_map, classes="band-explanation", id="local-notice", markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """'b' is offered only while the description holds signals to confirm, 's' only for a scan
        with a name to keep it under."""
        if action == "confirm_suggestions":
            return bool(self._suggestions())
        if action == "share":
            return self._can_share()
        if action == "save_scan":
            return self._can_save()
        if action == "copy_summary":
            return self._summary() is not None
        return True

    def _suggestions(self) -> list[str]:
        advice = self.run.advice if self.run is not None and "advice" in self.run.screen_sections else None
        return [f.id for f in advice.suggestions] if advice is not None else []

    def _can_save(self) -> bool:
        """A finished scan with a name, not saved yet from this screen (a second 's' would keep
        the same scan twice, and the next scan would be compared with the copy)."""
        return (
            not self.saved
            and self.outcome.finished
            and self.run is not None
            and "scores" in self.run.shows
            and bool(self.label)
        )

    def _can_share(self) -> bool:
        """A finished scan with a name, saved or not, and not about a resident."""
        run = self.run
        named = bool(self.label) and not self.outcome.casework
        return self.outcome.finished and run is not None and "scores" in run.shows and named

    def action_confirm_suggestions(self) -> None:
        """Count the signals found in the description, as the professional confirms them."""
        found = self._suggestions()
        if not found:
            self.notify(texts.NOTHING_TO_CONFIRM, timeout=4)
            return
        self.confirmed = [*self.confirmed, *found]
        self.refresh(recompose=True)
        self.notify(texts.CONFIRMED, title=texts.CONFIRMED_TITLE, timeout=5)

    def _scores_section(self, run: RunResult) -> Iterator[Widget]:
        scores = [s for s in run.scores if s.kind != "quiz"]
        if not scores:
            return
        yield Static(texts.H_SCORES, classes="results-heading")
        levels = by_heading(scores)
        longest = max(len(s.label) for s in scores)  # the charts line up under each other
        for number, (heading, rows) in enumerate(levels.items()):
            titled = len(levels) > 1 and [r.label for r in rows] != [heading]  # not 'Totaal' above 'Totaal'
            if titled:
                yield Static(heading, classes="results-domain score-level", markup=False)
            chart_id = "score-chart" if number == 0 else None
            yield ScoreChart(rows, longest=longest, id=chart_id, classes="score-chart" if titled else "score-chart -bare")
        if run.improve_first:
            yield Static(H_IMPROVE_FIRST, classes="results-domain", id="improve-first")
            for number, row in enumerate(run.improve_first, start=1):
                band = f" ({row.band.label})" if row.band else ""
                last = number == len(run.improve_first)
                text = f"{number}. {row.label} — {percent_text(row.percent)}{band}"
                yield Static(text, classes="band-explanation" if last else "", markup=False)  # a blank line after
        # each band's meaning once, not once per score that is in it, lowest band first
        meanings = {s.band.label: s.band for s in scores if s.band is not None and s.band.explanation}
        for meaning in sorted(meanings.values(), key=lambda b: b.min):
            yield Static(f"{meaning.label}: {meaning.explanation}", classes="band-explanation band-meaning", markup=False)

    def _strengths_section(self, run: RunResult) -> Iterator[Widget]:
        """What is already in place, to keep: the questions at full marks (as the report lists)."""
        yield Static(H_STRENGTHS, classes="results-heading", id="strengths")
        if not run.strengths:
            yield Static(NO_STRENGTHS, classes="band-explanation", markup=False)
            return
        for row in run.strengths:
            where = f" ({row.section})" if row.section else ""
            yield Static(f"✓ {row.label}{where}", classes="strength", markup=False)

    def _comparison_section(self, run: RunResult) -> Iterator[Widget]:
        """How this scan compares with the last saved one for the same municipality or team (the
        widgets the timeline shows a comparison with, too)."""
        comparison = run.comparison
        assert comparison is not None
        yield from comparison_widgets(comparison, texts.COMPARED_WITH.format(date=comparison.earlier_date or texts.EARLIER))

    def _gaps_section(self, run: RunResult) -> Iterator[Widget]:
        """The gaps, weakest first, each with the records the flow names as a way forward."""
        if not run.gaps:
            return
        yield Static(texts.H_GAPS, classes="results-heading")
        for row in run.gaps:
            where = f" ({row.section})" if row.section else ""
            yield Static(f"▸ {row.label}{where} — {row.answer}", classes="gap-text", markup=False)
            for lead in row.leads:
                if lead.known:
                    yield RecordCard(run.kb.by_id[lead.id])

    def _quiz_section(self, run: RunResult) -> Iterator[Widget]:
        score = self.outcome.quiz_score
        heading = texts.H_QUIZ
        if score is not None and score.percent is not None:
            points = points_text(score).removesuffix(texts.POINTS_WORD)
            heading += texts.QUIZ_SCORE.format(points=points, percent=percent_text(score.percent))
        yield Static(heading, classes="results-heading")
        for fb in self.outcome.quiz:
            lines = [f"**{fb.text}**", texts.QUIZ_GIVEN.format(given=sentence_list(fb.given) or "—", verdict=fb.verdict_label)]
            if fb.options:
                for option in fb.options:
                    lines.append(_option_line(option))
            else:
                lines.append(texts.QUIZ_CORRECT.format(correct=sentence_list(fb.correct) or "—"))
                lines += [f"*{without_verdict(e, fb.verdict_label)}*" for e in fb.explanations]
            verdict_class = {"goed": "correct", "deels": "partial"}.get(fb.verdict, "wrong")
            yield BotBubble("\n\n".join(lines), classes=f"feedback-{verdict_class}")

    def _transcript_section(self, run: RunResult) -> Iterator[Widget]:
        yield Static(texts.H_ANSWERS, classes="results-heading")
        for entry in self.outcome.transcript:
            if entry.kind == "question":
                yield Static(f"{entry.text}\n  → {entry.answer_text}", classes="transcript-entry", markup=False)

    # --- actions --------------------------------------------------------------------------------
    @on(RecordCard.Opened)
    def _open(self, event: RecordCard.Opened) -> None:
        as_host(self.app).open_record(event.record_id)

    def _summary(self) -> str | None:
        """The anonymised case summary (with the chosen municipality's services for its advice),
        for a flow with advice only."""
        run = self.run
        if run is None or "advice" not in run.sections:
            return None
        cached = getattr(self, "_summary_of", None)  # check_action asks on every key: build once per result
        if cached is None or cached[0] is not run:
            from adviseur.session.local import summary_with_local

            cached = self._summary_of = (run, summary_with_local(run))
        return cached[1]

    def action_copy_summary(self) -> None:
        """Copy with the system's clipboard tool when there is one; otherwise the terminal's own
        clipboard, which never confirms, so the message says 'gestuurd' (see tui.clipboard)."""
        from adviseur.tui.clipboard import clipboard_tool, copy_text

        summary = self._summary()
        if summary is None:
            self.notify(texts.NO_SUMMARY, timeout=5)
            return
        web = self.app.is_web
        result = copy_text(summary, self.app.copy_to_clipboard, web=web, tool=None if web else clipboard_tool())
        self.notify(result.message, title=texts.COPIED_TITLE if result.confirmed else texts.SENT_TITLE, timeout=8)

    def action_export(self) -> None:
        """Markdown and HTML in the export folder (`locations.export_dir`: ~/Documents/Adviseur
        unless ADVISEUR_EXPORT_DIR says otherwise); each file is named with its whole path."""
        from adviseur.reports import ReportError
        from adviseur.session.report import export_path, export_reports

        if self.run is None:
            return
        try:
            paths, report = export_reports(self.run, export_path(self.outcome.flow_id))
        except ReportError as exc:
            self.notify(str(exc), title=texts.SAVE_FAILED, severity="error", timeout=10)
            return
        written = [str(path) for path in paths]
        if report.private:
            written.append(texts.PRIVATE_REPORT)
        self.notify("\n".join(written), title=texts.SAVED_TITLE, timeout=20)

    def action_save_scan(self) -> None:
        """Keep a finished scan under its municipality or team, so next year's can be compared."""
        if self.saved:
            self.notify(texts.ALREADY_SAVED.format(label=self.label), timeout=5)
            return
        if not self._can_save() or self.label is None:
            self.notify(texts.CANNOT_SAVE, timeout=5)
            return
        from adviseur.session.scans import save_scan
        from adviseur.store import StoreError

        try:
            record = save_scan(self.outcome, self.label, casework=self.outcome.casework)
        except StoreError as exc:
            self.notify(str(exc), title=texts.KEEP_FAILED, severity="error", timeout=10)
            return
        self.saved = True
        self.share_uid = record.uid
        self.refresh_bindings()  # 's' leaves the footer: pressing it again would keep a copy
        for hint in self.query("#save-hint").results(Static):
            hint.update(texts.SAVED_AS.format(label=self.label))
        self.notify(texts.SCAN_SAVED.format(label=self.label), title=texts.SCAN_SAVED_TITLE, timeout=6)

    def action_share(self) -> None:
        """The scan as one file to send (a partner to the coordinator, a municipality to the
        region), after asking who filled it in; in a browser it is a download."""
        from adviseur.tui.scan_files import share_outcome

        if self.label is not None and self._can_share():
            share_outcome(self, self.outcome, self.label, self.share_uid)

    def action_home(self) -> None:
        from adviseur.tui.screens.start import StartScreen

        while not isinstance(self.app.screen, StartScreen) and len(self.app.screen_stack) > 1:
            self.app.pop_screen()


MARKS = MARK_WORDS
"""An option's mark in words, as the room report writes it."""


def _option_line(option: QuizOption) -> str:
    """'☑ Vroeg Eropaf — goed: …' — chosen or not as a box, the mark in words (readable without colour)."""
    box = "☑" if option.chosen else "☐"
    mark = MARKS.get(option.correct, "")
    line = f"{box} {option.label}" + (f" — *{mark}*" if mark else "")
    explanation = without_verdict(option.explanation, mark) if option.explanation else ""
    return line + (f": {explanation}" if explanation and (option.chosen or option.correct is True) else "")
