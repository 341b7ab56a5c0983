"""The user journeys of the TUI, driven by keyboard with Textual's Pilot.

One journey types a whole interview by keyboard, from the start menu to the advice
(`test_signal_interview_by_keyboard_shows_advice_with_badges`). The others start where their
subject starts: a conversation prepared headlessly up to its last questions, or a finished outcome
on the results screen, in a small host app (`tests/tui/host.py`), and press keys from there.
"""

from __future__ import annotations

from pathlib import Path

from adviseur.tui.screens.chat import ChatScreen
from adviseur.tui.screens.detail import DetailScreen
from adviseur.tui.screens.results import ResultsScreen
from adviseur.tui.screens.search import SearchScreen
from adviseur.tui.screens.start import StartScreen
from adviseur.tui.widgets.evidence_badge import EvidenceBadge
from adviseur.tui.widgets.record_card import RecordCard
from tests.reports.helpers import program, scenario
from tests.tui.conftest import answer, run_answers, screen_text, wait_for
from tests.tui.host import HostApp, engine_at

RENT_ARREARS = {
    "acuut": ["geen"],
    "woonsituatie": "sociale-huur",
    "achterstand": "deurwaarder",
    "overlast": False,
    "eerder_dakloos": False,
    "geldzorgen": ["schulden"],
    "gezondheid": ["stress"],
    "hulp": "ja",
    "relaties": ["klein-netwerk"],
    "dagbesteding": ["in-orde"],
    "uitstroom": "nee",
    "leeftijd": "27-65",
    "huishouden": "eenouder",
    "groep": ["geen"],
    "eigen_woorden": "",
}


def _finished(flow: str, answers: dict):
    """The program and the outcome of `flow` answered headlessly (what the app's engine gives)."""
    from adviseur.flows.authoring.scenarios import run_answers as run_headless

    loaded = program(flow)
    engine, _notes = run_headless(loaded, answers)
    assert engine.finished
    return loaded, engine.outcome()


def _last_questions(services, flow: str, answers: dict, question: str) -> HostApp:
    """The conversation of `flow` in a host app, answered headlessly up to `question`."""
    return HostApp(ChatScreen(engine_at(program(flow), answers, question)), services)


async def _start_signalen(pilot) -> ChatScreen:
    await pilot.pause()
    assert isinstance(pilot.app.screen, StartScreen)
    await pilot.press("enter")  # first way in: Signalen van een inwoner doorlopen
    await pilot.pause()
    assert isinstance(pilot.app.screen, ChatScreen)
    return pilot.app.screen


async def test_signal_interview_by_keyboard_shows_advice_with_badges(app) -> None:
    async with app.run_test(size=(100, 40)) as pilot:
        await _start_signalen(pilot)
        await run_answers(pilot, RENT_ARREARS)
        await pilot.pause()
        results = app.screen
        assert isinstance(results, ResultsScreen)
        cards = list(results.query(RecordCard))
        assert len(cards) >= 3
        titles = [c.record.title for c in cards]
        assert "Vroeg Eropaf" in titles
        badges = [str(b.render()) for b in results.query(EvidenceBadge)]
        assert badges and all(
            any(word in b for word in ("Effectief", "Kansrijk", "Erkend", "Inspirerend", "Niet vermeld")) for b in badges
        )
        text = screen_text(app)
        assert "omdat je aangaf" in text
        # the rent arrears with a bailiff is urgent enough to show safety steps, then the plan
        assert text.index("Veiligheid eerst") < text.index("Eerst doen") < text.index("Landelijke informatie")
        assert titles[0] == "1. Vroeg Eropaf" or cards[0].record.id == "vroeg-eropaf"
        assert not any(c.record.id == "housing-first" for c in cards)  # she has a home


