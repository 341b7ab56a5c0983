"""Every Dutch sentence and heading of the reports over several scans (a timeline, a scan filled in
with partners, a regional picture) and of a training room's answers, in one place for review and
translation. The one-scan report's texts are in `texts.py`; these reuse its footer and comparison
wording."""

from __future__ import annotations

# --- shared --------------------------------------------------------------------------------------
META = "Flow: {flow} · Opgesteld op {date} met Adviseur"
COL_PART = "Onderdeel"
COL_CHANGE = "Verschil"
COL_DATE = "Datum"
COL_ID = "Scan"
COL_TOTAL = "Totaal"
COL_NOTES = "Notities"
COL_QUESTION = "Vraag"
COL_ANSWER = "Antwoord"
COL_NOTE = "Notitie"
AND = " en "
ROLES: dict[str, str] = {
    "gemeente": "Gemeente",
    "corporatie": "Woningcorporatie",
    "zorgaanbieder": "Zorgaanbieder",
    "ggd": "GGD",
    "schuldhulp": "Schuldhulpverlening",
    "welzijn": "Welzijn en wijkteam",
    "ervaringsdeskundige": "Ervaringsdeskundige",
    "anders": "Andere partner",
}
"""Who fills in a scan with the municipality: the role id (as typed, data) and how reports name it."""
CHART_PILLARS = "Totaal en pijlers"
CHART_BLOCKS = "Bouwstenen"
NO_VALUE = "—"
PRINT_HINT = "Druk deze pagina af of bewaar haar als PDF vanuit de browser (Ctrl+P)."

# --- timeline ------------------------------------------------------------------------------------
TIMELINE_TITLE = "Tijdlijn: {label}"
SPAN = "{count} scans, van {first} tot {last}"
SPAN_ONE = "1 scan, van {first}"
H_TREND = "Per pijler en bouwsteen door de jaren heen"
TREND_CHART = "Percentage van de maximale score per scan: {what}"
H_TREND_TABLE = "De cijfers"
H_SCANS = "De scans"
H_CHANGED = "Wat veranderde tussen {earlier} en {later}"
H_NOTES = "Notities bij de laatste scan ({date})"
NO_NOTES = "Bij de laatste scan zijn geen notities gemaakt."
ONE_SCAN = "Er is nog maar één scan: een volgende scan onder dezelfde naam komt ernaast te staan."
NO_SUCH_POSITION = "kies een scan op de tijdlijn van 1 tot en met {count}"

# --- a scan filled in with partners --------------------------------------------------------------
COMBINED_TITLE = "Samen ingevuld: {label}, ronde {round}"
COMBINED_META = "{respondents}: {who}"
RESPONDENT_NOUN = ("invuller", "invullers")
H_RESPONDENTS = "Wie vulde in"
COL_WHO = "Invuller"
H_AGENDA = "Agenda: waar partners van mening verschillen"
AGENDA_INTRO = (
    "Bij deze vragen liggen de antwoorden ver uiteen (bijvoorbeeld 'ja' tegenover 'nee' of 'weet ik niet'). "
    "Dat zijn de gesprekspunten voor een overleg: wie ziet wat, en waarom?"
)
NO_AGENDA = "De partners verschillen nergens ver van elkaar: geen vraag kreeg zowel 'ja' als 'nee' of 'weet ik niet'."
AGENDA_ITEM = "{label} ({block})"
H_UNKNOWN = "Wat veel partners niet weten"
UNKNOWN_ITEM = "{label}: {count} van {total} antwoordden 'weet ik niet'"
H_SPREAD = "Spreiding per pijler en bouwsteen"
SPREAD_CHART = "Percentage per invuller: {what}"
H_BLOCKS = "Per bouwsteen"
BLOCK_LINE = "Laagste {low}, hoogste {high}, gemiddeld {mean}"
DIFFERENT = "Anders beantwoord"
DISAGREE_MARK = "verschil van mening"
ALL_AGREE = "Alle invullers gaven hier hetzelfde antwoord."
H_BY_ROLE = "Antwoorden per rol"
H_BY_ROLE_SCORES = "Scores per invuller"
H_BY_ROLE_ANSWERS = "Alle antwoorden per invuller"
NOT_ASKED = "niet gevraagd"
ROUND_OF = "ronde {round}"

