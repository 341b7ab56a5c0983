"""The app's own Dutch texts (architecture 19: one catalogue per package): the app and its
commands, the screens, the widgets and the browser server. What a report says too (headings,
'Totaal en pijlers') comes from `adviseur.reports.scan_texts`, so the screen and the report use
the same words.

It imports nothing: the start screen imports it before anything else is loaded (issue 12). Not
here: key names, CSS, ids and file names; Textual's markup (`[dim]`) is part of a text where the
text is laid out with it.
"""

from __future__ import annotations

# --- the app (app.py, local.py, providers.py, host.py) ----------------------------------------------
TITLE = "Adviseur"
SUB_TITLE = "preventie van dakloosheid"
SUB_TITLE_MUNICIPALITY = "{sub_title} · gemeente {municipality}"
KEY_QUIT = "Stoppen"
KEY_SEARCH = "Zoeken"
KEY_HELP = "Hulp"
KEY_THEME = "Licht/donker"
KEY_PALETTE = "Opdrachten"
LOCAL_SERVICES_SHOWN = "De lokale diensten van {municipality} staan nu bij het advies."
MUNICIPALITY_TITLE = "Gemeente: {municipality}"
KNOWLEDGE_BROKEN = "De kennisbank kon niet worden geladen. Draai 'adviseur check' voor de details.\n{error}"
KNOWLEDGE_BROKEN_TITLE = "Kennisbank bevat fouten"
PALETTE_PROMPT = "Zoek een interventie, praktijkvoorbeeld of flow…"
PALETTE_START = "Start: {title}"
COMMAND_SEARCH = ("Zoeken", "Zoek in de kennisbank")
COMMAND_HELP = ("Hulp", "Toetsen, bewijsniveaus en privacy")
COMMAND_MUNICIPALITY = ("Gemeente kiezen", "Je gemeente: de lokale sociale kaart naast het advies")
COMMAND_THEME = ("Licht of donker thema", "Wissel het kleurenschema")
COMMAND_QUIT = ("Stoppen", "Sluit de app (je antwoorden zijn bewaard)")
"""The palette's commands: a title and what it does."""
HOW_TO_QUIT = "Druk op ctrl+q om te stoppen. Je antwoorden zijn al bewaard; kies straks 'Verder waar je was'."
HOW_TO_QUIT_TITLE = "Wil je stoppen?"
LOG_NOT_WRITTEN = "(niet te schrijven)"
"""Where the error log went when it could not be written."""
NOT_A_HOST = "{app} biedt niet wat de schermen van Adviseur nodig hebben"

# --- starting and resuming flows (navigation.py) ----------------------------------------------------
FLOW_BROKEN = "Flow '{flow}' kan niet worden geladen:\n{problems}"
FLOW_BROKEN_TITLE = "Fout in de flow"
NOT_KEPT_TITLE = "Bewaren lukt niet"
EXERCISE_BROKEN_TITLE = "Deze oefening kan niet worden geladen"
TRAINER_UNREACHABLE_TITLE = "Delen met de trainer lukt niet"
DELETE_FAILED = "Verwijderen mislukt"
NEWER_SESSION_TITLE = "Sessie van een nieuwere versie"
SET_ASIDE = "Een beschadigd bestand is apart gezet en niet gebruikt:\n{problem}"
SET_ASIDE_TITLE = "Beschadigde sessie"

# --- sharing a scan as a file (scan_files.py) -------------------------------------------------------
DOWNLOADED = "{name} (download in de browser)"
OWN_SCAN = "De gemeente of het team zelf (de eigen scan, voor de tijdlijn)"
WHO_FILLS_IN = "Wie vulde deze scan in? Het bestand gaat naar wie de scan coördineert (of naar de regio)."
SHARED_ONE = "{where}\nDe ontvanger leest het in met 'adviseur scans import' of i bij Bewaarde scans."
SHARED_ONE_TITLE = "Scan gedeeld"

