"""The syntax tree of the condition language.

Every node keeps its character span in the source string, so that a type error can point at the
exact word in the YAML file. Trees are immutable: the loader shares them between the type checker,
the linter (which reads which questions an expression depends on) and the compiler.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

Scalar = int | float | str | bool


@dataclass(frozen=True, slots=True)
class Lit:
    value: Scalar
    pos: int
    end: int


@dataclass(frozen=True, slots=True)
class Name:
    name: str
    pos: int
    end: int


@dataclass(frozen=True, slots=True)
class ListExpr:
    items: tuple[Expr, ...]
    pos: int
    end: int


@dataclass(frozen=True, slots=True)
class Unary:
    op: str  # "-" or "not"
    operand: Expr
    pos: int
    end: int


@dataclass(frozen=True, slots=True)
class Binary:
    op: str  # "+", "-", "*", "/"
    left: Expr
    right: Expr
    pos: int
    end: int


@dataclass(frozen=True, slots=True)
class Compare:
    op: str  # "==", "!=", "<", "<=", ">", ">=", "in", "not in"
    left: Expr
    right: Expr
    pos: int
    end: int


@dataclass(frozen=True, slots=True)
class Logic:
    op: str  # "and" or "or"
    left: Expr
    right: Expr
    pos: int
    end: int


@dataclass(frozen=True, slots=True)
class Call:
    func: str
    args: tuple[Expr, ...]
    pos: int
    end: int


Expr = Lit | Name | ListExpr | Unary | Binary | Compare | Logic | Call

#: Functions whose arguments are ids (a question, a score group, a node), not values.
ID_FUNCTIONS = {"answered": "question", "count": "question", "score": "group", "percent": "group", "visited": "node"}
#: Functions over values.
VALUE_FUNCTIONS = {"min": (2, 2), "max": (2, 2), "round": (1, 1)}
KEYWORDS = frozenset({"and", "or", "not", "in", "true", "false"})


def children(expr: Expr) -> tuple[Expr, ...]:
    if isinstance(expr, (Unary,)):
        return (expr.operand,)
    if isinstance(expr, (Binary, Compare, Logic)):
        return (expr.left, expr.right)
    if isinstance(expr, (ListExpr,)):
        return expr.items
    if isinstance(expr, Call):
        return expr.args
    return ()


def walk(expr: Expr) -> Iterator[Expr]:
    """Every node of the tree, parents before children."""
    stack = [expr]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(children(node)))


def structure(expr: Expr) -> tuple:
    """The tree without positions, for comparing two parses of differently spaced text."""
    if isinstance(expr, Lit):
        return ("lit", type(expr.value).__name__, expr.value)
    if isinstance(expr, Name):
        return ("name", expr.name)
    if isinstance(expr, Call):
        return ("call", expr.func, *(structure(a) for a in expr.args))
    if isinstance(expr, ListExpr):
        return ("list", *(structure(i) for i in expr.items))
    if isinstance(expr, Unary):
        return ("unary", expr.op, structure(expr.operand))
    return (type(expr).__name__.lower(), expr.op, structure(expr.left), structure(expr.right))


_PRECEDENCE = {"or": 1, "and": 2, "not": 3, "cmp": 4, "+": 5, "-": 5, "*": 6, "/": 6, "neg": 7}


def unparse(expr: Expr) -> str:
    """Canonical text for a tree; parsing it gives the same structure (used by property tests
    and by the Mermaid export, which shows conditions to domain experts)."""
    return _unparse(expr, 0)


def _prec(expr: Expr) -> int:
    if isinstance(expr, Logic):
        return _PRECEDENCE[expr.op]
    if isinstance(expr, Unary):
        return _PRECEDENCE["not"] if expr.op == "not" else _PRECEDENCE["neg"]
    if isinstance(expr, Compare):
        return _PRECEDENCE["cmp"]
    if isinstance(expr, Binary):
        return _PRECEDENCE[expr.op]
    return 10


def _unparse(expr: Expr, parent: int) -> str:
    text = _bare(expr)
    return f"({text})" if _prec(expr) < parent else text


def _bare(expr: Expr) -> str:
    if isinstance(expr, Lit):
        if isinstance(expr.value, bool):
            return "true" if expr.value else "false"
        if isinstance(expr.value, str):
            quote = '"' if '"' not in expr.value else "'"
            return f"{quote}{expr.value}{quote}"
        return repr(expr.value)
    if isinstance(expr, Name):
        return expr.name
    if isinstance(expr, Call):
        return f"{expr.func}({', '.join(_unparse(a, 0) for a in expr.args)})"
    if isinstance(expr, ListExpr):
        return "[" + ", ".join(_unparse(i, 0) for i in expr.items) + "]"
    if isinstance(expr, Unary):
        if expr.op == "not":
            return f"not {_unparse(expr.operand, _PRECEDENCE['not'])}"
        return f"-{_unparse(expr.operand, _PRECEDENCE['neg'] + 1)}"
    if isinstance(expr, Logic):
        p = _PRECEDENCE[expr.op]
        return f"{_unparse(expr.left, p)} {expr.op} {_unparse(expr.right, p + 1)}"
    if isinstance(expr, Compare):
        p = _PRECEDENCE["cmp"]
        return f"{_unparse(expr.left, p + 1)} {expr.op} {_unparse(expr.right, p + 1)}"
    p = _PRECEDENCE[expr.op]
    return f"{_unparse(expr.left, p)} {expr.op} {_unparse(expr.right, p + 1)}"
