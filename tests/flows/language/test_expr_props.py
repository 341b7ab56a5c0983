"""Property tests: the parser never fails in an unplanned way, printing and parsing agree, and
evaluation is total (no input makes it raise)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from adviseur.flows.language.expr import ExprError, compile_expr, parse, unparse
from adviseur.flows.language.expr.ast import Binary, Call, Compare, Expr, ListExpr, Lit, Logic, Name, Unary, structure
from tests.flows.fake_env import FakeEnv

NAMES = ["a", "b", "leeftijd", "zorgen"]
SCORES = {name: 2.0 for name in NAMES}
"""Every score group scores 2 in these tests."""
VISITED = {"a"}
TOKENS = [
    "a", "b", "leeftijd", "1", "2.5", '"x"', "'y'", "true", "false", "and", "or", "not", "in",
    "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "(", ")", "[", "]", ",",
    "answered(", "count(", "score(", "min(", "=", "&&", "en", "{", "3,5",
]


def _lit() -> st.SearchStrategy[Expr]:
    return st.one_of(
        st.integers(0, 1000).map(lambda v: Lit(v, 0, 0)),
        st.integers(0, 1000).map(lambda v: Lit(v / 10 if v % 10 else v / 10 + 0.5, 0, 0)),
        st.text("abc xyz-", max_size=6).map(lambda v: Lit(v, 0, 0)),
        st.booleans().map(lambda v: Lit(v, 0, 0)),
    )


def _leaf() -> st.SearchStrategy[Expr]:
    return st.one_of(
        _lit(),
        st.sampled_from(NAMES).map(lambda n: Name(n, 0, 0)),
        st.tuples(st.sampled_from(["answered", "count", "score", "visited"]), st.sampled_from(NAMES)).map(
            lambda t: Call(t[0], (Name(t[1], 0, 0),), 0, 0)
        ),
    )


@st.composite
def trees(draw: st.DrawFn, depth: int = 4) -> Expr:
    """Random well-formed trees (a composite keeps hypothesis' reprs small)."""
    if depth == 0 or draw(st.integers(0, 3)) == 0:
        return draw(_leaf())
    sub = trees(depth - 1)
    kind = draw(st.sampled_from(["unary", "binary", "logic", "compare", "list", "minmax", "round"]))
    if kind == "unary":
        return Unary(draw(st.sampled_from(["-", "not"])), draw(sub), 0, 0)
    if kind == "binary":
        return Binary(draw(st.sampled_from(["+", "-", "*", "/"])), draw(sub), draw(sub), 0, 0)
    if kind == "logic":
        return Logic(draw(st.sampled_from(["and", "or"])), draw(sub), draw(sub), 0, 0)
    if kind == "compare":
        left, right = draw(sub), draw(sub)
        if isinstance(left, Compare) or isinstance(right, Compare):
            return left  # comparisons do not chain
        ops = ["==", "!=", "<", "<=", ">", ">=", "in", "not in"]
        return Compare(draw(st.sampled_from(ops)), left, right, 0, 0)
    if kind == "list":
        return ListExpr(tuple(draw(st.lists(sub, max_size=3))), 0, 0)
    if kind == "minmax":
        return Call(draw(st.sampled_from(["min", "max"])), (draw(sub), draw(sub)), 0, 0)
    return Call("round", (draw(sub),), 0, 0)


TREES = trees()
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10**6, 10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.lists(st.sampled_from(["x", "y", "geen"]), max_size=3),
)
ENVS = st.fixed_dictionaries({name: VALUES for name in NAMES})


@settings(max_examples=300)
@given(st.text(max_size=300))
def test_any_text_parses_or_raises_expr_error(text: str) -> None:
    try:
        tree = parse(text)
    except ExprError as exc:
        assert 0 <= exc.pos <= len(text)
        assert exc.message
    else:
        assert structure(parse(unparse(tree))) == structure(tree)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(TOKENS), max_size=25).map(" ".join))
def test_token_soup_parses_or_raises_expr_error(text: str) -> None:
    try:
        parse(text)
    except ExprError as exc:
        assert 0 <= exc.pos <= len(text)


@settings(max_examples=300)
@given(TREES)
def test_unparse_then_parse_gives_the_same_tree(tree: Expr) -> None:
    text = unparse(tree)
    assert structure(parse(text)) == structure(tree), text


@settings(max_examples=300)
@given(TREES, ENVS)
def test_evaluation_is_total(tree: Expr, values: dict[str, Any]) -> None:
    result = compile_expr(parse(unparse(tree)))(FakeEnv(values, scores=SCORES, visited=VISITED))
    assert result is None or isinstance(result, (bool, int, float, str, list))


@st.composite
def numeric(draw: st.DrawFn, depth: int = 4) -> Expr:
    if depth == 0 or draw(st.integers(0, 2)) == 0:
        return Lit(draw(st.integers(0, 50)), 0, 0)
    if draw(st.booleans()):
        return Unary("-", draw(numeric(depth - 1)), 0, 0)
    return Binary(draw(st.sampled_from(["+", "-", "*"])), draw(numeric(depth - 1)), draw(numeric(depth - 1)), 0, 0)


NUMERIC = numeric()


def reference(tree: Expr) -> int:
    """Integer arithmetic the plain way, to compare the compiled closures against."""
    if isinstance(tree, Lit):
        return int(tree.value)
    if isinstance(tree, Unary):
        return -reference(tree.operand)
    assert isinstance(tree, Binary)
    left, right = reference(tree.left), reference(tree.right)
    return {"+": left + right, "-": left - right, "*": left * right}[tree.op]


@settings(max_examples=300)
@given(NUMERIC)
def test_arithmetic_matches_plain_integer_arithmetic(tree: Expr) -> None:
    assert compile_expr(parse(unparse(tree)))(FakeEnv({}, scores=SCORES, visited=VISITED)) == reference(tree)
