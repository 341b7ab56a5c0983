"""The report's content, built from real flow outcomes (scenario files and made-up answers)."""

from __future__ import annotations

from datetime import date

import pytest

from adviseur.reports import build_result
from adviseur.session.advise import advise
from tests.reports.helpers import main_flows, play_anything, program, report_for, scenario

TODAY = date(2024, 5, 1)


def test_weak_scan_names_the_emptiest_parts_first_and_has_no_strengths(kb) -> None:
    prog, outcome = scenario("zelfscan", "zwak")
    report = report_for(outcome, prog, kb, today=TODAY)
    assert report.title == "Uitslag van de zelfscan voor Gemeente Beginstad"
    assert report.created == TODAY and report.flow_version == "1.0"
    assert report.strengths == []
    # Three building blocks at 0 percent, in the order of the flow.
    assert [r.id for r in report.improve_first] == ["doelen", "ervaring", "monitoring"]
    assert all(r.percent == 0 for r in report.improve_first)
    assert len(report.gaps) == len(outcome.gaps) == 29


def test_scores_come_total_first_then_pillars_then_building_blocks(kb) -> None:
    prog, outcome = scenario("zelfscan", "middelmatig")
    report = report_for(outcome, prog, kb, today=TODAY)
    kinds = [r.kind for r in report.scores]
    assert kinds[0] == "total"
    assert kinds.index("section") > max(i for i, k in enumerate(kinds) if k == "group")
    pillar = next(r for r in report.scores if r.id == "pijler_inclusief_wonen")
    assert (pillar.points, pillar.maximum, pillar.percent) == (5, 12, 41.7)
    assert pillar.band is not None and pillar.band.label == "Op weg"
    assert [b.id for b in pillar.bands] == ["beginnend", "op-weg", "preventieproof"]


def test_strengths_are_the_questions_at_full_marks(kb) -> None:
    prog, outcome = scenario("zelfscan", "sterk")
    report = report_for(outcome, prog, kb, today=TODAY)
    ja = [k for k, v in outcome.answers.items() if v == "ja"]
    assert [s.key for s in report.strengths] == ja
    assert len(ja) == 30
    assert report.gaps == [] and report.improve_first == []
    first = report.strengths[0]
    assert (first.label, first.section, first.answer) == ("Lokale cijfers", "Analyse van cijfers en oorzaken", "Ja")


def test_every_gap_carries_its_leads_with_titles_and_evidence_from_the_knowledge_base(kb) -> None:
    prog, outcome = scenario("zelfscan", "beleid-op-papier")
    report = report_for(outcome, prog, kb, today=TODAY)
    assert report.gaps and all(gap.leads for gap in report.gaps)
    for gap in report.gaps:
        for lead in gap.leads:
            record = kb.get(lead.id)
            assert lead.known and lead.title == record.title
            assert lead.level_id == (None if record.evidence is None else (record.evidence.level or ""))
    convenant = next(g for g in report.gaps if g.key == "wonen_vroegsignalering")
    assert [lead.id for lead in convenant.leads][0] == "landelijk-convenant-vroegsignalering"
    crisis = next(g for g in report.gaps if g.key == "voorzorg_crisis")
    assert crisis.leads[0].level == "Effectief"  # Crisiskaart: erkend, effectief
    # The appendix lists every record once, and the legend explains the levels that occur.
    assert len({lead.id for lead in report.leads}) == len(report.leads)
    labels = [label for label, _ in report.levels]
    assert "Erkend — effectief" in labels and "Inspirerend" in labels


def test_gaps_are_ordered_from_lowest_to_highest(kb) -> None:
    prog, outcome = scenario("vroeginterventie", "invoeren-cti-uitstroom")
    report = report_for(outcome, prog, kb, today=TODAY)
    percents = [g.percent for g in report.gaps]
    assert percents == sorted(percents)
    assert percents[0] == 0 and percents[-1] == 50


def test_chosen_intervention_is_shown_with_its_evidence_and_the_answer_behind_it(kb) -> None:
    prog, outcome = scenario("vroeginterventie", "invoeren-cti-uitstroom")
    report = report_for(outcome, prog, kb, today=TODAY)
    [chosen] = report.chosen
    assert chosen.lead.id == "critical-time-intervention"
    assert chosen.lead.level == "Inspirerend · internationaal effectief"
    assert chosen.reasons == ("Interventie: Critical Time Interventie (inspirerend, internationaal effectief)",)
    assert "Internationaal effectief" in [label for label, _ in report.levels]


