"""Every Dutch text the command line prints itself, in one place (for review and translation).

Help texts stay next to the argument they describe (argparse reads them there); what reports and
the flow engine say comes from their own catalogues (`reports/texts.py`, `flows/texts.py`).
A plain module of strings: importing it costs nothing at start-up.
"""

from __future__ import annotations

# --- everywhere ------------------------------------------------------------------------------------
PREFIX = "adviseur: {message}"
INTERRUPTED = "\nAfgebroken."
NOTE = "let op: {note}"

# --- app, serve, rooms -----------------------------------------------------------------------------
DATA_FOLDER_UNUSABLE = "De gegevensmap is niet bruikbaar: {error}"
ROOM_OPTIONS_NEED_A_ROOM = "--oefening, --casus en --room-days horen bij een trainingsruimte: geef ook --room NAAM."

# --- flows, run ------------------------------------------------------------------------------------
FLOW_UNUSABLE = "flow '{flow}' kan niet worden gebruikt (zie hierboven; 'adviseur check' geeft alles)"
FLOW_AUDIENCE = "voor: {audience}"
FLOW_COUNT = "\n{flows}"
NOUN_FLOW: tuple[str, str] = ("flow", "flows")
NOUN_NOTE: tuple[str, str] = ("notitie", "notities")
FLOW_FILE_SKIPPED = "{path} bevat fouten en is overgeslagen; draai 'adviseur check {path}'"
ANSWERS_UNREADABLE = "kan antwoorden niet lezen uit {path}"
NO_ADVICE_TO_EXPLAIN = "zonder advies valt er niets uit te leggen of te bevestigen"
UNKNOWN_ID = "onbekend {what} '{value}'{hint}"
SUMMARY_FAILED = "de casussamenvatting kon niet worden gemaakt"
WHY_NOT = "{title}: {reason}"
ANSWER_NOTE = "notitie: {note}"
PARTNER_NEEDS_SAVE = "--rol, --organisatie, --ronde en --datum horen bij --save NAAM: ze zeggen iets over de bewaarde scan"

# --- the result of a run, for a person ---------------------------------------------------------------
RUN_TITLE = "{title} (versie {version})"
RUN_PATH = "Pad: {path}"
H_URGENT = "\nVEILIGHEID EERST:"
H_SCORES = "\nScores:"
SCORE_LEVEL = "\n  {heading}"
SCORES_UNCHANGED = "  ({count} scores gelijk gebleven)"
H_COMPARISON = "\nVergelijking met '{label}'{when}:"
COMPARISON_NOTE = "\nLet op: {note}"
H_GAPS = "\nAandachtspunten:"
GAP_LEADS = " (zie: {leads})"
H_SIGNALS = "\nSignalen:"
H_NO_ADVICE = "\nAdvies: (geen)"
FOR_CARER = " (voor de naaste)"
CAVEAT = "      onderzoek: {caveat}"
H_SUGGESTIONS = "\nHerkend in je beschrijving (telt pas mee als je het bevestigt met --bevestig):"
RULED_OUT = "\n{count} passende records vallen af voor deze situatie; vraag waarom met --why-not ID."
H_QUIZ = "\nKennisvragen:"
H_ANSWERS = "\nAntwoorden:"

# --- knowledge ---------------------------------------------------------------------------------------
KNOWLEDGE_BROKEN = "de kennisbank bevat fouten; draai 'adviseur check'.\n{problems}"
RECORD_COUNT = "\n{count} records"
AMBIGUOUS_NAME = "'{name}' past bij {count} records; geef het id:\n{choices}"
CHECK_FAILED = "{errors} fout(en), {warnings} waarschuwing(en)"
CHECK_PASSED = "alles in orde ({warnings} waarschuwing(en))"

# --- local search --------------------------------------------------------------------------------------
NATIONAL_FILTER_ONLY = "--{option} geldt alleen voor landelijke records, niet voor --kind lokaal"
SEARCH_ALL_MAPS = " (of zoek in alle kaarten met --gemeente alle)"
NO_LOCAL_SERVICES = "Geen lokale diensten gevonden voor '{query}' in {where}."
LOCAL_SERVICES_FOUND = "\n{total} lokale diensten gevonden in {where}{more}. Meer: adviseur kaart show <id>"
