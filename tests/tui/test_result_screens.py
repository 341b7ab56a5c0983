"""Result screens read at a glance: opened straight on a finished outcome (no interview to drive),
with Textual's Pilot pressing keys and reading what is on screen."""

from __future__ import annotations

import pytest

from adviseur.session import save_scan
from adviseur.store import Store
from adviseur.tui.app import AdviseurApp
from adviseur.tui.screens.results import ResultsScreen
from tests.reports.helpers import scenario
from tests.tui.conftest import screen_text, wait_for


async def _open(pilot, flow: str, name: str) -> ResultsScreen:
    program, outcome = scenario(flow, name)
    await pilot.pause()
    pilot.app.push_screen(ResultsScreen(outcome, program))
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ResultsScreen)
    return screen


async def test_a_step_back_shows_first_and_in_the_warning_colour(services) -> None:
    """'sterk' saved, then 'middelmatig' under the same name: answers fell, and the screen says so
    before any progress."""
    _, strong = scenario("zelfscan", "sterk")
    _, later = scenario("zelfscan", "middelmatig")
    label = next(e.answer for e in later.transcript if e.node == "gemeente")
    save_scan(strong, label, Store())
    app = AdviseurApp(services=services)
    async with app.run_test(size=(120, 40)) as pilot:
        results = await _open(pilot, "zelfscan", "middelmatig")
        comparison = results.comparison
        assert comparison is not None and comparison.worse and not comparison.better
        text = screen_text(app)
        heading = f"Achteruitgegaan ({len(comparison.worse)})"
        assert heading in text and "Vooruitgegaan" not in text and "opgelost" not in text
        assert text.index(heading) < text.index("Totaal:")  # before the score rows
        first = comparison.worse[0]
        assert f"▼ {first.question}: {first.before} → {first.after}" in text
        assert results.query_one("#comparison-worse").has_class("urgent")
        assert f"Antwoorden: {len(comparison.worse)} achteruit, 0 vooruit" in text


def test_a_practice_example_carries_its_place_wherever_a_card_names_it(kb) -> None:
    """'Praktijk: …' on a card and a card's title both say where the example comes from."""
    from adviseur.knowledge.present import title_with_place as with_place

    practice = next(r for r in kb.records if r.kind == "praktijkvoorbeeld" and r.place and r.place not in r.title)
    assert with_place(practice) == f"{practice.title} ({practice.place})"
    national = next(r for r in kb.records if r.kind == "landelijk")
    assert with_place(national) == national.title


# --- item 2: the scan's result at a glance ------------------------------------------------------


def _checklist(cause: str) -> tuple:
    """The checklist of 'kiezen-huurachterstand' with another cause (the causes map to signals)."""
    import yaml

    from adviseur.flows.authoring.scenarios import run_answers
    from adviseur.locations import flows_dir
    from tests.reports.helpers import program

    answers = yaml.safe_load((flows_dir() / "scenarios/vroeginterventie/kiezen-huurachterstand.yaml").read_text())["answers"]
    answers["oorzaak"] = cause
    checklist = program("vroeginterventie")
    engine, _ = run_answers(checklist, answers)
    assert engine.finished
    return checklist, engine.outcome()


async def test_the_selfscan_shows_what_to_improve_first_and_what_is_in_place(services) -> None:
    app = AdviseurApp(services=services)
    async with app.run_test(size=(120, 40)) as pilot:
        results = await _open(pilot, "zelfscan", "middelmatig")
        run = results.run
        assert run is not None and run.improve_first and run.strengths
        text = screen_text(app)
        first = run.improve_first[0]
        assert "Eerst verbeteren" in text and f"1. {first.label} — " in text
        assert "Wat al goed geregeld is (vasthouden)" in text
        for row in run.strengths:
            assert f"✓ {row.label}" in text
        # each band is explained once, not once per score in it
        explanations = {s.band.explanation for s in run.scores if s.band is not None and s.band.explanation}
        assert explanations and all(text.count(e) == 1 for e in explanations)


CASES = [("zelfscan", "middelmatig"), ("housing-first", "gemiddeld-team"), ("vroeginterventie", "kiezen-huurachterstand")]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize(("flow", "name"), CASES)
async def test_every_scan_result_opens_at_the_top_with_the_scores_in_view(services, flow: str, name: str, size) -> None:
    from adviseur.tui.widgets.score_chart import ScoreChart

    app = AdviseurApp(services=services)
    async with app.run_test(size=size) as pilot:
        results = await _open(pilot, flow, name)
        await wait_for(pilot, lambda: results.query_one("#results").scroll_y == 0)
        await pilot.pause(0.2)
        assert results.query_one("#results").scroll_y == 0
        chart = results.query_one(ScoreChart)
        assert 0 < chart.region.y < size[1] - 2, "the chart starts on the first screen"


