"""A record's card links to the records it names: 'Zie ook' on the detail screen, 'Praktijk: …'
on an advice card. Each is reached with tab and opened with enter."""

from __future__ import annotations

from adviseur.tui.screens.detail import DetailScreen
from adviseur.tui.screens.results import ResultsScreen
from adviseur.tui.widgets.record_card import RecordCard, RecordLink
from tests.reports.helpers import scenario
from tests.tui.conftest import screen_text
from tests.tui.host import HostApp


async def test_see_also_opens_the_related_record_by_keyboard(services, kb) -> None:
    record = kb.by_id["sterk-door-werk"]
    app = HostApp(DetailScreen(record.id), services)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = app.screen
        links = list(screen.query(RecordLink))
        assert [link.record.id for link in links] == record.related
        assert screen_text(app).count("Zie ook") == 1  # the list, not also the Markdown's own section
        while app.focused is not links[0]:
            await pilot.press("tab")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen) and app.screen.record_id == record.related[0]


async def test_a_practice_example_on_an_advice_card_opens_its_record(services) -> None:
    program, outcome = scenario("signalen", "huurachterstand-alleenstaande-moeder-stress")
    app = HostApp(ResultsScreen(outcome, program), services)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        link = next(iter(app.screen.query(RecordLink)))
        card = next(c for c in app.screen.query(RecordCard) if link in c.query(RecordLink))
        assert str(link.render()).startswith("Praktijk: ")
        card.focus()
        await pilot.press("tab")
        assert app.focused is link
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen) and app.screen.record_id == link.record.id
        assert link.record.kind == "praktijkvoorbeeld" and link.record.id != card.record.id