# --- copying to the clipboard (clipboard.py) --------------------------------------------------------
COPIED = "De samenvatting staat op het klembord (gekopieerd met {tool})."
SENT = (
    "De samenvatting is naar het klembord van de terminal gestuurd. Niet elke terminal neemt dat "
    "aan: plak om te controleren, of druk op e om een rapport als bestand te schrijven."
)
SENT_WEB = (
    "De samenvatting is naar de browser gestuurd. Niet elke browser staat dat toe: plak om te "
    "controleren, of druk op e om een rapport als bestand te schrijven."
)

# --- the timeline (screens/timeline.py, widgets/trend_chart.py) --------------------------------
TIMELINE_TITLE = "Tijdlijn van {label}: {span}"
TIMELINE_SUBTITLE = "tijdlijn · {label}"
H_CHART = "{what} door de jaren"
CHART_ALL = "Alle scores"
CHART_HINT = "Eén balk per scan, met percentage en band"
CHART_HINT_BLOCKS = CHART_HINT + " · b toont de bouwstenen"
CHART_HINT_PILLARS = CHART_HINT + " · b toont de pijlers"
SHOW_BLOCKS = "Grafiek bouwstenen"
SHOW_PILLARS = "Grafiek pijlers"
TREND_CHANGE = "{change} procentpunt sinds scan {first}"
NO_SCORE = "geen score"
NO_CHART = "Geen scores om te tonen."
H_TABLE = "Alle scores per scan"
COL_CHANGE = "Verschil"
COMPARED = "Scan {a} ({day_a}) en {b} ({day_b}) vergeleken — v kiest andere"
H_NOTES = "Notities bij de laatste scan ({date})"
NOTE_LINE = "{question} — {answer}: {note}"
SHARED = "{scans} in {where}\nEen ander leest ze in met 'adviseur scans import' of met i bij Bewaarde scans."
SAVED_TITLE = "Rapport opgeslagen"
SAVE_FAILED = "Opslaan mislukt"
SHARED_TITLE = "Gedeeld"
SHARE_FAILED = "Delen mislukt"
KEY_COMPARE = "Vergelijk twee scans"
KEY_DELETE_SCAN = "Scan verwijderen"
KEY_PARTNERS = "Samen ingevuld"
SCAN_OPTION = "{number}. {date} — totaal {total} ({id})"
COMPARE_WITH = "Vergelijk met welke scan?"
WHICH_TO_COMPARE = "Welke scan vergelijken?"
DELETE_SCAN = "Scan {position} van {label} ({date}) voorgoed verwijderen?\nDit kan niet ongedaan worden."
WHICH_TO_DELETE = "Welke scan verwijderen?"
NOT_DELETED = "Niet verwijderd"
SCAN_DELETED = "Scan van {date} verwijderd."
DELETED_TITLE = "Verwijderd"

# --- the conversation (screens/chat.py) -------------------------------------------------------------
KEY_BACK = "Vorige vraag"
KEY_CHANGE = "Antwoord wijzigen"
KEY_NOTE = "Notitie"
KEY_SKIP = "Overslaan"
KEY_RESULT = "Resultaat"
KEY_TO_START = "Naar start"
KEY_CANCEL = "Annuleren"
RESUMED_TITLE = "Sessie hervat"
NOT_SAVED = "Opslaan mislukt: {error}"
REVIEWING = "*(eerder beantwoord — kies opnieuw of bevestig)*\n\n"
"""Above a question asked again after going back: the earlier answer is preselected."""
EVIDENCE_NOTE = "\n\n*Bewijs:* {leads}"
FIRST_QUESTION = "Dit is de eerste vraag."
NOTHING_TO_CHANGE = "Er zijn nog geen antwoorden om te wijzigen."
FINISHED_HINT = "Klaar. r toont het resultaat weer, ctrl+e wijzigt een antwoord, escape gaat naar het begin."
WHICH_ANSWER = "Welk antwoord wil je wijzigen?"

