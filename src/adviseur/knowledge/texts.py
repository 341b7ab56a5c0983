"""Every Dutch text of the knowledge base (architecture 19): its own checks, each problem with its
stable code (ADV3xx), the models' rules, the phrases that say for whom a record is, and the words
of a record's card (`present`).

Reading a file and its schema are `content/texts.py` (ADV1xx, ADV2xx); `docs/problems.md`
explains every code.
"""

from __future__ import annotations

from adviseur.content.problems import ProblemText as P

DUPLICATE_RECORD = P("ADV301", "id '{id}' bestaat al in {other}")
UNKNOWN_LINK = P("ADV302", "{what} '{value}'{hint}")
# the adjective agrees with the noun: 'onbekend signaal' (het), 'onbekende doelgroep' (de)
LINK_NOUNS = {
    "signals": "onbekend signaal",
    "target_groups": "onbekende doelgroep",
    "references": "onbekende referentie",
    "related": "onbekend record",
}
"""The Dutch noun for what a link field points at, for 'onbekend signaal ...'."""
SIGNAL_LINK = "onbekend signaal"
RECORD_LINK = "onbekend record"
RELATED_TO_ITSELF = P("ADV303", "een record kan niet naar zichzelf verwijzen")
DUPLICATE_IN_VOCABULARY = P("ADV304", "'{value}' staat twee keer in {name}")
UNKNOWN_RECORD = "onbekend record '{id}'{hint}"
"""Looking up a record by id (the command line, the app): not a content problem."""

# --- the models' own rules (models.py), shown as ADV210 -----------------------------------------
REPEATED_VALUE = "een waarde staat dubbel in '{name}'"
CONDITION_NEEDED = "een record onder bestaanscondities heeft een 'condition' nodig"
THEME_NEEDED = "een record onder inclusief wonen heeft een 'theme' nodig"
EVIDENCE_NEEDED = "een interventie heeft een 'evidence'-blok nodig (level mag leeg zijn)"
LEVEL_ONLY_FOR_INTERVENTIONS = "alleen interventies hebben een bewijsniveau"
REPEATED_PILLAR = "een pijler staat dubbel in 'pillars'"
FIRST_STEPS_NEEDED = "een urgent signaal heeft 'first_steps' nodig"

# --- for whom a record is (applicability.py): phrases that complete "bedoeld voor …" ------------
AUDIENCE_PHRASES: dict[str, str] = {
    "inwoner": "de inwoner zelf",
    "naasten": "naasten en mantelzorgers van iemand met problemen",
    "professionals": "professionals",
    "gemeente": "gemeenten (beleid en organisatie)",
    "partners": "partners van de gemeente, zoals corporaties en zorgaanbieders",
}
HOUSING_PHRASES: dict[str, str] = {
    "heeft-woning": "mensen met een eigen woning",
    "woning-in-gevaar": "mensen van wie de woning in gevaar is",
    "geen-woning": "mensen zonder woning",
    "verlaat-instelling": "mensen die een instelling verlaten",
}
HOUSEHOLD_PHRASES: dict[str, str] = {
    "alleenstaand": "alleenstaanden",
    "met-partner": "mensen met een partner",
    "met-kinderen": "ouders met kinderen",
}
TENURE_PHRASES: dict[str, str] = {
    "huur": "huurders",
    "koop": "eigenaren van een koopwoning",
}
LIFE_PHASE_PHRASES: dict[str, str] = {
    "jeugd": "jongeren onder de 18",
    "jongvolwassen": "jongvolwassenen (18 tot 27 jaar)",
    "volwassen": "volwassenen (27 tot 65 jaar)",
    "oudere": "ouderen (65 jaar en ouder)",
}
ADULTS_PHRASE = "volwassenen (18 jaar en ouder)"
"""Every life phase but youth: said in one phrase, not as three ranges."""

# --- a record's card (present.py): the plain text and the Markdown share these words -------------
KIND_LABELS = {
    "interventie": "Interventie",
    "praktijkvoorbeeld": "Praktijkvoorbeeld",
    "landelijk": "Landelijk",
}
LEVEL_NOT_STATED = "Niet vermeld"
INTERNATIONAL_MARK = " · internationaal effectief"
EXPLAIN_UNSTATED = "Bewijsniveau niet vermeld: {text}"
EXPLAIN_INTERNATIONAL = "Internationaal: {text}"
CONDITION = "conditie"
ALSO_KNOWN_AS = "Ook bekend als"
ORGANISATION = "Organisatie"
PLACE = "Plaats"
TARGET_GROUPS = "Doelgroepen"
SIGNALS = "Signalen"
EVIDENCE_LEVEL = "Bewijsniveau"
LEVEL_MEANING = "Wat betekent dit bewijsniveau?"
SOCIAL_VALUE = "Maatschappelijke waarde"
SOURCES = "Bronnen"
SEE_ALSO = "Zie ook"
