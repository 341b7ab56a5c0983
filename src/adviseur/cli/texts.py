"""Every Dutch text the command line prints itself, in one place (for review and translation):
messages, errors, and argparse's help, descriptions and group titles (architecture 19, issue 15).
What reports and the flow engine say comes from their own catalogues (`reports/texts.py`,
`flows/texts.py`).

A plain module of strings that imports nothing: every command imports it, so it costs nothing at
start-up (issue 12). Not here: command and option names, metavars (NAAM, BESTAND: the usage's own
syntax, as the option names are), choices users type ('lokaal', 'alle', 'interventie'), JSON keys.
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
WHAT_RECORD = "record"
WHAT_SIGNAL = "signaal"
"""What UNKNOWN_ID names: an id given with --why-not, a signal with --bevestig."""
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
CHECK_FAILED = "{errors}, {warnings}"
CHECK_PASSED = "alles in orde ({warnings})"
WARNING_NOUN = ("waarschuwing", "waarschuwingen")

# --- search -------------------------------------------------------------------------------------------
NO_QUERY = (
    "geef een zoekvraag of een filter, bijvoorbeeld: adviseur search huurachterstand, "
    "of: adviseur search --level effectief"
)
QUERY_TOO_LONG = "de zoekvraag is te lang ({length:,} tekens; maximaal {limit:,}). Beschrijf de situatie in een paar zinnen."
"""Its thousands separators are made Dutch dots where it is used."""
FILTER_KIND = "soort"
FILTER_PILLAR = "pijler"
FILTER_CONDITION = "conditie"
FILTER_LEVEL = "bewijsniveau"
FILTER_TARGET_GROUP = "doelgroep"
"""The filters' names in UNKNOWN_FILTER."""
CHOOSE_FROM = " (kies uit: {choices})"
UNKNOWN_FILTER = "onbekende {name} '{value}'{hint}"
QUERY_CUT = "Let op: de zoekvraag was erg lang en is ingekort."
NOTHING_FOUND = "Niets gevonden voor '{query}'."
H_LOOKS_LIKE = "Lijkt op:"
TRY_OTHER_WORDS = "Probeer andere woorden, een afkorting of haal een filter weg."
WHY = " · waarom: {why}"
FIRST_SHOWN = ", de eerste {shown} getoond"
FOUND = "\n{total} gevonden{more}. Meer over een record: adviseur show <id>"
H_LOCAL = "In jouw gemeente ({where}):"
ALL_MUNICIPALITIES = "alle gemeenten"

# --- local search --------------------------------------------------------------------------------------
NATIONAL_FILTER_ONLY = "--{option} geldt alleen voor landelijke records, niet voor --kind lokaal"
SEARCH_ALL_MAPS = " (of zoek in alle kaarten met --gemeente alle)"
NO_LOCAL_SERVICES = "Geen lokale diensten gevonden voor '{query}' in {where}."
MAP_UNUSABLE_MARK = "niet te gebruiken"
"""The words of `localmap.texts.MAP_UNUSABLE` that tell a notice about a broken map."""
LOCAL_SERVICES_FOUND = "\n{total} lokale diensten gevonden in {where}{more}. Meer: adviseur kaart show <id>"


