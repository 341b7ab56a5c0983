"""Reading one cell of a social map: phone numbers, e-mail, websites, dates, yes/no and lists.

Every reader (the Dutch CSV template, YAML, HSDS) hands its cells to these functions, so a phone
number is judged the same whichever file it came from. Each returns the clean value or raises
`BadValue` with a Dutch sentence that completes "<file>:<row>:<column>: <column>: …". Values are
kept as the municipality wrote them (a phone number keeps its spaces): the map is theirs, and an
export must give back what was imported.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from adviseur.errors import AdviseurError
from adviseur.localmap import texts
from adviseur.search.text import fold


class BadValue(AdviseurError, ValueError):
    """A cell that cannot be used; the message is Dutch and names what was expected."""


_PHONE_SEPARATORS = re.compile(r"[\s\-./()]")
_SHORT_NUMBERS = frozenset({"112", "113", "1400"})
"""Emergency, suicide prevention and the national government's information number."""


def phone(text: str) -> str:
    """A Dutch (or international) phone number, as written; BadValue when it cannot be one."""
    written = " ".join(text.split())
    digits = _PHONE_SEPARATORS.sub("", written)
    if _is_phone(digits):
        return written
    hint = texts.PHONE_WITH_TEXT if re.search(r"[a-z]", digits, re.I) else ""
    raise BadValue(texts.NOT_A_PHONE.format(value=_short(written), hint=hint))


def _is_phone(digits: str) -> bool:
    if digits.startswith("+"):
        rest = digits[1:]
        if not rest.isdigit():
            return False
        return len(rest) == 11 if rest.startswith("31") else 8 <= len(rest) <= 15
    if not digits.isdigit():
        return False
    if digits.startswith("0031"):
        return len(digits) == 13
    if digits in _SHORT_NUMBERS:
        return True
    if digits.startswith(("0800", "0900", "0906", "0909")):
        return len(digits) in (8, 11)
    if digits.startswith("0"):
        return len(digits) == 10
    if digits.startswith("116"):
        return len(digits) == 6  # European helplines, 116 000 - 116 123
    if digits.startswith("14"):
        return len(digits) in (5, 6)  # the municipal number: 14 + area code without 0
    return False


_EMAIL = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[a-z]{2,}$", re.I)


def email(text: str) -> str:
    value = text.strip().removeprefix("mailto:")
    if not _EMAIL.match(value):
        raise BadValue(texts.NOT_AN_EMAIL.format(value=_short(value)))
    return value


_LABEL = r"[a-z0-9]([a-z0-9-]*[a-z0-9])?"
_WEBSITE = re.compile(rf"^(https?://)?{_LABEL}(\.{_LABEL})*\.[a-z]{{2,}}(:\d+)?([/?#]\S*)?$", re.I)


def website(text: str) -> str:
    value = text.strip()
    if not _WEBSITE.match(value):
        raise BadValue(texts.NOT_A_WEBSITE.format(value=_short(value)))
    return value


_DUTCH_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


def checked_date(value: object, today: date | None = None) -> date:
    """A date as 2025-03-01, 1-3-2025 or 01/03/2025 (or a YAML date); not in the future."""
    today = today or date.today()
    found: date | None
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    else:
        found = _parse_date(str(value).strip())
    if found is None:
        raise BadValue(texts.NOT_A_DATE.format(value=_short(str(value).strip())))
    if found > today:
        raise BadValue(texts.IN_THE_FUTURE.format(date=found.isoformat()))
    return found


def _parse_date(text: str) -> date | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    match = _DUTCH_DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return None


YES = frozenset({"ja", "j", "yes", "y", "true", "waar", "1", "nodig", "verwijzing nodig"})
NO = frozenset({"nee", "n", "no", "false", "onwaar", "0", "niet nodig", "geen verwijzing nodig", "zonder verwijzing"})
UNKNOWN = frozenset({"", "onbekend", "?", "-"})


def yes_no(value: object) -> bool | None:
    """ja/nee (and their usual spellings); empty or 'onbekend' is None."""
    if isinstance(value, bool) or value is None:
        return value
    text = " ".join(fold(str(value)).split())
    if text in YES:
        return True
    if text in NO:
        return False
    if text in UNKNOWN:
        return None
    from adviseur.content import did_you_mean

    hint = did_you_mean(text, ["ja", "nee", "onbekend"])
    raise BadValue(texts.NOT_YES_NO.format(value=_short(str(value)), hint=hint))


_LIST_SPLIT = re.compile(r"[,;|\n]")


def items(value: object) -> list[str]:
    """A list cell: a YAML list, or text separated by commas, semicolons or '|'."""
    if value is None:
        return []
    if isinstance(value, dict):
        raise BadValue(texts.LIST_NOT_MAPPING)
    if isinstance(value, list):
        return [str(v).strip() for v in value if v is not None and str(v).strip()]
    return [part.strip() for part in _LIST_SPLIT.split(str(value)) if part.strip()]


def text(value: object) -> str | None:
    """A plain cell: whitespace tidied, empty is None."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise BadValue(texts.TEXT_NOT_YES_NO)
    if isinstance(value, (list, dict)):
        raise BadValue(texts.TEXT_NOT.format(found=texts.A_LIST if isinstance(value, list) else texts.A_MAPPING))
    cleaned = str(value).strip()
    return cleaned or None


_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slug(name: str, limit: int = 80) -> str:
    """'Buurtteam Noord: Inloop' -> 'buurtteam-noord-inloop' (folded, accents gone)."""
    return _SLUG_DROP.sub("-", fold(name)).strip("-")[:limit].strip("-")


def municipality_key(name: str) -> str:
    """One key per municipality however it is written ("'s-Hertogenbosch", "s Hertogenbosch")."""
    return slug(name)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
