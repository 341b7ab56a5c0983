"""The social map holds organisations, never residents: warn when an import looks personal.

A municipality's export sometimes comes from a case system, with a column that was never meant to
leave it (a client's birth date, a citizen service number). Such a column is not read, and the
import says so; a cell elsewhere that holds a valid BSN (nine digits passing the eleven test) is
warned about too, so the person who keeps the map can remove it at the source.
"""

from __future__ import annotations

import re

from adviseur.search.text import fold

_PERSONAL_HEADERS = (
    ("geboortedatum", "een geboortedatum"),
    ("geboorte", "een geboortedatum"),
    ("geb datum", "een geboortedatum"),
    ("gebdatum", "een geboortedatum"),
    ("geboren", "een geboortedatum"),
    ("birth", "een geboortedatum"),
    ("dob", "een geboortedatum"),
    ("bsn", "een burgerservicenummer (BSN)"),
    ("burgerservicenummer", "een burgerservicenummer (BSN)"),
    ("sofinummer", "een burgerservicenummer (BSN)"),
    ("sofi", "een burgerservicenummer (BSN)"),
    ("citizen service", "een burgerservicenummer (BSN)"),
    ("clientnaam", "de naam van een cliënt"),
    ("naam client", "de naam van een cliënt"),
    ("client naam", "de naam van een cliënt"),
    ("client id", "een cliëntnummer"),
    ("clientnummer", "een cliëntnummer"),
)


def personal_column(header: str) -> str | None:
    """What a column seems to hold when its header looks personal ('een geboortedatum'), else None."""
    words = " ".join(re.findall(r"[a-z0-9]+", fold(header)))
    squashed = words.replace(" ", "")
    for pattern, what in _PERSONAL_HEADERS:
        if (" " in pattern and pattern in words) or re.search(rf"\b{pattern}\b", words) or squashed == pattern.replace(" ", ""):
            return what
    return None


def column_warning(header: str, what: str) -> str:
    return (
        f"kolom '{header}' lijkt {what} te bevatten: een sociale kaart bevat organisaties, geen inwoners. "
        "Deze kolom wordt niet ingelezen; haal hem weg uit het bronbestand"
    )


_NINE_DIGITS = re.compile(r"(?<![\d+])(\d{3})[ .]?(\d{2})[ .]?(\d{2})[ .]?(\d{2})(?![\d])")
_NINE_DIGITS_PLAIN = re.compile(r"(?<![\d+])\d{9}(?!\d)")


def looks_like_bsn(text: str) -> bool:
    """True when `text` holds nine digits that pass the BSN eleven test (elfproef)."""
    for match in _NINE_DIGITS_PLAIN.finditer(text.replace(".", "").replace(" ", "") if len(text) < 40 else text):
        if _elfproef(match.group(0)):
            return True
    for match in _NINE_DIGITS.finditer(text):
        if _elfproef("".join(match.groups())):
            return True
    return False


def _elfproef(digits: str) -> bool:
    if len(digits) != 9 or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


BSN_WARNING = "lijkt een burgerservicenummer (BSN) te bevatten: een sociale kaart bevat geen persoonsgegevens; haal het weg"
