"""The training flows say only what the knowledge base says, and every answer gets its feedback.

These tests read the flows as a trainer's review would: every evidence level, record name,
pillar, condition and theme named in a question or an explanation is checked against
knowledge/records, knowledge/evidence.yaml and knowledge/pillars.yaml.
"""

from __future__ import annotations

import pytest

from adviseur.flows.authoring.check import check_flow_paths
from adviseur.flows.language.runtime import Program
from adviseur.flows.language.scoring import quiz_verdict
from adviseur.locations import flows_dir
from tests.shipped.training.conftest import (
    ALLOWED_WORDS,
    TRAINING_FLOWS,
    VERDICT_PREFIX,
    choice_texts,
    level_words,
    names_of,
    quiz_questions,
    right,
)

# The situations the issue asks the case exercises to cover (section ids of training-casus).
CASE_SECTIONS = [
    "huur", "jeugdzorg", "zorgmijding", "beschermd_wonen", "geweld",
    "ouder", "eenzaamheid", "schulden", "detentie", "school",
]  # fmt: skip


@pytest.mark.parametrize("flow_id", TRAINING_FLOWS)
def test_flow_is_clean_for_the_linter(flow_id: str) -> None:
    problems = check_flow_paths([flows_dir() / f"{flow_id}.yaml"])
    assert problems == [], "\n".join(str(p) for p in problems)


@pytest.mark.parametrize("flow_id", TRAINING_FLOWS)
def test_every_choice_explains_its_verdict(programs: dict[str, Program], flow_id: str) -> None:
    questions = list(quiz_questions(programs[flow_id]))
    assert len(questions) >= 10
    for info in questions:
        assert info.node.explanation, f"{info.id}: the review needs the question's explanation"
        assert right(info), f"{info.id}: no right answer"
        for choice in info.choices.values():
            assert choice.correct is not None, f"{info.id}.{choice.id}: not marked"
            assert choice.explanation, f"{info.id}.{choice.id}: no feedback"
            prefix = VERDICT_PREFIX[choice.correct]
            assert choice.explanation.startswith(prefix), f"{info.id}.{choice.id} should start with {prefix!r}"


@pytest.mark.parametrize("flow_id", TRAINING_FLOWS)
def test_answer_keys_are_consistent(programs: dict[str, Program], flow_id: str) -> None:
    """Choosing exactly the right answers is 'goed'; choosing only wrong ones is 'fout'."""
    for info in quiz_questions(programs[flow_id]):
        wrong = [c.id for c in info.choices.values() if c.correct is False]
        if info.kind == "multi":
            assert quiz_verdict(info, sorted(right(info))) == "goed", info.id
            if wrong:
                assert quiz_verdict(info, wrong) == "fout", info.id
        else:
            assert len(right(info)) == 1, f"{info.id}: a single-choice question has one right answer"
            assert quiz_verdict(info, next(iter(right(info)))) == "goed", info.id
            assert all(quiz_verdict(info, w) == "fout" for w in wrong), info.id
            assert wrong, f"{info.id}: a quiz question needs at least one wrong answer"


@pytest.mark.parametrize("flow_id", TRAINING_FLOWS)
def test_every_lead_is_a_record_named_as_in_the_knowledge_base(programs: dict[str, Program], flow_id: str, kb) -> None:  # type: ignore[no-untyped-def]
    for info in quiz_questions(programs[flow_id]):
        for lead in info.node.leads:
            record = kb.by_id.get(lead)
            assert record is not None, f"{info.id}: unknown record {lead}"
            assert any(name in info.node.text for name in names_of(record)), f"{info.id}: does not name {record.title}"
        for choice in info.choices.values():
            for lead in choice.leads:
                record = kb.by_id.get(lead)
                assert record is not None, f"{info.id}.{choice.id}: unknown record {lead}"
                assert any(name in choice_texts(choice) for name in names_of(record)), (
                    f"{info.id}.{choice.id}: names {lead} differently from its title {record.title!r} and aliases"
                )


# --- casusoefeningen ---------------------------------------------------------------------------------


