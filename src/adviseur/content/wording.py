"""How Adviseur writes Dutch where code puts words together (docs/content.md).

A list of labels reads as one sentence: 'Gezondheid, wonen, inkomen', not 'Gezondheid, Wonen,
Inkomen'. Labels are written to stand alone (a capital first), so every label after the first
loses its capital here, unless it is a name: an abbreviation ('GGZ') or a name of several
capitalised words ('Housing First', 'Veilig Thuis') keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def in_sentence(label: str) -> str:
    """`label` as a word inside a sentence: 'Wonen' -> 'wonen'; 'GGZ', 'Housing First' unchanged."""
    words = label.split()
    if not words or len(words[0]) < 2 or not words[0][0].isupper() or not words[0][1].islower():
        return label  # empty, one letter, already lower case, or an abbreviation
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return label  # a name: every word capitalised
    return label[0].lower() + label[1:]


def counted(count: int, one: str, many: str) -> str:
    """'1 scan', '3 scans': the number with the noun that goes with it, never 'scan(s)'."""
    return f"{count} {one if count == 1 else many}"


def errors_counted(count: int) -> str:
    """'1 fout', '3 fouten': the one way every check and reader counts its errors."""
    from adviseur.content import texts  # here, not at the top: `search` writes Dutch without problems' machinery

    return counted(count, *texts.ERROR_NOUN)


def sentence_list(labels: Iterable[str], separator: str = ", ") -> str:
    """Labels as one list in sentence case: the first as written, the others `in_sentence`."""
    items = [label for label in labels if label]
    return separator.join(items[:1] + [in_sentence(label) for label in items[1:]])


VERDICT_START = re.compile(r"^\s*(?P<verdict>deels goed|niet goed|goed)\s*[—–:.-]\s*", re.IGNORECASE)


def without_verdict(explanation: str, verdict: str) -> str:
    """An explanation without the verdict it starts with when that verdict is shown next to it
    already: 'Voorzorg — goed: Goed — Voorzorg gaat over …' says 'goed' once as 'Voorzorg —
    goed: Voorzorg gaat over …'. Another verdict ('Niet goed — …' next to 'deels goed') stays."""
    found = VERDICT_START.match(explanation)
    if found is None or found["verdict"].casefold() != verdict.strip().casefold():
        return explanation
    rest = explanation[found.end() :]
    return rest[:1].upper() + rest[1:]
