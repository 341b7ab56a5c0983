"""Every Dutch sentence the flow engine, loader and linter produce, in one place.

Flow authors write their own texts in the YAML files; what the *engine* says (validation messages,
progress, lint findings) lives here so that a later translation finds it all in one module and a
reviewer can read the tone of voice at a glance. Placeholders use `str.format` names.
"""

from __future__ import annotations

from adviseur.content.problems import ProblemText as P

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
NOTE_CASEWORK = "Notities horen bij beleid, niet bij een casus: in deze flow kunnen geen notities worden gemaakt."
NOTE_NOT_ON_PATH = "Vraag '{question}' is op dit moment niet aan de orde; een notitie hoort bij een vraag die gesteld wordt."
NOTE_TOO_LONG = "Houd de notitie kort: hoogstens {max} tekens (nu {length})."
ANSWERS_ORIGIN = "de antwoorden"
"""Where answers come from when no file is named: '... heeft geen antwoord in de antwoorden'."""

# --- the language's own labels (runtime.py, program.py) ----------------------------------------
TOTAL_LABEL = "Totaal"
QUIZ_LABEL = "Kennisvragen"
"""The labels of the reserved score groups 'totaal' and 'quiz'."""
YESNO_LABELS = {"ja": "Ja", "nee": "Nee"}
"""The answers of a yes/no question that names none of its own: id (data) and label."""

# --- resume ------------------------------------------------------------------------------------
RESUME_QUESTION_GONE = "vraag bestaat niet meer in deze versie van de flow"
RESUME_ANSWER_INVALID = "het antwoord past niet meer: {reason}"
RESUME_NOT_KEPT = "vrije tekst is om privacyredenen niet bewaard; de vraag wordt opnieuw gesteld"
RESUME_OTHER_FLOW = "de sessie hoort bij flow '{found}', niet bij '{expected}'"
RESUME_NOTE_GONE = "de notitie hoort bij een vraag die niet meer in deze versie van de flow staat"
SNAPSHOT_INVALID = "ongeldige sessie: {errors}"
SNAPSHOT_UNKNOWN_FORMAT = "onbekend sessieformaat {format}"

