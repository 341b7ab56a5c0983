"""Every Dutch text of the training room, in one place (architecture 19), for review and translation.

The room is used by a trainer and participants in one session, so its messages are whole
sentences that say what to do next; `room_notice` is what the server prints at start.
"""

from __future__ import annotations

# --- the room itself (room.py) ------------------------------------------------------------------
BAD_NAME = "'{name}' is geen bruikbare naam voor een ruimte: gebruik letters en cijfers (bijvoorbeeld 'utrecht-mei')."
NAME_TOO_LONG = "De naam van de ruimte is te lang (hoogstens {max} tekens)."
NO_ROOM = "Er is geen trainingsruimte '{name}' (meer): de trainer start hem met 'adviseur serve --room {name}'."
BROKEN = "De trainingsruimte in {folder} is niet leesbaar: {reason}."
EXPIRED = "De trainingsruimte '{name}' is verlopen; de gegevens zijn verwijderd."
BAD_DAYS = "Het aantal dagen moet groter zijn dan 0."
CANNOT_MAKE = "De trainingsruimte kan niet worden gemaakt in {folder}: {reason}"
UNKNOWN_FORMAT = "onbekend formaat"
UNKNOWN_EXERCISE = "onbekende oefening"
"""Why a room file is set aside (reasons, in the store's lower case)."""
NOTICE = (
    "Trainingsruimte '{name}' (code {code}): iedereen die het adres opent, doet mee.\n"
    "Oefeningen: {exercises}.\n"
    "Trainerssleutel: {key}\n"
    "  Alleen voor de trainer: kies 'Trainersoverzicht' (toets t) en typ deze sleutel. Bij elke start een nieuwe.\n"
    "De gegevens van deze ruimte worden verwijderd op {expires}."
)

# --- the exercises (exercises.py) -----------------------------------------------------------------
NOT_FOUND = "Oefening '{name}' bestaat niet{hint}. Kies uit: {choices}, of geef het pad van een eigen casusbestand (.yaml)."
NO_FILE = "Het casusbestand {path} bestaat niet."
FILE_ERRORS = "Het casusbestand {path} bevat fouten (controleer het met 'adviseur check {path}'):\n{problems}"
NO_QUIZ = "'{name}' heeft geen quizvragen (keuzes met 'correct:'), dus er valt in de ruimte niets te vergelijken."
SHIPPED_ID = "Het casusbestand {path} heeft de id '{id}', maar zo heet al een meegeleverde flow: kies een andere id."
TWICE = "De oefening '{id}' staat twee keer in de ruimte."
UNKNOWN_CASE = "Onbekende casus '{case}'{hint}. Kies uit: {choices}."
MORE_PROBLEMS = "… en nog {count}"

# --- the participants (participant.py) ------------------------------------------------------------
NICKNAME_TOO_LONG = "Een bijnaam is hoogstens {max} tekens."
ROOM_GONE = "De trainingsruimte bestaat niet meer (verlopen of verwijderd); je antwoorden worden niet meer gedeeld."
NOT_SHARED = "Je antwoorden konden niet met de trainer worden gedeeld: {error}"

# --- the trainer's overview (overview.py) ---------------------------------------------------------
UNREADABLE_ONE = "1 antwoordbestand kon niet worden gelezen en telt niet mee."
UNREADABLE_MANY = "{count} antwoordbestanden konden niet worden gelezen en tellen niet mee."
GONE = "De gegevens van deze ruimte zijn verlopen en verwijderd."
NO_REPORT_DIR = "kan de map voor rapporten niet maken: {reason}"
NO_FOLDER = "kan niet opslaan in {folder}: de map bestaat niet"
