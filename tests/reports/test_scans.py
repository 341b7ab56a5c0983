"""Saving a scan in the store and comparing a later scan with it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from adviseur.reports import compare_payloads, render_html, render_markdown
from adviseur.session.scans import compare_records, compare_with_record, previous_scan, save_scan
from adviseur.store import Store
from tests.reports.helpers import report_for, scenario


class Clock:
    """A store clock that moves a year on each time it is asked to."""

    def __init__(self) -> None:
        self.now = datetime(2023, 3, 1, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_a_saved_scan_is_found_again_and_compared_with_the_next_one(kb, tmp_path) -> None:
    clock = Clock()
    store = Store(root=tmp_path, clock=clock)
    prog, weak = scenario("zelfscan", "zwak")
    earlier = save_scan(weak, "Gemeente Beginstad", store)
    clock.now += timedelta(days=365)
    _, other = scenario("zelfscan", "sterk")
    save_scan(other, "Gemeente Elders", store)

    found = previous_scan("zelfscan", "gemeente beginstad", store)  # case does not matter
    assert found is not None and found.path == earlier.path and found.label == "Gemeente Beginstad"

    _, better = scenario("zelfscan", "middelmatig")
    comparison = compare_with_record(found, better, label="Gemeente Beginstad", program=prog, today=date(2024, 3, 1))
    assert comparison.earlier_date == "2023-03-01" and comparison.later_date == "2024-03-01"
    rows = {r.id: r for r in comparison.rows}
    assert (rows["totaal"].before, rows["totaal"].after, rows["totaal"].delta) == (6.1, 50.0, 43.9)
    assert (rows["beleidscyclus"].before_band, rows["beleidscyclus"].after_band) == ("Beginnend", "Op weg")
    # 'middelmatig' answers better than 'zwak' everywhere it answers differently; nothing fell.
    better = {c.question: (c.before, c.after) for c in comparison.better}
    assert better["Lokale cijfers"] == ("Deels, of in voorbereiding", "Ja")
    assert better["Noodwoonplekken voor spoedzoekers"] == ("Weet ik niet", "Deels, of in voorbereiding")
    assert comparison.worse == ()
    assert "Ervaringsdeskundigen in het beleid" in {c.question for c in comparison.unchanged}
    other = {c.question: (c.before, c.after) for c in comparison.other_changes}
    assert other["Gemeente of regio"] == ("Gemeente Beginstad", "Gemeente Middenwijk")
    assert other["Housing First modelgetrouw"] == ("niet gevraagd", "Nee")  # a follow-up only this path asks
    assert comparison.notes == ()


def test_comparison_appears_in_both_report_formats(kb, tmp_path) -> None:
    store = Store(root=tmp_path)
    prog, weak = scenario("zelfscan", "zwak")
    record = save_scan(weak, "Gemeente Beginstad", store)
    _, strong = scenario("zelfscan", "sterk")
    comparison = compare_with_record(record, strong, label="Gemeente Beginstad", program=prog, today=date(2024, 1, 1))
    report = report_for(strong, prog, kb, comparison=comparison, today=date(2024, 1, 1))
    md = render_markdown(report)
    assert "## Vergelijking met de vorige keer" in md
    assert "| Totaal | 6,1% (Beginnend) | 94,1% (Preventieproof) | +88,0 |" in md
    html = render_html(report)
    assert 'id="comparison"' in html and '<tr data-id="totaal"><td>Totaal</td><td>6,1% (Beginnend)</td>' in html


def test_two_saved_scans_compare_and_a_version_change_is_reported(tmp_path) -> None:
    clock = Clock()
    store = Store(root=tmp_path, clock=clock)
    _, first = scenario("housing-first", "startend-team")
    a = save_scan(first, "Team Zuid", store)
    clock.now += timedelta(days=200)
    _, second = scenario("housing-first", "gemiddeld-team")
    payload_b = second.to_json()
    payload_b["version"] = "1.1"
    b = store.save_result("housing-first", "Team Zuid", payload_b)
    comparison = compare_records(a, b)
    assert [r.id for r in comparison.rows][0] == "totaal"
    assert any("versie 1.0" in n and "versie 1.1" in n for n in comparison.notes)
    assert previous_scan("housing-first", "Team Zuid", store, exclude=b).path == a.path


def test_damaged_or_foreign_payloads_compare_as_empty_instead_of_failing() -> None:
    empty = compare_payloads({"flow": "zelfscan", "scores": "kapot", "gaps": [1, None], "answer_texts": []},
                             {"flow": "zelfscan", "scores": {"totaal": {"label": "Totaal", "percent": 40}}},
                             earlier_label="oud", later_label="nieuw")
    assert [(r.id, r.before, r.after) for r in empty.rows] == [("totaal", None, 40.0)]
    assert empty.rows[0].delta is None
    other = compare_payloads({"flow": "signalen"}, {"flow": "zelfscan"}, earlier_label="a", later_label="b")
    assert other.rows == () and "andere flow" in other.notes[0]
    assert compare_payloads(None, "x", earlier_label="a", later_label="b").rows == ()


def test_results_of_another_shape_are_skipped_when_looking_for_the_previous_scan(tmp_path) -> None:
    store = Store(root=tmp_path)
    store.save_result("zelfscan", "Gemeente X", {"iets": "anders"})
    assert previous_scan("zelfscan", "Gemeente X", store) is None


def test_sensitive_answers_are_not_saved_with_a_scan(tmp_path) -> None:
    from tests.reports.helpers import play_anything, program

    outcome = play_anything(program("signalen"))
    assert outcome.sensitive
    record = save_scan(outcome, "casus", Store(root=tmp_path))
    assert not set(record.payload["answers"]) & outcome.sensitive
    assert "<script>" not in record.path.read_text(encoding="utf-8")
