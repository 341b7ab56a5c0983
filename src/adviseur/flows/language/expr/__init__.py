"""The small condition language of flows: parsed, type-checked at load, compiled, never `eval`ed.

    woonsituatie == "dakloos" and not answered(opvang)
    score(financien) >= 6 or "schulden" in zorgen
    leeftijd < 27 and count(zorgen) > 1

Values: numbers, "text" or 'text', true/false, lists [..]. Operators: + - * /, == != < <= > >=,
in / not in (in a list, in a multiple-choice answer, or a piece of text), and / or / not.
Functions: answered(q), count(q), score(group), percent(group), visited(node), min, max, round.
"""

from adviseur.flows.language.expr.ast import Expr, unparse
from adviseur.flows.language.expr.check import ANY, BOOL, LIST, NUMBER, TEXT, QuestionSymbol, Scope, check_condition, infer
from adviseur.flows.language.expr.compile import Compiled, Env, compile_expr, truth
from adviseur.flows.language.expr.parser import ExprError, parse

__all__ = [
    "ANY",
    "BOOL",
    "LIST",
    "NUMBER",
    "TEXT",
    "Compiled",
    "Env",
    "Expr",
    "ExprError",
    "QuestionSymbol",
    "Scope",
    "check_condition",
    "compile_expr",
    "infer",
    "parse",
    "truth",
    "unparse",
]
