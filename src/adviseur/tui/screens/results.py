"""Results of a flow: advice cards by life domain, scores with bands, gaps with leads, quiz review.

What is shown follows the flow's result step (`show: [advice, scores, gaps, quiz, transcript]`);
the screen only lays out what the core computed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from adviseur.advice import Advice, case_summary_markdown, profile_from_outcome, recommend
from adviseur.advice.recommend import DOMAIN_LABELS
from adviseur.flows.outcome import FlowOutcome
from adviseur.tui.widgets.bubbles import BotBubble
from adviseur.tui.widgets.record_card import RecordCard
from adviseur.tui.widgets.score_chart import ScoreChart


class ResultsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Terug naar gesprek", id="back"),
        Binding("c", "copy_summary", "Kopieer samenvatting", id="copy"),
        Binding("e", "export", "Rapport opslaan", id="export"),
        Binding("h", "home", "Naar start", id="home"),
    ]

    def __init__(self, outcome: FlowOutcome) -> None:
        super().__init__()
        self.outcome = outcome
        self.advice: Advice | None = None
        self.shows = sorted({s for r in outcome.results for s in r.show}) or ["transcript"]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="results"):
            yield from self._compose_sections()
        yield Footer()

    def on_mount(self) -> None:
        self.title = self.outcome.flow_title
        self.sub_title = "resultaat"
        cards = self.query(RecordCard)
        (cards.first() if cards else self.query_one("#results")).focus()

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
        if "gaps" in self.shows:
            yield from self._gaps_section()
        if "quiz" in self.shows:
            yield from self._quiz_section()
        if "transcript" in self.shows:
            yield from self._transcript_section()

    def _advice_section(self) -> ComposeResult:
        kb = self.services.kb
        profile = profile_from_outcome(self.outcome, kb)
        self.advice = advice = recommend(profile, kb, self.services.index)
        self.profile = profile
        if advice.urgent:
            yield Static("Eerst doen", classes="results-heading urgent")
            for step in advice.urgent:
                names = ", ".join(r.title for r in step.resources)
                text = f"**{step.label}.** {step.first_steps}" + (f"\n\n*Zie ook:* {names}" if names else "")
                yield BotBubble(text, urgent=step.urgency == "acuut")
        if not advice.all:
            yield BotBubble("Uit je antwoorden komen geen risicosignalen naar voren. Zoek met `/` als je iets specifieks zoekt.")
            return
        yield Static("Interventies, per leefgebied", classes="results-heading")
        for domain, recs in advice.by_domain().items():
            yield Static(DOMAIN_LABELS.get(domain, domain), classes="results-domain")
            for rec in recs:
                yield RecordCard.for_recommendation(rec)
        if advice.practice_examples:
            yield Static("Praktijkvoorbeelden", classes="results-heading")
            for rec in advice.practice_examples:
                yield RecordCard.for_recommendation(rec)
        if advice.national_resources:
            yield Static("Landelijke informatie", classes="results-heading")
            for rec in advice.national_resources:
                yield RecordCard.for_recommendation(rec)

    def _scores_section(self) -> ComposeResult:
        scores = [s for s in self.outcome.scores.values() if s.kind != "quiz"]
        if not scores:
            return
        yield Static("Scores", classes="results-heading")
        yield ScoreChart(scores, id="score-chart")
        for score in scores:
            if score.band is not None and score.band.explanation:
                yield Static(f"{score.label} — {score.band.label}: {score.band.explanation}", classes="band-explanation", markup=False)

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
            heading += f" — score {score.points:g} van {score.maximum:g} ({score.percent:.0f}%)"
        yield Static(heading, classes="results-heading")
        for fb in self.outcome.quiz:
            lines = [
                f"**{fb.text}**",
                f"Jouw antwoord: {', '.join(fb.given) or '—'} · **{fb.verdict_label}**",
                f"Goed antwoord: {', '.join(fb.correct) or '—'}",
            ]
            lines += [f"*{e}*" for e in fb.explanations]
            yield BotBubble("\n\n".join(lines), classes=f"feedback-{ {'goed': 'correct', 'deels': 'partial'}.get(fb.verdict, 'wrong') }")

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
        if self.advice is None:
            self.notify("Voor deze flow is er geen casussamenvatting; gebruik 'e' voor een rapport.", timeout=5)
            return
        summary = case_summary_markdown(self.profile, self.advice, self.services.kb)
        self.app.copy_to_clipboard(summary)
        self.notify("De geanonimiseerde samenvatting staat op het klembord.", title="Gekopieerd", timeout=5)

    def action_export(self) -> None:
        path = _export_path(self.outcome.flow_id)
        try:
            written = _write_report(self.outcome, path, self)
        except OSError as exc:
            self.notify(f"Opslaan is niet gelukt: {exc}", severity="error", timeout=10)
            return
        self.notify("\n".join(str(p) for p in written), title="Rapport opgeslagen", timeout=10)

    def action_home(self) -> None:
        from adviseur.tui.screens.start import StartScreen

        while not isinstance(self.app.screen, StartScreen) and len(self.app.screen_stack) > 1:
            self.app.pop_screen()


def _export_path(flow_id: str) -> Path:
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
    return Path.cwd() / f"adviseur-{flow_id}-{stamp}"


def _write_report(outcome: FlowOutcome, base: Path, screen: ResultsScreen) -> list[Path]:
    """Markdown and HTML through the reports package; the case summary for casework."""
    from adviseur.store.files import write_private_text

    written: list[Path] = []
    try:
        from adviseur.reports import render_html, render_markdown
    except ImportError:
        render_html = render_markdown = None  # type: ignore[assignment]
    kb = screen.services.kb
    if render_markdown is not None:
        for suffix, render in ((".md", render_markdown), (".html", render_html)):
            path = base.with_suffix(suffix)
            write_private_text(path, render(outcome, kb))
            written.append(path)
    elif screen.advice is not None:
        path = base.with_suffix(".md")
        write_private_text(path, case_summary_markdown(screen.profile, screen.advice, kb))
        written.append(path)
    return written
