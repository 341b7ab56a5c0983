"""Tokenizer and recursive-descent parser for conditions such as
`woonsituatie == "dakloos" and (leeftijd < 27 or answered(jeugdzorg))`.

Conditions are parsed into a tree and never handed to Python's `eval`: a flow file cannot run
code, only compare answers. Mistakes that non-programmers make often (`=` for `==`, `&&`, `en`
for `and`) get a hint in Dutch rather than a bare "syntax error".

Grammar, loosest binding first:
    or      := and ("or" and)*
    and     := not ("and" not)*
    not     := "not" not | compare
    compare := sum (("==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not" "in") sum)?
    sum     := product (("+" | "-") product)*
    product := unary (("*" | "/") unary)*
    unary   := "-" unary | atom
    atom    := NUMBER | STRING | "true" | "false" | NAME | NAME "(" args ")" | "(" or ")" | "[" items "]"
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from adviseur.errors import AdviseurError
from adviseur.flows import texts
from adviseur.flows.language.expr.ast import (
    KEYWORDS,
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

MAX_LENGTH = 2000
"""Conditions longer than this are certainly a mistake (a pasted paragraph), and refusing them
keeps parsing cheap for any input."""
MAX_DEPTH = 40
"""Nesting limit: keeps the recursive parser far from Python's recursion limit."""


