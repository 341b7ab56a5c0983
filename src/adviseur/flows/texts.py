"""Every Dutch sentence the flow engine, loader and linter produce, in one place.

Flow authors write their own texts in the YAML files; what the *engine* says (validation messages,
progress, lint findings) lives here so that a later translation finds it all in one module and a
reviewer can read the tone of voice at a glance. Placeholders use `str.format` names.
"""

from __future__ import annotations

# --- answers: validation -----------------------------------------------------------------------
REQUIRED = "Dit veld is verplicht."
REQUIRED_CHOICE = "Kies een antwoord."
REQUIRED_MULTI = "Kies ten minste één antwoord."
NOT_A_NUMBER = "Vul een getal in."
NOT_A_WHOLE_NUMBER = "Vul een heel getal in."
NOT_TEXT = "Vul tekst in."
NOT_YES_NO = "Antwoord met ja of nee."
UNKNOWN_CHOICE = "'{value}' is geen van de antwoorden. Kies uit: {options}."
UNKNOWN_CHOICES = "Deze antwoorden bestaan niet: {values}. Kies uit: {options}."
EXCLUSIVE_CHOICE = "'{label}' kan niet samen met andere antwoorden worden gekozen."
TOO_SMALL = "Vul een waarde van minimaal {min} in."
TOO_LARGE = "Vul een waarde van maximaal {max} in."
OUT_OF_RANGE = "Vul een waarde tussen {min} en {max} in."
SCALE_RANGE = "Kies een waarde van {min} tot en met {max}."
SCALE_STEP = "Kies een waarde in stappen van {step}."
TOO_FEW_CHOICES = "Kies ten minste {min} antwoorden."
TOO_MANY_CHOICES = "Kies hooguit {max} antwoorden."
TOO_SHORT = "Het antwoord is te kort: minimaal {min} tekens."
TOO_LONG = "Het antwoord is te lang: maximaal {max} tekens (nu {length})."
PATTERN_MISMATCH = "Het antwoord heeft niet de verwachte vorm."
TOO_LONG_FOR_PATTERN = "Het antwoord is te lang voor deze vraag: maximaal {max} tekens (nu {length})."
CHECK_FAILED = "Dit antwoord klopt niet met eerdere antwoorden."
NOT_ASKED_NOW = "Er wordt nu geen vraag gesteld."
CANNOT_SKIP = "Deze vraag is verplicht en kan niet worden overgeslagen."

# --- engine ------------------------------------------------------------------------------------
PROGRESS = "vraag {position} van ongeveer {total}"
PROGRESS_DONE = "klaar: {total} vragen beantwoord"
NOTHING_TO_GO_BACK_TO = "Er is geen eerdere vraag."
NOT_ON_PATH = "Vraag '{question}' is op dit moment niet aan de orde en kan niet worden gewijzigd."
UNKNOWN_QUESTION = "Onbekende vraag '{question}'{hint}."
FLOW_LOOPS = "De flow blijft rondgaan zonder nieuwe vraag (na {steps} stappen gestopt); meld dit aan de beheerder."
FLOW_TOO_LONG = "De flow zet meer dan {steps} stappen achter elkaar zonder vraag en is gestopt; meld dit aan de beheerder."
YES = "ja"
NO = "nee"
SKIPPED = "(overgeslagen)"
NOT_KEPT = "(niet bewaard)"
EMPTY_VALUE = "—"
VERDICT_LABELS = {"goed": "goed", "deels": "deels goed", "fout": "niet goed"}

# --- resume ------------------------------------------------------------------------------------
RESUME_QUESTION_GONE = "vraag bestaat niet meer in deze versie van de flow"
RESUME_ANSWER_INVALID = "het antwoord past niet meer: {reason}"
RESUME_NOT_KEPT = "vrije tekst is om privacyredenen niet bewaard; de vraag wordt opnieuw gesteld"
RESUME_OTHER_FLOW = "de sessie hoort bij flow '{found}', niet bij '{expected}'"