# --- a record (screens/detail.py, screens/local_service.py) -----------------------------------------
KEY_BACK_TO = "Terug"
KEY_WHY_NOT = "Waarom (niet) geadviseerd?"
IN_YOUR_MUNICIPALITY = "In jouw gemeente ({municipality})"
NO_LOCAL_SERVICES = "Geen lokale diensten op de kaart voor dit record."
WHY_NOT_TITLE = "Voor de laatst besproken situatie"
KEY_ACCEPT = "Voorstellen overnemen"
LOCAL_SUB_TITLE = "lokaal · {municipality}"
ACCEPT_HINT = "\n\nDe voorstellen zijn gelezen uit de omschrijving. Kloppen ze? Druk op a om ze over te nemen."
SERVICE_GONE = "deze dienst staat niet meer op de kaart"
ACCEPT_FAILED = "Overnemen mislukt"
ACCEPTED = "De voorstellen zijn overgenomen en tellen nu als bevestigd."
ACCEPTED_TITLE = "Overgenomen"

# --- help (screens/help.py) -------------------------------------------------------------------------
HELP_KEYS = """\
# Hulp

## Overal
| toets | wat het doet |
|---|---|
| `/` | zoeken naar interventies, praktijkvoorbeelden en landelijke informatie; vanuit de zoekresultaten terug naar het zoekveld |
| `ctrl+p` | opdrachtenpalet: records en flows openen, gemeente kiezen |
| `escape` | terug naar het vorige scherm (of een venster sluiten) |
| `tab` | naar het volgende onderdeel, zoals een link 'Praktijk: …' of 'Zie ook' |
| `enter` | kiezen of openen wat gemarkeerd is |
| `ctrl+t` | licht of donker thema |
| `?` of `f1` | deze hulp (sluiten met `escape`, `q` of `?`) |
| `ctrl+q` | stoppen (je antwoorden zijn al bewaard) |

## Startscherm en Mijn gesprekken
| toets | wat het doet |
|---|---|
| `enter` | een gesprek verder doen, of een afgerond gesprek met zijn resultaat openen |
| `d` of `delete` | het gemarkeerde gesprek verwijderen (Adviseur vraagt het eerst: `j` ja, `n` of `escape` nee) |
| `t` | in een trainingsruimte: het trainersoverzicht (vraagt de trainerssleutel) |

## In een gesprek
| toets | wat het doet |
|---|---|
| `pijltjes` + `enter` | een antwoord kiezen |
| `j` of `n` | ja of nee (bij een ja/nee-vraag is niets vooraf gekozen) |
| `1` tot en met `4` | een cijfer op de schaal kiezen (elk cijfer dat op de schaal staat) |
| `spatie` | bij meerkeuze een antwoord aan- of uitvinken (✓ gekozen, leeg niet gekozen) |
| `ctrl+s` | een vraag overslaan die niet hoeft |
| `ctrl+b` | vorige vraag (terug) |
| `ctrl+e` | een eerder antwoord wijzigen |
| `ctrl+n` | bij een beleidsflow: een korte notitie bij de vraag |
| `r` | als het gesprek klaar is: het resultaat weer tonen |
| `escape` | naar het startscherm (het gesprek blijft bewaard) |

## Bij het resultaat
| toets | wat het doet |
|---|---|
| `enter` | een kaart of een link 'Praktijk: …' openen |
| `b` | signalen bevestigen die in je eigen beschrijving zijn herkend |
| `c` | de geanonimiseerde samenvatting kopiëren |
| `e` | een rapport opslaan (Markdown en HTML) in je map voor rapporten (Documenten/Adviseur) |
| `s` | een scan bewaren, om een volgende scan mee te vergelijken |
| `x` | een scan delen als bestand |
| `h` | naar het startscherm |
| `escape` | terug naar het gesprek |

## Zoeken en records
| toets | wat het doet |
|---|---|
| `ctrl+f` | naar de filters (soort, pijler, conditie, bewijs); een filter zonder zoekwoorden toont alles wat past |
| `enter` | een record openen; op 'losse treffers' of 'Meer tonen' die laten zien |
| `w` | bij een record: waarom het wel of niet wordt geadviseerd voor de laatst besproken situatie |
| `a` | bij een lokale dienst: de voorgestelde kenmerken overnemen |

## Bewaarde scans
| toets | wat het doet |
|---|---|
| `b` | in de tijdlijn: de grafiek per bouwsteen, of weer per pijler |
| `v` | twee scans vergelijken |
| `p` | de scan die samen met partners is ingevuld |
| `d` | een scan verwijderen |
| `i` | scans importeren |
| `r` | het regiobeeld |
| `g` | het regiobeeld tonen |
| `a` | namen van gemeenten weglaten |
| `e` | een rapport opslaan (Markdown en HTML) in je map voor rapporten |
| `x` | de scans delen als één bestand, in je map voor rapporten |

## Trainersoverzicht
| toets | wat het doet |
|---|---|
| `r` | vernieuwen |
| `e` | exporteren (Markdown en HTML) |
"""

