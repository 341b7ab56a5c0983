"""Results of a flow: advice cards by life domain, scores with bands, gaps with leads, quiz review.

What is shown follows the flow's result step (`show: [advice, scores, gaps, quiz, transcript]`);
the screen only lays out what the core computed.
"""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from adviseur.flows.advice_bridge import AdviceResult
from adviseur.flows.outcome import FlowOutcome
from adviseur.flows.runtime import Program, format_number
from adviseur.tui.widgets.bubbles import BotBubble
from adviseur.tui.widgets.record_card import RecordCard
from adviseur.tui.widgets.score_chart import ScoreChart

if TYPE_CHECKING:
    from adviseur.reports.model import AnswerChange


class ResultsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Terug naar gesprek", id="back"),
        Binding("c", "copy_summary", "Kopieer samenvatting", id="copy"),
        Binding("e", "export", "Rapport opslaan", id="export"),
        Binding("s", "save_scan", "Scan bewaren", id="save"),
        Binding("h", "home", "Naar start", id="home"),
        Binding("b", "confirm_suggestions", "Bevestig herkende signalen", id="confirm"),
    ]

    def __init__(self, outcome: FlowOutcome, program: Program | None = None) -> None:
        super().__init__()
        self.outcome = outcome
        self.program = program
        self.case: AdviceResult | None = None
        self.confirmed: list[str] = []
        self.shows = sorted({s for r in outcome.results for s in r.show}) or ["transcript"]
        self.label = _scan_label(outcome, program)
        """For scored flows: the municipality or team the scan is about (to save and compare)."""

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="results"):
            yield from self._compose_sections()
        yield Footer()

    def on_mount(self) -> None:
        self.title = self.outcome.flow_title
        self.sub_title = "resultaat"
        cards = self.query(RecordCard)
        (cards.first() if cards else self.query_one("#results")).focus(scroll_visible=False)
        # open at the top: the safety steps above the first card must be the first thing read
        self.call_after_refresh(self.query_one("#results").scroll_home, animate=False)

    @property
    def services(self):
        return self.app.services  # type: ignore[attr-defined]

    def _compose_sections(self) -> ComposeResult:
        for view in self.outcome.results:
            if view.title:
                yield Static(view.title, classes="results-title")
            if view.text:
                yield BotBubble(view.text)
        if "advice" in self.shows:
            yield from self._advice_section()
        if "scores" in self.shows:
            yield from self._scores_section()
            yield from self._comparison_section()
        if "gaps" in self.shows:
            yield from self._gaps_section()
        if "quiz" in self.shows:
            yield from self._quiz_section()
        if "transcript" in self.shows:
            yield from self._transcript_section()

    def _advice_section(self) -> ComposeResult:
        """Safety first, then the plan, the rest by life domain and the national resources, in
        the order the CLI, the case summary and the reports show (Advice.sections)."""
        from adviseur.flows.advice_bridge import advise

        self.case = case = advise(self.outcome, kb=self.services.kb, confirmed=self.confirmed)
        self.services.case = case
        advice = case.advice
        steps = case.safety
        if steps:
            yield Static("Veiligheid eerst", classes="results-heading urgent")
            for step in steps:
                yield BotBubble(step.line, urgent=step.acute)
        if advice.suggestions:
            found = "; ".join(f"{f.label.lower()} ('{f.words}')" for f in advice.suggestions)
            yield BotBubble(
                f"In je beschrijving herken ik: {found}. Dat telt pas mee als je het bevestigt: druk op **b**.",
                classes="suggestions",
            )
        if not advice.all:
            yield BotBubble("Uit je antwoorden komen geen risicosignalen naar voren. Zoek met `/` als je iets specifieks zoekt.")
            return
        for section in advice.sections():
            yield Static(section.title, classes="results-heading" if section.key in ("plan", "landelijk") else "results-domain")
            for number, rec in enumerate(section.items, start=1):
                yield RecordCard.for_recommendation(rec, number=number if section.numbered else None)
        if advice.ruled_out:
            yield Static(
                f"{len(advice.ruled_out)} records passen bij de signalen maar niet bij deze situatie. "
                "Open een record (zoek met /) en druk op w voor 'waarom niet?'.",
                classes="band-explanation",
                markup=False,
            )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """'b' is offered only while the description holds signals to confirm, 's' only for a scan
        with a name to keep it under."""
        if action == "confirm_suggestions":
            return self.case is not None and bool(self.case.advice.suggestions)
        if action == "save_scan":
            return "scores" in self.shows and bool(self.label)
        return True

    def action_confirm_suggestions(self) -> None:
        """Count the signals found in the description, as the professional confirms them."""
        if self.case is None or not self.case.advice.suggestions:
            self.notify("Er zijn geen herkende signalen om te bevestigen.", timeout=4)
            return
        self.confirmed = [*self.confirmed, *(f.id for f in self.case.advice.suggestions)]
        self.refresh(recompose=True)
        self.notify("De herkende signalen tellen nu mee in het advies.", title="Bevestigd", timeout=5)

    def _scores_section(self) -> ComposeResult:
        scores = [s for s in self.outcome.scores.values() if s.kind != "quiz"]
        if not scores:
            return
        yield Static("Scores", classes="results-heading")
        yield ScoreChart(scores, id="score-chart")
        for score in scores:
            if score.band is not None and score.band.explanation:
                yield Static(f"{score.label} — {score.band.label}: {score.band.explanation}", classes="band-explanation", markup=False)

    def _comparison_section(self) -> ComposeResult:
        """How this scan compares with the last saved one for the same municipality or team."""
        comparison = self.comparison
        if comparison is None:
            if self.label:
                yield Static(
                    f"Nog geen eerdere scan van '{self.label}' bewaard. Druk op s om deze scan te bewaren.",
                    classes="band-explanation",
                    markup=False,
                )
            return
        from adviseur.reports.texts import BETTER, CHANGE_COUNTS, OTHER_CHANGES, WORSE

        yield Static(f"Vergeleken met de scan van {comparison.earlier_date or 'eerder'}", classes="results-heading")
        worse, better, same = len(comparison.worse), len(comparison.better), len(comparison.unchanged)
        yield Static(CHANGE_COUNTS.format(worse=worse, better=better, unchanged=same), classes="comparison-counts", markup=False)
        # a step back first, in the warning colour: it must not be missed by someone reading for progress
        if comparison.worse:
            yield Static(f"{WORSE} ({len(comparison.worse)})", classes="results-heading urgent", id="comparison-worse")
            for change in comparison.worse:
                yield Static(f"▼ {_move(change)}", classes="comparison-worse", markup=False)
        for row in comparison.rows:
            if row.before is None or row.after is None:
                continue
            change = f"{row.delta:+.0f} procentpunt" if row.delta is not None else ""
            band = f" ({row.before_band} → {row.after_band})" if row.before_band != row.after_band else ""
            mark = "▼ " if row.delta is not None and row.delta < 0 else ""
            yield Static(f"{mark}{row.label}: {row.before:.0f}% → {row.after:.0f}% {change}{band}", classes="transcript-entry", markup=False)
        if comparison.better:
            yield Static(f"{BETTER} ({len(comparison.better)})", classes="results-domain")
            for change in comparison.better:
                yield Static(f"▲ {_move(change)}", classes="comparison-better", markup=False)
        if comparison.other_changes:
            yield Static(OTHER_CHANGES, classes="results-domain")
            for change in comparison.other_changes:
                yield Static(f"• {_move(change)}", markup=False)

    @cached_property
    def comparison(self):
        """Looked up once, when the results open: after 's' the latest saved scan is this one,
        and a report must still compare with the scan before it."""
        if not self.label or not self.outcome.finished:
            return None
        from adviseur.reports import compare_with_record, previous_scan

        earlier = previous_scan(self.outcome.flow_id, self.label)
        if earlier is None:
            return None
        return compare_with_record(earlier, self.outcome, label=self.label, program=self.program)

    def _gaps_section(self) -> ComposeResult:
        if not self.outcome.gaps:
            return
        kb = self.services.kb
        yield Static("Verbeterpunten en aanknopingspunten", classes="results-heading")
        for gap in self.outcome.gaps:
            yield Static(f"▸ {gap.text}", classes="gap-text", markup=False)
            for lead in gap.leads:
                if lead in kb.by_id:
                    yield RecordCard(kb.by_id[lead])

    def _quiz_section(self) -> ComposeResult:
        if not self.outcome.quiz:
            return
        score = self.outcome.quiz_score
        heading = "Terugblik"
        if score is not None and score.percent is not None:
            heading += f" — score {format_number(score.points)} van {format_number(score.maximum)} ({score.percent:.0f}%)"
        yield Static(heading, classes="results-heading")
        for fb in self.outcome.quiz:
            lines = [f"**{fb.text}**", f"Jouw antwoord: {', '.join(fb.given) or '—'} · **{fb.verdict_label}**"]
            if fb.options:
                for option in fb.options:
                    lines.append(_option_line(option))
            else:
                lines.append(f"Goed antwoord: {', '.join(fb.correct) or '—'}")
                lines += [f"*{e}*" for e in fb.explanations]
            verdict_class = {"goed": "correct", "deels": "partial"}.get(fb.verdict, "wrong")
            yield BotBubble("\n\n".join(lines), classes=f"feedback-{verdict_class}")

    def _transcript_section(self) -> ComposeResult:
        yield Static("Antwoorden", classes="results-heading")
        for entry in self.outcome.transcript:
            if entry.kind == "question":
                yield Static(f"{entry.text}\n  → {entry.answer_text}", classes="transcript-entry", markup=False)

    # --- actions --------------------------------------------------------------------------------
    @on(RecordCard.Opened)
    def _open(self, event: RecordCard.Opened) -> None:
        self.app.open_record(event.record_id)  # type: ignore[attr-defined]

    def action_copy_summary(self) -> None:
        if self.case is None:
            self.notify("Voor deze flow is er geen casussamenvatting; gebruik 'e' voor een rapport.", timeout=5)
            return
        summary = self.case.summary_markdown()
        self.app.copy_to_clipboard(summary)
        self.notify("De geanonimiseerde samenvatting staat op het klembord.", title="Gekopieerd", timeout=5)

    def action_export(self) -> None:
        """Markdown and HTML next to where the app was started; the path is shown."""
        from adviseur.reports import ReportError, build_report, wants_advice, write_report

        kb = self.services.kb
        advice = self.case.advice if self.case is not None and wants_advice(self.outcome) else None
        report = build_report(
            self.outcome,
            self.program,
            kb,
            advice=advice,
            comparison=self.comparison if "scores" in self.shows else None,
            subject=self.label,
        )
        base = _export_path(self.outcome.flow_id)
        written = []
        try:
            for suffix in (".md", ".html"):
                write_report(base.with_suffix(suffix), report)
                written.append(str(base.with_suffix(suffix)))
        except ReportError as exc:
            self.notify(str(exc), title="Opslaan mislukt", severity="error", timeout=10)
            return
        if report.private:
            written.append("Alleen voor jou leesbaar: het gaat over een casus.")
        self.notify("\n".join(written), title="Rapport opgeslagen", timeout=10)

    def action_save_scan(self) -> None:
        """Keep a finished scan under its municipality or team, so next year's can be compared."""
        if "scores" not in self.shows or not self.label:
            self.notify("Alleen een scan met een naam (gemeente of team) kan worden bewaard.", timeout=5)
            return
        from adviseur.reports import save_scan
        from adviseur.store import StoreError

        try:
            save_scan(self.outcome, self.label)
        except StoreError as exc:
            self.notify(str(exc), title="Bewaren mislukt", severity="error", timeout=10)
            return
        self.notify(f"Scan van '{self.label}' bewaard; een volgende scan wordt ermee vergeleken.", title="Bewaard", timeout=6)

    def action_home(self) -> None:
        from adviseur.tui.screens.start import StartScreen

        while not isinstance(self.app.screen, StartScreen) and len(self.app.screen_stack) > 1:
            self.app.pop_screen()