# --- expression language -----------------------------------------------------------------------
EXPR_TOO_LONG = "de expressie is te lang (meer dan {max} tekens)"
EXPR_TOO_DEEP = "de expressie is te diep genest"
EXPR_EMPTY = "de expressie is leeg"
EXPR_NOT_TEXT = "een expressie moet tekst zijn"
EXPR_UNTERMINATED_STRING = "tekst zonder afsluitend aanhalingsteken"
EXPR_BAD_NUMBER = "ongeldig getal (schrijf decimalen met een punt, zoals 2.5)"
EXPR_UNEXPECTED_CHAR = "onverwacht teken '{char}'"
EXPR_UNEXPECTED_TOKEN = "onverwacht '{token}'"
EXPR_UNEXPECTED_END = "de expressie houdt onverwacht op"
EXPR_EXPECTED = ", verwacht {what}"
EXPR_CHAINED_COMPARE = "twee vergelijkingen achter elkaar: schrijf 'a < b and b < c'"
EXPR_HINT_EQUALS = " (gebruik '==' om te vergelijken)"
EXPR_HINT_AND = " (gebruik 'and')"
EXPR_HINT_OR = " (gebruik 'or')"
EXPR_HINT_NOT = " (gebruik 'not' of '!=')"
EXPR_HINT_BRACES = " (accolades horen alleen in teksten, rond een expressie)"
EXPR_HINT_KEYWORD = " (bedoel je '{keyword}'?)"
EXPR_UNKNOWN_NAME = "onbekende vraag of variabele '{name}'{hint}"
EXPR_UNKNOWN_FUNCTION = "onbekende functie '{name}'{hint}"
EXPR_ARGS = "{name}() verwacht {count} argument(en)"
EXPR_ID_ARG = "{name}() verwacht de id van een {what}, niet een expressie"
EXPR_UNKNOWN_ID = "onbekende {what} '{name}'{hint}"
EXPR_TYPE = "{what} verwacht {expected}, maar dit is {found}"
EXPR_COMPARE_TYPES = "kan {left} niet vergelijken met {right}"
EXPR_UNKNOWN_CHOICE = "vraag '{question}' heeft geen antwoord '{choice}'{hint}"
EXPR_NOT_BOOL = "een voorwaarde moet ja of nee opleveren, maar dit is {found}"
TYPE_NAMES = {
    "number": "een getal",
    "text": "tekst",
    "bool": "ja/nee",
    "list": "een lijst",
    "any": "een waarde",
}
WHAT_QUESTION = "vraag"
WHAT_GROUP = "sectie of scoregroep"
WHAT_NODE = "stap"

# --- loading -----------------------------------------------------------------------------------
LOAD_NOT_A_MAPPING = "een flow moet een YAML-mapping zijn (met id, title, nodes …)"
LOAD_DUPLICATE_NODE = "stap-id '{id}' bestaat al (regel {line})"
LOAD_DUPLICATE_NODE_OTHER = "stap-id '{id}' bestaat al in {path}; ids moeten uniek zijn over een flow en wat die aanroept"
LOAD_DUPLICATE_CHOICE = "antwoord-id '{id}' staat twee keer in deze vraag"
LOAD_DUPLICATE_SECTION = "sectie-id '{id}' bestaat al"
LOAD_DUPLICATE_GROUP = "scoregroep-id '{id}' bestaat al (als sectie of scoregroep)"
LOAD_RESERVED_ID = "'{id}' is een gereserveerd woord en kan geen id zijn"
LOAD_UNKNOWN_TARGET = "onbekende stap '{target}'{hint}"
LOAD_UNKNOWN_SECTION = "onbekende sectie '{section}'{hint}"
LOAD_UNKNOWN_GROUP = "onbekende scoregroep '{group}'{hint}"
LOAD_UNKNOWN_FLOW = "onbekende flow '{flow}'{hint}"
LOAD_RECURSIVE_CALL = "flow '{flow}' roept zichzelf (via {chain}) aan"
LOAD_CALL_MAIN = "flow '{flow}' is geen subflow (zet 'role: subflow' in die flow)"
LOAD_RULE_ORDER = "een regel zonder 'when' moet de laatste zijn: de regels erna worden nooit gebruikt"
LOAD_BRANCH_NEEDS_RULES = "een branch heeft een lijst met regels nodig onder 'next'"
LOAD_CHOICES_REQUIRED = "een vraag van soort '{answer}' heeft 'choices' nodig"
LOAD_CHOICES_FORBIDDEN = "een vraag van soort '{answer}' heeft geen 'choices'"
LOAD_YESNO_CHOICES = "bij een ja/nee-vraag heten de antwoorden 'ja' en 'nee'"
LOAD_FIELD_ONLY_FOR = "'{field}' kan alleen bij een vraag van soort {kinds}"
LOAD_RULE_FIELD_ONLY_FOR = "'{field}' geldt alleen voor vragen van soort {kinds}"
LOAD_BAD_PATTERN = "ongeldig patroon: {error}"
LOAD_BAD_SCALE = "de schaal moet lopen van een kleiner naar een groter getal, in stappen groter dan 0"
LOAD_SCALE_LABEL = "schaalwaarde {value} ligt niet op de schaal"
LOAD_SCORED_NUMBER_MAX = "een getelde getalvraag heeft een maximum nodig (validate: max)"
LOAD_BAND_ORDER = "band '{id}': 'min' moet kleiner zijn dan 'max'"
LOAD_VARIABLE_IS_QUESTION = "'{name}' is een vraag; een variabele moet een andere naam hebben"
LOAD_VARIABLE_TYPE = "variabele '{name}' krijgt hier {found}, maar elders {expected}"
LOAD_START_UNKNOWN = "startstap '{start}' bestaat niet{hint}"
LOAD_TEMPLATE_BRACE = "een '{{' zonder '}}' (schrijf '{{{{' voor een letterlijke accolade)"
LOAD_NOT_FOUND = "flow '{flow}' niet gevonden{hint}"
LOAD_ID_MISMATCH = "deze flow heeft id '{id}', maar '{other}' gebruikt die id ook"

