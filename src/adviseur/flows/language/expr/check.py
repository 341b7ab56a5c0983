"""Static type checking of expressions against a flow's questions, variables and score groups.

A flow author learns at load time, with the line and column, that `leeftijd > "18"` compares a
number with text, that `woonsituatie == "dakloost"` names an answer the question does not have,
or that `inkommen` is not a question. At run time the same expression can then only meet the
one thing checking cannot rule out: a question that was not answered (its value is empty).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from adviseur.content import did_you_mean
from adviseur.content.wording import counted
from adviseur.flows import texts
from adviseur.flows.language.expr.ast import (
    ID_FUNCTIONS,
    VALUE_FUNCTIONS,
    Binary,
    Call,
    Compare,
    Expr,
    ListExpr,
    Lit,
    Logic,
    Name,
    Unary,
)
from adviseur.flows.language.expr.parser import ExprError

NUMBER, TEXT, BOOL, LIST, ANY = "number", "text", "bool", "list", "any"


@dataclass(frozen=True)
class QuestionSymbol:
    id: str
    type: str
    choices: frozenset[str] | None = None
    """Valid answer ids for single and multiple choice questions (literals are checked against them)."""


@dataclass
class Scope:
    """What an expression may refer to."""

    questions: dict[str, QuestionSymbol] = field(default_factory=dict)
    variables: dict[str, str] = field(default_factory=dict)
    groups: set[str] = field(default_factory=set)
    nodes: set[str] = field(default_factory=set)

    def names(self) -> Iterable[str]:
        return [*self.questions, *self.variables]


def _tname(t: str) -> str:
    return texts.TYPE_NAMES.get(t, t)


class _Checker:
    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        self.errors: list[ExprError] = []

    def error(self, node: Expr, message: str) -> None:
        self.errors.append(ExprError(message, node.pos, node.end))

    def want(self, node: Expr, found: str, expected: str, what: str) -> None:
        if found not in (expected, ANY):
            self.error(node, texts.EXPR_TYPE.format(what=what, expected=_tname(expected), found=_tname(found)))

    def check(self, node: Expr) -> str:
        if isinstance(node, Lit):
            if isinstance(node.value, bool):
                return BOOL
            return TEXT if isinstance(node.value, str) else NUMBER
        if isinstance(node, Name):
            return self.name(node)
        if isinstance(node, ListExpr):
            for item in node.items:
                self.check(item)
            return LIST
        if isinstance(node, Unary):
            t = self.check(node.operand)
            if node.op == "-":
                self.want(node.operand, t, NUMBER, "'-'")
                return NUMBER
            self.want(node.operand, t, BOOL, "'not'")
            return BOOL
        if isinstance(node, Binary):
            for side in (node.left, node.right):
                self.want(side, self.check(side), NUMBER, f"'{node.op}'")
            return NUMBER
        if isinstance(node, Logic):
            for side in (node.left, node.right):
                self.want(side, self.check(side), BOOL, f"'{node.op}'")
            return BOOL
        if isinstance(node, Compare):
            return self.compare(node)
        if isinstance(node, Call):
            return self.call(node)
        raise AssertionError(node)  # pragma: no cover - the parser makes no other nodes

    def name(self, node: Name) -> str:
        q = self.scope.questions.get(node.name)
        if q is not None:
            return q.type
        if node.name in self.scope.variables:
            return self.scope.variables[node.name]
        hint = did_you_mean(node.name, self.scope.names())
        self.error(node, texts.EXPR_UNKNOWN_NAME.format(name=node.name, hint=hint))
        return ANY

    def choice_question(self, node: Expr) -> QuestionSymbol | None:
        if isinstance(node, Name):
            q = self.scope.questions.get(node.name)
            if q is not None and q.choices is not None:
                return q
        return None

    def check_choice(self, q: QuestionSymbol, lit: Expr) -> None:
        if isinstance(lit, Lit) and isinstance(lit.value, str) and q.choices is not None:
            if lit.value not in q.choices:
                hint = did_you_mean(lit.value, q.choices)
                self.error(lit, texts.EXPR_UNKNOWN_CHOICE.format(question=q.id, choice=lit.value, hint=hint))

    def compare(self, node: Compare) -> str:
        left, right = self.check(node.left), self.check(node.right)
        op = node.op
        if op in ("==", "!="):
            if ANY not in (left, right) and left != right:
                self.error(node, texts.EXPR_COMPARE_TYPES.format(left=_tname(left), right=_tname(right)))
            for a, b in ((node.left, node.right), (node.right, node.left)):
                q = self.choice_question(a)
                if q is not None:
                    if isinstance(b, ListExpr):
                        for item in b.items:
                            self.check_choice(q, item)
                    else:
                        self.check_choice(q, b)
        elif op in ("<", "<=", ">", ">="):
            self.want(node.left, left, NUMBER, f"'{op}'")
            self.want(node.right, right, NUMBER, f"'{op}'")
        else:  # in / not in
            if right == TEXT:
                self.want(node.left, left, TEXT, texts.EXPR_IN_TEXT.format(op=op))
            elif right != ANY:
                self.want(node.right, right, LIST, f"'{op}'")
                if left == LIST:
                    self.error(node.left, texts.EXPR_TYPE.format(what=f"'{op}'", expected=_tname(TEXT), found=_tname(LIST)))
            q = self.choice_question(node.right)
            if q is not None:
                self.check_choice(q, node.left)
            q = self.choice_question(node.left)
            if q is not None and isinstance(node.right, ListExpr):
                for item in node.right.items:
                    self.check_choice(q, item)
        return BOOL

    def call(self, node: Call) -> str:
        if node.func in ID_FUNCTIONS:
            kind = ID_FUNCTIONS[node.func]
            if len(node.args) != 1:
                self.error(node, texts.EXPR_ARGS.format(name=node.func, arguments=counted(1, *texts.ARGUMENT_NOUN)))
                return ANY
            arg = node.args[0]
            what = {"question": texts.WHAT_QUESTION, "group": texts.WHAT_GROUP, "node": texts.WHAT_NODE}[kind]
            if not isinstance(arg, Name):
                self.error(arg, texts.EXPR_ID_ARG.format(name=node.func, what=what))
            else:
                pool: Iterable[str] = {
                    "question": self.scope.questions,
                    "group": self.scope.groups,
                    "node": self.scope.nodes,
                }[kind]
                if arg.name not in pool:
                    hint = did_you_mean(arg.name, pool)
                    self.error(arg, texts.EXPR_UNKNOWN_ID.format(what=what, name=arg.name, hint=hint))
            return BOOL if node.func in ("answered", "visited") else NUMBER
        if node.func in VALUE_FUNCTIONS:
            low, high = VALUE_FUNCTIONS[node.func]
            if not low <= len(node.args) <= high:
                self.error(node, texts.EXPR_ARGS.format(name=node.func, arguments=counted(low, *texts.ARGUMENT_NOUN)))
            for arg in node.args:
                self.want(arg, self.check(arg), NUMBER, f"{node.func}()")
            return NUMBER
        hint = did_you_mean(node.func, [*ID_FUNCTIONS, *VALUE_FUNCTIONS])
        self.error(node, texts.EXPR_UNKNOWN_FUNCTION.format(name=node.func, hint=hint))
        return ANY


def infer(expr: Expr, scope: Scope) -> tuple[str, list[ExprError]]:
    """The expression's type and every problem found (not just the first)."""
    checker = _Checker(scope)
    result = checker.check(expr)
    return result, checker.errors


def check_condition(expr: Expr, scope: Scope) -> list[ExprError]:
    """Problems of an expression used as a condition: it must also produce ja/nee."""
    result, errors = infer(expr, scope)
    if not errors and result not in (BOOL, ANY):
        errors.append(ExprError(texts.EXPR_NOT_BOOL.format(found=_tname(result)), expr.pos, expr.end))
    return errors
