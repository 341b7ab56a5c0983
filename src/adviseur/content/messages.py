"""Dutch sentences for schema errors in content files (shared by knowledge and flows)."""

from __future__ import annotations

UNKNOWN_TYPE = "onbekend soort stap '{value}'{hint}; kies uit {options}"
MISSING_TYPE = "deze stap mist 'type' (kies uit {options})"
BAD_ID = "'{value}' is geen geldige id: gebruik kleine letters, cijfers en '_', en begin met een letter"
BAD_SLUG = "'{value}' is geen geldige id: gebruik kleine letters, cijfers en '-'"
BAD_VALUE = "'{value}' is hier niet toegestaan{hint}; kies uit {options}"
WRONG_TYPE = "verwacht {expected}, niet {found}"
EMPTY_TEXT = "mag niet leeg zijn"
TOO_FEW = "moet ten minste {min} element(en) bevatten"
