"""Every problem an author can meet carries a stable code (ADV…), shown after the message and
explained in docs/problems.md: the catalogues and that page list the same codes, and the
problems found in broken flows and knowledge all have one."""

from __future__ import annotations

import pickle
import re
import shutil
from importlib import import_module
from pathlib import Path

import pytest

from adviseur.content.problems import Problem, ProblemText
from adviseur.flows.authoring.check import check_flow_paths
from adviseur.knowledge import check_knowledge
from adviseur.locations import flows_dir, knowledge_dir

DOCS = Path(__file__).resolve().parents[2] / "docs" / "problems.md"
CATALOGUES = ("adviseur.content.texts", "adviseur.knowledge.texts", "adviseur.flows.texts")


def catalogue_codes() -> set[str]:
    return {
        value.code
        for name in CATALOGUES
        for value in vars(import_module(name)).values()
        if isinstance(value, ProblemText)
    }


def test_the_docs_explain_exactly_the_codes_the_catalogues_use() -> None:
    documented = set(re.findall(r"^\| (ADV\d{3}) \|", DOCS.read_text(encoding="utf-8"), re.MULTILINE))
    assert documented == catalogue_codes()


def test_a_code_survives_formatting_joining_and_pickling() -> None:
    text = ProblemText("ADV201", "onbekende sleutel '{field}'{hint}")
    message = "label: " + text.format(field="lable", hint="") + " (bedoel je 'label'?)"
    problem = Problem(Path("f.yaml"), 3, 5, message)
    assert problem.code == "ADV201"
    assert str(problem) == "f.yaml:3:5: label: onbekende sleutel 'lable' (bedoel je 'label'?) [ADV201]"
    assert pickle.loads(pickle.dumps(problem)) == problem
    assert Problem(Path("f.yaml"), 1, 1, "zonder code").code == ""
    with pytest.raises(ValueError):
        ProblemText("E1", "geen code")


FLOW_MISTAKES = [
    ("    label: Leeftijd", "    lable: Leeftijd"),  # unknown key
    ("    label: Leeftijd", "    label: [Leeftijd"),  # YAML syntax
    ("        goto: nu_doen", "        goto: nu_doem"),  # unknown step
    ('    when: woonsituatie == "huur"', '    when: woonsituatie = "huur"'),  # expression
    ('    when: woonsituatie == "huur"', '    when: woonsitaatie == "huur"'),  # unknown name
    ("        signals: [huurachterstand]", "        signals: [huurachterstnd]"),  # lint: unknown signal
    ("answer: multi", "answer: mutli"),  # not an answer kind
]


@pytest.mark.parametrize(("old", "new"), FLOW_MISTAKES)
def test_every_problem_in_a_broken_flow_has_a_code(tmp_path: Path, old: str, new: str) -> None:
    root = tmp_path / "flows"
    (root / "common").mkdir(parents=True)
    shutil.copy(flows_dir() / "common" / "financien.yaml", root / "common" / "financien.yaml")
    text = (flows_dir() / "example.yaml").read_text(encoding="utf-8")
    assert old in text
    (root / "example.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
    problems = [p for p in check_flow_paths([root / "example.yaml"]) if p.severity == "error"]
    assert problems
    assert all(re.fullmatch(r"ADV\d{3}", p.code) and str(p).endswith(f" [{p.code}]") for p in problems), problems


def test_every_problem_in_a_broken_knowledge_base_has_a_code(tmp_path: Path) -> None:
    root = tmp_path / "knowledge"
    shutil.copytree(knowledge_dir(), root)
    record_file = sorted((root / "records").glob("*.yaml"))[0]
    text = record_file.read_text(encoding="utf-8")
    first_signal = re.search(r"^    signals: \[([a-z-]+)", text, re.MULTILINE)
    assert first_signal is not None
    text = text.replace(first_signal.group(0), first_signal.group(0) + "x", 1)  # an unknown signal
    text = text.replace("    title:", "    titel:", 1)  # an unknown key (and the title missing)
    record_file.write_text(text, encoding="utf-8")
    (root / "references.yaml").unlink()
    problems = [p for p in check_knowledge(root) if p.severity == "error"]
    assert len(problems) >= 3
    assert all(p.code for p in problems), [str(p) for p in problems if not p.code]