# --- item 3: the checklist speaks to a project lead ---------------------------------------------


async def test_the_checklist_has_no_case_workers_first_step_and_its_action_list_comes_first(services) -> None:
    checklist, outcome = _checklist("huisuitzetting")  # the cause that maps to 'dreigende huisuitzetting'
    app = AdviseurApp(services=services)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.push_screen(ResultsScreen(outcome, checklist))
        await pilot.pause()
        text = screen_text(app)
        assert "Veiligheid eerst" not in text and "contact op met de verhuurder" not in text
        actions = text.index("Verbeterpunten en aanknopingspunten")
        assert text.index("Scores") < actions < text.index("Wat al goed geregeld is")
        plan = app.screen.run.advice.sections()[0].title  # type: ignore[attr-defined]
        assert actions < text.index(plan)


def test_only_casework_gets_the_first_steps_of_urgent_signals(kb) -> None:
    from adviseur.session.finish import finish
    from tests.reports.helpers import scenario as play

    checklist, outcome = _checklist("huisuitzetting")
    assert "dreigende-huisuitzetting" in outcome.signals
    assert finish(outcome, checklist, kb=kb).urgent == ()
    program, case = play("signalen", "ontruimingsvonnis-gezin")
    assert any("contact op met de verhuurder" in step.text for step in finish(case, program, kb=kb).urgent)


# --- item 4: 's' only where it works, and once ---------------------------------------------------


async def test_s_saves_a_scan_once_and_then_leaves_the_footer(services) -> None:
    from adviseur.session import previous_scan

    app = AdviseurApp(services=services)
    async with app.run_test(size=(120, 40)) as pilot:
        results = await _open(pilot, "zelfscan", "middelmatig")
        assert "s" in results.active_bindings and "c" not in results.active_bindings  # no case summary
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        label = results.label
        assert label and len(Store().list_results("zelfscan", label)) == 1
        assert previous_scan("zelfscan", label) is not None
        assert "s" not in results.active_bindings
        assert f"Bewaard als '{label}'" in screen_text(app)


@pytest.mark.parametrize(("flow", "name"), [("signalen", "ontruimingsvonnis-gezin"), ("training-pijlers", "gemengd")])
async def test_s_is_not_offered_where_there_is_no_scan_to_keep(services, flow: str, name: str) -> None:
    app = AdviseurApp(services=services)
    async with app.run_test(size=(120, 40)) as pilot:
        results = await _open(pilot, flow, name)
        assert "s" not in results.active_bindings
        await pilot.press("s")
        await pilot.pause()
        assert Store().list_results(flow) == []


# --- item 5: copying says what really happened ---------------------------------------------------


async def test_copy_without_a_clipboard_tool_says_the_summary_was_only_sent(services, monkeypatch) -> None:
    import adviseur.tui.clipboard as clipboard

    monkeypatch.setattr(clipboard, "clipboard_tool", lambda: None)
    app = AdviseurApp(services=services)
    async with app.run_test(size=(120, 40)) as pilot:
        results = await _open(pilot, "signalen", "ontruimingsvonnis-gezin")
        assert "c" in results.active_bindings
        await pilot.press("c")
        await pilot.pause()
        message = [n.message for n in app._notifications][-1]
        assert "gestuurd" in message and "Niet elke terminal" in message and "druk op e" in message
        assert results.run is not None and app.clipboard == results.run.summary_markdown()  # what was sent


async def test_copy_with_a_clipboard_tool_uses_it_and_says_so(services, monkeypatch) -> None:
    import adviseur.tui.clipboard as clipboard

    given: list[str] = []
    monkeypatch.setattr(clipboard, "clipboard_tool", lambda: ["/usr/bin/xclip", "-selection", "clipboard"])
    monkeypatch.setattr(clipboard, "run_tool", lambda command, text: given.append(text) or True)
    app = AdviseurApp(services=services)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(pilot, "signalen", "ontruimingsvonnis-gezin")
        await pilot.press("c")
        await pilot.pause()
        message = [n.message for n in app._notifications][-1]
        assert "staat op het klembord" in message and "xclip" in message
        assert len(given) == 1 and given[0].strip()
