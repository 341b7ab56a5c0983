"""Every item of the annex is a record, and the record counts per section are as agreed.

The names below are the annex's own link texts (minus generic ones such as "hier" or
"onderzoek"), taken from the source once. Each must be findable in a record's title, aliases or
summary, so an item that silently disappears from the knowledge base fails here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter

import pytest

from adviseur.content.shape import to_json

ANNEX_NAMES = [
    "Kansrijke Start", "Loketgezondleven.nl", "Mentale gezondheid en preventie", "Gezond-In",
    "GGZ in de wijk", "eHealth", "Snelbeterinjevel.nl", "KopOpOuders Online", "Kopstoring",
    "KOPP", "Mental Health First Aid", "Welzijn op recept", "VoorGGZNaasten", "High Five",
    "Lokaal Preventieakkoord", "Landelijk Convenant Vroegsignalering", "CCV", "Procedure Overlast",
    "Vroeg Eropaf", "Voorkomen Huisuitzetting", "Naar nul huisuitzettingen",
    "Geregelde betalingen", "Convenant huisuitzettingen voorkomen", "wooncoaches", "Schouder Eronder",
    "ArmoedeCoalitie", "Valente", "Themanetwerk", "E-learning",
    "Maatwerk participatiewet", "betalingsregelingen", "Wet gemeentelijke schuldhulpverlening",
    "Patiënten met schulden", "Zorgen over geld", "doorbraak van chronische stress",
    "Wat werkt bij de aanpak van armoede", "Stress-sensitieve hulpverlening",
    "Mobility Mentoring", "Huishoudboekje", "Gewoon gratis geld", "Schulden in de opvang",
    "Stadsgeldbeheer", "FIBU", "FINDIEN", "schuldenvrije generatie", "preferente positie",
    "inloopspreekuren", "Juridisch Loket", "Bouwdepot", "Sterk Door Werk", "Samen voor de klant",
    "Drechtsteden", "Helmond-De Peel", "Twente", "Zeeland", "Zoetermeer", "Begeleid leren",
    "Individuele Plaatsing en Steun", "Kansen op werk", "Life Goals", "Citytrainers", "Work first",
    "Springplank", "De drempel over", "Netwerk Ontmoeting en Activering", "Werk als beste Zorg",
    "Het Werk(t)", "Doorbreken van eenzaamheid", "Samen Sterk zonder Stigma", "generieke module",
    "Wat werkt in de wijk", "Toolkit Aanpak Huiselijk Geweld",
    "Gemeentelijk preventiebeleid huiselijk geweld", "Handreiking huiselijk geweld voor corporaties",
    "Mantelzorg op Maat", "Studio BRUIS", "Community Support", "netwerkcoach", "Eigen Kracht",
    "Kwartiermaken", "Sociale Netwerk Strategie", "luisterlijn", "Ouder- en Kindteams",
    "welkome wijk", "Voor Elkaar", "Resto Van Harte", "Maatjes Apeldoorn", "Buurt aan de slag",
    "Humanitas Maatjes", "Samen Sterk", "Achter de voordeur", "scholingstoolkit",
    "Weer thuis in de wijk", "1Gezin1Plan1Regisseur", "Maastricht-Heuvelland",
    "Ik vermoed huiselijk geweld", "Veilig Thuis", "Kompas", "Niet Pluis", "crisiskaart",
    "Wat werkt bij outreachend werken", "Outreachend werken", "Bemoeizorg", "Samen Geweldloos Verder",
    "Take A Break", "Critical Time Interventie", "Toegang Tilburg", "crisisinterventieteam",
    "wijk-GGD'er", "Sociaal Stedelijk Team", "Bemoeizorg Eindhoven", "Bureau Frontlijn", "Almelo",
    "Taskforce EPA", "Mind", "De kracht van herstelgroepen", "Medisch noodzakelijk verblijf",
    "De basis op orde", "Actieprogramma Dak- en thuisloze jongeren", "Zelfhulpgroepen",
    "Flexible Assertive Community Treatment", "Herstellen doe je zelf", "Honest Open en Proud",
    "Zicht op herstel", "Op eigen Kracht", "Werken met eigen ervaring", "Buurtcirkels",
    "Resourcegroep", "Wellness Recovery Action Planning", "De kracht van ervaringszorg", "ExpEx",
    "Krachtwerk", "Krachtkompas", "Systematisch Rehabilitatiegericht Handelen", "Housing First",
    "Housing First Gids", "Straathoekwerk", "Vertrektraining", "Raalte", "warme doorverwijzing",
    "waakvlam", "Bouwen aan een thuis", "jeweontzelf.nl", "Weer Thuis", "Kwikstart",
    "Stadsteam Back-Up", "Dak- en ThuislozenZorg", "Een thuis voor iedereen", "Platform Woonplek",
    "Monitor Dak- en Thuisloosheid", "souterrain van het wonen", "Expertisecentrum Flexwonen",
    "Aan de slag met flexwonen", "Regeling huisvesting", "bestaande bouw",
    "zonder OGGz-problematiek", "economisch dakloze", "bankslapers", "Onder de Pannen",
    "Kamers met kansen", "Tijdelijke opvang", "Flexwonen", "Tiny House", "Tijdelijk Onder Dak",
    "Parenthouses", "Abri", "Castricum", "Lelystad", "Ons Huis", "Pilot Spoedzoekers",
    "Friends-wonen", "Eigen Haard", "Talis", "commissie Dannenberg", "Weer thuis",
    "ketenbureau i-sociaal domein", "Zicht op uitstroom", "beschermd thuis", "gespikkeld wonen",
    "Skaeve Huse", "Achterhoek", "Oss", "Enik Recovery", "Maatschappelijke opvang in zelfbeheer",
    "Zuid-Limburg", "Wijlanderij", "Wonen in de Luwte", "Kompas voor wonen vanuit zorg",
    "prestatieafspraken", "servicepunt", "uitstroomcoördinator",
]

# Records per annex section and kind. Where a count differs from the annex's number of bullets,
# the comment says why (a bullet naming several items became several records; an overview listed
# under "Interventies" became a national resource; a cross-reference added a pillar, no record).
EXPECTED_COUNTS: dict[str, dict[str, int]] = {
    # 7 landelijk bullets (+ Pharos trainings split from Gezond-In); the psycho-education bullet is
    # two interventions (the approach and the recognised course for relatives)
    "gezondheid": {"landelijk": 8, "interventie": 8, "praktijkvoorbeeld": 3},
    # CCV and Procedure Overlast split; two guides under Interventies are national resources
    "wonen": {"landelijk": 6, "interventie": 1, "praktijkvoorbeeld": 5},
    # Valente's two workstreams and the two overviews under Interventies; three guidance
    # organisations, Valente's website and the Zutphen Juridisch Loket split off
    "inkomen": {"landelijk": 13, "interventie": 2, "praktijkvoorbeeld": 11},
    # the five "Samen voor de klant" regions are practice examples of their own
    "activiteiten": {"landelijk": 2, "interventie": 6, "praktijkvoorbeeld": 11},
    # Resto Van Harte split from the Voor Elkaar teams
    "relaties": {"landelijk": 7, "interventie": 7, "praktijkvoorbeeld": 9},
    # Veilig Thuis, Kompas, the outreach infographic and Maastricht-Heuvelland split off
    "voorzorg": {"landelijk": 12, "interventie": 7, "praktijkvoorbeeld": 9},
    # six recovery courses plus the general approach; CTI is a cross-reference (no record)
    "herstelzorg": {"landelijk": 8, "interventie": 18, "praktijkvoorbeeld": 11},
    "snelle-herhuisvesting": {"landelijk": 10, "interventie": 6, "praktijkvoorbeeld": 11},
    # Housing First is a cross-reference (pillar added to the herstelzorg record); four respite places
    "beschermde-woonplekken": {"landelijk": 6, "interventie": 7, "praktijkvoorbeeld": 8},
}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


@pytest.fixture(scope="module")
def haystacks(kb) -> list[str]:
    return [_norm(" ".join([r.title, *r.aliases, r.summary, r.place or "", r.organisation or ""])) for r in kb.records]


@pytest.mark.parametrize("name", ANNEX_NAMES)
def test_annex_item_is_in_the_knowledge_base(haystacks: list[str], name: str) -> None:
    needle = _norm(name)
    assert any(needle in h for h in haystacks), f"'{name}' from the annex is in no record"


def test_counts_per_section_and_kind(kb) -> None:
    counts = Counter((r.annex_section, r.kind) for r in kb.records)
    actual = {
        section: {kind: counts[(section, kind)] for kind in ("landelijk", "interventie", "praktijkvoorbeeld")}
        for section in EXPECTED_COUNTS
    }
    assert actual == EXPECTED_COUNTS
    assert sum(counts.values()) == len(kb.records)


def test_cross_references_add_pillars_not_duplicates(kb) -> None:
    assert kb.get("critical-time-intervention").pillars == ["voorzorg", "herstelzorg"]
    hf = kb.get("housing-first")
    assert hf.pillars == ["herstelzorg", "inclusief-wonen"] and hf.theme == "beschermde-woonplekken"
    titles = Counter(_norm(r.title) for r in kb.records)
    assert titles[_norm("Housing First")] == 1


def test_no_urls_are_invented(kb) -> None:
    """The annex's links are placeholders; only the reference list carries real addresses."""
    for record in kb.records:
        text = json.dumps(to_json(record), ensure_ascii=False)
        assert "http" not in text and "www." not in text.replace("www.preventie", ""), record.id
