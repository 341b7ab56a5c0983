"""Every Dutch text of the local social map, in one place (architecture 19), for review and translation.

It imports nothing, so a face that only has to say "no municipality chosen" does not import the
map's models and store with it (`adviseur run` without a municipality; issue 12). Not here: the
words a reader accepts (`template.SPELLINGS`, `values.YES`/`NO`, the personal-column patterns in
`privacy`), the template's example row, and the file formats' own column and key names
(`naam`, `gemeente`, …): those are data, what users write, not what the map says.
"""

# --- next to advice (lookup.py) -------------------------------------------------------------------
NO_MUNICIPALITY = "Kies je gemeente om de lokale sociale kaart naast het advies te zien: adviseur kaart gemeente NAAM"
NO_MAP = (
    "Voor {municipality} is nog geen sociale kaart ingelezen. Voeg er een toe met: "
    "adviseur kaart import BESTAND --gemeente \"{municipality}\" (zie de README, 'De sociale kaart bijhouden')."
)
IN_YOUR_MUNICIPALITY = "In jouw gemeente: {summary}"
SAME_SIGNALS = "past bij dezelfde signalen"
SUGGESTED = "voorstel, nog niet bevestigd"
"""A link no person has confirmed yet: the same words next to advice and on the service's card."""

# --- a service (model.py, present.py) -------------------------------------------------------------
STALE = "mogelijk verouderd ({when})"
LAST_CHECKED = "laatst gecontroleerd {date}"
NEVER_CHECKED = "nooit gecontroleerd"
REFERRAL_NEEDED = "verwijzing nodig"
NO_REFERRAL = "zonder verwijzing"
SERVICE_META = "id: {id} · soort: lokaal · gemeente: {municipality}"
DISTRICT = "Wijk"
DESCRIPTION = "Omschrijving"
PHONE = "Telefoon"
EMAIL = "E-mail"
WEBSITE = "Website"
ADDRESS = "Adres"
OPENING_HOURS = "Openingstijden"
HOW_TO_APPLY = "Aanmelden"
REFERRAL = "Verwijzing nodig"
COSTS = "Kosten"
CHECKED = "Gecontroleerd"
OFFERS = "Biedt"
SIGNALS = "Signalen"
TARGET_GROUPS = "Doelgroepen"
YES = "ja"
NO = "nee"
UNKNOWN = "onbekend"
CHECK_THE_DATA = "Let op: {stale}. Controleer de gegevens en werk de datum bij."

# --- `adviseur kaart check` (check.py) ------------------------------------------------------------
NO_MAPS = "Nog geen sociale kaarten in {folder}."
CHECK_MAP = "{municipality}: {services}, {state} ({file})"
SERVICE_NOUN = ("dienst", "diensten")
CHECK_OK = "in orde"
CHECK_ERROR = "fout: {error}"
CHECK_STALE = "{services} mogelijk verouderd (niet gecontroleerd in de laatste 12 maanden):"
CHECK_SUGGESTED = "{services} met voorstellen die nog niet zijn bevestigd ('adviseur kaart accept')"
LINK_GONE = "{service}: {column}: '{id}' bestaat niet (meer){hint}"
MORE = "… en nog {count}"

# --- import (importer.py) -------------------------------------------------------------------------
FORMAT_NAMES = {"hsds": "HSDS-datapakket", "csv": "CSV (sjabloon)", "yaml": "YAML"}
SOURCE_MISSING = "bestaat niet"
FOLDER_NOT_HSDS = "deze map bevat geen datapackage.json (HSDS-datapakket)"
UNKNOWN_SOURCE = "onbekend soort bestand: verwacht een HSDS-datapakket (map met datapackage.json), een .csv of een .yaml"
NO_SERVICES = "het bestand bevat geen diensten"
IMPORT_HAS_ERRORS = "de import bevat fouten; er is niets opgeslagen"
PLAN_COUNTS = "{municipality}: {added} nieuw, {changed} gewijzigd, {removed} verwijderd, {unchanged} ongewijzigd"

