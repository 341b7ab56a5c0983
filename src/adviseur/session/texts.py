"""Every Dutch text of the application layer (architecture 19), in one place for review and
translation: starting and resuming a conversation, finishing a flow, saved and shared scans,
questionnaires for partners, regional pictures and the local services beside a case summary.

It imports nothing. What a report and `adviseur run --report/--save/--compare` say is in
`adviseur.reports.texts`. Not here: the keys of a questionnaire file (`flow:`, `role:`, `answers:`,
…) and the `ja | nee` a partner types, which are data; the json module's own messages, which
`JSON_ERRORS` translates.
"""

from __future__ import annotations

# --- starting and resuming (start.py) ------------------------------------------------------------
NOT_KEPT = "Je antwoorden worden niet bewaard: {error}. Het gesprek kan wel verder."
FLOW_BROKEN = "Flow '{flow}' kan niet worden geladen:\n{problems}"
CANNOT_RESUME = "Deze sessie kan niet meer worden hervat."
RESUME_DROPPED = "Niet alles paste nog bij de nieuwe versie van de flow:\n{dropped}"
UNKNOWN_DATE = "onbekende datum"
KEPT_FOR_GOOD = "bewaard tot je het verwijdert"
KEPT_UNTIL = "bewaard tot {date}"

# --- finishing a flow (finish.py, scans.py) ------------------------------------------------------
ADVICE_FAILED = "waarschuwing: aanbevelingen konden niet worden berekend ({error})"
SAVED_PARTNER = (
    "antwoorden van de partner bewaard voor '{label}', ronde {round} (scan {id}); bekijk alle partners met "
    "'adviseur scans samen \"{label}\"', of stuur ze met 'adviseur scans export {id}'"
)
STORE_PROBLEM = "let op: {problem}"
"""A saved scan from a newer Adviseur, met while looking up the one to compare with."""

# --- the local services beside the case summary (local.py) ---------------------------------------
LOCAL_HEADING = "## In jouw gemeente ({municipality})"
NO_LOCAL_SERVICES = "Geen lokale diensten op de kaart bij deze aanbevelingen."
LOCAL_SERVICE = "- {service} — bij: {records}"

# --- saved scans (history.py) --------------------------------------------------------------------
NO_SCANS = (
    "Er zijn nog geen scans bewaard. Bewaar er een met 'adviseur run zelfscan --answers BESTAND --save NAAM', "
    "importeer er een met 'adviseur scans import BESTAND', of bewaar er een in de app (s)."
)
NOT_FOUND = "Geen bewaarde scan '{ref}'{hint}. 'adviseur scans list' toont de scans met hun id."
MEANT_LABEL = " (bedoel je de naam '{label}'? geef dan het id van één van zijn scans)"
AMBIGUOUS = "'{ref}' past bij {count} scans ({ids}); geef meer tekens van het id."
TOO_SHORT = "Geef minstens {min} tekens van het id van de scan (zie 'adviseur scans list')."
NO_TIMELINE = "Geen eigen scans van '{label}'{flow} bewaard{partners}."
OF_FLOW = " (flow {flow})"
PARTNERS_ONLY = " (wel {scans} die partners invulden: zie 'adviseur scans samen')"
SCAN_NOUN = ("scan", "scans")
NO_ROUND = "Geen scans van partners van '{label}'{round} bewaard."
IN_ROUND = " in ronde {round}"
UNKNOWN_ROLE = "Onbekende rol '{role}'{hint}; kies uit: {roles}."
LONG_ORGANISATION = "Houd de naam van de organisatie kort (hoogstens {max} tekens)."
BAD_NOTES = "{path}: 'notes:' hoort per vraag een korte tekst te geven"

# --- a scan's answers in the flow as it is now (replay.py) ---------------------------------------
NO_FLOW = "Flow '{flow}' van deze scan kan niet meer worden geladen; het volledige rapport kan niet worden gemaakt."
REPLAY_ORIGIN = "scan {id}"
"""Where the answers come from, in the engine's messages."""
NO_LONGER_FITS = "De antwoorden van scan {id} passen niet meer bij de flow zoals die nu is: {problem}"
CHANGED = "De scan is gemaakt met versie {before} van de flow; het rapport gebruikt versie {after}."