# --- expression language -----------------------------------------------------------------------
EXPR_TOO_LONG = P("ADV501", "de expressie is te lang (meer dan {max} tekens)")
EXPR_TOO_DEEP = P("ADV502", "de expressie is te diep genest")
EXPR_EMPTY = P("ADV503", "de expressie is leeg")
EXPR_NOT_TEXT = P("ADV504", "een expressie moet tekst zijn")
EXPR_UNTERMINATED_STRING = P("ADV505", "tekst zonder afsluitend aanhalingsteken")
EXPR_BAD_NUMBER = P("ADV506", "ongeldig getal (schrijf decimalen met een punt, zoals 2.5)")
EXPR_UNEXPECTED_CHAR = P("ADV507", "onverwacht teken '{char}'")
EXPR_UNEXPECTED_TOKEN = P("ADV508", "onverwacht '{token}'")
EXPR_UNEXPECTED_END = P("ADV509", "de expressie houdt onverwacht op")
EXPR_EXPECTED = ", verwacht {what}"
EXPR_CHAINED_COMPARE = P("ADV510", "twee vergelijkingen achter elkaar: schrijf 'a < b and b < c'")
EXPR_HINT_EQUALS = " (gebruik '==' om te vergelijken)"
EXPR_HINT_AND = " (gebruik 'and')"
EXPR_HINT_OR = " (gebruik 'or')"
EXPR_HINT_NOT = " (gebruik 'not' of '!=')"
EXPR_HINT_BRACES = " (accolades horen alleen in teksten, rond een expressie)"
EXPR_HINT_KEYWORD = " (bedoel je '{keyword}'?)"
EXPR_UNKNOWN_NAME = P("ADV511", "onbekende vraag of variabele '{name}'{hint}")
EXPR_UNKNOWN_FUNCTION = P("ADV512", "onbekende functie '{name}'{hint}")
EXPR_ARGS = P("ADV513", "{name}() verwacht {arguments}")
ARGUMENT_NOUN = ("argument", "argumenten")
EXPR_ID_ARG = P("ADV514", "{name}() verwacht de id van een {what}, niet een expressie")
EXPR_UNKNOWN_ID = P("ADV515", "onbekende {what} '{name}'{hint}")
EXPR_TYPE = P("ADV516", "{what} verwacht {expected}, maar dit is {found}")
EXPR_IN_TEXT = "'{op}' met tekst"
"""The `what` of EXPR_TYPE for 'in' on a piece of text."""
EXPR_COMPARE_TYPES = P("ADV517", "kan {left} niet vergelijken met {right}")
EXPR_UNKNOWN_CHOICE = P("ADV518", "vraag '{question}' heeft geen antwoord '{choice}'{hint}")
EXPR_NOT_BOOL = P("ADV519", "een voorwaarde moet ja of nee opleveren, maar dit is {found}")
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
LOAD_NOT_A_MAPPING = P("ADV401", "een flow moet een YAML-mapping zijn (met id, title, nodes …)")
LOAD_DUPLICATE_NODE = P("ADV402", "stap-id '{id}' bestaat al (regel {line})")
LOAD_DUPLICATE_NODE_OTHER = P(
    "ADV403", "stap-id '{id}' bestaat al in {path}; ids moeten uniek zijn over een flow en wat die aanroept"
)
LOAD_DUPLICATE_CHOICE = P("ADV404", "antwoord-id '{id}' staat twee keer in deze vraag")
LOAD_DUPLICATE_SECTION = P("ADV405", "sectie-id '{id}' bestaat al")
LOAD_DUPLICATE_GROUP = P("ADV406", "scoregroep-id '{id}' bestaat al (als sectie of scoregroep)")
LOAD_RESERVED_ID = P("ADV407", "'{id}' is een gereserveerd woord en kan geen id zijn")
LOAD_UNKNOWN_TARGET = P("ADV408", "onbekende stap '{target}'{hint}")
LOAD_UNKNOWN_SECTION = P("ADV409", "onbekende sectie '{section}'{hint}")
LOAD_UNKNOWN_GROUP = P("ADV410", "onbekende scoregroep '{group}'{hint}")
LOAD_UNKNOWN_FLOW = P("ADV411", "onbekende flow '{flow}'{hint}")
LOAD_RECURSIVE_CALL = P("ADV412", "flow '{flow}' roept zichzelf (via {chain}) aan")
LOAD_CALL_MAIN = P("ADV413", "flow '{flow}' is geen subflow (zet 'role: subflow' in die flow)")
LOAD_RULE_ORDER = P("ADV414", "een regel zonder 'when' moet de laatste zijn: de regels erna worden nooit gebruikt")
LOAD_BRANCH_NEEDS_RULES = P("ADV415", "een branch heeft een lijst met regels nodig onder 'next'")
LOAD_CHOICES_REQUIRED = P("ADV416", "een vraag van soort '{answer}' heeft 'choices' nodig")
LOAD_CHOICES_FORBIDDEN = P("ADV417", "een vraag van soort '{answer}' heeft geen 'choices'")
LOAD_YESNO_CHOICES = P("ADV418", "bij een ja/nee-vraag heten de antwoorden 'ja' en 'nee'")
LOAD_FIELD_ONLY_FOR = P("ADV419", "'{field}' kan alleen bij een vraag van soort {kinds}")
LOAD_RULE_FIELD_ONLY_FOR = P("ADV420", "'{field}' geldt alleen voor vragen van soort {kinds}")
NUMERIC_KINDS = "number, scale of multi"
KINDS_OR = " of "
ONE_CHECK = "geef precies één controle: min/max, min_length/max_length, pattern of check"
"""A `validate:` entry names one kind of check (the field names are the language's)."""
"""Between the kinds of question a field is allowed for."""
LOAD_BAD_PATTERN = P("ADV421", "ongeldig patroon: {error}")
LOAD_BAD_SCALE = P("ADV422", "de schaal moet lopen van een kleiner naar een groter getal, in stappen groter dan 0")
LOAD_SCALE_LABEL = P("ADV423", "schaalwaarde {value} ligt niet op de schaal")
LOAD_SCORED_NUMBER_MAX = P("ADV424", "een getelde getalvraag heeft een maximum nodig (validate: max)")
LOAD_BAND_ORDER = P("ADV425", "band '{id}': 'min' moet kleiner zijn dan 'max'")
LOAD_VARIABLE_IS_QUESTION = P("ADV426", "'{name}' is een vraag; een variabele moet een andere naam hebben")
LOAD_VARIABLE_TYPE = P("ADV427", "variabele '{name}' krijgt hier {found}, maar elders {expected}")
LOAD_START_UNKNOWN = P("ADV428", "startstap '{start}' bestaat niet{hint}")
LOAD_TEMPLATE_BRACE = P("ADV429", "een '{{' zonder '}}' (schrijf '{{{{' voor een letterlijke accolade)")
LOAD_NOT_FOUND = P("ADV430", "flow '{flow}' niet gevonden{hint}")
LOAD_RISKY_PATTERN_NESTED = P(
    "ADV432",
    "dit patroon kan bij sommige antwoorden eindeloos lang duren: een herhaling binnen een herhaling "
    "(zoals (a+)+); schrijf het anders, of maak de binnenste herhaling bezittelijk (a++) of atomair (?>…)",
)
LOAD_RISKY_PATTERN_CHOICE = P(
    "ADV432",
    "dit patroon kan bij sommige antwoorden eindeloos lang duren: een herhaalde keuze waarvan twee "
    "mogelijkheden met hetzelfde teken kunnen beginnen of leeg kunnen zijn (zoals (aa|a)*); maak de "
    "mogelijkheden uitsluitend",
)
LOAD_ID_MISMATCH = P("ADV431", "deze flow heeft id '{id}', maar '{other}' gebruikt die id ook")

