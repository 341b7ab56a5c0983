"""Every Dutch text the content readers produce, in one place, each problem with its stable code.

Shared by knowledge and flows: reading a file (ADV1xx) and translating schema errors (ADV2xx).
`docs/problems.md` explains every code; a test keeps the two in step.
"""

from __future__ import annotations

from adviseur.content.problems import ProblemText as P

# --- reading a file (ADV1xx) ---------------------------------------------------------------------
CANNOT_READ = P("ADV101", "kan bestand niet lezen: {reason}")
TOO_LARGE = P("ADV102", "bestand is te groot (hoogstens {kb} kB)")
NOT_UTF8 = P("ADV103", "kan bestand niet lezen: geen geldige UTF-8-tekst (sla het op als UTF-8)")
YAML_SYNTAX = P("ADV104", "YAML-fout: {detail}")
YAML_BAD_CHARACTER = P("ADV104", "YAML-fout: teken {character} is hier niet toegestaan")
YAML_UNKNOWN = "ongeldige YAML ({english})"
YAML_STARTED = "begonnen op regel {line}, kolom {column}"
TOO_MANY_VALUES = P("ADV105", "te veel waarden (meer dan {max})")
TOO_DEEP = P("ADV105", "te diep genest (meer dan {max} niveaus)")
YAML_TOO_DEEP = P("ADV105", "YAML-fout: te diep genest")
ALIAS_TO_ITSELF = P("ADV106", "een verwijzing (*) naar zichzelf: die houdt nooit op")
ALIAS_IN_ANSWERS = P("ADV106", "verwijzingen (&anker en *verwijzing) zijn in een antwoordenbestand niet toegestaan")
ALIAS_TOO_LARGE = P("ADV106", "verwijzingen (*) vouwen uit tot te veel waarden (meer dan {max})")
TAG_NOT_ALLOWED = P("ADV107", "de tag '{tag}' is niet toegestaan")
MERGE_NOT_ALLOWED = P("ADV108", "samenvoegen met '<<' kan hier niet; schrijf de sleutels uit")
KEY_NOT_TEXT = P("ADV109", "sleutel moet tekst zijn")
DUPLICATE_KEY = P("ADV110", "sleutel '{key}' staat hier twee keer")
NUMBER_TOO_LONG = P("ADV111", "getal met te veel cijfers (hoogstens {max})")
UNREADABLE_VALUE = P("ADV112", "waarde '{value}' kan niet worden gelezen (geen geldige datum of getal)")
FILE_MISSING = P("ADV113", "bestand ontbreekt")
PATH_MISSING = P("ADV113", "bestand of map bestaat niet")

# --- the schema (ADV2xx) -------------------------------------------------------------------------
UNKNOWN_KEY = P("ADV201", "onbekende sleutel '{field}'{hint}")
MISSING_KEY = P("ADV202", "verplichte sleutel '{field}' ontbreekt")
UNKNOWN_TYPE = P("ADV203", "onbekend soort stap '{value}'{hint}; kies uit {options}")
MISSING_TYPE = P("ADV204", "deze stap mist 'type' (kies uit {options})")
BAD_ID = P("ADV205", "'{value}' is geen geldige id: gebruik kleine letters, cijfers en '_', en begin met een letter")
BAD_SLUG = P("ADV205", "'{value}' is geen geldige id: gebruik kleine letters, cijfers en '-'")
BAD_VALUE = P("ADV206", "'{value}' is hier niet toegestaan{hint}; kies uit {options}")
WRONG_TYPE = P("ADV207", "verwacht {expected}, niet {found}")
EMPTY_TEXT = P("ADV208", "mag niet leeg zijn")
TOO_FEW = P("ADV209", "moet ten minste {items} bevatten")
ITEM_NOUN = ("element", "elementen")
ERROR_NOUN = ("fout", "fouten")
NOT_VALID = P("ADV210", "{detail}")
"""A rule of the model itself (e.g. 'een interventie heeft een evidence-blok nodig'), in its own words."""

# --- what the schema expected and found (schema.py), for WRONG_TYPE --------------------------------
TYPE_NAMES = {
    "string_type": "tekst",
    "int_type": "een heel getal",
    "int_parsing": "een heel getal",
    "int_from_float": "een heel getal",
    "float_type": "een getal",
    "float_parsing": "een getal",
    "bool_type": "true of false",
    "bool_parsing": "true of false",
    "list_type": "een lijst",
    "dict_type": "een mapping (sleutel: waarde)",
    "model_type": "een mapping (sleutel: waarde)",
    "model_attributes_type": "een mapping (sleutel: waarde)",
}
"""What a pydantic error type expected, by the error's type."""
FOUND_EMPTY = "leeg"
FOUND_BOOL = "true/false"
FOUND_NUMBER = "een getal"
FOUND_TEXT = "tekst"
FOUND_LIST = "een lijst"
FOUND_MAPPING = "een mapping"

# --- PyYAML's syntax errors in Dutch (yamlsource.py), by a piece of the English message ----------
YAML_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("expected ',' or ']'", "een lijst die met '[' begint, wordt niet afgesloten met ']' (of er ontbreekt een komma)"),
    ("expected ',' or '}'", "een mapping die met '{' begint, wordt niet afgesloten met '}' (of er ontbreekt een komma)"),
    ("found unexpected end of stream", "het bestand houdt op voordat dit is afgesloten"),
    ("cannot start any token", "hier staat een teken waarmee niets kan beginnen (een tab? spring in met spaties)"),
    ("did not find expected key", "de inspringing klopt niet, of hier staat iets dat geen 'sleutel: waarde' is"),
    ("did not find expected '-' indicator", "de inspringing van deze lijst klopt niet"),
    ("mapping values are not allowed", "een dubbele punt waar dat niet mag (zet tekst met ': ' tussen aanhalingstekens)"),
    ("found undefined alias", "verwijzing (*) naar een anker (&) dat niet bestaat"),
    ("but found another document", "het bestand bevat meer dan één document ('---'); er mag er één zijn"),
    ("could not determine a constructor", "deze tag (!!…) is niet toegestaan"),
    ("unknown escape character", "onbekende escape met '\\' in tekst tussen dubbele aanhalingstekens"),
    ("second occurrence", "dit anker (&) bestaat al eerder in het bestand"),
    ("could not find expected ':'", "hier ontbreekt een dubbele punt (':')"),
    ("exceeded maximum nesting depth", "te diep genest"),
    ("found a tab character", "een tab waar inspringing met spaties moet"),
    ("block sequence entries are not allowed", "een lijstteken '-' waar dat niet mag (klopt de inspringing?)"),
)
YAML_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("flow sequence", "de lijst ('[') is begonnen op regel {line}, kolom {column}"),
    ("flow mapping", "de mapping ('{{') is begonnen op regel {line}, kolom {column}"),
    ("quoted scalar", "de tekst tussen aanhalingstekens is begonnen op regel {line}, kolom {column}"),
    ("block mapping", "het blok is begonnen op regel {line}, kolom {column}"),
    ("block collection", "het blok is begonnen op regel {line}, kolom {column}"),
    ("simple key", "de sleutel is begonnen op regel {line}, kolom {column}"),
    ("first occurrence", "het eerste anker staat op regel {line}, kolom {column}"),
    ("single document", "het eerste document begint op regel {line}, kolom {column}"),
)
"""Where what was left open began (a format string with `line` and `column`), by PyYAML's context."""