HELP_PRIVACY = """\
## Privacy
Adviseur bewaart geen namen, adressen of andere gegevens die een inwoner herkenbaar maken.
Een eigen beschrijving die je intypt, wordt alleen gelezen om signalen te herkennen en niet opgeslagen,
ook niet in een rapport of samenvatting.
Sessies worden na een aantal dagen automatisch verwijderd. Alle bestanden staan alleen
leesbaar voor jou in je eigen gegevensmap.
"""
KEY_CLOSE = "Sluiten"
HELP_LEVELS = "## Bewijsniveaus"
HELP_INTERNATIONAL = "- **Internationaal effectief** — {meaning}"
HELP_UNSTATED = "- **Niet vermeld** — {meaning}"

# --- choosing the municipality (screens/municipality.py) --------------------------------------------
MUNICIPALITY_PROMPT = (
    "In welke gemeente werk je? Adviseur onthoudt het en toont bij het advies de lokale diensten "
    "uit de sociale kaart van die gemeente."
)
MUNICIPALITY_PLACEHOLDER = "bijvoorbeeld Utrecht"

# --- a note with a question (screens/note.py) -------------------------------------------------------
NOTE_TITLE = "Notitie bij: {question}"
NOTE_HINT = (
    "Een korte notitie over beleid of afspraken (hoogstens {max} tekens), bijvoorbeeld 'afspraak met de "
    "corporatie loopt tot 2026'. Nooit over personen: geen namen of gegevens van inwoners of collega's. "
    "Leeg maken verwijdert de notitie. Enter bewaart, escape annuleert."
)
NOTE_SAVED = "Notitie bewaard; ze staat in het rapport naast het antwoord."
NOTE_REMOVED = "Notitie verwijderd."
NOTE_NO_QUESTION = (
    "Er wordt nu geen vraag gesteld: een notitie hoort bij de vraag die je beantwoordt "
    "(ctrl+e gaat terug naar een antwoord)."
)
NOTE_PLACEHOLDER = "afspraak met corporatie loopt tot 2026"
NOTE_NOT_SAVED = "Notitie niet bewaard"

# --- the result of a flow (screens/results.py) ------------------------------------------------------
KEY_BACK_TO_CHAT = "Terug naar gesprek"
KEY_COPY = "Kopieer samenvatting"
KEY_EXPORT = "Rapport opslaan"
KEY_SAVE_SCAN = "Scan bewaren"
KEY_SHARE = "Delen (bestand)"
KEY_CONFIRM = "Bevestig herkende signalen"
SCANS_UNREADABLE = "Eerdere scans niet te lezen"
NO_ADVICE_TITLE = "Geen advies"
RESULT_SUB_TITLE = "resultaat"
NOT_SAVED_YET = "Nog geen eerdere scan van '{label}' bewaard. Druk op s om deze scan te bewaren."
SUGGESTIONS = "In je beschrijving herken ik: {found}. Dat telt pas mee als je het bevestigt: druk op **b**."
NO_SIGNALS = "Uit je antwoorden komen geen risicosignalen naar voren. Zoek met `/` als je iets specifieks zoekt."
RULED_OUT = (
    "{count} records passen bij de signalen maar niet bij deze situatie. "
    "Open een record (zoek met /) en druk op w voor 'waarom niet?'."
)
NOTHING_TO_CONFIRM = "Er zijn geen herkende signalen om te bevestigen."
CONFIRMED = "De herkende signalen tellen nu mee in het advies."
CONFIRMED_TITLE = "Bevestigd"
H_SCORES = "Scores"
COMPARED_WITH = "Vergeleken met de scan van {date}"
EARLIER = "eerder"
"""The date of a scan compared with when it has none."""
H_GAPS = "Verbeterpunten en aanknopingspunten"
H_QUIZ = "Terugblik"
QUIZ_SCORE = " — score {points} ({percent})"
POINTS_WORD = " punten"
"""What `reports.format.points_text` ends with: left out after 'score'."""
QUIZ_GIVEN = "Jouw antwoord: {given} · **{verdict}**"
QUIZ_CORRECT = "Goed antwoord: {correct}"
H_ANSWERS = "Antwoorden"
NO_SUMMARY = "Voor deze flow is er geen casussamenvatting; gebruik 'e' voor een rapport."
COPIED_TITLE = "Gekopieerd"
SENT_TITLE = "Verstuurd"
PRIVATE_REPORT = "Alleen voor jou leesbaar: het gaat over een casus."
ALREADY_SAVED = "Deze scan is al bewaard als '{label}'."
CANNOT_SAVE = "Alleen een afgeronde scan met een naam (gemeente of team) kan worden bewaard."
KEEP_FAILED = "Bewaren mislukt"
SAVED_AS = "Bewaard als '{label}': een volgende scan wordt ermee vergeleken."
SCAN_SAVED = "Scan van '{label}' bewaard; een volgende scan wordt ermee vergeleken."
SCAN_SAVED_TITLE = "Bewaard"