def test_cases_cover_the_situations_of_the_sources(programs: dict[str, Program]) -> None:
    program = programs["training-casus"]
    sections = [s.id for s in program.main.flow.sections]
    for section in CASE_SECTIONS:
        assert section in sections
        assert f"{section}_interventies" in program.questions
        assert f"{section}_eerste_stap" in program.questions
    assert len(CASE_SECTIONS) >= 10
    case_choice = program.questions["casussen"]
    assert len(case_choice.choices) - 1 == len(CASE_SECTIONS)  # one per case, plus 'alle'
    for section in CASE_SECTIONS:
        # The review lists questions without their case: each question names its case itself.
        name = case_choice.choices[section.replace("_", "-")].label
        for question in ("interventies", "eerste_stap"):
            assert program.questions[f"{section}_{question}"].node.text.startswith(f"{name} — ")


def test_case_evidence_levels_match_the_records(programs: dict[str, Program], kb) -> None:  # type: ignore[no-untyped-def]
    """Every level named in a case explanation belongs to a record the choice leads to."""
    checked = 0
    for info in quiz_questions(programs["training-casus"]):
        for choice in info.choices.values():
            records = [kb.by_id[lead] for lead in choice.leads]
            levels = [r.evidence.level if r.evidence else None for r in records]
            allowed = set().union(*(ALLOWED_WORDS[level] for level in levels)) if levels else set()
            named = level_words(choice.explanation or "")
            assert named <= allowed, f"{info.id}.{choice.id} names {sorted(named - allowed)}, not the level of {choice.leads}"
            for record, level in zip(records, levels, strict=True):
                if level is not None:
                    assert level in named, f"{info.id}.{choice.id}: name the level of {record.id} ({level})"
                    checked += 1
                if record.evidence is not None and record.evidence.international:
                    assert "internationa" in (choice.explanation or ""), (
                        f"{info.id}.{choice.id}: {record.id} has international evidence"
                    )
        goal_leads = [lead for c in info.choices.values() if c.correct is True for lead in c.leads]
        levels = [kb.by_id[lead].evidence.level if kb.by_id[lead].evidence else None for lead in goal_leads]
        allowed = set().union(*(ALLOWED_WORDS[level] for level in levels)) if levels else set()
        assert level_words(info.node.explanation or "") <= allowed, f"{info.id}: explanation names a level of no right answer"
    assert checked >= 40


def test_case_intervention_choices_are_knowledge_base_records(programs: dict[str, Program], kb) -> None:  # type: ignore[no-untyped-def]
    for section in CASE_SECTIONS:
        info = programs["training-casus"].questions[f"{section}_interventies"]
        assert info.kind == "multi"
        verdicts = {c.correct for c in info.choices.values()}
        assert True in verdicts and False in verdicts, f"{info.id}: needs right and wrong options"
        for choice in info.choices.values():
            assert len(choice.leads) == 1, f"{info.id}.{choice.id}: one record per option"
            record = kb.by_id[choice.leads[0]]
            assert record.kind in ("interventie", "praktijkvoorbeeld")
            label = choice.label
            base, _, extra = label.partition(" (")
            assert base in names_of(record) or label in names_of(record), f"{label!r} is not how {record.id} is called"
            if extra:
                assert extra.rstrip(")") in record.aliases


def test_case_review_explanations_name_the_right_interventions(programs: dict[str, Program], kb) -> None:  # type: ignore[no-untyped-def]
    """The review shows the question's explanation whatever was chosen, so it must name the right answer."""
    for section in CASE_SECTIONS:
        info = programs["training-casus"].questions[f"{section}_interventies"]
        explanation = " ".join((info.node.explanation or "").split()).lower()
        for choice in info.choices.values():
            if choice.correct is True:
                record = kb.by_id[choice.leads[0]]
                assert any(n.lower() in explanation for n in names_of(record)), f"{info.id}: explanation misses {record.title}"


# --- bewijsniveaus ------------------------------------------------------------------------------------


def test_level_meanings_follow_evidence_yaml(programs: dict[str, Program], kb) -> None:  # type: ignore[no-untyped-def]
    program = programs["training-bewijsniveaus"]
    levels = kb.level_by_id
    meaning_questions = [q for q in program.questions if q.startswith("betekenis_")]
    assert sorted(q.removeprefix("betekenis_") for q in meaning_questions) == sorted(levels)
    for qid in meaning_questions:
        level = qid.removeprefix("betekenis_")
        info = program.questions[qid]
        assert levels[level].label in info.node.text
        assert set(info.choices) <= set(levels)
        assert right(info) == {level}


def test_recognised_levels_follow_evidence_yaml(programs: dict[str, Program], kb) -> None:  # type: ignore[no-untyped-def]
    info = programs["training-bewijsniveaus"].questions["erkend_welke"]
    assert set(info.choices) == set(kb.level_by_id)
    assert right(info) == {lv.id for lv in kb.evidence.levels if lv.recognised}
    assert {c.id: c.label for c in info.choices.values()} == {lv.id: lv.label for lv in kb.evidence.levels}


