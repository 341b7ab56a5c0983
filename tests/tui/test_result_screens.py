"""Result screens read at a glance: opened straight on a finished outcome (no interview to drive),
with Textual's Pilot pressing keys and reading what is on screen."""

from __future__ import annotations

from adviseur.session import save_scan
from adviseur.store import Store
from adviseur.tui.app import AdviseurApp
from adviseur.tui.screens.results import ResultsScreen
from tests.reports.helpers import scenario
from tests.tui.conftest import screen_text


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