def test_housing_first_improve_first_names_the_principles_below_the_top_band(kb) -> None:
    prog, outcome = scenario("housing-first", "behandeling-als-voorwaarde")
    report = report_for(outcome, prog, kb, today=TODAY)
    assert next(r for r in report.scores if r.kind == "total").band.id == "modelgetrouw"
    assert [r.id for r in report.improve_first] == ["schadebeperking", "scheiding"]
    assert report.title == "Modelgetrouwheid van Team West"


def test_advice_is_included_with_the_reasons_given(kb) -> None:
    prog, outcome = scenario("vroeginterventie", "kiezen-huurachterstand")
    assert build_result(outcome, prog, kb).wants_advice
    advice = advise(outcome, kb=kb)
    report = report_for(outcome, prog, kb, advice=advice.advice, today=TODAY)
    assert [row.lead.id for group in report.advice for row in group.rows] == [
        rec.record.id for section in advice.advice.sections() for rec in section.items
    ]
    first = report.advice[0]
    # the checklist is about policy: a project lead chooses interventions, no 'eerst doen' for a resident
    assert first.title == "Passende interventies" and first.numbered
    assert first.rows[0].lead.id == "vroeg-eropaf"
    assert first.rows[0].reasons


def test_signals_are_listed_with_the_answers_that_implied_them(kb) -> None:
    prog, outcome = scenario("vroeginterventie", "huiselijk-geweld-eigen-aanpak")
    report = report_for(outcome, prog, kb, today=TODAY)
    [signal] = report.signals
    assert signal.label == kb.signal_by_id["huiselijk-geweld"].label
    assert signal.reasons == ("Oorzaak: Huiselijk geweld",)


def test_sensitive_answers_stay_out_unless_asked(kb) -> None:
    prog = program("signalen")
    outcome = play_anything(prog)
    sensitive = [t for t in outcome.transcript if t.kind == "question" and t.sensitive and t.answer is not None]
    assert sensitive, "signalen has a free-text question"
    report = report_for(outcome, prog, kb, today=TODAY)
    texts = {a.question: a.answer for a in report.answers}
    assert all("niet opgenomen" in texts[t.text] for t in sensitive)
    assert not any("<script>" in a.answer for a in report.answers)
    opted_in = report_for(outcome, prog, kb, today=TODAY, include_sensitive=True)
    assert any("<script>" in a.answer for a in opted_in.answers)


def test_a_quiz_gets_its_review(kb) -> None:
    flow = next(f for f in main_flows() if f.startswith("training-"))
    prog = program(flow)
    outcome = play_anything(prog)
    report = report_for(outcome, prog, kb, today=TODAY)
    assert len(report.quiz) == len(outcome.quiz) > 0
    assert all(q.verdict in ("goed", "deels goed", "niet goed") for q in report.quiz)


def test_an_unfinished_flow_says_so(kb) -> None:
    from adviseur.flows.run.engine import FlowEngine

    engine = FlowEngine(program("zelfscan"))
    engine.answer("Gemeente Half")
    engine.answer("ja")
    report = report_for(engine.outcome(), engine.program, kb, today=TODAY)
    assert not report.finished and any("niet afgerond" in n for n in report.notes)
    assert [a.answer for a in report.answers] == ["Gemeente Half", "Ja"]


def test_an_unknown_lead_id_is_shown_not_dropped(kb) -> None:
    from adviseur.reports.build import LeadResolver

    view = LeadResolver(kb)("bestaat-niet-meer")
    assert not view.known and view.title == "bestaat-niet-meer"


@pytest.mark.parametrize("flow", main_flows())
def test_every_flow_gets_a_report(kb, flow: str) -> None:
    prog = program(flow)
    outcome = play_anything(prog)
    report = report_for(outcome, prog, kb, today=TODAY)
    assert report.flow_id == flow and report.finished
    assert len(report.answers) == sum(1 for t in outcome.transcript if t.kind == "question")
    assert {r.id for r in report.scores} <= set(outcome.scores)


def test_without_the_compiled_flow_the_report_still_has_scores_gaps_and_answers(kb) -> None:
    from adviseur.reports import render_html, render_markdown

    prog, outcome = scenario("zelfscan", "middelmatig")
    full = report_for(outcome, prog, kb, today=TODAY)
    bare = report_for(outcome, None, kb, today=TODAY)
    assert [(r.id, r.percent, r.band) for r in bare.scores] == [(r.id, r.percent, r.band) for r in full.scores]
    assert [g.key for g in bare.gaps] == [g.key for g in full.gaps] and all(g.leads for g in bare.gaps)
    assert bare.strengths == [] and bare.band_sets == []
    assert len(bare.answers) == len(full.answers)
    assert "## Gaten en aanknopingspunten" in render_markdown(bare) and 'class="chart"' in render_html(bare)