# --- kaart --------------------------------------------------------------------------------------------
KAART_NO_COMMAND = "kies een opdracht, bijvoorbeeld: adviseur kaart import BESTAND"
MORE_PROBLEMS = "… en nog {count} problemen"
CHOOSE_MUNICIPALITY = "Kies je gemeente"
GIVE_OR_CHOOSE_MUNICIPALITY = "Geef --gemeente NAAM of kies je gemeente"
"""The command line's way to name the map, in place of the first in `localmap`'s NO_MUNICIPALITY."""
NOUN_ERROR: tuple[str, str] = ("fout", "fouten")
NOUN_SERVICE: tuple[str, str] = ("dienst", "diensten")
IMPORT_FAILED = "{count} {errors} in {path}; er is niets opgeslagen"
IMPORT_READ = "Gelezen: {path} ({format}), {count} diensten"
IMPORT_SUGGESTED = (
    "\n{count} diensten hebben voorgestelde signalen, doelgroepen of 'biedt'-koppelingen "
    "(gelezen uit de omschrijving, nog niet bevestigd). Bekijk ze met 'adviseur kaart show ID' en neem "
    "ze over met 'adviseur kaart accept ID' of 'adviseur kaart accept --alle'."
)
DRY_RUN = "Proefdraai (--dry-run): er is niets opgeslagen."
SAVED_IN = "adviseur: opgeslagen in {path}"
HINT_CHOOSE = (
    "adviseur: tip: kies '{municipality}' als jouw gemeente om de diensten bij het advies te zien: "
    'adviseur kaart gemeente "{municipality}"'
)
MARK_SUGGESTIONS = "voorstellen"
SERVICES_IN = "\n{count} diensten in {municipality}"
NO_MAPS = "Nog geen sociale kaarten in {folder}."
HOW_TO_IMPORT = "Lees er een in met: adviseur kaart import BESTAND --gemeente NAAM (zie de README, 'De sociale kaart bijhouden')."
MARK_CHOSEN = "  (jouw gemeente)"
SERVICE_COUNT = "{count} diensten"
MAP_UNREADABLE = "onleesbaar: draai 'adviseur kaart check'"
MAPS_FOLDER = "\nMap: {folder}. De diensten van één gemeente: adviseur kaart list --gemeente NAAM"
ACCEPT_HINT = "Neem de voorstellen over met: adviseur kaart accept {id}"
UNKNOWN_SERVICE = "onbekende dienst '{id}'{hint}"
UNKNOWN_SERVICE_IN = "onbekende dienst '{id}' in {municipality}{hint}"
EXPORT_FORMATS = {"hsds": "HSDS 1.1-datapakket", "csv": "CSV-sjabloon", "yaml": "YAML"}
EXPORTED = "{count} diensten van {municipality} geëxporteerd als {what}: {path}"
EXPORTED_FILES = "  {count} bestanden, met datapackage.json"
EXPORT_LEFT_OUT = "adviseur: voorstellen die nog niet zijn bevestigd, zijn niet meegenomen."
ACCEPT_WHICH = "geef de ids van de diensten, of --alle"
NOTHING_TO_ACCEPT = "Er waren geen voorstellen om over te nemen."
ACCEPTED = "Voorstellen van {count} {services} overgenomen in {municipality}."
NO_SUCH_MAP = "er is geen sociale kaart van '{municipality}'"
MAP_REMOVED = "De sociale kaart van {municipality} is verwijderd."
MUNICIPALITY_FORGOTTEN = "De gekozen gemeente is vergeten."
NO_MUNICIPALITY_CHOSEN = "Nog geen gemeente gekozen. Kies er een met: adviseur kaart gemeente NAAM"
MUNICIPALITY_CHOSEN = "Jouw gemeente: {municipality}"
MUNICIPALITY_SET = "Jouw gemeente is nu {municipality}. Adviseur toont de lokale diensten bij het advies."
H_WORDS_SIGNALS = "Signalen (kolom 'signalen'; id of naam, gescheiden door komma's):"
H_WORDS_GROUPS = "\nDoelgroepen (kolom 'doelgroepen'):"
WORDS_OFFERS = "\nVoor 'biedt': het id van een landelijk record (zoek met 'adviseur search')."
TEMPLATE_EXISTS = "{path} bestaat al; kies een nieuwe naam"
TEMPLATE_WRITTEN = "Sjabloon geschreven: {path}. Eén rij per dienst; lees het in met: adviseur kaart import {path}"

# --- scans, regio -------------------------------------------------------------------------------------
REPORT_WRITTEN = "adviseur: rapport geschreven naar {path}"
NO_SCANS_NAMED = "Geen scans onder '{name}'."
OTHER_FLOWS = "scan {earlier} hoort bij flow '{earlier_flow}' en scan {later} bij '{later_flow}'"
COMPARED = "{later} ({later_date}) vergeleken met {earlier} ({earlier_date}):"
DELETE_NEEDS_YES = "verwijderen van scan {id} ({scan}) vraagt om bevestiging: geef --ja"
DELETE_ASK = "Scan {id} ({scan}) voorgoed verwijderen? [j/N] "
NOTHING_DELETED = "Niets verwijderd."
DELETED = "adviseur: scan {id} verwijderd ({scan})"
FLOW_NOT_LOADED = "flow '{flow}' kan niet worden geladen (zie 'adviseur flows')"
QUESTIONNAIRE_WRITTEN = "adviseur: vragenlijst geschreven naar {path}; terug inlezen met 'adviseur scans import {path}'"