# --- lint ----------------------------------------------------------------------------------------
LINT_UNREACHABLE = "stap '{id}' is vanaf het begin nooit te bereiken"
LINT_LOOP_WITHOUT_EXIT = "lus zonder uitweg: {nodes} verwijzen alleen naar elkaar"
LINT_LOOP_WITHOUT_QUESTION = "lus zonder vraag: {nodes} kunnen eindeloos rondgaan"
LINT_DEAD_END = "dood spoor: via '{id}' kan de flow eindigen zonder een resultaat"
LINT_UNKNOWN_SIGNAL = "onbekend signaal '{value}'{hint}"
LINT_UNKNOWN_TARGET_GROUP = "onbekende doelgroep '{value}'{hint}"
LINT_UNKNOWN_PILLAR = "onbekende pijler '{value}'{hint}"
LINT_UNKNOWN_RECORD = "onbekend record '{value}'{hint}"
LINT_UNUSED_VARIABLE = "variabele '{name}' wordt gezet maar nergens gebruikt"
LINT_MAYBE_UNANSWERED = (
    "vraag '{question}' is niet op elk pad naar hier gesteld; zet 'answered({question}) and …' ervoor"
)
LINT_BAND_GAP = "banden sluiten niet op elkaar aan: '{a}' eindigt bij {end}, '{b}' begint bij {start}"
LINT_NO_SCENARIOS = "geen scenario's voor deze flow (zet ze in {folder})"
LINT_UNCOVERED = "geen scenario neemt de tak {source} → {target}{rule}"
LINT_SCENARIO_FAILED = "scenario '{name}' klopt niet: {detail}"
LINT_QUIZ_NO_CORRECT = "quizvraag zonder goed antwoord: zet bij minstens één antwoord 'correct: true'"
LINT_NOT_SCORED_GROUP = "scoregroep '{id}' krijgt van geen enkele vraag punten"

# --- scenarios -----------------------------------------------------------------------------------
SCENARIO_MISSING_ANSWER = "vraag '{question}' ({text}) heeft geen antwoord in {file}"
SCENARIO_INVALID_ANSWER = "antwoord op vraag '{question}' ({text}) is ongeldig: {problems}"
SCENARIO_UNKNOWN_QUESTION = "onbekende vraag '{question}'{hint} in {file}"
ANSWERS_NOT_A_MAPPING = "verwacht per vraag-id een antwoord (vraag: antwoord)"
ANSWERS_IS_FOLDER = "antwoordenbestand '{path}' is een map, geen bestand"
ANSWERS_MISSING = "antwoordenbestand '{path}' bestaat niet"
SCENARIO_UNUSED_ANSWER = "antwoord op '{question}' is niet gebruikt (de vraag ligt niet op het pad)"
SCENARIO_EXPECTED = "{what}: verwacht {expected}, gekregen {actual}"
SCENARIO_GAP_CLOSED = "de aanbevelingen kloppen nu: haal 'known_gap' weg uit het scenario"
SCENARIO_STEP_FAILED = "stap {index}: {detail}"
