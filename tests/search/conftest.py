"""Fixtures for the search tests: a small hand-made knowledge base and the real one.

The small one is built in code (no YAML) so each engine test states exactly which records exist
and why a query must find one of them; it is independent of edits to the shipped knowledge.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from adviseur.content.validation import validated
from adviseur.knowledge.models import Evidence, Record, Signal, SignalsFile, TargetGroup, TargetGroupsFile
from adviseur.search.index import SearchIndex
from adviseur.search.synonyms import CuratedSynonyms

SIGNALS = [
    validated(
        Signal,
        id="dreigende-huisuitzetting", label="Dreigende huisuitzetting", condition="wonen",
        description="Procedure of vonnis tot ontruiming.",
        synonyms=["huisuitzetting", "uit huis gezet", "ontruiming", "deurwaarder"],
    ),
    validated(Signal, id="huurachterstand", label="Huurachterstand", condition="wonen", description="Huur niet betaald.",
           synonyms=["huurschuld", "huur niet betaald"]),
    validated(Signal, id="schulden", label="Schulden", condition="inkomen", description="Problematische schulden.",
           synonyms=["geldproblemen", "rood staan"]),
    validated(Signal, id="klein-netwerk", label="Klein netwerk", condition="relaties", description="Weinig steun.",
           synonyms=["zonder netwerk", "geen netwerk"]),
    validated(Signal, id="uitstroom-jeugdzorg", label="Uitstroom uit de jeugdzorg", condition="overgang",
           description="Jongere verlaat de jeugdzorg.", synonyms=["verlaat jeugdzorg", "18 worden"]),
    validated(Signal, id="werkloosheid", label="Werkloosheid", condition="activiteiten", description="Geen werk.",
           synonyms=["geen werk", "werkloos"]),
]
TARGET_GROUPS = [
    validated(TargetGroup, id="jongeren", label="Jongeren", description="16 tot 27 jaar.", synonyms=["jongere", "tiener"]),
    validated(TargetGroup, id="dakloze-mensen", label="Dakloze mensen", description="Zonder woonplek.", synonyms=["zwerver"]),
    validated(TargetGroup, id="ouderen", label="Ouderen", description="Oudere inwoners.", synonyms=["oudere", "senior"]),
]


def record(ident: str, title: str, summary: str, **extra: Any) -> Record:
    """A valid Record with sensible defaults (kind interventie, pillar voorzorg)."""
    data: dict[str, Any] = {"id": ident, "kind": "interventie", "title": title, "summary": summary, "pillars": ["voorzorg"]}
    data.update(extra)
    data.setdefault("applies", {"audience": ["inwoner"]})
    if data["kind"] == "interventie" and "evidence" not in data:
        data["evidence"] = validated(Evidence, level="inspirerend")
    return validated(Record, **data)


RECORDS = [
    record(
        "critical-time-intervention",
        "Critical Time Intervention",
        "Tijdelijke begeleiding tijdens een kritieke overgang, zoals na uitstroom uit een instelling.",
        aliases=["CTI"],
        signals=["dreigende-huisuitzetting", "uitstroom-jeugdzorg"],
        evidence=validated(Evidence, level="inspirerend", international=True),
    ),
    record(
        "activering",
        "Activering naar werk",
        "Mensen zonder werk worden geactiveerd met dagbesteding en scholing.",
        pillars=["bestaanscondities"],
        condition="activiteiten",
        signals=["werkloosheid"],
        evidence=validated(Evidence, level="kansrijk"),
    ),
    record(
        "individuele-plaatsing-en-steun",
        "Individuele Plaatsing en Steun",
        "Begeleiding bij het vinden en houden van betaald werk.",
        pillars=["bestaanscondities"],
        condition="activiteiten",
        signals=["werkloosheid"],
        evidence=validated(Evidence, level="effectief"),
    ),
    record(
        "housing-first",
        "Housing First",
        "Eerst een eigen woning met intensieve begeleiding voor dakloze mensen.",
        pillars=["herstelzorg"],
        target_groups=["dakloze-mensen"],
    ),
    record(
        "vroeg-eropaf",
        "Vroeg Eropaf",
        "Een team zoekt snel contact bij een huurachterstand of andere betalingsachterstand.",
        pillars=["bestaanscondities"],
        condition="wonen",
        signals=["huurachterstand", "schulden"],
    ),
    record(
        "schuldhulp-loket",
        "Loket schuldhulpverlening",
        "Gratis schuldhulpverlening voor inwoners met schulden.",
        kind="praktijkvoorbeeld",
        pillars=["bestaanscondities"],
        condition="inkomen",
        signals=["schulden"],
        place="Utrecht",
    ),
    record(
        "convenant-ontruimingen",
        "Convenant huisuitzettingen voorkomen",
        "Afspraken tussen verhuurders en gemeente.",
        kind="landelijk",
        signals=["dreigende-huisuitzetting"],
    ),
    record(
        "vertrektraining",
        "Vertrektraining",
        "Training voor jongeren die de jeugdzorg verlaten en geen netwerk hebben.",
        pillars=["herstelzorg"],
        signals=["uitstroom-jeugdzorg", "klein-netwerk"],
        target_groups=["jongeren"],
    ),
    record(
        "bankslapers-unit",
        "Tijdelijke woonunit voor bankslapers",
        "Onderdak voor mensen die bij vrienden op de bank slapen.",
        pillars=["inclusief-wonen"],
        theme="snelle-herhuisvesting",
        target_groups=["dakloze-mensen"],
        evidence=validated(Evidence),
    ),
    record(
        "ouderenproject",
        "Niet pluis bij ouderen",
        "Thuiszorgmedewerkers leren signalen bij ouderen herkennen.",
        target_groups=["ouderen"],
    ),
    record(
        "ouderschap", "Steun bij opvoeden", "Ouders met psychische problemen krijgen hulp bij de opvoeding.", kind="landelijk"
    ),
]

CURATED = CuratedSynonyms(
    groups=(("schuldhulp", "schuldhulpverlening", "schuldsanering"),), signals={}, target_groups={"jongeren": ("jongen", "17")}
)


def mini_kb(records: list[Record] | None = None) -> SimpleNamespace:
    """A stand-in KnowledgeBase with just what SearchIndex.build reads."""
    return SimpleNamespace(
        records=list(RECORDS if records is None else records),
        signals=SignalsFile(signals=SIGNALS),
        target_groups=TargetGroupsFile(target_groups=TARGET_GROUPS),
        pillars=None,
        record_files={},
    )


@pytest.fixture(scope="session")
def mini_index() -> SearchIndex:
    return SearchIndex.build(mini_kb(), synonyms=CURATED)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def real_index(kb) -> SearchIndex:  # noqa: ANN001 - `kb` is the session fixture of tests/conftest.py
    return SearchIndex.build(kb)


def ids(response) -> list[str]:  # noqa: ANN001
    return [hit.id for hit in response.hits]
