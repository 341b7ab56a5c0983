"""The social map holds organisations, never residents: warn when an import looks personal.

A municipality's export sometimes comes from a case system, with a column that was never meant to
leave it (a client's birth date, a citizen service number). Such a column is not read, and the
import says so; a cell elsewhere that holds a valid BSN (nine digits passing the eleven test) is
warned about too, so the person who keeps the map can remove it at the source.
"""

from __future__ import annotations

import re

from adviseur.localmap import texts
from adviseur.search.text import fold

_PERSONAL_HEADERS = (
    ("geboortedatum", texts.BIRTH_DATE),
    ("geboorte", texts.BIRTH_DATE),
    ("geb datum", texts.BIRTH_DATE),
    ("gebdatum", texts.BIRTH_DATE),
    ("geboren", texts.BIRTH_DATE),
    ("birth", texts.BIRTH_DATE),
    ("dob", texts.BIRTH_DATE),
    ("bsn", texts.CITIZEN_NUMBER),
    ("burgerservicenummer", texts.CITIZEN_NUMBER),
    ("sofinummer", texts.CITIZEN_NUMBER),
    ("sofi", texts.CITIZEN_NUMBER),
    ("citizen service", texts.CITIZEN_NUMBER),
    ("clientnaam", texts.CLIENT_NAME),
    ("naam client", texts.CLIENT_NAME),
    ("client naam", texts.CLIENT_NAME),
    ("client id", texts.CLIENT_NUMBER),
    ("clientnummer", texts.CLIENT_NUMBER),
)
"""A header pattern (what a case system's export calls the column) and what the column holds."""


def personal_column(header: str) -> str | None:
    """What a column seems to hold when its header looks personal ('een geboortedatum'), else None."""
    words = " ".join(re.findall(r"[a-z0-9]+", fold(header)))
    squashed = words.replace(" ", "")
    for pattern, what in _PERSONAL_HEADERS:
        if (" " in pattern and pattern in words) or re.search(rf"\b{pattern}\b", words) or squashed == pattern.replace(" ", ""):
            return what
    return None


def column_warning(header: str, what: str) -> str:
    return texts.PERSONAL_COLUMN.format(header=header, what=what)


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

