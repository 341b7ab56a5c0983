"""Every Dutch text search shows, in one place (architecture 19), for review and translation.

Not here: the stop words (`stopwords.py`), the compound parts (`compounds.py`) and the word lists
of `query.py` and `text.py`. Those are what users type, data for the engine, not what it says.
"""

from __future__ import annotations

# --- why a hit matched (results.py) ----------------------------------------------------------------
FIELD_LABELS: dict[str, str] = {
    "title": "in de titel",
    "aliases": "naam of afkorting",
    "signals": "bij de signalen",
    "target_groups": "bij de doelgroepen",
    "summary": "in de samenvatting",
    "details": "in de beschrijving",
    "placement": "in de indeling",
}
"""Where a word was found, in the words of the card the user reads (not the index's field names)."""
TYPO = "tikfout, {where}"
LOOSE_TAIL = "Passen bij een deel van je woorden"
"""What the app and the command line call the loose tail."""
SIGNAL = "signaal"
TARGET_GROUP = "doelgroep"
CONCEPT = "{what}: {label}"
"""A signal or target group a query word stands for ('signaal: Dreigende huisuitzetting')."""

# --- the query itself (ranking.py, index.py) -------------------------------------------------------
EMPTY_QUERY = "Lege zoekvraag: typ een of meer woorden."
ONLY_STOP_WORDS = "De zoekvraag bevat alleen veelvoorkomende woorden (zoals 'de', 'en', 'met'); typ een specifieker woord."
UNKNOWN_FILTER_VALUE = "onbekende waarde '{value}' voor {facet}{hint}"

# --- knowledge/synonyms.yaml (synonyms.py) -------------------------------------------------------
SYNONYMS_NOT_A_MAPPING = "verwacht een mapping met 'groups', 'signals' en 'target_groups'"
SYNONYMS_UNKNOWN_KEY = "onbekende sleutel '{key}'{hint}"
GROUPS_NOT_LISTS = "'groups' moet een lijst van lijsten zijn"
GROUP_TOO_SMALL = "een groep synoniemen heeft minstens twee woorden nodig"
NOT_AN_ID_MAPPING = "'{key}' moet een mapping van id naar lijst zijn"
UNKNOWN_ID = "{what} '{id}'{hint}"
UNKNOWN_SIGNAL = "onbekend signaal"
UNKNOWN_TARGET_GROUP = "onbekende doelgroep"
"""With SIGNAL or TARGET_GROUP as `what`."""
NOT_A_LIST = "verwacht een lijst van woorden"
NOT_A_PHRASE = "verwacht een woord of woordgroep"
