"""Every Dutch text the store produces, in one place (architecture 19), for review and translation.

The store is the bottom layer, so its texts are reasons: why a file could not be written, read
or used. They reach the user inside the message of a layer above ("Bewaarde sessie ... niet
leesbaar: ..."), so they start in lower case.
"""

from __future__ import annotations

# --- writing (atomic.py, store.py) ---------------------------------------------------------------
CANNOT_SAVE_IN = "kan niet opslaan in {folder}: {reason}"
NOT_JSON = "kan niet opslaan: de gegevens zijn geen JSON ({detail})"
CANNOT_MAKE_DATA_DIR = "kan de gegevensmap niet aanmaken: {reason}"
CANNOT_USE_DATA_DIR = "kan de gegevensmap {folder} niet gebruiken: {reason}"
CANNOT_DELETE_SESSION = "kan sessie niet verwijderen: {reason}"
CANNOT_DELETE_RESULT = "kan de uitslag niet verwijderen: {reason}"
NOT_A_RESULT = "{path} is geen bewaarde uitslag in {folder}"
BAD_SESSION_ID = "ongeldige sessie-id '{id}'"
BAD_FLOW_ID = "ongeldige flow-id '{id}'"

# --- reading: why a file is set aside (atomic.py, store.py, versions.py) -----------------------
SYMLINK = "een symbolische koppeling, geen gewoon bestand"
UNREADABLE = "niet leesbaar: {reason}"
NOT_REGULAR = "geen gewoon bestand"
NOT_PRIVATE = "niet van deze gebruiker, of ook door anderen te wijzigen"
TOO_LARGE = "te groot ({size} bytes; hoogstens {limit})"
TOO_LARGE_READ = "te groot (meer dan {limit} bytes)"
JSON_NOT_UTF8 = "geen geldige JSON (geen UTF-8)"
JSON_TOO_DEEP = "geen geldige JSON (te diep genest)"
JSON_INVALID = "geen geldige JSON ({detail})"
UNEXPECTED = "onverwachte inhoud"
UNEXPECTED_NOT_JSON = "onverwachte inhoud (niet terug te schrijven als JSON)"
BAD_CHECKSUM = "de controlesom klopt niet (bestand beschadigd of met de hand gewijzigd)"
UNKNOWN_FORMAT = "onbekend formaat"
UNKNOWN_VERSION = "onbekende bestandsversie {version}"
INCOMPLETE_SESSION = "onvolledige sessie"

# --- what was not used (store.py, versions.py) -----------------------------------------------------
MOVED_TO = " (verplaatst naar {target})"
TOO_NEW = (
    "{path} is gemaakt met een nieuwere versie van Adviseur (bestandsversie {version}; "
    "deze versie leest tot en met {supported}). Het bestand blijft bewaard maar wordt niet "
    "gebruikt: werk Adviseur bij om het te openen."
)
