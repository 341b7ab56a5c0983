"""Loading and validating knowledge: located, Dutch messages for every kind of mistake."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from adviseur.content import ContentError
from adviseur.knowledge import check_knowledge, load_knowledge
from adviseur.locations import knowledge_dir

GOOD_RECORD = """\
records:
  - id: proef-interventie
    kind: interventie
    title: Proefinterventie
    summary: Een korte samenvatting voor de test.
    pillars: [voorzorg]
    signals: [huurachterstand]
    target_groups: [jongeren]
    applies:
      audience: [inwoner]
    evidence:
      level: kansrijk
"""


@pytest.fixture
def small_kb(tmp_path: Path) -> Path:
    """The real vocabularies with one tiny records file, so each test can break one thing."""
    root = tmp_path / "knowledge"
    (root / "records").mkdir(parents=True)
    for vocab in knowledge_dir().glob("*.yaml"):
        shutil.copy(vocab, root / vocab.name)
    # the real signals point at real records (first contacts); this small copy has none of them
    signals = root / "signals.yaml"
    kept = [
        line
        for line in signals.read_text(encoding="utf-8").splitlines()
        if not line.startswith(("    resources:", "    first_choice:"))
    ]
    signals.write_text("\n".join(kept) + "\n", encoding="utf-8")
    (root / "records" / "proef.yaml").write_text(GOOD_RECORD, encoding="utf-8")
    return root


def _write(root: Path, text: str) -> Path:
    path = root / "records" / "proef.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_small_kb_is_valid(small_kb: Path) -> None:
    kb = load_knowledge(small_kb)
    assert [r.id for r in kb.records] == ["proef-interventie"]
    assert check_knowledge(small_kb) == []


def test_yaml_syntax_error_is_located(small_kb: Path) -> None:
    path = _write(small_kb, GOOD_RECORD.replace("title: Proefinterventie", "title: [Proef"))
    problems = check_knowledge(small_kb)
    assert len(problems) == 1
    assert problems[0].path == path
    assert problems[0].line >= 5
    assert "YAML-fout" in problems[0].message


def test_unknown_key_is_located_with_suggestion(small_kb: Path) -> None:
    _write(small_kb, GOOD_RECORD.replace("    summary:", "    sumary: x\n    summary:"))
    (problem,) = check_knowledge(small_kb)
    assert (problem.line, problem.column) == (5, 5)
    assert "onbekende sleutel 'sumary'" in problem.message
    assert "bedoel je 'summary'" in problem.message


def test_unknown_signal_suggests_nearest(small_kb: Path) -> None:
    _write(small_kb, GOOD_RECORD.replace("[huurachterstand]", "[huurachterstnd]"))
    (problem,) = check_knowledge(small_kb)
    assert problem.line == 7
    assert "onbekend signaal 'huurachterstnd'" in problem.message
    assert "'huurachterstand'" in problem.message


def test_unknown_related_and_reference(small_kb: Path) -> None:
    text = GOOD_RECORD + "    related: [proef-interventi]\n    references: [herman-2070]\n"
    _write(small_kb, text)
    messages = [p.message for p in check_knowledge(small_kb)]
    assert any("onbekend record 'proef-interventi'" in m and "proef-interventie" in m for m in messages)
    assert any("onbekende referentie 'herman-2070'" in m and "herman-2007" in m for m in messages)


def test_duplicate_id_is_an_error(small_kb: Path) -> None:
    body = GOOD_RECORD.split("records:\n", 1)[1]
    _write(small_kb, "records:\n" + body + body)
    (problem,) = check_knowledge(small_kb)
    assert "bestaat al" in problem.message
    assert problem.line == 13  # the second record starts after the first one's 12 lines


def test_empty_summary_is_an_error(small_kb: Path) -> None:
    _write(small_kb, GOOD_RECORD.replace("Een korte samenvatting voor de test.", '""'))
    (problem,) = check_knowledge(small_kb)
    assert problem.line == 5
    assert "summary" in problem.message


def test_duplicate_yaml_key_is_reported(small_kb: Path) -> None:
    _write(small_kb, GOOD_RECORD.replace("    kind: interventie\n", "    kind: interventie\n    kind: landelijk\n"))
    messages = [p.message for p in check_knowledge(small_kb)]
    assert any("twee keer" in m for m in messages)


def test_intervention_needs_evidence_block(small_kb: Path) -> None:
    _write(small_kb, GOOD_RECORD.replace("    evidence:\n      level: kansrijk\n", ""))
    (problem,) = check_knowledge(small_kb)
    assert "evidence" in problem.message


def test_bestaanscondities_needs_condition(small_kb: Path) -> None:
    _write(small_kb, GOOD_RECORD.replace("[voorzorg]", "[bestaanscondities]"))
    (problem,) = check_knowledge(small_kb)
    assert "condition" in problem.message


def test_missing_vocabulary_file(small_kb: Path) -> None:
    (small_kb / "signals.yaml").unlink()
    with pytest.raises(ContentError) as info:
        load_knowledge(small_kb)
    assert any(p.path.name == "signals.yaml" and "ontbreekt" in p.message for p in info.value.problems)


def test_not_utf8_is_a_problem_not_a_crash(small_kb: Path) -> None:
    (small_kb / "records" / "proef.yaml").write_bytes(b"records:\n  - id: \xff\xfe\n")
    (problem,) = check_knowledge(small_kb)
    assert "kan bestand niet lezen" in problem.message


def test_get_unknown_id_suggests(kb) -> None:
    with pytest.raises(KeyError) as info:
        kb.get("housing-frist")
    assert "housing-first" in info.value.args[0]


def test_signal_resource_must_be_a_known_record(small_kb: Path) -> None:
    signals = small_kb / "signals.yaml"
    text = signals.read_text(encoding="utf-8").replace(
        "    urgency: acuut\n", "    urgency: acuut\n    resources: [proef-interventi]\n", 1
    )
    signals.write_text(text, encoding="utf-8")
    (problem,) = check_knowledge(small_kb)
    assert problem.path == signals and problem.line > 1
    assert "onbekend record 'proef-interventi'" in problem.message and "proef-interventie" in problem.message


def test_unknown_pillar_is_dutch_with_suggestion(small_kb: Path) -> None:
    _write(small_kb, GOOD_RECORD.replace("[voorzorg]", "[voorzorgg]"))
    (problem,) = check_knowledge(small_kb)
    assert problem.line == 6
    assert "'voorzorgg' is hier niet toegestaan (bedoel je 'voorzorg'?)" in problem.message
    assert "Input should be" not in problem.message


def test_applicability_errors_are_located_with_suggestions(small_kb: Path) -> None:
    """Issue 11: whom a record is for is validated like everything else."""
    _write(
        small_kb,
        GOOD_RECORD.replace(
            "audience: [inwoner]",
            "audience: [inwonr]\n      excludes:\n        - signals: [huurachterstnd]\n          reason: test",
        ),
    )
    problems = [str(p) for p in check_knowledge(small_kb)]
    assert any("proef.yaml:" in p and "inwonr" in p and "inwoner" in p for p in problems), problems
    _write(
        small_kb,
        GOOD_RECORD.replace(
            "audience: [inwoner]",
            "audience: [inwoner]\n      excludes:\n        - signals: [huurachterstnd]\n          reason: test",
        ),
    )
    problems = [str(p) for p in check_knowledge(small_kb)]
    assert any("proef.yaml:" in p and "onbekend signaal 'huurachterstnd'" in p and "huurachterstand" in p for p in problems), (
        problems
    )


def test_every_record_states_whom_it_is_for(small_kb: Path) -> None:
    _write(small_kb, GOOD_RECORD.replace("    applies:\n      audience: [inwoner]\n", ""))
    problems = [str(p) for p in check_knowledge(small_kb)]
    assert any("applies" in p for p in problems), problems