MARKS = {True: "goed", "partial": "deels goed", False: "niet goed", None: ""}


def _move(change: AnswerChange) -> str:
    from adviseur.reports.texts import ANSWER_MOVE

    return ANSWER_MOVE.format(question=change.question, before=change.before, after=change.after)


def _option_line(option) -> str:
    """'☑ Vroeg Eropaf — goed: …' — chosen or not as a box, the mark in words (readable without colour)."""
    box = "☑" if option.chosen else "☐"
    mark = MARKS.get(option.correct, "")
    line = f"{box} {option.label}" + (f" — *{mark}*" if mark else "")
    return line + (f": {option.explanation}" if option.explanation and (option.chosen or option.correct is True) else "")


def _export_path(flow_id: str) -> Path:
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
    return Path.cwd() / f"adviseur-{flow_id}-{stamp}"


def _scan_label(outcome: FlowOutcome, program: Program | None) -> str | None:
    """The first short, non-sensitive free-text answer of a scored flow (the municipality or team)."""
    if not outcome.scores or program is None:
        return None
    for entry in outcome.transcript:
        question = program.nodes[entry.node].question if entry.kind == "question" else None
        if question is not None and question.kind == "text" and isinstance(entry.answer, str) and not entry.sensitive:
            text = entry.answer.strip()
            if text and len(text) <= 80:
                return text
    return None