# --- export (export.py, hsds.py) ------------------------------------------------------------------
MAP_TITLE = "Sociale kaart {municipality}"
UNKNOWN_EXPORT_FORMAT = "onbekend formaat '{format}'"
EXPORT_TARGET_IS_FILE = "{target} is een bestand; een HSDS-datapakket is een map"
EXPORT_TARGET_IS_FOLDER = "{target} is een map; geef een bestandsnaam (.{format})"
CANNOT_EXPORT = "kan niet exporteren naar {target}: {reason}"
HSDS_DESCRIPTION = "Sociale kaart uit Adviseur, in Open Referral HSDS 1.1 (Human Services Data Specification)."
HSDS_REFERRAL_NEEDED = "Verwijzing nodig"
HSDS_NO_REFERRAL = "Geen verwijzing nodig"

# --- the stored maps (store.py) -------------------------------------------------------------------
CANNOT_MAKE_FOLDER = "kan map {folder} niet maken: {reason}"
CANNOT_DELETE = "kan {path} niet verwijderen: {reason}"
MAP_UNUSABLE = "de sociale kaart {path} is niet te gebruiken: {reason}. Lees de kaart opnieuw in met 'adviseur kaart import'"
MAP_WRONG_FORMAT = "geen sociale kaart van deze versie van Adviseur (verwacht 'formaat': {format})"
MAP_NO_MUNICIPALITY = "'gemeente' ontbreekt"
MAP_BAD_SERVICE = "dienst {where}: {message}"
NOT_JSON = "geen geldige JSON ({detail})"

# --- reading a file (tables.py) -------------------------------------------------------------------
CANNOT_READ = "kan bestand niet lezen: {reason}"
TOO_LARGE = "bestand is te groot (hoogstens {mb} MB)"
READ_AS_CP1252 = (
    "het bestand is niet opgeslagen als UTF-8 en is gelezen als Windows-1252; controleer letters als ë en é "
    "(sla het de volgende keer op als 'CSV UTF-8')"
)
NUL_CHARACTER = "het bestand bevat een NUL-teken: is het wel een CSV-bestand?"
CELL_TOO_LARGE = "een cel is te groot (hoogstens {kb} kB)"
NEWLINE_IN_CELL = "een regeleinde midden in een cel zonder aanhalingstekens"
BAD_CSV = "ongeldige CSV ({detail})"
EMPTY_FILE = "het bestand is leeg: verwacht een kopregel met kolomnamen"

# --- the CSV template (template.py) ---------------------------------------------------------------
DUPLICATE_COLUMN = "kolom '{column}' staat twee keer in de kopregel"
NO_NAME_COLUMN = "kolom 'naam' ontbreekt in de kopregel (zie de voorbeeldkaart in de README)"
ROW_TOO_WIDE = "deze rij heeft meer cellen ({cells}) dan de kopregel ({width})"

# --- YAML (yamlfile.py) ---------------------------------------------------------------------------
UNKNOWN_KEY = "onbekende sleutel '{key}'{hint}"
YAML_MUNICIPALITY_NOT_TEXT = "gemeente: verwacht de naam van een gemeente"
YAML_NO_SERVICES = "verplichte sleutel 'diensten' ontbreekt (een lijst van diensten)"
YAML_NOT_A_MAP = "verwacht 'gemeente:' en 'diensten:' met een lijst van diensten"
YAML_SERVICES_NOT_A_LIST = "diensten: verwacht een lijst van diensten (elk beginnend met '-')"
YAML_SERVICE_NOT_A_MAPPING = "verwacht een dienst met sleutels als 'naam:' en 'telefoon:'"
YAML_PHONE_AS_NUMBER = "telefoon: zet het nummer tussen aanhalingstekens ('030 123 4567'); zonder leest YAML het als getal"

# --- an HSDS datapackage (hsds.py) ----------------------------------------------------------------
HSDS_MISSING_TABLE = "het pakket mist {file} ({name})"
HSDS_NO_RESOURCES = "verwacht 'resources': een lijst van tabellen (HSDS-datapakket)"
HSDS_PATH_OUTSIDE = "pad '{path}' moet een bestand in dit pakket zijn"
HSDS_FILE_MISSING = "{path} ontbreekt in het pakket"
HSDS_NO_ID = "id ontbreekt"
HSDS_DUPLICATE_ID = "id '{id}' staat dubbel in {file}"
HSDS_UNKNOWN_REFERENCE = "{key}: onbekende {what} '{value}'{hint}"
HSDS_LOCATION = "locatie"
HSDS_SERVICE = "dienst"
HSDS_ORGANISATION = "organisatie"
HSDS_TERM = "taxonomieterm"
HSDS_SERVICE_AT_LOCATION = "dienst-op-locatie"
HSDS_SKIPPED = "dienst '{id}' wordt overgeslagen (status '{status}')"
HSDS_UNKNOWN_STATUS = "status: onbekende status '{status}'{hint}"
HSDS_NO_ORGANISATION = "organization_id ontbreekt: elke dienst hoort bij een organisatie"
HSDS_BAD_WEEKDAY = "weekday: '{value}' is geen dag (1 = maandag … 7 = zondag)"
HSDS_BAD_TIME = "{key}: '{value}' is geen tijd (verwacht UU:MM, bijvoorbeeld 09:00)"
HSDS_UNKNOWN_REFERRAL = "taxonomy_id: onbekende verwijzing '{value}'{hint}"