async def test_description_suggests_signals_and_why_not_explains_a_missing_record(services) -> None:
    answers = dict(RENT_ARREARS, relaties=["geen"], eigen_woorden="Ze voelt zich erg eenzaam, geen verslaving.")
    app = _last_questions(services, "signalen", answers, "eigen_woorden")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await run_answers(pilot, answers)  # the description, typed
        await pilot.pause()
        results = app.screen
        assert isinstance(results, ResultsScreen)
        text = screen_text(app)
        assert "In je beschrijving herken ik: eenzaamheid ('eenzaam')" in text
        assert "verslaving" not in text.split("In je beschrijving herken ik:", 1)[1].split("\n", 1)[0]
        assert not any("eenzaamheid" in c.record.signals for c in results.query(RecordCard))
        await pilot.press("b")  # confirm: loneliness now counts
        await wait_for(pilot, lambda: any("eenzaamheid" in c.record.signals for c in app.screen.query(RecordCard)))
        assert "bevestigd uit je beschrijving" in screen_text(app)
        app.open_record("housing-first")
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        notes = [str(n.message) for n in app._notifications]
        assert any(
            n.startswith("Niet geadviseerd: bedoeld voor mensen zonder woning; je gaf aan: Woonsituatie") for n in notes
        ), notes


async def test_back_and_change_an_answer_changes_the_advice(services) -> None:
    app = _last_questions(services, "signalen", RENT_ARREARS, "eigen_woorden")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        await run_answers(pilot, RENT_ARREARS)
        await pilot.pause()
        before = {c.record.id for c in app.screen.query(RecordCard)}
        await pilot.press("escape")  # back to the conversation
        await pilot.pause()
        assert app.screen is chat
        chat.action_change()
        await pilot.pause()
        # the change dialog lists every answer; pick 'uitstroom'
        dialog = app.screen
        keys = [o.id for o in dialog.query_one("OptionList")._options]
        target = keys.index("uitstroom")
        await pilot.press(*(["up"] * (len(keys) - 1 - target)), "enter")
        await pilot.pause()
        assert chat.engine.current.question == "uitstroom"
        await answer(pilot, "detentie")  # an adult leaving prison (youth care would not fit 27-65)
        # a new question appears on the path (time until leaving), then the rest is kept
        assert chat.engine.current.question == "uitstroom_termijn"
        await run_answers(pilot, {"uitstroom_termijn": "binnen-maand", "woonplek_na_vertrek": False})
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        after = {c.record.id for c in app.screen.query(RecordCard)}
        assert after != before
        assert "critical-time-intervention" in after
        assert after - before >= {"humanitas-maatjes"}  # help after detention is new


async def test_back_key_reviews_previous_question(app) -> None:
    async with app.run_test(size=(100, 40)) as pilot:
        chat = await _start_signalen(pilot)
        await answer(pilot, ["geen"])
        await answer(pilot, "sociale-huur")
        assert chat.engine.current.question == "achterstand"
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert chat.engine.current.question == "woonsituatie"
        assert chat.engine.current.reviewing
        await answer(pilot, "bankslapen")  # another branch: no arrears question
        assert chat.engine.current.question == "eerder_dakloos"
        assert "achterstand" not in chat.engine.outcome().answers


async def test_search_with_typo_and_open_detail(app) -> None:
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*list("housing frist"))
        results = app.screen.query_one("#results")
        await wait_for(pilot, lambda: results.option_count > 0)
        assert results.get_option_at_index(0).id == "housing-first"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        text = screen_text(app)
        assert "Housing First" in text
        assert "Wat betekent dit bewijsniveau?" in app.screen.query_one("#detail-markdown")._markdown


async def test_quit_in_the_middle_and_resume(services, _isolated_data_dir: Path) -> None:
    from adviseur.tui.app import AdviseurApp

    first = AdviseurApp(services=services)
    async with first.run_test(size=(100, 40)) as pilot:
        chat = await _start_signalen(pilot)
        await answer(pilot, ["geen"])
        await answer(pilot, "sociale-huur")
        await answer(pilot, "meerdere-maanden")
        assert chat.engine.current.question == "overlast"
        await pilot.press("ctrl+q")
    second = AdviseurApp(services=services)
    async with second.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        menu = second.screen.query_one("#ways-in")
        first_option = menu.get_option_at_index(0)
        assert first_option.id.startswith("resume:")
        assert "Verder waar je was" in str(first_option.prompt)
        await pilot.press("enter")
        await pilot.pause()
        chat = second.screen
        assert isinstance(chat, ChatScreen)
        assert chat.engine.current.question == "overlast"
        assert chat.engine.answers["achterstand"] == "meerdere-maanden"