class ExprError(AdviseurError):
    """A problem in one expression; `pos`/`end` are character offsets into its source text."""

    def __init__(self, message: str, pos: int = 0, end: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.pos = pos
        self.end = pos + 1 if end is None else end


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # "num", "str", "name", "op", "eof"
    text: str
    pos: int


_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<num>\d+(?:\.\d+)?(?![A-Za-z0-9_]))
  | (?P<str>"[^"\n]*"|'[^'\n]*')
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>==|!=|<=|>=|<|>|\+|-|\*|/|\(|\)|\[|\]|,)
    """,
    re.VERBOSE,
)

_HINTS = {
    "=": texts.EXPR_HINT_EQUALS,
    "&": texts.EXPR_HINT_AND,
    "|": texts.EXPR_HINT_OR,
    "!": texts.EXPR_HINT_NOT,
    "{": texts.EXPR_HINT_BRACES,
    "}": texts.EXPR_HINT_BRACES,
}
_DUTCH_KEYWORDS = {"en": "and", "of": "or", "niet": "not", "waar": "true", "onwaar": "false", "ja": "true", "nee": "false"}


def tokenize(text: str) -> list[Token]:
    if len(text) > MAX_LENGTH:
        raise ExprError(texts.EXPR_TOO_LONG.format(max=MAX_LENGTH), 0, len(text))
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            ch = text[pos]
            if ch in "\"'":
                raise ExprError(texts.EXPR_UNTERMINATED_STRING, pos, len(text))
            if ch.isdigit():
                raise ExprError(texts.EXPR_BAD_NUMBER, pos)
            if text.startswith("&&", pos) or text.startswith("||", pos):
                raise ExprError(texts.EXPR_UNEXPECTED_TOKEN.format(token=text[pos : pos + 2]) + _HINTS[ch], pos, pos + 2)
            hint = _HINTS.get(ch, "")
            raise ExprError(texts.EXPR_UNEXPECTED_CHAR.format(char=ch) + hint, pos)
        kind = m.lastgroup or "ws"
        if kind != "ws":
            tokens.append(Token(kind, m.group(), pos))
        pos = m.end()
    tokens.append(Token("eof", "", len(text)))
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.i = 0
        self.depth = 0

    # --- helpers ---------------------------------------------------------------------------
    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def peek(self, ahead: int = 1) -> Token:
        return self.tokens[min(self.i + ahead, len(self.tokens) - 1)]

    def is_op(self, *ops: str) -> bool:
        return self.tok.kind == "op" and self.tok.text in ops

    def is_kw(self, *words: str) -> bool:
        return self.tok.kind == "name" and self.tok.text in words

    def advance(self) -> Token:
        tok = self.tok
        self.i += 1
        return tok

    def expect_op(self, op: str) -> Token:
        if not self.is_op(op):
            raise self.unexpected(texts.EXPR_EXPECTED.format(what=f"'{op}'"))
        return self.advance()

    def unexpected(self, detail: str = "") -> ExprError:
        tok = self.tok
        if tok.kind == "eof":
            return ExprError(texts.EXPR_UNEXPECTED_END + detail, tok.pos, tok.pos + 1)
        hint = ""
        if tok.kind == "name" and tok.text in _DUTCH_KEYWORDS:
            hint = texts.EXPR_HINT_KEYWORD.format(word=tok.text, keyword=_DUTCH_KEYWORDS[tok.text])
        elif tok.text == "," and self.i > 0 and self.tokens[self.i - 1].kind == "num":
            hint = f" ({texts.EXPR_BAD_NUMBER})"
        return ExprError(texts.EXPR_UNEXPECTED_TOKEN.format(token=tok.text) + detail + hint, tok.pos, tok.pos + len(tok.text))

    def nested(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExprError(texts.EXPR_TOO_DEEP, self.tok.pos)

    # --- grammar ---------------------------------------------------------------------------
    def parse(self) -> Expr:
        if self.tok.kind == "eof":
            raise ExprError(texts.EXPR_EMPTY, 0, max(1, len(self.text)))
        expr = self.or_()
        if self.tok.kind != "eof":
            raise self.unexpected()
        return expr

    def or_(self) -> Expr:
        left = self.and_()
        while self.is_kw("or"):
            self.advance()
            right = self.and_()
            left = Logic("or", left, right, left.pos, right.end)
        return left

    def and_(self) -> Expr:
        left = self.not_()
        while self.is_kw("and"):
            self.advance()
            right = self.not_()
            left = Logic("and", left, right, left.pos, right.end)
        return left

    def not_(self) -> Expr:
        if self.is_kw("not"):
            start = self.advance().pos
            self.nested()
            operand = self.not_()
            self.depth -= 1
            return Unary("not", operand, start, operand.end)
        return self.compare()

    def compare(self) -> Expr:
        left = self.sum_()
        op = None
        if self.is_op("==", "!=", "<", "<=", ">", ">="):
            op = self.advance().text
        elif self.is_kw("in"):
            self.advance()
            op = "in"
        elif self.is_kw("not") and self.peek().kind == "name" and self.peek().text == "in":
            self.advance()
            self.advance()
            op = "not in"
        if op is None:
            return left
        right = self.sum_()
        if self.is_op("==", "!=", "<", "<=", ">", ">=") or self.is_kw("in"):
            raise ExprError(texts.EXPR_CHAINED_COMPARE, self.tok.pos, self.tok.pos + len(self.tok.text))
        return Compare(op, left, right, left.pos, right.end)

    def sum_(self) -> Expr:
        left = self.product()
        while self.is_op("+", "-"):
            op = self.advance().text
            right = self.product()
            left = Binary(op, left, right, left.pos, right.end)
        return left

    def product(self) -> Expr:
        left = self.unary()
        while self.is_op("*", "/"):
            op = self.advance().text
            right = self.unary()
            left = Binary(op, left, right, left.pos, right.end)
        return left

    def unary(self) -> Expr:
        if self.is_op("-"):
            start = self.advance().pos
            self.nested()
            operand = self.unary()
            self.depth -= 1
            return Unary("-", operand, start, operand.end)
        return self.atom()

    def atom(self) -> Expr:
        tok = self.tok
        if tok.kind == "num":
            self.advance()
            value: int | float = float(tok.text) if "." in tok.text else int(tok.text)
            return Lit(value, tok.pos, tok.pos + len(tok.text))
        if tok.kind == "str":
            self.advance()
            return Lit(tok.text[1:-1], tok.pos, tok.pos + len(tok.text))
        if tok.kind == "name":
            if tok.text in ("true", "false"):
                self.advance()
                return Lit(tok.text == "true", tok.pos, tok.pos + len(tok.text))
            if tok.text in KEYWORDS:
                raise self.unexpected()
            self.advance()
            if self.is_op("("):
                return self.call(tok)
            return Name(tok.text, tok.pos, tok.pos + len(tok.text))
        if self.is_op("("):
            self.advance()
            self.nested()
            inner = self.or_()
            self.depth -= 1
            self.expect_op(")")
            return inner
        if self.is_op("["):
            start = self.advance().pos
            items: list[Expr] = []
            self.nested()
            while not self.is_op("]"):
                items.append(self.or_())
                if not self.is_op(","):
                    break
                self.advance()
            self.depth -= 1
            end = self.expect_op("]").pos + 1
            return ListExpr(tuple(items), start, end)
        raise self.unexpected()

    def call(self, name: Token) -> Expr:
        self.advance()  # "("
        args: list[Expr] = []
        self.nested()
        while not self.is_op(")"):
            args.append(self.or_())
            if not self.is_op(","):
                break
            self.advance()
        self.depth -= 1
        end = self.expect_op(")").pos + 1
        return Call(name.text, tuple(args), name.pos, end)


def parse(text: str) -> Expr:
    """Parse one expression. Raises ExprError (and only ExprError) for any bad input."""
    if not isinstance(text, str):
        raise ExprError(texts.EXPR_NOT_TEXT)
    return _Parser(text).parse()