# --- every row (validate.py) ----------------------------------------------------------------------
# the adjective agrees with the noun: 'onbekend signaal' (het), 'onbekende doelgroep' (de)
LINK_NOUNS = {"signalen": "onbekend signaal", "doelgroepen": "onbekende doelgroep", "biedt": "onbekend landelijk record"}
LINK_HINTS = {
    "signalen": "zie 'adviseur kaart woorden' voor de signalen",
    "doelgroepen": "zie 'adviseur kaart woorden' voor de doelgroepen",
    "biedt": "zoek het id met 'adviseur search'",
}
"""Where to find the valid ids when no near one can be suggested."""
UNKNOWN_LINK = "{noun} '{written}'{hint}"
ROW = "rij {line}"
DUPLICATE_SERVICE = "dubbele dienst: '{id}' staat al op {where}"
REQUIRED = "{key} ontbreekt: elke dienst heeft een {key} nodig"
CUT_SHORT = "te lang ({length} tekens): ingekort tot {limit}"
OTHER_MUNICIPALITY = "deze dienst hoort bij '{written}', niet bij '{given}' (--gemeente)"
MUNICIPALITY_MISSING = "gemeente ontbreekt: vul de kolom 'gemeente' of geef --gemeente NAAM"
BAD_ID = "'{id}' is geen bruikbaar id: gebruik letters, cijfers en '-', '.', ':' of '_'"
TOO_LONG = "te lang (hoogstens {max} tekens)"
EMPTY = "mag niet leeg zijn"
MISSING = "ontbreekt"
INVALID = "ongeldige waarde"
UNKNOWN_COLUMN = "onbekende kolom '{header}'{hint} wordt niet ingelezen"

# --- one cell (values.py) -------------------------------------------------------------------------
NOT_A_PHONE = "'{value}' is geen telefoonnummer{hint}; verwacht bijvoorbeeld 030 123 4567, 0800 1234 of 14 030"
PHONE_WITH_TEXT = " (zet een toelichting als 'keuze 2' in 'aanmelden')"
NOT_AN_EMAIL = "'{value}' is geen e-mailadres; verwacht bijvoorbeeld info@buurtteam.nl"
NOT_A_WEBSITE = "'{value}' is geen webadres; verwacht bijvoorbeeld https://www.gemeente.nl/schulden"
NOT_A_DATE = "'{value}' is geen datum; schrijf bijvoorbeeld 2025-03-01 of 1-3-2025"
IN_THE_FUTURE = "{date} ligt in de toekomst"
NOT_YES_NO = "'{value}' is geen ja of nee{hint}; kies ja, nee of onbekend"
LIST_NOT_MAPPING = "verwacht een lijst of tekst met komma's, geen mapping"
TEXT_NOT_YES_NO = "verwacht tekst, niet ja/nee"
TEXT_NOT = "verwacht tekst, geen {found}"
A_LIST = "lijst"
A_MAPPING = "mapping"

# --- privacy (privacy.py) -------------------------------------------------------------------------
BIRTH_DATE = "een geboortedatum"
CITIZEN_NUMBER = "een burgerservicenummer (BSN)"
CLIENT_NAME = "de naam van een cliënt"
CLIENT_NUMBER = "een cliëntnummer"
PERSONAL_COLUMN = (
    "kolom '{header}' lijkt {what} te bevatten: een sociale kaart bevat organisaties, geen inwoners. "
    "Deze kolom wordt niet ingelezen; haal hem weg uit het bronbestand"
)
BSN_WARNING = "lijkt een burgerservicenummer (BSN) te bevatten: een sociale kaart bevat geen persoonsgegevens; haal het weg"