# --- joining a training room (screens/room_join.py) ------------------------------------------------
JOIN_INTRO = (
    "Je doet mee in trainingsruimte '{room}'. De trainer ziet per vraag hoe de groep antwoordde, en "
    "per deelnemer de voortgang en score onder een bijnaam.\n"
    "Kies een bijnaam, of laat het veld leeg om zonder naam mee te doen. Je echte naam is niet nodig.\n"
    "Enter: meedoen · Escape: meedoen zonder bijnaam"
)
KEY_WITHOUT_NAME = "Zonder bijnaam"
JOIN_TITLE = "Meedoen"
NICKNAME_PLACEHOLDER = "bijnaam (mag leeg blijven)"

# --- saved scans (screens/scans.py) ----------------------------------------------------------------
SCANS_INTRO = (
    "Per gemeente of team de bewaarde scans. Enter opent de tijdlijn (of, als alleen partners invulden, "
    "de scan die zij samen invulden). r zet gemeenten naast elkaar, i importeert een gedeeld bestand."
)
IMPORT_QUESTION = "Welk bestand importeren? (een gedeeld scanbestand .json of een ingevulde vragenlijst .yaml)"
NO_SCANS = (
    "Er zijn nog geen scans bewaard. Doe de zelfscan en druk bij de uitslag op s, of importeer een "
    "gedeeld scanbestand of een ingevulde vragenlijst met i."
)
SCANS_OWN = "{scans}, {span}, laatst {total}"
SCANS_TOGETHER = "samen ingevuld: ronde {rounds} ({respondents})"
KEY_REGION = "Regiobeeld"
KEY_IMPORT = "Importeren"
SCANS_SUB_TITLE = "bewaarde scans"
SCANS_UNREADABLE_TITLE = "Scans niet te lezen"
NOT_IMPORTED = "Niet geïmporteerd"
IMPORT_TITLE = "Importeren"
NOTHING_FOUND = "Niets gevonden."

# --- search (screens/search.py) ---------------------------------------------------------------------
KIND_FILTERS = {"interventie": "Interventies", "praktijkvoorbeeld": "Praktijkvoorbeelden", "landelijk": "Landelijk"}
"""The kind filter's choices: a record kind (data) and how the filter names it."""
LEVEL_INTERNATIONAL = "Internationaal effectief"
LEVEL_UNSTATED = "Niet vermeld"
KEY_TO_RESULTS = "Naar resultaten"
KEY_FILTERS = "Filters"
SEARCH_PLACEHOLDER = "Zoek op naam, afkorting, signaal of situatie…"
FILTER_KIND = "Soort"
FILTER_PILLAR = "Pijler"
FILTER_CONDITION = "Conditie"
FILTER_LEVEL = "Bewijs"
TYPE_TO_SEARCH = "Typ om te zoeken. Tikfouten en afkortingen mogen."
TYPE_OR_FILTER = "Typ om te zoeken, of kies een filter. Tikfouten en afkortingen mogen."
LOOSE_HITS = "▸ {count} losse treffers: {tail} (enter toont ze)"
SHOW_MORE = "▾ Meer tonen (nog {count})"
FOUND = "{count} gevonden"
FOUND_BY_FILTERS = "{count} bij deze filters"
WITH_ALL_WORDS = ", {count} met al je woorden"
SHOWN = "; {count} getoond"
LOOKS_LIKE = "lijkt op: "
NOTHING_FOUND_DID_YOU_MEAN = "Niets gevonden. Bedoel je een van deze?"
NOTHING_FOUND_TRY = "Niets gevonden. Probeer andere woorden of haal een filter weg."
QUERY_CUT = " (je zoekvraag was erg lang en is ingekort)"
WHY = "\n  waarom: {why}"