async def test_corrupted_session_file_gives_a_message_not_a_crash(app, _isolated_data_dir: Path) -> None:
    sessions = _isolated_data_dir / "sessions"
    sessions.mkdir(parents=True, exist_ok=True)
    (sessions / "0123456789abcdef.json").write_text('{"format": 1, "kind": "sess', encoding="utf-8")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        notes = [n.message for n in app._notifications]
        assert any("apart gezet" in n for n in notes)
        assert not (sessions / "0123456789abcdef.json").exists()
        # the app still works: start the interview
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen)


async def test_small_terminal_still_shows_the_current_question(app) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        chat = await _start_signalen(pilot)
        await answer(pilot, ["geen"])
        await answer(pilot, "sociale-huur")
        await pilot.pause()
        question = chat.query(".question").last()
        assert question.region.height > 0 and question.region.y < 24
        choices = chat.query_one("#choice-list")
        assert choices.region.height > 0 and choices.region.bottom <= 24
        assert choices.has_focus


async def test_acute_danger_shows_what_to_do_first(app) -> None:
    async with app.run_test(size=(100, 40)) as pilot:
        chat = await _start_signalen(pilot)
        await answer(pilot, ["huiselijk-geweld"])
        await pilot.pause()
        urgent = [b for b in chat.query(".urgent")]
        assert urgent, "no urgent message shown"
        text = screen_text(app)
        assert "112" in text and "Veilig Thuis" in text
        assert chat.engine.current.question == "woonsituatie"  # the interview goes on after it


async def test_command_palette_finds_records_and_flows(app) -> None:
    from textual.command import CommandPalette

    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*list("wrap"))
        await wait_for(pilot, lambda: app.screen.query("CommandList") and app.screen.query_one("CommandList").option_count > 0)
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, DetailScreen))
        assert app.screen.record_id == "wellness-recovery-action-planning"


async def test_help_explains_keys_levels_and_privacy(app) -> None:
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause(0.3)
        await pilot.press("question_mark")
        await pilot.pause()
        text = app.screen.query_one("Markdown")._markdown
        assert "ctrl+b" in text and "Bewijsniveaus" in text and "Privacy" in text
        assert "Inspirerend" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)


def _scenario_answers(flow: str, name: str) -> dict:
    import yaml

    from adviseur.locations import flows_dir

    path = flows_dir() / "scenarios" / flow / f"{name}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["answers"]


async def test_the_selfscan_starts_from_the_menu_by_keyboard(app) -> None:
    async with app.run_test(size=(110, 45)) as pilot:
        await pilot.pause()
        menu = pilot.app.screen.query_one("#ways-in")
        ids = [menu.get_option_at_index(i).id for i in range(menu.option_count)]
        await pilot.press(*(["down"] * ids.index("flow:zelfscan")), "enter")
        await pilot.pause()
        chat = app.screen
        assert isinstance(chat, ChatScreen) and chat.engine.program.flow.id == "zelfscan"
        first = chat.engine.current.question
        await answer(pilot, _scenario_answers("zelfscan", "zwak")[first])
        assert chat.engine.answers[first] == "Gemeente Beginstad"
        assert chat.engine.current.question != first


