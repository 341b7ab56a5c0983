"""One source for the evidence levels and pillars: the enums in `knowledge.vocabulary`, which
the content's own vocabulary files must describe completely and in the same order, and from
which the search, the ranking and the app derive what they show."""

from __future__ import annotations

from adviseur.knowledge.vocabulary import LEVEL_RANK, LEVELS, PILLARS, EvidenceLevel, dutch_list, level_name, pillar_name


def test_the_content_describes_every_level_and_pillar_in_the_enums_order(kb) -> None:
    assert [level.id for level in kb.evidence.levels] == list(LEVELS)
    assert [pillar.id for pillar in kb.pillars.pillars] == list(PILLARS)
    assert [pillar_name(p.id) for p in kb.pillars.pillars] == [p.label for p in kb.pillars.pillars]


def test_stronger_evidence_ranks_first_and_unstated_last() -> None:
    assert [LEVEL_RANK[level] for level in LEVELS] == list(range(len(LEVELS)))
    assert LEVEL_RANK[None] == len(LEVELS)
    assert LEVEL_RANK["kansrijk"] == LEVEL_RANK[EvidenceLevel.KANSRIJK]  # a plain id from compiled content


def test_what_the_search_and_the_app_derive_keeps_the_order() -> None:
    from adviseur.search.fields import EVIDENCE_PRIOR
    from adviseur.tui.widgets.evidence_badge import EvidenceBadge

    priors = [EVIDENCE_PRIOR[level] for level in (*LEVELS, None)]
    assert priors == sorted(priors, reverse=True) and len(set(priors)) == len(priors)
    assert priors[0] == 1.06 and priors[-1] == 1.02
    assert [EvidenceBadge.BARS[level] for level in LEVELS] == ["▰▰▰", "▰▰▱", "▰▱▱", "▱▱▱"]
    assert level_name(EvidenceLevel.EFFECTIEF) == "Effectief"


def test_a_dutch_list_of_choices() -> None:
    assert dutch_list(["a"]) == "a"
    assert dutch_list(LEVELS) == "effectief, kansrijk, erkend of inspirerend"