# --- kept conversations (screens/sessions.py) ------------------------------------------------------
NO_SESSIONS = "Er zijn geen bewaarde gesprekken. Een gesprek wordt bewaard zodra je de eerste vraag beantwoordt."
SESSIONS_INTRO = (
    "Je bewaarde gesprekken, het laatst gewijzigde eerst. Enter opent er een: een onafgerond gesprek "
    "gaat verder waar het stopte, een afgerond gesprek toont zijn resultaat. d verwijdert."
)
CONTINUE = "Verder waar je was — {title}"
FINISHED = "afgerond"
UNFINISHED = "niet afgerond"
KEY_DELETE = "Verwijderen"
SESSIONS_SUB_TITLE = "mijn gesprekken"
SESSION_DELETED = "Verwijderd: {title} van {when}."
SESSION_DELETED_TITLE = "Gesprek verwijderd"
DELETE_SESSION = "Gesprek verwijderen?\n{line}\nDit kan niet ongedaan worden."

# --- the start screen (screens/start.py) -----------------------------------------------------------
ROOM_GREETING = "Welkom in trainingsruimte '{room}'{who}. Kies hieronder een oefening van de trainer."
GREETING = (
    "Goedendag. Ik help je bij het voorkomen van dakloosheid: ik zoek met je mee naar interventies, "
    "praktijkvoorbeelden en landelijke informatie, en vertel hoe sterk het bewijs is.\n"
    "Waar wil je mee beginnen?"
)
WAYS_IN = {
    "flow:signalen": ("Signalen van een inwoner doorlopen", "een kort gesprek, daarna passend advies"),
    "search": ("Interventie zoeken", "zoek op naam, afkorting, signaal of situatie"),
    "flow:zelfscan": ("Zelfscan preventiebeleid", "voor gemeenten: scores per pijler en verbeterpunten"),
    "scans": ("Bewaarde scans", "tijdlijn door de jaren, samen invullen met partners, regiobeeld"),
    "flow:vroeginterventie": ("Checklist vroeginterventie", "kiezen, invoeren en evalueren"),
    "flow:housing-first": ("Housing First modelgetrouwheid", "toets aan de kernprincipes"),
    "training": ("Training", "casusoefeningen en quizzen"),
}
"""The ways in, in the menu's order: what each opens (data), its label and its hint."""
KEY_CHOOSE = "Kiezen"
KEY_TRAINER = "Trainersoverzicht"
ROOM_TITLE = "Trainingsruimte"
MORE_UNFINISHED = "nog {count} onafgerond, "
SESSIONS_KEPT = "{count} bewaard, ook afgeronde: openen of verwijderen"
MY_SESSIONS = "Mijn gesprekken"
AS_NICKNAME = " als {nickname}"
ROOM_SUB_TITLE = "trainingsruimte {name}"
EXERCISE = "Oefening: {title}"
EXERCISE_HINT = "van de trainer van deze ruimte"
TRAINER_VIEW = "Trainersoverzicht"
TRAINER_VIEW_HINT = "alleen voor de trainer: vraagt de trainerssleutel (toets t)"