# --- saved scans and the region as text (scans_output.py) -------------------------------------------------
LIST_OWN = "  {n}. {date}  {id}  totaal {total}{notes}"
LIST_ROUND = "  samen ingevuld, ronde {round}:"
LIST_PARTNER = "     {date}  {id}  {who}: totaal {total}"
SCAN_PARTNER = " — {who}, ronde {round}"
SCAN_TITLE = "{label}: scan van {date} ({flow}){who}"
H_NOTES = "\nNotities:"
TIMELINE_TITLE = "Tijdlijn van {label} ({flow}): {span}"
H_CHANGE = "verschil"
TIMELINE_COMPARED = "\nScan {first} en {second} vergeleken (kies andere met --van N --tot M):"
H_LAST_NOTES = "\nNotities bij de laatste scan ({date}):"
COMBINED_TITLE = "Samen ingevuld: {label}, ronde {round} ({count} invullers)"
COMBINED_PARTNER = "  {name}: totaal {total} ({date}, {id})"
H_AGENDA = "\nAgenda: waar partners van mening verschillen ({count}):"
NO_DISAGREEMENT = "  nergens ver uiteen"
H_SPREAD = "\nSpreiding per bouwsteen (laagste – hoogste):"
DISAGREEMENT_KEY = "\n◆ = partners verschillen hier van mening. Het rapport (--report) toont alle antwoorden per rol."
ANONYMOUS = " (geanonimiseerd)"
REGION_TITLE = "Regiobeeld van {count} gemeenten{anonymous}:"
REGION_SCAN = "  {name}: scan van {date}"
H_REGION = "regio"
STRONGEST_KEY = "\n★ = sterkst van de regio op dit onderdeel"
H_SHARED_GAPS = "\nGaten die gemeenten delen:"
SHARED_GAP = "  {label}: {count} van {of} ({names})"
INDENTED = "  {text}"
H_REGION_LEADS = "\nAanknopingspunten voor de regio:"
WHOLE_REGION = "hele regio"
REGION_LEAD = "  {title} [{id}] — {meta}; voor {whole}"

# --- argparse itself (__init__.py) and the values it checks (output.py, app_cmds.py, flow_cmds.py) ---------
USAGE = "gebruik: "
POSITIONALS = "argumenten"
OPTIONALS = "opties"
USAGE_ERROR = "{prog}: {message}\nZie '{prog} --help'.\n"
ARG_REQUIRED = "ontbreekt: {0}"
ARG_INVALID_CHOICE = "ongeldige keuze '{1}' voor {0}{hint}; kies uit {2}"
ARG_UNRECOGNIZED = "onbekende opties: {0}"
ARG_EXPECTED_ONE = "{0} heeft een waarde nodig"
ARG_INVALID_VALUE = "ongeldige waarde '{2}' voor {0}"
"""argparse's own messages, by the groups of its English message (see `DutchArgumentParser`)."""
NOT_A_WHOLE_NUMBER = "'{text}' is geen geheel getal"
AT_LEAST_ONE = "moet minstens 1 zijn"
NOT_DAYS = "'{text}' is geen aantal dagen"
NOT_POSITIVE = "moet groter zijn dan 0"
NOT_A_PORT = "'{text}' is geen poortnummer"
NOT_A_DATE = "'{text}' is geen datum als 2024-03-01"
DATE_IN_FUTURE = "een scan kan niet in de toekomst zijn gedaan"

