"""Saved scans over time and with partners (issue 16): a municipality's own scans form its
timeline, a partner's answers form a round of a combined scan, a scan is found by (the start of)
its id, and deleting removes exactly one."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from adviseur.session.history import (
    ScanError,
    combined,
    delete_scan,
    find_scan,
    list_scans,
    own_scans,
    partner_scans,
    respondent,
    timeline,
)
from adviseur.session.scans import previous_scan, save_scan
from adviseur.store import Store
from tests.reports.helpers import scenario
from tests.reports.scan_helpers import SAMENSTAD, TIJDSTAD


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """Gemeente Tijdstad's three yearly scans and Gemeente Samenstad's four respondents (2025)."""
    store = Store(tmp_path / "data", clock=lambda: datetime(2025, 6, 1, 9, 0, tzinfo=UTC))
    for year, name in zip((2023, 2024, 2025), TIJDSTAD, strict=True):
        save_scan(scenario("zelfscan", name)[1], "Gemeente Tijdstad", store, made=date(year, 3, 1))
    for day, (role, name) in enumerate(SAMENSTAD.items(), 1):
        who = respondent(role, "Woonstichting Samen" if role == "corporatie" else None)
        save_scan(scenario("zelfscan", name)[1], "Gemeente Samenstad", store, respondent=who, made=date(2025, 5, day))
    return store


def test_own_scans_form_the_timeline_and_partners_a_round(store: Store) -> None:
    assert [s.date for s in own_scans(store, "gemeente tijdstad")] == ["2023-03-01", "2024-03-01", "2025-03-01"]
    assert own_scans(store, "Gemeente Samenstad") == []
    partners = partner_scans(store, "Gemeente Samenstad")
    assert [s.role for s in partners] == list(SAMENSTAD) and {s.round for s in partners} == {"2025"}
    assert partners[1].who == "Woningcorporatie (Woonstichting Samen)"
    # a partner's answers are never the municipality's previous scan
    assert previous_scan("zelfscan", "Gemeente Samenstad", store) is None


def test_the_timeline_of_three_scans_compares_any_two(store: Store) -> None:
    view = timeline(store, "Gemeente Tijdstad")
    assert [line.values for line in view.lines if line.id == "totaal"] == [(9.1, 39.4, 72.1)]
    assert view.compared == (1, 2) and view.comparison is not None
    assert [c.key for c in view.comparison.worse] == ["samenwerking_corporaties"]
    first_and_last = timeline(store, "Gemeente Tijdstad", earlier=1, later=3)
    assert first_and_last.compared == (0, 2)
    with pytest.raises(ScanError, match="van 1 tot en met 3"):
        timeline(store, "Gemeente Tijdstad", earlier=4)


def test_a_name_with_only_partners_has_no_timeline_but_a_combined_scan(store: Store) -> None:
    with pytest.raises(ScanError, match="4 scans die partners invulden"):
        timeline(store, "Gemeente Samenstad")
    view = combined(store, "gemeente samenstad")
    assert [q.key for q in view.agenda] == ["samenwerking_corporaties", "samenwerking_zorg", "ervaring_beleid"]
    with pytest.raises(ScanError, match="in ronde 2024"):
        combined(store, "Gemeente Samenstad", round="2024")


def test_a_scan_is_found_by_the_start_of_its_id_or_its_uid(store: Store) -> None:
    scans = list_scans(store)
    target = scans[0]
    assert find_scan(store, target.id[:6]).uid == target.uid
    assert find_scan(store, target.uid).id == target.id
    with pytest.raises(ScanError, match="minstens 4 tekens"):
        find_scan(store, target.id[:2])
    with pytest.raises(ScanError, match="bedoel je de naam 'Gemeente Tijdstad'"):
        find_scan(store, "gemeente tijdstad")
    with pytest.raises(ScanError, match="'adviseur scans list'"):
        find_scan(store, "ffffffffffff")


def test_deleting_removes_one_scan_and_nothing_else(store: Store) -> None:
    before = list_scans(store)
    gone = delete_scan(store, before[1].id)
    after = list_scans(store)
    assert gone.uid == before[1].uid and [s.uid for s in after] == [s.uid for s in before if s.uid != gone.uid]
    with pytest.raises(ScanError):
        delete_scan(store, gone.id)


def test_a_role_is_one_of_the_known_roles() -> None:
    assert respondent(" Corporatie ", "  Woonstichting   X ") is not None
    assert respondent("corporatie", "  Woonstichting   X ").organisation == "Woonstichting X"  # type: ignore[union-attr]
    assert respondent(None) is None and respondent("  ") is None
    with pytest.raises(ScanError, match="bedoel je 'corporatie'"):
        respondent("coporatie")
    with pytest.raises(ScanError, match="kort"):
        respondent("ggd", "x" * 81)