# --- sharing scans as a file (exchange.py) -------------------------------------------------------
NOT_JSON = "{path} is geen geldig JSON-bestand ({detail})."
NOT_OURS = (
    "{path} is geen scanbestand van Adviseur ({detail}). Exporteer een scan met 'adviseur scans export' "
    "of in de app (x)."
)
TOO_NEW = (
    "{path} is gemaakt met een nieuwere versie van Adviseur (bestandsversie {version}; deze versie leest tot en "
    "met {ours}). Werk Adviseur bij om het te importeren."
)
INVALID = "{path} is beschadigd of onvolledig: {problems}."
UNREADABLE = "{path} kan niet worden gelezen: {reason}."
CASEWORK_NOT_SHARED = "{path}: scan {label} hoort bij flow '{flow}', die over een casus gaat; die wordt niet gedeeld."
NOTHING_IMPORTED = "{error} Er is niets geïmporteerd."
JSON_ERRORS = {
    "Expecting value": "hier wordt een waarde verwacht",
    "Expecting property name enclosed in double quotes": "hier wordt een naam tussen dubbele aanhalingstekens verwacht",
    "Expecting ',' delimiter": "hier wordt een komma verwacht",
    "Expecting ':' delimiter": "hier wordt een dubbele punt verwacht",
    "Unterminated string starting at": "een tekst zonder afsluitend aanhalingsteken",
    "Invalid control character at": "een ongeldig teken in een tekst",
    "Extra data": "er staat nog iets na het einde",
}
"""The json module's messages in Dutch (the position is given apart)."""
JSON_AT = "regel {line}, kolom {column}: {problem}"
INVALID_JSON = "ongeldige JSON"
NOT_UTF8 = "geen UTF-8"
TOO_DEEP = "te diep genest"
NOT_AN_OBJECT = "het bestand is geen JSON-object"
NO_FORMAT = "het veld 'format' ontbreekt"
OTHER_FORMAT = "'format' is {found}, niet '{expected}'"
UNKNOWN_FILE_VERSION = "onbekende bestandsversie {version}"
THE_FILE = "het bestand"
"""Where a problem is when it is not in one field."""
FIELD_MISSING = "ontbreekt"
FIELD_INVALID = "heeft een ongeldige waarde"
MORE_PROBLEMS = " (en nog {count})"
OUTCOME_OF_OTHER_FLOW = "scan {id}: de uitkomst hoort bij een andere flow"
UNKNOWN_SCAN_ROLE = "scan {id}: onbekende rol '{role}' (bekend: {roles})"
ROLLED_BACK = "Importeren mislukt: {error}. Wat deze import al had bewaard, is weer verwijderd."
ADDED = "geïmporteerd: {what}"
ALREADY = "al aanwezig, niet opnieuw geïmporteerd: {what}"
NOTHING_TO_EXPORT = "Er is geen scan om te exporteren."
CANNOT_EXPORT_CASEWORK = "Een uitslag over een casus wordt niet geëxporteerd."
EXPORTED = "{scans} geëxporteerd naar {path}"
EXPORT_NO_FOLDER = "kan niet exporteren naar {path}: de map bestaat niet"
CANNOT_EXPORT = "kan niet exporteren naar {path}: {reason}"

# --- a questionnaire for partners (questionnaire.py) ---------------------------------------------
HEADER = """\
# Vragenlijst: {title} (flow {flow}, versie {version})
#
# Vul deze vragenlijst alleen in en stuur haar terug naar wie de scan coördineert. Die leest haar in
# met 'adviseur scans import BESTAND'. Zet achter elke vraag het id van je antwoord (zie de regel
# 'antwoorden:' erboven), bijvoorbeeld 'analyse_cijfers: deels'. Twijfel je, kies dan 'weet-niet'
# als dat kan. Een vraag met 'alleen als' sla je over als dat niet geldt.
#
# Bij elke vraag mag een korte notitie (hoogstens 300 tekens) onder 'notes:'. Notities gaan over
# beleid en afspraken, nooit over personen: noem geen namen of gegevens van inwoners of collega's.
"""
ROLE_LINE = "# Je rol, een van: {roles}"
ORGANISATION_LINE = "# De naam van je organisatie (geen naam van een persoon); mag leeg blijven."
ROUND_LINE = "# De ronde: alle partners van één scan vullen dezelfde ronde in (meestal het jaar)."
NOTES_LINE = "# Korte notities per vraag, bijvoorbeeld:\n#   samenwerking_corporaties: afspraak met de corporatie loopt tot 2026"
SECTION_LINE = "  # --- {title} ---"
ONLY_IF = "  # alleen als: {when}"
ANSWERS_LINE = "  # antwoorden: {choices}"
MULTI_LINE = "  # (meer antwoorden mogelijk: [id, id])"
FREE_TEXT = "  # vrije tekst{limit}"
MAY_STAY_EMPTY = " (mag leeg blijven)"
NUMBER = "  # een getal{unit}"
NOT_A_QUESTIONNAIRE = "{path} is geen ingevulde vragenlijst: {problems}"
NO_FLOW_LINE = "de regel 'flow:' ontbreekt"
CASEWORK_NO_QUESTIONNAIRE = "Flow '{flow}' gaat over een casus; daarvoor is geen vragenlijst."
QUESTIONNAIRE_NO_FOLDER = "kan de vragenlijst niet schrijven naar {path}: de map bestaat niet"
CANNOT_WRITE_QUESTIONNAIRE = "kan de vragenlijst niet schrijven naar {path}: {reason}"
NOTE_OF_UNKNOWN_QUESTION = "{path}: notitie bij onbekende vraag '{question}'"
NOT_FILLED_IN = "{path}: de vragenlijst is niet helemaal ingevuld"
QUESTIONNAIRE_FLOW_BROKEN = "{path}: flow '{flow}' kan niet worden geladen ({reason})"
NO_LABEL = "{path}: de vragenlijst noemt geen gemeente of team om de antwoorden onder te bewaren"

# --- a regional picture (regional.py) ------------------------------------------------------------
TOO_FEW = "Een regiobeeld zet minstens twee gemeenten naast elkaar; {found}."
FOUND = "gevonden: {names}"
FOUND_NONE = "er is geen eigen scan van een gemeente gevonden"
OTHER_FLOWS = "De scans horen bij verschillende flows ({flows}); een regiobeeld vergelijkt scans van één flow."
ONLY_PARTNERS = "{label}: alleen antwoorden van partners, geen eigen scan van de gemeente; niet meegenomen"
NEWER_ONE = "{label}: staat in meer dan één bestand; de nieuwste scan ({date}) telt"
