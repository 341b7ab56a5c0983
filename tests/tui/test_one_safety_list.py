"""The safety steps are one list, identical on every face (issue 15): the app's results screen, the
command line (for a person and as JSON) and both report formats show the `RunResult`'s `urgent`
steps, all of them, in the same order, before anything else."""

from __future__ import annotations

import json
import re
from html import unescape

from adviseur.cli import main
from adviseur.locations import flows_dir
from adviseur.reports import build_report, render_html, render_markdown
from adviseur.session.finish import finish
from adviseur.tui.app import AdviseurApp
from adviseur.tui.screens.results import ResultsScreen
from adviseur.tui.widgets.bubbles import BotBubble
from tests.reports.helpers import scenario

ANSWERS = flows_dir() / "scenarios" / "signalen" / "acuut-huiselijk-geweld.yaml"


def _flat(text: str) -> str:
    return " ".join(text.replace("**", "").replace("*", "").split())


async def test_the_safety_steps_are_one_list_in_the_app_the_cli_json_and_both_reports(services, capsys) -> None:
    program, outcome = scenario("signalen", "acuut-huiselijk-geweld")
    run = finish(outcome, program, kb=services.kb)
    steps = list(run.urgent)
    assert len(steps) >= 2 and steps[0].acute and "112" in steps[0].text  # the flow's message, then the signal's

    # both report formats: the section comes first and holds exactly these steps
    report = build_report(run)
    markdown = render_markdown(report)
    part = markdown.split("## Veiligheid eerst\n\n", 1)[1].split("\n\n## ", 1)[0]
    assert part.splitlines() == [f"- {step.line}" for step in steps]
    assert markdown.index("## Veiligheid eerst") < markdown.index("## Passende interventies")
    html = render_html(report)
    section = html.split('<section id="urgent">', 1)[1].split("</section>", 1)[0]
    shown = [_flat(re.sub(r"<[^>]+>", "", unescape(d))) for d in re.findall(r'<div class="urgent">(.*?)</div>', section)]
    assert shown == [_flat(step.line) for step in steps]
    assert html.index('<section id="urgent">') < html.index('<section id="advice">')

    # the command line, as JSON and for a person
    assert main(["run", "signalen", "--answers", str(ANSWERS), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert [(u["title"], u["text"], u["acute"]) for u in payload["urgent"]] == [
        (s.title, " ".join(s.text.split()), s.acute) for s in steps
    ]
    assert payload["sections"][0] == "urgent"
    assert main(["run", "signalen", "--answers", str(ANSWERS)]) == 0
    human = capsys.readouterr().out
    block = human.split("VEILIGHEID EERST:\n", 1)[1].split("\nPad:", 1)[0]
    assert block.splitlines() == [f"  ! {s.title.rstrip('.')}: {_flat(s.text)}" for s in steps]

    # the app: the bubbles under 'Veiligheid eerst', before the first advice card
    app = AdviseurApp(services=services)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.push_screen(ResultsScreen(outcome, program))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ResultsScreen)
        children = list(screen.query_one("#results").children)
        heading = next(i for i, w in enumerate(children) if "urgent" in w.classes and "results-heading" in w.classes)
        bubbles = []
        for widget in children[heading + 1 :]:
            if not isinstance(widget, BotBubble) or "suggestions" in widget.classes:
                break
            bubbles.append(widget.markdown_text)
        assert bubbles == [("⚠ **Nu doen** — " if step.acute else "") + step.line for step in steps]
        assert screen.run is not None and list(screen.run.urgent) == steps
