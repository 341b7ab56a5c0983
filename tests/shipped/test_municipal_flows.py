"""Content rules for the municipal tools (zelfscan, checklist vroeginterventie, Housing First
modelgetrouwheid) that the flow linter cannot know: what the issue asks each tool to cover, that
the bands span 0-100 and say they are the tool's own, that every self-scan gap has leads, and that
evidence levels named in choice labels agree with the knowledge base."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from adviseur.flows.authoring.loader import FlowLibrary
from adviseur.flows.authoring.scenarios import run_scenario, scenario_files
from adviseur.flows.language.runtime import Program
from adviseur.locations import flows_dir

MUNICIPAL = ("zelfscan", "vroeginterventie", "housing-first")


def load(flow_id: str) -> Program:
    program, problems = FlowLibrary().program(flow_id)
    assert program is not None, [str(p) for p in problems]
    return program


def scored(program: Program) -> list:
    return [q for q in program.questions.values() if q.base_max]


@pytest.mark.parametrize("flow_id", MUNICIPAL)
def test_bands_cover_0_to_100_without_gaps_and_say_they_are_the_tools_own(flow_id: str) -> None:
    program = load(flow_id)
    bands = sorted(program.flow.bands, key=lambda b: b.min)
    assert bands[0].min == 0 and bands[-1].max == 100
    assert all(a.max == b.min for a, b in pairwise(bands))
    for band in bands:
        assert band.explanation and "hulpmiddel" in band.explanation, band.id
    result = next(n.model for n in program.nodes.values() if n.kind == "result")
    assert "geen officiële norm" in (result.text or "")


@pytest.mark.parametrize("flow_id", MUNICIPAL)
def test_at_least_six_scenarios_reach_the_lowest_and_the_highest_band(flow_id: str) -> None:
    files = scenario_files(flows_dir(), flow_id)
    assert len(files) >= 6
    bands = load(flow_id).flow.bands
    reached = set()
    for path in files:
        result = run_scenario(path)
        assert result.passed, (path.name, result.failures)
        total = result.outcome.scores["totaal"]
        reached.add(total.band.id)
    ordered = [b.id for b in sorted(bands, key=lambda b: b.min)]
    assert ordered[0] in reached and ordered[-1] in reached, reached


@pytest.mark.parametrize("flow_id", MUNICIPAL)
def test_every_lead_is_a_known_record(flow_id: str, kb) -> None:
    program = load(flow_id)
    for q in program.questions.values():
        for lead in [*q.node.leads, *(lead for c in q.choices.values() for lead in c.leads)]:
            assert lead in kb.by_id, (q.id, lead)


# --- zelfscan ------------------------------------------------------------------------------------


def test_zelfscan_scores_every_pillar_the_policy_cycle_and_both_routes(kb) -> None:
    program = load("zelfscan")
    groups = {g.id: g for g in program.groups.values() if g.kind == "group"}
    for pillar in kb.pillars.pillars:
        gid = "bestaanscondities" if pillar.id == "bestaanscondities" else "pijler_" + pillar.id.replace("-", "_")
        assert gid in groups, pillar.id
        # the label carries the pillar's goal as the knowledge base words it
        assert pillar.goal.lower() in groups[gid].label.lower(), (gid, pillar.goal)
    assert {"beleidscyclus", "route_levensgebeurtenis", "route_instelling"} <= set(groups)
    members = {gid: [q.id for q in scored(program) if gid in q.node.score_groups] for gid in groups}
    assert all(len(ids) >= 4 for ids in members.values()), members


def test_zelfscan_has_a_building_block_per_condition_of_the_first_pillar(kb) -> None:
    program = load("zelfscan")
    sections = {s.id: s.title for s in program.flow.sections}
    for condition in kb.pillars.conditions:
        assert sections.get(condition.id) == condition.label
        assert any(program.nodes[q.id].section == condition.id for q in scored(program)), condition.id
    for block in ("analyse", "doelen", "samenwerking", "ervaring", "monitoring"):
        assert block in sections


def test_zelfscan_every_scored_question_has_leads_so_every_gap_has_them() -> None:
    program = load("zelfscan")
    missing = [q.id for q in scored(program) if not q.node.leads]
    assert missing == []


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("wonen_vroegsignalering", "landelijk-convenant-vroegsignalering"),  # early-warning agreements
        ("voorzorg_outreach", "outreachend-werken"),  # outreach teams
        ("herstel_uitstroom", "werkwijzer-medisch-noodzakelijk-verblijf-ggz"),  # leaving an institution
        ("wonen_spoedzoekers", "pilot-spoedzoekers"),  # emergency housing for urgent seekers
        ("herstel_waakvlam", "waakvlam-beschikking-den-bosch"),  # the 'waakvlam'
    ],
)
def test_zelfscan_asks_about_the_measures_the_issue_names_and_points_to_them(question: str, lead: str) -> None:
    q = load("zelfscan").questions[question]
    assert q.base_max and lead in q.node.leads


# --- vroeginterventie ----------------------------------------------------------------------------

DESCRIPTION_FIELDS = [
    "doelen",
    "doelgroep",
    "activiteiten",
    "competenties",
    "instrumenten",
    "samenwerking",
    "beleid",
    "effectiviteit",
    "ervaring",
]
LEVEL_WORDS = {"effectief": "effectief", "kansrijk": "kansrijk", "erkend": "erkend", "inspirerend": "inspirerend"}


def test_checklist_walks_every_description_field_in_order() -> None:
    program = load("vroeginterventie")
    order = [s.id for s in program.flow.sections]
    assert order[1:] == DESCRIPTION_FIELDS
    for field in DESCRIPTION_FIELDS:
        assert any(q for q in scored(program) if program.nodes[q.id].section == field), field


def test_checklist_asks_about_social_value_and_lived_experience() -> None:
    program = load("vroeginterventie")
    assert "MKBA" in program.questions["maatschappelijke_waarde"].node.text
    assert program.questions["ervaring_ontwerp"].node.leads


def test_evidence_levels_in_choice_labels_match_the_records(kb) -> None:
    """'Krachtwerk (kansrijk)' must be kansrijk in knowledge/records, and international marks agree."""
    program = load("vroeginterventie")
    checked = 0
    for q in program.questions.values():
        for choice in q.choices.values():
            match = re.search(r"\(([^()]*)\)\s*$", choice.label)
            if not match or not choice.leads:
                continue
            words = match.group(1).lower()
            record = kb.get(choice.leads[0])
            ev = record.evidence
            assert ev is not None, record.id
            if ev.level is None:
                assert "niet vermeld" in words, (choice.label, record.id)
            else:
                named = [w for w in LEVEL_WORDS if re.search(rf"\b{w}\b", words.replace("internationaal effectief", ""))]
                assert named == [ev.level], (choice.label, record.id, ev.level)
            assert ("internationaal effectief" in words) == ev.international, (choice.label, record.id)
            checked += 1
    assert checked >= 15


def test_every_cause_leads_to_an_intervention_question() -> None:
    from adviseur.flows.run.walk import walk

    program = load("vroeginterventie")
    for cause in program.questions["oorzaak"].choices:
        w = walk(program, {"fase": "kiezen", "oorzaak": cause, "doelgroep_kenmerken": ["iedereen"]})
        assert w.frontier is not None and w.frontier.node.startswith("interventie_"), cause


# --- Housing First -------------------------------------------------------------------------------

PRINCIPLES = [
    "mensenrecht",
    "keuze_regie",
    "scheiding",
    "herstel",
    "schadebeperking",
    "betrokkenheid",
    "persoonsgericht",
    "flexibel",
]


def test_housing_first_rates_each_of_the_eight_principles_with_two_or_more_items_from_1_to_4() -> None:
    program = load("housing-first")
    assert [s.id for s in program.flow.sections] == [*PRINCIPLES, "nederland"]
    for section in [*PRINCIPLES, "nederland"]:
        items = [q for q in program.questions.values() if program.nodes[q.id].section == section]
        assert len(items) >= 2, section
        for q in items:
            assert q.node.answer == "scale" and q.node.scored
            assert q.scale_bounds[:2] == (1, 4) and q.base_max == 4


def test_housing_first_bands_are_declared_not_official() -> None:
    program = load("housing-first")
    for band in program.flow.bands:
        assert "geen officiële norm" in (band.explanation or ""), band.id