# --- lint ----------------------------------------------------------------------------------------
LINT_UNREACHABLE = P("ADV601", "stap '{id}' is vanaf het begin nooit te bereiken")
LINT_LOOP_WITHOUT_EXIT = P("ADV602", "lus zonder uitweg: {nodes} verwijzen alleen naar elkaar")
LINT_LOOP_WITHOUT_QUESTION = P("ADV603", "lus zonder vraag: {nodes} kunnen eindeloos rondgaan")
LINT_DEAD_END = P("ADV604", "dood spoor: via '{id}' kan de flow eindigen zonder een resultaat")
LINT_UNKNOWN_SIGNAL = P("ADV605", "onbekend signaal '{value}'{hint}")
LINT_UNKNOWN_TARGET_GROUP = P("ADV606", "onbekende doelgroep '{value}'{hint}")
LINT_UNKNOWN_PILLAR = P("ADV607", "onbekende pijler '{value}'{hint}")
LINT_UNKNOWN_RECORD = P("ADV608", "onbekend record '{value}'{hint}")
LINT_UNUSED_VARIABLE = P("ADV609", "variabele '{name}' wordt gezet maar nergens gebruikt")
LINT_MAYBE_UNANSWERED = P(
    "ADV610",
    "vraag '{question}' is niet op elk pad naar hier gesteld; zet 'answered({question}) and …' ervoor"
)
LINT_BAND_GAP = P("ADV611", "banden sluiten niet op elkaar aan: '{a}' eindigt bij {end}, '{b}' begint bij {start}")
LINT_NO_SCENARIOS = P("ADV612", "geen scenario's voor deze flow (zet ze in {folder})")
LINT_UNCOVERED = P("ADV613", "geen scenario neemt de tak {source} → {target}{rule}")
END_LABEL = "einde"
"""The end of a flow, as a branch's target and in the flowchart."""
RULE_NUMBER = " (regel {number})"
NO_RULE_MATCHES = " (als geen regel klopt)"
LINT_SCENARIO_FAILED = P("ADV614", "scenario '{name}' klopt niet: {detail}")
LINT_QUIZ_NO_CORRECT = P("ADV615", "quizvraag zonder goed antwoord: zet bij minstens één antwoord 'correct: true'")
LINT_NOT_SCORED_GROUP = P("ADV616", "scoregroep '{id}' krijgt van geen enkele vraag punten")

# --- scenarios -----------------------------------------------------------------------------------
SCENARIO_MISSING_ANSWER = P("ADV701", "vraag '{question}' ({text}) heeft geen antwoord in {file}")
SCENARIO_INVALID_ANSWER = P("ADV702", "antwoord op vraag '{question}' ({text}) is ongeldig: {problems}")
SCENARIO_UNKNOWN_QUESTION = P("ADV703", "onbekende vraag '{question}'{hint} in {file}")
ANSWERS_NOT_A_MAPPING = P("ADV704", "verwacht per vraag-id een antwoord (vraag: antwoord)")
ANSWERS_IS_FOLDER = P("ADV705", "antwoordenbestand '{path}' is een map, geen bestand")
ANSWERS_MISSING = P("ADV706", "antwoordenbestand '{path}' bestaat niet")
SCENARIO_UNUSED_ANSWER = P("ADV707", "antwoord op '{question}' is niet gebruikt (de vraag ligt niet op het pad)")
SCENARIO_EXPECTED = "{what}: verwacht {expected}, gekregen {actual}"
SCENARIO_FLOW_BROKEN = P("ADV709", "flow '{flow}' kan niet worden geladen: {detail}")
SCENARIO_UNKNOWN_KEY = P("ADV710", "onbekende vraag '{question}'{hint}")
SCENARIO_GAP_CLOSED = P("ADV708", "de aanbevelingen kloppen nu: haal 'known_gap' weg uit het scenario")
SCENARIO_STEP_FAILED = "stap {index}: {detail}"
SCENARIO_ONE_MOVE = "een stap heeft 'change: vraag' of 'back: aantal' (en 'answer')"
SCENARIO_NOT_SHOWN = "niet getoond"

# --- the flowchart (mermaid.py) ------------------------------------------------------------------
MERMAID_KINDS = {
    "say": "Bericht",
    "question": "Vraag",
    "set": "Bereken",
    "branch": "Keuze",
    "call": "Vragenblok",
    "result": "Resultaat",
}
"""How the flowchart names each kind of step."""
MERMAID_TITLE = "{title} (versie {version})"
MERMAID_ONLY_IF = " [alleen als {condition}]"
MERMAID_OTHERWISE = "anders"