async def test_selfscan_shows_chart_and_compares_with_a_saved_scan(services) -> None:
    """The scan's last questions by keyboard, its chart, 's' to keep it; a year later another scan
    of the same municipality is compared with it (that one opened on its finished outcome)."""
    from adviseur.tui.widgets.score_chart import ScoreChart

    weak = _scenario_answers("zelfscan", "zwak")
    app = _last_questions(services, "zelfscan", weak, "wonen_uitstroom")
    async with app.run_test(size=(110, 45)) as pilot:
        await pilot.pause()
        await run_answers(pilot, weak)
        await pilot.pause()
        results = app.screen
        assert isinstance(results, ResultsScreen)
        chart = str(results.query_one(ScoreChart).render())
        assert "█" in chart and "%" in chart
        assert "beginnend" in chart.lower()
        assert "Nog geen eerdere scan" in screen_text(app)
        await pilot.press("s")  # keep this scan for next year
        await pilot.pause()
        assert results.saved
    later = _scenario_answers("zelfscan", "middelmatig")
    later["gemeente"] = weak["gemeente"]
    scan, outcome = _finished("zelfscan", later)
    app = HostApp(ResultsScreen(outcome, scan), services)
    async with app.run_test(size=(110, 45)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Vergeleken met de scan van" in text
        assert "procentpunt" in text


async def test_training_quiz_gives_feedback_and_a_full_review(services) -> None:
    from adviseur.tui.app import AdviseurApp

    answers = _scenario_answers("training-bewijsniveaus", "gemengd")
    app = AdviseurApp(services=services)
    async with app.run_test(size=(110, 45)) as pilot:
        await pilot.pause()
        app.start_flow("training-bewijsniveaus")
        await pilot.pause()
        chat = app.screen
        first = chat.engine.current.question
        await answer(pilot, answers[first])
        feedback = [b.markdown_text for b in chat.query(".bubble") if any(c.startswith("feedback-") for c in b.classes)]
        assert feedback and any(word in feedback[-1].lower() for word in ("goed", "deels", "niet goed"))
    quiz, outcome = scenario("training-bewijsniveaus", "gemengd")
    app = HostApp(ResultsScreen(outcome, quiz), services)
    async with app.run_test(size=(110, 45)) as pilot:
        await pilot.pause()
        results = app.screen
        assert isinstance(results, ResultsScreen)
        review = [b.markdown_text for b in results.query(".bubble") if "Jouw antwoord" in b.markdown_text]
        assert len(review) == len(results.outcome.quiz) >= 10
        # every question shows each answer with a box and its mark, the right one explained
        assert all("☑" in r and ("— *goed*" in r) for r in review)
        assert any("*niet goed*" in r for r in review)
        assert "Terugblik — score" in screen_text(app)


async def test_ctrl_c_in_a_flow_explains_in_dutch_and_loses_nothing(app, _isolated_data_dir: Path) -> None:
    async with app.run_test(size=(100, 40)) as pilot:
        chat = await _start_signalen(pilot)
        await answer(pilot, ["geen"])
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.is_running and app.screen is chat
        notes = [n.message for n in app._notifications]
        assert any("ctrl+q" in n and "bewaard" in n for n in notes)
        saved = list((_isolated_data_dir / "sessions").glob("*.json"))
        assert len(saved) == 1 and '"acuut"' in saved[0].read_text(encoding="utf-8")


async def test_results_open_at_the_top_with_safety_in_view_at_80x24(services) -> None:
    """The first card has focus, but the safety steps above it are what a professional reads first."""
    homeless = dict(RENT_ARREARS, woonsituatie="geen-woonplek", eerder_dakloos=True, gezondheid=["verslaving"], hulp="mijdt")
    for key in ("achterstand", "overlast"):
        homeless.pop(key)
    casework, outcome = _finished("signalen", homeless)
    app = HostApp(ResultsScreen(outcome, casework), services)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        results = app.screen
        assert isinstance(results, ResultsScreen)
        await wait_for(pilot, lambda: results.query_one("#results").scroll_y == 0)
        visible = [str(w.render()) for w in results.query("*") if hasattr(w, "render") and w.region.y < 24 and w.region.height]
        assert any("Veiligheid eerst" in v for v in visible)
        steps = screen_text(app).split("Veiligheid eerst", 1)[1].split("Eerst doen", 1)[0]
        assert "slaapplek voor vannacht" in steps and "Stadsteam Back-Up" not in steps  # no regional team as a first step
