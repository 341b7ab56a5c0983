"""The evidence badge reads without colour, and never pairs empty bars with 'internationaal effectief'."""

from __future__ import annotations

import pytest

from adviseur.tui.widgets.evidence_badge import EvidenceBadge


@pytest.mark.parametrize("record_id", ["housing-first", "critical-time-intervention"])
def test_an_internationally_effective_record_shows_no_empty_bars(kb, record_id: str) -> None:
    badge = str(EvidenceBadge(kb.by_id[record_id]).render())
    assert "internationaal effectief" in badge
    assert "▱" not in badge and "···" not in badge and badge.startswith(EvidenceBadge.INTERNATIONAL)


def test_other_levels_keep_their_bars(kb) -> None:
    effective = next(r for r in kb.records if r.evidence and r.evidence.level == "effectief")
    assert str(EvidenceBadge(effective).render()).startswith("▰▰▰ Effectief")
