"""What an expression depends on, for the linter.

Two questions matter to the linter: which variables an expression reads (to find variables that
are set but never used), and which questions it reads *unguarded*. A read is guarded when the
expression itself makes sure the question was answered first, as in
`answered(leeftijd) and leeftijd < 18`, or when a comparison only holds for an answered question
(`woonsituatie == "huur" and …` cannot reach `…` for an empty answer). `implied_answered` gives,
for a condition on a branch, the questions that are certainly answered when the branch is taken.

Run time is safe either way (an empty answer compares false), but `not heeft_kinderen` or
`situatie != "huur"` are *true* for a question that was never asked, which is rarely what the
author meant; those reads are what the linter warns about.
"""

from __future__ import annotations

from collections.abc import Container

from adviseur.flows.language.expr.ast import ID_FUNCTIONS, Call, Compare, Expr, ListExpr, Lit, Logic, Name, Unary, children


def value_names(expr: Expr) -> set[str]:
    """Names read as values (not the id arguments of answered(), score() …)."""
    found: set[str] = set()
    _collect(expr, found)
    return found


def _collect(expr: Expr, found: set[str]) -> None:
    if isinstance(expr, Name):
        found.add(expr.name)
        return
    if isinstance(expr, Call) and expr.func in ID_FUNCTIONS:
        return
    for child in children(expr):
        _collect(child, found)


def _literal(expr: Expr) -> bool:
    return isinstance(expr, (Lit, ListExpr))


def implied_answered(expr: Expr, questions: Container[str]) -> frozenset[str]:
    """Questions that must have been answered for `expr` to be true."""
    if isinstance(expr, Call) and expr.func == "answered":
        return frozenset(a.name for a in expr.args if isinstance(a, Name) and a.name in questions)
    if isinstance(expr, Name):
        return frozenset([expr.name]) if expr.name in questions else frozenset()
    if isinstance(expr, Logic):
        left, right = implied_answered(expr.left, questions), implied_answered(expr.right, questions)
        return left | right if expr.op == "and" else left & right
    if isinstance(expr, Unary) and expr.op == "not":
        return implied_unanswered_false(expr.operand, questions)
    if isinstance(expr, Compare) and expr.op != "!=" and expr.op != "not in":
        for a, b in ((expr.left, expr.right), (expr.right, expr.left)):
            if isinstance(a, Name) and a.name in questions and _literal(b):
                return frozenset([a.name])
    return frozenset()


def implied_unanswered_false(expr: Expr, questions: Container[str]) -> frozenset[str]:
    """Questions that must have been answered for `expr` to be false."""
    if isinstance(expr, Unary) and expr.op == "not":
        return implied_answered(expr.operand, questions)
    if isinstance(expr, Logic):
        left = implied_unanswered_false(expr.left, questions)
        right = implied_unanswered_false(expr.right, questions)
        return left | right if expr.op == "or" else left & right
    if isinstance(expr, Compare) and expr.op in ("!=", "not in"):
        for a, b in ((expr.left, expr.right), (expr.right, expr.left)):
            if isinstance(a, Name) and a.name in questions and _literal(b):
                return frozenset([a.name])
    return frozenset()


_TRUE_ONLY_IF_ANSWERED = ("==", "<", "<=", ">", ">=", "in")
_TRUE_IF_UNANSWERED = ("!=", "not in")


def unguarded_reads(
    expr: Expr, questions: Container[str], guarded: frozenset[str] = frozenset(), *, condition: bool = True
) -> list[Name]:
    """Reads of questions, not shown to be answered, where an empty answer would count.

    `woonsituatie == "huur"` (as a condition) is simply false for an unanswered question, which is
    what the author means, so it is not reported. `woonsituatie != "huur"`, `not heeft_kinderen`,
    `leeftijd + 1` or `{leeftijd}` in a text would silently treat "not asked" as an answer, so they
    are, unless `answered(…)` (or a comparison) earlier in an `and` guards them.
    """
    found: list[Name] = []
    _unguarded(expr, questions, guarded, found, "pos" if condition else "value")
    return found


def _unguarded(expr: Expr, questions: Container[str], guarded: frozenset[str], found: list[Name], ctx: str) -> None:
    """`ctx`: "pos" (a condition that should be true), "neg" (under a `not`) or "value"."""
    if isinstance(expr, Name):
        if expr.name in questions and expr.name not in guarded and ctx != "pos":
            found.append(expr)
        return
    if isinstance(expr, Call) and expr.func in ID_FUNCTIONS:
        return
    polarity = "neg" if ctx == "neg" else "pos"
    if isinstance(expr, Logic):
        _unguarded(expr.left, questions, guarded, found, polarity)
        extra = (
            implied_answered(expr.left, questions)
            if expr.op == "and"  # the right side only runs when the left side was true
            else implied_unanswered_false(expr.left, questions)
        )
        _unguarded(expr.right, questions, guarded | extra, found, polarity)
        return
    if isinstance(expr, Unary) and expr.op == "not":
        _unguarded(expr.operand, questions, guarded, found, "neg" if polarity == "pos" else "pos")
        return
    if isinstance(expr, Compare):
        for a, b in ((expr.left, expr.right), (expr.right, expr.left)):
            if isinstance(a, Name) and _literal(b):
                safe = (expr.op in _TRUE_ONLY_IF_ANSWERED and polarity == "pos") or (
                    expr.op in _TRUE_IF_UNANSWERED and polarity == "neg"
                )
                if not safe and a.name in questions and a.name not in guarded:
                    found.append(a)
                _unguarded(b, questions, guarded, found, "value")
                return
    for child in children(expr):
        _unguarded(child, questions, guarded, found, "value")