def test_record_levels_in_the_quiz_match_the_records(programs: dict[str, Program], kb) -> None:  # type: ignore[no-untyped-def]
    program = programs["training-bewijsniveaus"]
    asked = [q for q in program.questions if q.startswith("niveau_")]
    assert len(asked) >= 3
    seen_levels = set()
    for qid in asked:
        info = program.questions[qid]
        (lead,) = info.node.leads
        record = kb.by_id[lead]
        assert record.evidence is not None and record.evidence.level is not None
        assert {c.id: c.label for c in info.choices.values()} == {lv.id: lv.label for lv in kb.evidence.levels}
        assert right(info) == {record.evidence.level}
        correct = info.choices[record.evidence.level]
        assert record.title in correct.explanation
        seen_levels.add(record.evidence.level)
    assert len(seen_levels) >= 3


def test_international_and_unstated_questions_lead_to_such_records(programs: dict[str, Program], kb) -> None:  # type: ignore[no-untyped-def]
    program = programs["training-bewijsniveaus"]
    international = program.questions["internationaal"].node.leads
    assert international and all(kb.by_id[r].evidence.international for r in international)
    assert all(kb.by_id[r].evidence.level == "inspirerend" for r in international)
    unstated = program.questions["geen_niveau"].node.leads
    assert unstated and all(kb.by_id[r].evidence is None or kb.by_id[r].evidence.level is None for r in unstated)


def test_databank_answer_names_every_databank(programs: dict[str, Program], kb) -> None:  # type: ignore[no-untyped-def]
    info = programs["training-bewijsniveaus"].questions["databanken"]
    (answer,) = [info.choices[c] for c in right(info)]
    for databank in kb.evidence.databanks:
        assert databank in " ".join(answer.explanation.split()), databank


def test_a_fitting_inspiring_intervention_can_be_the_right_choice(programs: dict[str, Program]) -> None:
    info = programs["training-bewijsniveaus"].questions["inspirerend_kiezen"]
    (answer,) = [info.choices[c] for c in right(info)]
    assert answer.id == "inzetten"
    refuse = info.choices["niet-inzetten"]
    assert refuse.correct is False


# --- vier pijlers -------------------------------------------------------------------------------------


def test_pillar_questions_follow_pillars_yaml_and_the_records(programs: dict[str, Program], kb) -> None:  # type: ignore[no-untyped-def]
    program = programs["training-pijlers"]
    pillars = {p.id: p for p in kb.pillars.pillars}
    conditions = {c.id: c for c in kb.pillars.conditions}
    themes = {t.id: t for t in kb.pillars.themes}
    kinds = {"pijler_": 0, "conditie_": 0, "thema_": 0, "doel_": 0}
    for qid, info in program.questions.items():
        labels = {c.id: c.label for c in info.choices.values()}
        if qid.startswith("doel_"):
            pillar = pillars[qid.removeprefix("doel_").replace("_", "-")]
            assert pillar.goal in info.node.text
            assert labels == {p.id: p.label for p in pillars.values()}
            assert right(info) == {pillar.id}
        elif qid.startswith(("pijler_", "conditie_", "thema_")):
            (lead,) = info.node.leads
            record = kb.by_id[lead]
            if qid.startswith("pijler_"):
                assert labels == {p.id: p.label for p in pillars.values()}
                assert right(info) == set(record.pillars)
                assert (info.kind == "multi") == (len(record.pillars) > 1)
            elif qid.startswith("conditie_"):
                assert labels == {c.id: c.label for c in conditions.values()}
                assert right(info) == {record.condition}
            else:
                assert labels == {t.id: t.label for t in themes.values()}
                assert right(info) == {record.theme}
        else:
            continue
        kinds[next(k for k in kinds if qid.startswith(k))] += 1
    assert kinds["pijler_"] >= 5 and kinds["conditie_"] >= 3 and kinds["thema_"] >= 2 and kinds["doel_"] >= 1


def test_the_five_conditions_question_follows_pillars_yaml(programs: dict[str, Program], kb) -> None:  # type: ignore[no-untyped-def]
    info = programs["training-pijlers"].questions["condities"]
    conditions = {c.id for c in kb.pillars.conditions}
    assert right(info) == conditions
    assert set(info.choices) - conditions, "the question needs options that are not conditions"
