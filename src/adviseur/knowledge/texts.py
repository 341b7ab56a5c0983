"""Every Dutch text of the knowledge base's own checks, each problem with its stable code (ADV3xx).

Reading a file and its schema are `content/texts.py` (ADV1xx, ADV2xx); `docs/problems.md`
explains every code.
"""

from __future__ import annotations

from adviseur.content.problems import ProblemText as P

DUPLICATE_RECORD = P("ADV301", "id '{id}' bestaat al in {other}")
UNKNOWN_LINK = P("ADV302", "onbekend {what} '{value}'{hint}")
LINK_NOUNS = {"signals": "signaal", "target_groups": "doelgroep", "references": "referentie", "related": "record"}
"""The Dutch noun for what a link field points at, for 'onbekend signaal ...'."""
SIGNAL = "signaal"
RECORD = "record"
RELATED_TO_ITSELF = P("ADV303", "een record kan niet naar zichzelf verwijzen")
DUPLICATE_IN_VOCABULARY = P("ADV304", "'{value}' staat twee keer in {name}")
UNKNOWN_RECORD = "onbekend record '{id}'{hint}"
"""Looking up a record by id (the command line, the app): not a content problem."""