# --- regional picture ----------------------------------------------------------------------------
REGION_TITLE = "Regiobeeld: {count} gemeenten"
REGION_TITLE_ANONYMOUS = "Regiobeeld: {count} gemeenten (geanonimiseerd)"
ANONYMOUS = "Gemeente {letter}"
ANONYMOUS_NOTE = "De namen van de gemeenten zijn weggelaten; de letters volgen de volgorde waarin de scans zijn gegeven."
H_REGION_CHART = "Per pijler en bouwsteen naast elkaar"
REGION_CHART = "Percentage van de maximale score per gemeente: {what}"
H_REGION_TABLE = "Wie is waar sterk"
COL_REGION = "Regio (gemiddeld)"
COL_STRONGEST = "Sterkst"
STRONG_MARK = "★"
STRONG_NOTE = "★ = de hoogste score van de regio op dit onderdeel: daar valt voor de anderen iets te leren."
NOBODY_STANDS_OUT = "gelijk"
H_SHARED_GAPS = "Gaten die gemeenten delen"
SHARED_GAP = "{label}: in {count} van {total} gemeenten ({names})"
NO_SHARED_GAPS = "Geen gat komt bij meer dan één gemeente voor."
H_REGION_LEADS = "Aanknopingspunten voor de regio"
REGION_LEADS_INTRO = (
    "Interventies, praktijkvoorbeelden en landelijke informatie bij de gaten die gemeenten delen: "
    "wat gemeenten samen kunnen oppakken. Eerst wat bij alle gemeenten past."
)
REGION_LEAD = "{lead} — voor {names}; bij: {questions}"
"""`lead` is the record's title and level, `names` the municipalities it helps."""
NO_REGION_LEADS = (
    "De kennisbank noemt geen interventies, praktijkvoorbeelden of landelijke informatie bij de gaten die "
    "gemeenten delen: bespreek in de regio hoe jullie ze samen aanpakken."
)
NO_REGION_LEADS_WITHOUT_SHARED_GAPS = (
    "Geen aanknopingspunten voor de regio als geheel: geen gat komt bij meer dan één gemeente voor. "
    "Het rapport van elke gemeente noemt de aanknopingspunten bij haar eigen gaten."
)
WHOLE_REGION = "de hele regio"
SCAN_OF = "scan van {date}"

# --- a training room (room.py, room_render.py; the trainer's screen shows the same words) ---------
ROOM_TITLE = "Trainingsruimte {name}"
ROOM_META = "Code {code} · {participants} · Opgesteld op {date} met Adviseur"
PARTICIPANT_NOUN = ("deelnemer", "deelnemers")
ROOM_EXPIRES = "De gegevens van deze ruimte worden verwijderd op {date}."
ANONYMOUS_PARTICIPANT = "Deelnemer {n}"
"""How a participant without a nickname is shown (numbered in the order they joined)."""
H_PARTICIPANTS = "Deelnemers"
H_QUESTIONS = "Per vraag"
NO_PARTICIPANTS = "Nog niemand doet mee."
ROOM_NO_ANSWERS = "Nog geen antwoorden."
COL_NAME = "Bijnaam"
COL_EXERCISE = "Oefening"
COL_PROGRESS = "Voortgang"
COL_SCORE = "Score"
COL_OPTION = "Antwoord"
COL_MARK = "Oordeel"
COL_CHOSEN = "Gekozen"
COL_LEADS = "Bewijs"
NOT_STARTED = "nog niet begonnen"
DONE = "klaar"
QUESTION_SUMMARY = "{answered} beantwoord · goed: {right} ({percent}){partly} · {wrong}"
PARTLY = " · deels goed: {partly}"
MOST_WRONG = "vaakst gekozen fout antwoord: {label} ({count}×)"
NO_WRONG = "niemand koos een fout antwoord"
PARTICIPANT_SCORE = "{points} van {answered} ({percent})"
MARK_WORDS: dict[bool | str | None, str] = {True: "goed", "partial": "deels goed", False: "niet goed", None: ""}
"""An option's mark in the table: right, partly right, wrong, or not marked."""
MARK_BANDS = {"fout": "Niet goed", "deels": "Deels goed", "goed": "Goed"}
"""The chart's names for the colours of wrong, partly right and right options."""
ROOM_CHART = "Gekozen antwoorden: {question}"
ROOM_FOOTER = "Alleen bijnamen, geen namen: deelnemers hoeven niets in te vullen dat hen herkenbaar maakt."