# --- scans side by side (screens/together.py; the report's own words from scan_texts) --------------
REGION_PICK_INTRO = (
    "Kies de gemeenten voor het regiobeeld (spatie of enter kiest, minstens twee), en druk op g. "
    "Met a laat het regiobeeld de namen weg ('Gemeente A, B, …'). Scans van andere gemeenten "
    "importeer je eerst (i bij Bewaarde scans)."
)
TOGETHER_SUB_TITLE = "samen ingevuld · {label}"
COMBINED_TITLE = "Samen ingevuld: {label}, ronde {round} — {names}"
NO_DISAGREEMENT = "De partners verschillen nergens ver van elkaar."
UNKNOWN_LINE = "• {label}: {count} van {total} 'weet ik niet'"
H_SPREAD = "Per pijler en bouwsteen, per invuller"
COL_SPREAD = "Spreiding"
POINTS_UNIT = " pt"
"""Procentpunten, after a spread between respondents."""
ANSWERS_IN_REPORT = "Het rapport (e) toont ook alle antwoorden per rol, met de notities."
KEY_SHOW_REGION = "Toon regiobeeld"
KEY_ANONYMOUS = "Namen weglaten"
REGION_PICK_SUB_TITLE = "regiobeeld kiezen"
NAMES_LEFT_OUT = "De namen worden weggelaten (Gemeente A, B, …)."
NAMES_SHOWN = "De namen van de gemeenten staan erin."
CHOOSE_TWO = "Kies minstens twee gemeenten."
REGION_SUB_TITLE = "regiobeeld"
ANONYMISED = " (geanonimiseerd)"
REGION_TITLE = "Regiobeeld: {names}"
H_WHO_IS_STRONG = "Wie is waar sterk (★ = hoogste van de regio)"
COL_REGION = "Regio"
SHARED_GAP_WHERE = "{count} van {total} ({names})"
REGION_LEAD = "• {title} ({meta}) — voor {whom}"

# --- the trainer's view (screens/trainer.py; the room report's words from scan_texts) ---------------
WRONG_KEY = "Deze sleutel klopt niet. Gebruik de trainerssleutel die de server bij het starten toonde."
ASK_KEY = "Typ de trainerssleutel die bij het starten van de server werd getoond."
KEY_PLACEHOLDER = "trainerssleutel"
KEY_REFRESH = "Vernieuwen"
KEY_EXPORT_ROOM = "Exporteren (Markdown en HTML)"
ROOM_CODE = "code {code}"
ROOM_INFO = "{participants} · bijgewerkt {time}"
ROOM_EXPIRES = " · gegevens worden verwijderd op {date}"
PRIVATE_OVERVIEW = "Alleen voor jou leesbaar: er staan bijnamen in."
OVERVIEW_SAVED = "Overzicht opgeslagen"
EXERCISE_STARTED = "  ({participants})\n"

# --- the training menu (screens/training.py) --------------------------------------------------------
TRAINING_TITLE = "Training — kies een oefening"
NO_TRAINING = "Er zijn nog geen trainingen beschikbaar."

# --- answering (widgets/answer_input.py, widgets/bubbles.py) -----------------------------------------
ANSWER_HINTS = {
    "single": "↑↓ kiezen · enter bevestigen",
    "yesno": "j of n · of ↑↓ kiezen en enter",
    "multi": "↑↓ bewegen · spatie aan/uit · enter bevestigen",
    "scale": "typ een cijfer · of ↑↓ kiezen en enter",
    "number": "typ een getal · enter bevestigen",
    "text": "typ je antwoord · enter bevestigen",
}
"""Under the answer, per kind of question (the kinds are the flow language's ids)."""
MAY_SKIP = " · leeg laten of ctrl+s om over te slaan"
KEY_YES = "Ja"
KEY_NO = "Nee"
SCALE_RANGE = "Kies een getal van {low} tot en met {high}."
KEY_CONFIRM_CHOICE = "Bevestigen"
KEY_TOGGLE = "Aan/uit"
NUMBER_PLACEHOLDER = "getal"
TEXT_PLACEHOLDER = "typ hier"
URGENT = "⚠ **Nu doen** — "
"""Before an urgent message in the conversation."""
CHANGE_TOOLTIP = "Klik om dit antwoord te wijzigen"

# --- dialogs (widgets/dialogs.py) --------------------------------------------------------------------
PATH_PLACEHOLDER = "bijvoorbeeld ~/Downloads/scan-gemeente.json"
CONFIRM_NO = "Nee, bewaren"
CONFIRM_YES = "Ja, verwijderen"

