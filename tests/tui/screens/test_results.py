"""The score screen at a glance: a heading per level, the comparison as a chart of what changed,
each band explained once, and 'Stoppen' and 'Hulp' in the footer even at 80 columns."""

from __future__ import annotations

from textual.widgets import Static

from adviseur.session import save_scan
from adviseur.store import Store
from adviseur.tui.screens.results import ResultsScreen
from adviseur.tui.widgets.score_chart import ComparisonChart, ScoreChart
from tests.reports.helpers import scenario
from tests.tui.host import HostApp

LEVELS = ["Beleidscyclus en pijlers", "Routes", "Bouwstenen van de beleidscyclus", "Condities van de pijler bestaanscondities"]


def _label(outcome) -> str:
    return next(e.answer for e in outcome.transcript if e.node == "gemeente")


async def test_scores_are_listed_per_level_under_a_heading(services) -> None:
    program, outcome = scenario("zelfscan", "middelmatig")
    app = HostApp(ResultsScreen(outcome, program), services)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        headings = [str(s.render()) for s in screen.query(".score-level").results(Static)]
        assert headings == LEVELS
        charts = list(screen.query(ScoreChart))
        assert [b.label for b in charts[0].bars] == ["Totaal"]
        # the sections that count the same questions as their pillar are listed once, as pillars
        labels = [b.label for chart in charts for b in chart.bars]
        assert "Voorzorg" not in labels and "Pijler voorzorg: een thuis behouden" in labels
        meanings = [str(s.render()) for s in screen.query(".band-meaning").results(Static)]
        assert [m.split(":")[0] for m in meanings] == ["Beginnend", "Op weg", "Preventieproof"]  # once each, lowest first


async def test_a_comparison_charts_what_changed_and_hides_what_did_not(services) -> None:
    _, strong = scenario("zelfscan", "sterk")
    program, later = scenario("zelfscan", "middelmatig")
    save_scan(strong, _label(later), Store())
    app = HostApp(ResultsScreen(later, program), services)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        comparison = screen.comparison
        assert comparison is not None
        chart = screen.query_one(ComparisonChart)
        changed = [r for r in comparison.rows if r.before is not None and r.after is not None and r.delta]
        assert [b.label for b in chart.bars] == [r.label for r in changed] and changed
        assert all(b.before is not None for b in chart.bars)


async def test_a_comparison_with_the_same_answers_lists_no_score(services) -> None:
    program, outcome = scenario("zelfscan", "middelmatig")
    save_scan(outcome, _label(outcome), Store())
    app = HostApp(ResultsScreen(outcome, program), services)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.comparison is not None
        assert not list(screen.query(ComparisonChart))
        assert "scores zijn gelijk gebleven" in str(screen.query_one("#scores-unchanged", Static).render())


async def test_the_footer_shows_quit_and_help_first_at_80_columns(services) -> None:
    from adviseur.tui.app import AdviseurApp

    program, outcome = scenario("zelfscan", "middelmatig")
    app = AdviseurApp(services=services)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(ResultsScreen(outcome, program))
        await pilot.pause()
        keys = [k for k in app.screen.query("FooterKey") if k.region.width and k.region.right <= 80]
        assert [k.action for k in keys[:2]] == ["quit", "help"]
        assert len(keys) > 2  # and the screen's own keys after them


async def test_e_saves_the_report_in_the_export_folder_and_names_it_in_full(
    services, _isolated_export_dir, monkeypatch
) -> None:
    from pathlib import Path

    monkeypatch.chdir(Path(__file__).resolve().parents[3])  # started from the source checkout
    program, outcome = scenario("housing-first", "gemiddeld-team")
    app = HostApp(ResultsScreen(outcome, program), services)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        written = sorted(_isolated_export_dir.glob("adviseur-housing-first-*"))
        assert [p.suffix for p in written] == [".html", ".md"]
        assert not list(Path.cwd().glob("adviseur-housing-first-*"))  # nothing in the checkout
        (toast,) = [n for n in app._notifications if n.title == "Rapport opgeslagen"]
        assert all(str(path) in toast.message and path.is_absolute() for path in written)


def test_the_export_folder_is_the_documents_folder_unless_told(monkeypatch, tmp_path) -> None:
    from platformdirs import user_documents_path

    from adviseur.locations import export_dir

    monkeypatch.delenv("ADVISEUR_EXPORT_DIR")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Documenten"))
    assert export_dir() == user_documents_path() / "Adviseur" and export_dir().is_dir()
    monkeypatch.setenv("ADVISEUR_EXPORT_DIR", str(tmp_path / "rapporten"))
    assert export_dir() == tmp_path / "rapporten"


async def test_the_training_review_says_goed_once_and_lists_in_sentence_case(services) -> None:
    import re

    program, outcome = scenario("training-pijlers", "gemengd")
    app = HostApp(ResultsScreen(outcome, program), services)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        review = [b.markdown_text for b in app.screen.query(".bubble") if "Jouw antwoord" in b.markdown_text]
        assert review
        text = "\n".join(review)
        assert not re.search(r"(?i)\bgoed\*?:\s*goed\b", text) and not re.search(r"(?i)niet goed\*?:\s*niet goed", text)
        assert "Jouw antwoord: Gezondheid, wonen, inkomen" in text  # a list in sentence case