# --- argparse: help, descriptions and group titles -----------------------------------------------
# __init__.py
DESCRIPTION_ADVISEUR = "Adviseur: preventie van dakloosheid — interventies, praktijkvoorbeelden en zelfscans."
HELP_HELP = "toon deze hulp en stop"
HELP_VERSION = "toon het versienummer en stop"
# app_cmds.py
DESCRIPTION_SERVE = (
    "Start de app in de browser, bijvoorbeeld voor een training: open het getoonde adres. Elk "
    "tabblad is een eigen sessie met een eigen gegevensmap: een tabblad ziet nooit de antwoorden van "
    "een ander, en alles wordt gewist als de server stopt. Standaard alleen bereikbaar vanaf deze computer."
)
HELP_APP = "start de app in de terminal (standaard)"
HELP_APP_ROOM = (
    "doe mee in de trainingsruimte die 'adviseur serve --room NAAM' op deze computer maakte (of open daar het "
    "trainersoverzicht)"
)
HELP_SERVE = "start de app in de browser (voor een trainingsruimte)"
HELP_SERVE_HOST = "adres om op te luisteren (standaard 127.0.0.1: alleen deze computer)"
HELP_SERVE_PORT = "poort (standaard 8000)"
HELP_SERVE_ALLOW_REMOTE = "sta een adres toe dat van buiten bereikbaar is, zoals 0.0.0.0; er is géén wachtwoord"
HELP_SERVE_PUBLIC_URL = "het adres waarmee deelnemers de pagina openen, als dat anders is (bijv. http://10.0.0.5:8000)"
HELP_SERVE_ALLOWED_HOST = (
    "een computernaam waarmee deelnemers de pagina openen (bijv. training.local); mag vaker. IP-adressen en "
    "--public-url zijn al toegestaan, andere namen worden geweigerd"
)
HELP_SERVE_MAX_TABS = "hoeveel tabbladen tegelijk open mogen zijn (standaard 30; elk tabblad is een eigen proces)"
GROUP_SERVE_ROOM = "trainingsruimte (de trainer ziet per vraag hoe de groep antwoordde)"
HELP_SERVE_ROOM = (
    "alle tabbladen doen mee in deze ruimte; zonder naam wordt een code gemaakt. Bij de start verschijnt de "
    "trainerssleutel"
)
HELP_SERVE_OEFENING = (
    "een oefening voor de ruimte: een trainings-id (zie 'adviseur flows') of een eigen casusbestand (.yaml); mag "
    "vaker. Standaard: alle trainingen"
)
HELP_SERVE_CASUS = "alleen deze casussen van de casusoefeningen (bijv. --casus huur --casus geweld); mag vaker"
HELP_SERVE_ROOM_DAYS = "na hoeveel dagen de antwoorden in de ruimte worden verwijderd (standaard 7, of ADVISEUR_ROOM_DAYS)"
# knowledge_cmds.py
HELP_LIST = "alle records (interventies, praktijkvoorbeelden, landelijk)"
HELP_LIST_KIND = "alleen dit soort record"
HELP_JSON = "uitvoer als JSON"
HELP_SHOW = "één record, met het bewijsniveau uitgelegd"
HELP_SHOW_ID = "id, titel of afkorting van het record, bijvoorbeeld critical-time-intervention, cti of 'Housing First'"
HELP_CHECK = "controleer kennisbank en flows; meldt pad:regel:kolom per probleem"
HELP_CHECK_PATHS = "bestanden of mappen (standaard: alles)"
# search_cmd.py
HELP_SEARCH = "zoek interventies, praktijkvoorbeelden en landelijke informatie (tikfouten en afkortingen mogen)"
DESCRIPTION_SEARCH = (
    "Zoek op naam, afkorting (CTI, IPS), gewone woorden ('uit huis gezet') of een korte situatie. Geef '-' als "
    "zoekvraag om de zoekvraag van stdin te lezen. Met alleen een filter (zonder zoekwoorden) krijg je alle "
    "records die erbij passen."
)
HELP_SEARCH_QUERY = "de zoekwoorden (meerdere woorden mogen)"
HELP_SEARCH_LIMIT = "hoogstens N resultaten (standaard 10)"
HELP_SEARCH_KIND = "interventie, praktijkvoorbeeld, landelijk of lokaal (de sociale kaart)"
HELP_SEARCH_LEVEL = "bewijsniveau: {levels}"
HELP_SEARCH_CONDITION = "gezondheid, wonen, inkomen, activiteiten of relaties"
HELP_SEARCH_TARGET_GROUP = "doelgroep-id, bv. jongeren"
HELP_SEARCH_GEMEENTE = (
    "lokale diensten uit de sociale kaart van deze gemeente ('alle': alle kaarten; standaard: je gekozen "
    "gemeente)"
)
# flow_cmds.py
HELP_FLOWS = "de beschikbare flows (gesprekken, zelfscans, quizzen)"
HELP_FLOWS_ALL = "ook vragenblokken (subflows) en voorbeeldflows tonen"
HELP_RUN = "een flow doorlopen met antwoorden uit een bestand, zonder scherm"
HELP_RUN_FLOW = "flow-id (zie 'adviseur flows') of pad naar een flowbestand"
HELP_RUN_ANSWERS = "YAML met antwoorden per vraag-id (of een scenariobestand: dan telt 'answers:')"
HELP_RUN_REPORT = "schrijf een rapport: Markdown (.md) of een zelfstandige HTML-pagina (.html, af te drukken als PDF)"
HELP_RUN_SAVE = (
    "bewaar de uitslag onder deze naam (bijv. de gemeente), om later te vergelijken; de uitslag van een casus "
    "wordt net als een casussessie na 30 dagen verwijderd (ADVISEUR_SESSION_DAYS)"
)
HELP_RUN_COMPARE = "vergelijk met de laatst bewaarde uitslag onder deze naam (in het rapport en de uitvoer)"
HELP_RUN_SUMMARY = "druk alleen de geanonimiseerde casussamenvatting af (Markdown, om in een dossier te plakken)"
HELP_RUN_WHY_NOT = "leg uit waarom dit record wel of niet wordt geadviseerd (mag vaker)"
HELP_RUN_BEVESTIG = "tel een signaal mee dat in de eigen beschrijving is herkend (mag vaker; zie 'suggesties')"
GROUP_RUN_PARTNERS = "samen invullen (met --save: de antwoorden van één partner, zie 'adviseur scans samen')"
ROLES = "gemeente, corporatie, zorgaanbieder, ggd, schuldhulp, welzijn, ervaringsdeskundige of anders"
HELP_RUN_ROL = "wie invult: " + ROLES
HELP_RUN_ORGANISATIE = "de naam van de organisatie (geen naam van een persoon)"
HELP_RUN_RONDE = "de ronde waarin de partners samen invullen (standaard dit jaar)"
HELP_RUN_DATUM = "met --save: de datum van de scan, voor een scan die eerder is gedaan (standaard vandaag)"
HELP_GRAPH = "een flow als Mermaid-diagram, om de opbouw te bekijken"
HELP_GRAPH_FLOW = "flow-id of pad naar een flowbestand"
# scans_cmds.py
HELP_SCANS = "bewaarde scans: tijdlijn, vergelijken, samen invullen, delen"
DESCRIPTION_SCANS = (
    "Bewaarde scans: per gemeente of team een tijdlijn door de jaren heen, en scans die partners "
    "samen invulden. Een scan heet naar zijn id (zie 'adviseur scans list'; de eerste tekens zijn genoeg)."
)
HELP_SCANS_REPORT = "schrijf een rapport: Markdown (.md) of HTML (.html, af te drukken als PDF)"
HELP_SCANS_VRAGENLIJST_ROL = "vul de rol alvast in: " + ROLES
HELP_SCANS_LIST = "alle bewaarde scans, per gemeente of team"
HELP_SCANS_LIST_NAAM = "alleen de scans onder deze naam"
HELP_SCANS_LIST_FLOW = "alleen scans van deze flow (bijv. zelfscan)"
HELP_SCANS_SHOW = "de tijdlijn van een gemeente (NAAM), of één scan (ID)"
HELP_SCANS_SHOW_WAT = "de naam van een gemeente of team, of het id van een scan"
HELP_SCANS_SHOW_VAN = "vergelijk scan N van de tijdlijn (1 = de oudste) ..."
HELP_SCANS_SHOW_TOT = "... met scan M (standaard de laatste twee)"
HELP_SCANS_SHOW_FLOW = "de flow van de scans (standaard zelfscan)"
HELP_SCANS_COMPARE = "twee bewaarde scans vergelijken: wat ging vooruit, wat achteruit"
HELP_SCANS_COMPARE_EERDER = "de eerdere scan"
HELP_SCANS_COMPARE_LATER = "de latere scan"
HELP_SCANS_DELETE = "één bewaarde scan voorgoed verwijderen"
HELP_SCANS_DELETE_JA = "niet eerst vragen (voor scripts)"
HELP_SCANS_SAMEN = "de scan die partners samen invulden: spreiding, verschil van mening, per rol"
HELP_SCANS_SAMEN_NAAM = "de gemeente of het team"
HELP_SCANS_SAMEN_RONDE = "de ronde (standaard de laatste)"
HELP_SCANS_EXPORT = "scans naar één JSON-bestand, om te delen (partner → coördinator, gemeente → regio)"
HELP_SCANS_EXPORT_WAT = "scans (id) of alle scans onder een naam"
HELP_SCANS_EXPORT_NAAR = "het bestand om te schrijven (.json)"
HELP_SCANS_IMPORT = "scans uit een gedeeld JSON-bestand of een ingevulde vragenlijst (.yaml) bewaren"
HELP_SCANS_VRAGENLIJST = "een vragenlijst (YAML) om los in te vullen door een partner"
HELP_SCANS_VRAGENLIJST_FLOW = "de flow (standaard zelfscan)"
HELP_SCANS_VRAGENLIJST_NAAR = "het bestand om te schrijven (.yaml)"
HELP_SCANS_VRAGENLIJST_GEMEENTE = "vul de naam van de gemeente alvast in"
HELP_SCANS_VRAGENLIJST_RONDE = "de ronde (standaard dit jaar)"
HELP_REGIO = "meerdere gemeenten naast elkaar: wie is waar sterk, wat past bij de hele regio"
HELP_REGIO_RAPPORT = "het regiobeeld uit gedeelde scanbestanden (adviseur scans export)"
HELP_REGIO_RAPPORT_BESTANDEN = "scanbestanden (.json), een of meer gemeenten elk"
HELP_REGIO_RAPPORT_ANONIEM = "laat de namen weg: 'Gemeente A, B, …' (voor een regio-overleg)"
# kaart_cmds.py
HELP_KAART_IMPORT_GEMEENTE = "de gemeente van de diensten (nodig als het bestand er geen noemt)"
HELP_KAART_LIST_GEMEENTE = "toon de diensten van deze gemeente"
HELP_KAART_SHOW_GEMEENTE = "de gemeente (standaard: je gekozen gemeente, anders alle kaarten)"
HELP_KAART_CHECK_GEMEENTE = "alleen deze gemeente"
HELP_KAART_GEMEENTE_CHOSEN = "de gemeente (standaard: je gekozen gemeente)"
HELP_KAART = "de lokale sociale kaart: inlezen, bekijken, controleren, exporteren en je gemeente kiezen"
DESCRIPTION_KAART = (
    "De sociale kaart van je gemeente naast het landelijke advies. Lees een HSDS-datapakket, het CSV-sjabloon of "
    "YAML in, kies je gemeente, en Adviseur toont bij elk advies wie het hier doet."
)
HELP_KAART_IMPORT = "een sociale kaart inlezen (HSDS-datapakket, CSV-sjabloon of YAML)"
HELP_KAART_IMPORT_PATH = "map met datapackage.json, of een .csv- of .yaml-bestand"
HELP_KAART_IMPORT_DRY_RUN = "alleen controleren en tonen wat er verandert; niets opslaan"
HELP_KAART_IMPORT_ACCEPT = "neem de voorgestelde signalen, doelgroepen en 'biedt' meteen over"
HELP_KAART_LIST = "de ingelezen kaarten, of de diensten van één gemeente"
HELP_KAART_SHOW = "één dienst met alle gegevens en voorstellen"
HELP_KAART_SHOW_ID = "het id van de dienst (zie 'adviseur kaart list --gemeente NAAM')"
HELP_KAART_CHECK = "controleer de kaarten: leesbaar, bestaande ids, verouderde diensten"
HELP_KAART_EXPORT = "een kaart exporteren als HSDS-datapakket (standaard), CSV-sjabloon of YAML"
HELP_KAART_EXPORT_PATH = "een map (HSDS) of een bestand (.csv, .yaml)"
HELP_KAART_EXPORT_FORMAAT = "hsds, csv of yaml (standaard: naar de naam van PAD)"
HELP_KAART_ACCEPT = "voorgestelde signalen, doelgroepen en 'biedt' overnemen (bevestigen)"
HELP_KAART_ACCEPT_IDS = "de diensten waarvan je de voorstellen overneemt"
HELP_KAART_ACCEPT_ALLE = "alle voorstellen van de kaart overnemen"
HELP_KAART_GEMEENTE = "kies je gemeente (onthouden; de app toont hem bovenaan)"
HELP_KAART_GEMEENTE_NAME = "de gemeente; zonder naam: toon de gekozen gemeente"
HELP_KAART_GEMEENTE_WIS = "vergeet de gekozen gemeente"
HELP_KAART_REMOVE = "de kaart van een gemeente verwijderen"
HELP_KAART_REMOVE_GEMEENTE = "de gemeente"
HELP_KAART_WOORDEN = "de signalen en doelgroepen die je in de kolommen mag gebruiken"
HELP_KAART_SJABLOON = "schrijf een leeg CSV-sjabloon met één voorbeeldrij"
HELP_KAART_SJABLOON_PATH = "het nieuwe .csv-bestand"
HELP_KAART_MAP = "de map met sociale kaarten (standaard: ADVISEUR_KAART_DIR, anders de gegevensmap van Adviseur)"