# --- a record's card and the score charts (widgets/record_card.py, score_chart.py) -------------------
KEY_DETAILS = "Details"
KEY_OPEN = "Openen"
CARD_FOR_CARER = "voor de naaste of mantelzorger, niet voor de inwoner zelf"
CARD_CAVEAT = "Onderzoek: {caveat}"
CARD_PRACTICE = "Praktijk: "
"""Before a practice example linked from an intervention's card."""
NO_SCORES = "Geen scores."

# --- the browser server (serve.py) -----------------------------------------------------------------
MSG_REMOTE_REFUSED = (
    "Adviseur luistert standaard alleen op deze computer ({default}). Het adres '{host}' is van buiten "
    "bereikbaar; start met --allow-remote als dat de bedoeling is (er is dan géén wachtwoord)."
)
MSG_REMOTE_WARNING = (
    "Let op: de app is nu bereikbaar voor iedereen die deze computer via het netwerk kan bereiken. Er is "
    "geen wachtwoord of andere toegangscontrole. Gebruik dit alleen in een vertrouwd netwerk en stop de "
    "server (Ctrl+C) na de training."
)
MSG_BAD_PORT = "Poort {port} bestaat niet: kies een poort van 1 tot en met 65535."
MSG_BAD_HOST = "'{host}' is geen geldig adres of computernaam."
MSG_BAD_PUBLIC_URL = "--public-url moet beginnen met http:// of https://, bijvoorbeeld http://10.0.0.5:8000."
MSG_PORT_IN_USE = "Poort {port} is al in gebruik. Kies een andere poort met --port, bijvoorbeeld --port {other}."
MSG_NO_PERMISSION = "Geen toestemming om poort {port} te gebruiken; poorten onder 1024 vragen beheerdersrechten."
MSG_NOT_THIS_HOST = "Het adres '{host}' hoort niet bij deze computer."
MSG_UNKNOWN_HOST = "De computernaam '{host}' is onbekend; controleer de naam of gebruik een IP-adres."
MSG_BIND_FAILED = "De webserver kon niet starten op {host}:{port}: {reason}"
MSG_RUNNING = (
    "Adviseur draait in de browser op {url}\n"
    "Elk tabblad is een eigen sessie. Stoppen: Ctrl+C."
)
MSG_ALL_ADDRESSES = "Deelnemers openen http://<IP-adres van deze computer>:{port}"
MSG_STOPPED = "Server gestopt."
MSG_FORBIDDEN = "Deze aanvraag is geweigerd: ze komt niet van de pagina van deze server."
MSG_FORBIDDEN_HOST = (
    "Deze aanvraag is geweigerd: het adres '{host}' hoort niet bij deze server. De trainer kan het "
    "toestaan met --allowed-host of --public-url."
)
MSG_TOO_MANY_TABS = (
    "Er zijn al {max} tabbladen open, het maximum voor deze server. Sluit een ander tabblad of vraag "
    "de trainer de server te starten met een hogere --max-tabs."
)
MSG_TAB_REFUSED = "Tabblad geweigerd: het maximum van {max} tabbladen is bereikt."
MSG_BAD_MAX_TABS = "--max-tabs moet minstens 1 zijn."
MSG_BAD_ALLOWED_HOST = "--allowed-host '{host}' is geen computernaam of adres (zonder http:// en zonder poort)."
MSG_TAB_ERROR = "Een tabblad is gestopt na een fout: {error}"
DATA_FOLDER_UNUSABLE = "de gegevensmap is niet bruikbaar"
DATA_FOLDER_BROKEN = "De gegevensmap is niet bruikbaar: {reason}"

# nouns counted with content.wording.counted: '1 deelnemer', '3 deelnemers'
NOUN_SCAN: tuple[str, str] = ("scan", "scans")
NOUN_OWN_SCAN: tuple[str, str] = ("eigen scan", "eigen scans")
NOUN_RESPONDENT: tuple[str, str] = ("invuller", "invullers")
NOUN_PARTICIPANT: tuple[str, str] = ("deelnemer", "deelnemers")
