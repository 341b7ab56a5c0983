"""Turn a checked expression tree into a Python closure.

Closures rather than tree-walking keep one engine step well under a millisecond even though the
engine re-evaluates the whole path after every answer. Run-time semantics are total: no
expression can raise. An unanswered question is `None`; arithmetic on `None` gives `None`;
comparisons with `None` are false (except `!=`); division by zero gives `None`. The linter warns
about expressions that may meet an unanswered question, so these rules are a safety net, not a
feature authors rely on.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, Protocol

from adviseur.flows.language.expr.ast import Binary, Call, Compare, Expr, ListExpr, Lit, Logic, Name, Unary


class Env(Protocol):
    """What a compiled expression reads at run time (implemented by the engine's walk state)."""

    def get(self, name: str) -> Any: ...
    def answered(self, question: str) -> bool: ...
    def count(self, question: str) -> int: ...
    def score(self, group: str) -> float: ...
    def percent(self, group: str) -> float | None: ...
    def visited(self, node: str) -> bool: ...


Compiled = Callable[[Env], Any]


def _is_num(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _num(v: float) -> Any:
    if not math.isfinite(v):
        return None
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
        return int(v)
    return v


def _arith(op: str, a: Any, b: Any) -> Any:
    if not (_is_num(a) and _is_num(b)):
        return None
    try:
        if op == "+":
            return _num(a + b)
        if op == "-":
            return _num(a - b)
        if op == "*":
            return _num(a * b)
        if b == 0:
            return None
        return _num(a / b)
    except OverflowError:
        return None


def _equal(a: Any, b: Any) -> bool:
    if isinstance(a, bool) != isinstance(b, bool):
        return False
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return sorted(map(str, a)) == sorted(map(str, b))
    return a == b


def _order(op: str, a: Any, b: Any) -> bool:
    if not (_is_num(a) and _is_num(b)):
        return False
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b


def _contains(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    if isinstance(b, str):
        return isinstance(a, str) and a.casefold() in b.casefold()
    if isinstance(b, (list, tuple, set, frozenset)):
        return any(_equal(a, item) for item in b)
    return False


def _truth(v: Any) -> bool:
    return v is True or (v not in (None, False) and not isinstance(v, bool) and bool(v))


def compile_expr(expr: Expr) -> Compiled:
    if isinstance(expr, Lit):
        value = expr.value
        return lambda env: value
    if isinstance(expr, Name):
        name = expr.name
        return lambda env: env.get(name)
    if isinstance(expr, ListExpr):
        items = [compile_expr(i) for i in expr.items]
        return lambda env: [f(env) for f in items]
    if isinstance(expr, Unary):
        operand = compile_expr(expr.operand)
        if expr.op == "not":
            return lambda env: not _truth(operand(env))

        def negate(env: Env) -> Any:
            v = operand(env)
            return _num(-v) if _is_num(v) else None

        return negate
    if isinstance(expr, Binary):
        left, right, op = compile_expr(expr.left), compile_expr(expr.right), expr.op
        return lambda env: _arith(op, left(env), right(env))
    if isinstance(expr, Logic):
        left, right = compile_expr(expr.left), compile_expr(expr.right)
        if expr.op == "and":
            return lambda env: _truth(left(env)) and _truth(right(env))
        return lambda env: _truth(left(env)) or _truth(right(env))
    if isinstance(expr, Compare):
        return _compile_compare(expr)
    if isinstance(expr, Call):
        return _compile_call(expr)
    raise AssertionError(expr)  # pragma: no cover


def _compile_compare(expr: Compare) -> Compiled:
    left, right, op = compile_expr(expr.left), compile_expr(expr.right), expr.op
    if op == "==":
        return lambda env: _equal(left(env), right(env))
    if op == "!=":
        return lambda env: not _equal(left(env), right(env))
    if op == "in":
        return lambda env: _contains(left(env), right(env))
    if op == "not in":
        return lambda env: not _contains(left(env), right(env))
    return lambda env: _order(op, left(env), right(env))


def _compile_call(expr: Call) -> Compiled:
    func = expr.func
    if func in ("answered", "count", "score", "percent", "visited"):
        arg = expr.args[0]
        ident = arg.name if isinstance(arg, Name) else ""
        method = func
        return lambda env: getattr(env, method)(ident)
    args = [compile_expr(a) for a in expr.args]
    if func == "round":
        only = args[0]

        def rounded(env: Env) -> Any:
            v = only(env)
            return _num(float(math.floor(v + 0.5))) if _is_num(v) else None  # half up, as people round

        return rounded
    pick = min if func == "min" else max

    def extreme(env: Env) -> Any:
        values = [v for v in (f(env) for f in args) if _is_num(v)]
        return pick(values) if values else None

    return extreme


def truth(value: Any) -> bool:
    """How a condition's value is read: only a real `true` (or a non-empty value) counts."""
    return _truth(value)
