"""The Dutch texts of the package's own top-level modules (architecture 19: one catalogue per
package): the operating system's errors in words a user can act on (`oserrors`) and what the
user is told when the app stops on an unexpected error (`errorlog`).

It imports nothing, so it is the bottom layer: `oserrors` sits under the store and the content
readers, and its words have to sit under it.
"""

from __future__ import annotations

# --- the operating system's errors (oserrors.py): `strerror` is English --------------------------
DISK_FULL = "de schijf is vol"
QUOTA_EXCEEDED = "de schijfruimte (quotum) is op"
NO_PERMISSION = "geen toestemming"
READ_ONLY = "de schijf is alleen-lezen"
DOES_NOT_EXIST = "bestaat niet"
NOT_A_FOLDER = "een deel van het pad is geen map"
IS_A_FOLDER = "dat is een map, geen bestand"
EXISTS = "bestaat al"
SYMLINK = "dat is een symbolische koppeling"
NAME_TOO_LONG = "de naam is te lang"
DISK_ERROR = "lees- of schrijffout van de schijf"
NO_DEVICE = "geen apparaat of pijp om uit te lezen"

# --- an unexpected error (errorlog.py) -------------------------------------------------------------
CRASHED = (
    "adviseur: er ging iets mis en de app is gestopt. Je antwoorden tot dan zijn bewaard. "
    "De details staan in {path}; stuur dat bestand naar de beheerder van Adviseur."
)
NO_TRACEBACK = "(geen foutmelding)"
"""In the error log when there was no exception to write."""
