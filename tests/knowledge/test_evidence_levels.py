"""Every intervention the annex labels carries the annex's evidence level.

The table below was compiled by hand from the annex, independently of the record files, so a
record that drifts from its source fails here.
"""

from __future__ import annotations

import unicodedata

import pytest

# title (or alias) fragment -> (level, international)
ANNEX_LEVELS: dict[str, tuple[str | None, bool]] = {
    # Bestaanscondities — gezondheid
    "snelbeterinjevel": ("effectief", False),
    "kopopouders online": ("kansrijk", False),
    "kopstoring": ("kansrijk", False),
    "kopp-/kov": ("inspirerend", False),
    "mental health first aid": ("inspirerend", False),
    "welzijn op recept": ("kansrijk", False),
    # wonen, inkomen
    "vroeg eropaf": ("inspirerend", False),
    "stress-sensitieve hulpverlening": ("inspirerend", False),
    "mobility mentoring": ("inspirerend", False),
    # activiteiten
    "begeleid leren": ("effectief", False),
    "individuele plaatsing en steun": ("effectief", False),
    "kansen op werk": ("kansrijk", False),
    "life goals": ("inspirerend", False),
    "citytrainers": ("inspirerend", False),
    "work first": ("inspirerend", False),
    # relaties
    "mantelzorg op maat": ("kansrijk", False),
    "studio bruis": ("kansrijk", False),
    "community support": ("inspirerend", False),
    "netwerkcoach": ("inspirerend", False),
    "eigen kracht-conferentie": ("inspirerend", False),
    "kwartiermaken": ("inspirerend", False),
    "sociale netwerk strategie": ("inspirerend", False),
    # voorzorg
    "niet pluis": ("inspirerend", False),
    "crisiskaart": ("effectief", False),
    "outreachend werken": ("inspirerend", False),
    "bemoeizorg": ("inspirerend", False),
    "samen geweldloos verder": ("inspirerend", False),
    "take a break": ("inspirerend", False),
    "critical time interven": ("inspirerend", True),
    # herstelzorg
    "flexible assertive community treatment": ("effectief", False),
    "herstellen doe je zelf": ("erkend", False),
    "honest open": ("erkend", False),
    "zicht op herstel": ("inspirerend", False),
    "op eigen kracht": ("inspirerend", False),
    "werken met eigen ervaring": ("inspirerend", False),
    "buurtcirkel": ("inspirerend", False),
    "resourcegroep": ("inspirerend", False),
    "wellness recovery action plan": ("kansrijk", False),
    "krachtwerk": ("kansrijk", False),
    "systematisch rehabilitatiegericht handelen": ("kansrijk", False),
    "housing first": ("inspirerend", True),
    "straathoekwerk": ("inspirerend", False),
    "vertrektraining": ("inspirerend", False),
    # inclusief wonen
    "maatschappelijke opvang in zelfbeheer": ("erkend", False),
}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return text.lower().replace("–", "-")


def _interventions_matching(kb, fragment: str):
    return [
        r
        for r in kb.records
        if r.kind == "interventie"
        and (fragment in _norm(r.title) or any(fragment == _norm(a) for a in r.aliases))
    ]


@pytest.mark.parametrize("fragment", sorted(ANNEX_LEVELS))
def test_annex_level_is_carried_over(kb, fragment: str) -> None:
    level, international = ANNEX_LEVELS[fragment]
    matches = _interventions_matching(kb, fragment)
    assert matches, f"no intervention titled like '{fragment}'"
    # a fragment may hit a record and its sibling (e.g. 'op eigen kracht' in a longer title); the
    # shortest title is the one the fragment names
    record = min(matches, key=lambda r: len(r.title))
    assert record.evidence is not None
    assert record.evidence.level == level, record.id
    assert record.evidence.international is international, record.id


def test_only_cti_and_housing_first_are_international(kb) -> None:
    international = sorted(r.id for r in kb.records if r.evidence and r.evidence.international)
    assert international == ["critical-time-intervention", "housing-first"]


def test_every_intervention_has_an_evidence_block_and_others_have_no_level(kb) -> None:
    for record in kb.records:
        if record.kind == "interventie":
            assert record.evidence is not None, record.id
        else:
            assert record.evidence is None or record.evidence.level is None, record.id


def test_eigen_kracht_caveat_is_kept(kb) -> None:
    """The annex reports a youth-care study in which the conferences were no more effective."""
    record = kb.get("eigen-kracht-conferenties")
    notes = " ".join(record.evidence.notes).lower()
    assert "2019" in notes and ("niet" in notes or "geen" in notes)


def test_housing_first_outcome_figure_is_kept(kb) -> None:
    record = kb.get("housing-first")
    assert any("80" in n and "90" in n for n in record.evidence.notes)
