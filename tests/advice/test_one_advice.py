"""One advice for every face (issue 11, and the safety list of issue 15): the app, the command line
(human and JSON), the case summary and both report formats show the same ranked advice in the same
order, and the same safety steps. Nothing is hidden for good: search finds every record, including
those the rules take out of a case's advice."""

from __future__ import annotations

import json
import re

import pytest

from adviseur.advice.safety import safety_steps
from adviseur.flows.authoring.scenarios import run_answers
from adviseur.locations import flows_dir
from adviseur.reports import build_report, render_html, render_markdown
from adviseur.session.finish import finish

NAME, STREET = "Jantje Pietersen", "Kastanjelaan"
ANSWERS = {
    "acuut": ["huiselijk-geweld"],
    "woonsituatie": "sociale-huur",
    "achterstand": "deurwaarder",
    "overlast": False,
    "eerder_dakloos": False,
    "geldzorgen": ["schulden"],
    "gezondheid": ["stress"],
    "hulp": "wacht",
    "relaties": ["klein-netwerk"],
    "dagbesteding": ["werkloos"],
    "uitstroom": "nee",
    "leeftijd": "27-65",
    "huishouden": "eenouder",
    "groep": ["geen"],
    "eigen_woorden": f"{NAME} woont aan de {STREET} 12, heeft schulden en vraagt naar CTI.",
}


@pytest.fixture(scope="module")
def case(kb):
    from adviseur.flows.authoring.loader import FlowLibrary

    program, _ = FlowLibrary(flows_dir()).program("signalen")
    engine, _ = run_answers(program, ANSWERS)
    outcome = engine.outcome()
    return program, outcome, finish(outcome, program, kb=kb)


def _order(case) -> list[str]:
    return [rec.record.title for section in case.advice.sections() for rec in section.items]


def _positions(text: str, titles: list[str]) -> list[int]:
    return [text.index(t) for t in titles]


def test_summary_and_reports_follow_the_one_order(case, kb) -> None:
    program, outcome, result = case
    titles = _order(result)
    assert len(titles) >= 5
    first = result.advice.sections()[0].title
    summary = result.summary_markdown().split(f"## {first}", 1)[1]  # after the safety steps
    report = build_report(result)
    markdown, html = render_markdown(report), render_html(report)
    advice_md = markdown.split("## Passende interventies", 1)[1]
    ids = [rec.record.id for section in result.advice.sections() for rec in section.items]
    for text, marks in (
        (summary, [f"**{t}**" for t in titles]),
        (advice_md, [f"**{t}**" for t in titles]),
        (html, [f'data-id="{i}"' for i in ids]),
    ):
        positions = _positions(text, marks)
        assert positions == sorted(positions)
    headings = [s.title for s in result.advice.sections()][1:]
    assert _positions(summary, [f"## {h}" for h in headings]) == sorted(_positions(summary, [f"## {h}" for h in headings]))
    assert _positions(advice_md, [f"### {h}" for h in headings]) == sorted(_positions(advice_md, [f"### {h}" for h in headings]))


def test_the_same_safety_steps_everywhere(case, kb, capsys) -> None:
    from adviseur.cli import main

    program, outcome, result = case
    steps = safety_steps(outcome, result.advice)
    assert steps[0].acute and "112" in steps[0].text
    assert list(result.urgent) == steps
    report = build_report(result)
    assert report.urgent == [s.line for s in steps]
    summary = result.summary_markdown()
    for step in steps:
        assert f"- {step.line}" in summary
    markdown = render_markdown(report)
    first_advice = markdown.index("## Passende interventies")
    for step in steps:
        assert markdown.index(step.title) < first_advice
    path = flows_dir().parent / "tmp-answers.yaml"
    try:
        import yaml

        path.write_text(yaml.safe_dump(ANSWERS, allow_unicode=True), encoding="utf-8")
        assert main(["run", "signalen", "--answers", str(path), "--json"]) == 0
        payload = json.loads(capsys.readouterr().out)
        assert [u["title"] for u in payload["urgent"]] == [s.title for s in steps]
        assert [r["id"] for r in payload["recommendations"]] == [r.record.id for r in result.advice.all]
        assert payload["plan"] == [r.record.id for r in result.advice.plan]
        assert main(["run", "signalen", "--answers", str(path)]) == 0
        human = capsys.readouterr().out
        assert human.index("VEILIGHEID EERST") < human.index("Pad:")
        positions = _positions(human, [f"[{r.record.id}]" for s in result.advice.sections() for r in s.items])
        assert positions == sorted(positions)
    finally:
        path.unlink(missing_ok=True)


def test_no_output_repeats_the_description(case, kb, capsys, tmp_path) -> None:
    """Issue 18 P6: a name and a street typed in the description reach no summary, report or JSON."""
    from adviseur.cli import main

    program, outcome, result = case
    report = build_report(result)
    outputs = [result.summary_markdown(), render_markdown(report), render_html(report)]
    outputs.append(json.dumps(result.advice.to_json(kb), ensure_ascii=False))
    outputs.append(json.dumps(outcome.to_json(), ensure_ascii=False))
    answers = tmp_path / "a.yaml"
    import yaml

    answers.write_text(yaml.safe_dump(ANSWERS, allow_unicode=True), encoding="utf-8")
    assert main(["run", "signalen", "--answers", str(answers), "--summary"]) == 0
    outputs.append(capsys.readouterr().out)
    for text in outputs:
        assert NAME.split()[1] not in text and STREET not in text
        assert "'cti'" not in text.lower()
    # the record asked for by name is still answered, with a reason that quotes nothing
    cti = next(r for r in result.advice.all if r.record.id == "critical-time-intervention")
    assert "je noemde het zelf in je beschrijving" in cti.reasons


def test_search_finds_every_record_also_those_ruled_out(case, kb) -> None:
    from adviseur.search import get_index

    _, _, result = case
    assert result.advice.ruled_out, "the case should rule something out"
    index = get_index()
    for record in kb.records:
        hits = [h.record.id for h in index.search(record.title, limit=10).hits]
        assert record.id in hits, record.id
    for record_id in result.advice.ruled_out:
        assert re.match(r"Niet geadviseerd: ", result.why_not(record_id))
