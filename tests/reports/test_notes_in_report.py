"""Notes in the report (issue 16): the scenario `tijdstad-2025` keeps notes with three answers; both
report formats show each note next to its answer (in the gaps, strengths and answers table), and a
note is text, never markup."""

from __future__ import annotations

import re
from datetime import date

from adviseur.flows.run.engine import FlowEngine
from adviseur.reports import render_html, render_markdown
from tests.reports.helpers import report_for, scenario

CORPORATIES = "Prestatieafspraken lopen tot 2026; vroegsignalering van huurachterstand staat er nog niet in."
HOUSING_FIRST = "Pilot met tien plekken; evaluatie in het najaar."
CLIENTENRAAD = "De cliëntenraad denkt mee, maar heeft nog geen vaste plek in het beleid."


def test_the_scenario_keeps_its_notes_in_the_outcome() -> None:
    _, outcome = scenario("zelfscan", "tijdstad-2025")
    assert set(outcome.notes) == {"samenwerking_corporaties", "ervaring_beleid", "housing_first"}
    assert outcome.to_json()["notes"]["housing_first"] == HOUSING_FIRST


def test_notes_stand_next_to_their_answers_in_markdown(kb) -> None:
    program, outcome = scenario("zelfscan", "tijdstad-2025")
    text = render_markdown(report_for(outcome, program, kb, today=date(2025, 5, 1)))
    row = next(line for line in text.splitlines() if line.startswith("|") and "woningcorporaties" in line)
    assert row.endswith(f"| Deels, of in voorbereiding *Notitie: {CORPORATIES}* |")
    assert f"*Notitie: {HOUSING_FIRST}*" in text
    assert text.count("Notitie:") == 3  # the answers table; these three answers are neither gaps nor strengths


def test_notes_stand_next_to_their_answers_in_html(kb) -> None:
    program, outcome = scenario("zelfscan", "tijdstad-2025")
    html = render_html(report_for(outcome, program, kb, today=date(2025, 5, 1)))
    notes = re.findall(r'<span class="answer-note">Notitie: ([^<]*)</span>', html)
    assert sorted(notes) == sorted([CORPORATIES, HOUSING_FIRST, CLIENTENRAAD])


def test_a_note_on_a_gap_is_shown_with_the_gap_and_is_never_markup(kb) -> None:
    program, _ = scenario("zelfscan", "tijdstad-2025")
    engine = FlowEngine(program)
    for answer in ("Gemeente <b>X</b>", "nee"):
        engine.answer(answer)
    engine.set_note("analyse_cijfers", "<script>alert(1)</script> *niet vet*")
    report = report_for(engine.outcome(), program, kb)
    [gap] = [g for g in report.gaps if g.key == "analyse_cijfers"]
    assert gap.note == "<script>alert(1)</script> *niet vet*"
    html = render_html(report)
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; *niet vet*" in html
    markdown = render_markdown(report)
    assert r"*Notitie: \<script\>alert(1)\</script\> \*niet vet\**" in markdown
