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


# Strategies are built once and drawn from many times: building one (hypothesis validates it and
# works out its properties) cost more than drawing, when `trees` built its parts anew per draw.
LITERALS: st.SearchStrategy[Expr] = st.one_of(
    st.integers(0, 1000).map(lambda v: Lit(v, 0, 0)),
    st.integers(0, 1000).map(lambda v: Lit(v / 10 if v % 10 else v / 10 + 0.5, 0, 0)),
    st.text("abc xyz-", max_size=6).map(lambda v: Lit(v, 0, 0)),
    st.booleans().map(lambda v: Lit(v, 0, 0)),
)
LEAVES: st.SearchStrategy[Expr] = st.one_of(
    LITERALS,
    st.sampled_from(NAMES).map(lambda n: Name(n, 0, 0)),
    st.tuples(st.sampled_from(["answered", "count", "score", "visited"]), st.sampled_from(NAMES)).map(
        lambda t: Call(t[0], (Name(t[1], 0, 0),), 0, 0)
    ),
)
STOP = st.integers(0, 3)
KINDS = st.sampled_from(["unary", "binary", "logic", "compare", "list", "minmax", "round"])
UNARY = st.sampled_from(["-", "not"])
ARITHMETIC = st.sampled_from(["+", "-", "*", "/"])
LOGIC = st.sampled_from(["and", "or"])
COMPARISONS = st.sampled_from(["==", "!=", "<", "<=", ">", ">=", "in", "not in"])
MIN_MAX = st.sampled_from(["min", "max"])


@st.composite
def trees(draw: st.DrawFn, depth: int = 4) -> Expr:
    """Random well-formed trees (a composite keeps hypothesis' reprs small)."""
    if depth == 0 or draw(STOP) == 0:
        return draw(LEAVES)
    sub = TREES_OF_DEPTH[depth - 1]
    kind = draw(KINDS)
    if kind == "unary":
        return Unary(draw(UNARY), draw(sub), 0, 0)
    if kind == "binary":
        return Binary(draw(ARITHMETIC), draw(sub), draw(sub), 0, 0)
    if kind == "logic":
        return Logic(draw(LOGIC), draw(sub), draw(sub), 0, 0)
    if kind == "compare":
        left, right = draw(sub), draw(sub)
        if isinstance(left, Compare) or isinstance(right, Compare):
            return left  # comparisons do not chain
        return Compare(draw(COMPARISONS), left, right, 0, 0)
    if kind == "list":
        return ListExpr(tuple(draw(LISTS_OF_DEPTH[depth - 1])), 0, 0)
    if kind == "minmax":
        return Call(draw(MIN_MAX), (draw(sub), draw(sub)), 0, 0)
    return Call("round", (draw(sub),), 0, 0)


TREES_OF_DEPTH = [trees(depth) for depth in range(5)]
LISTS_OF_DEPTH = [st.lists(tree, max_size=3) for tree in TREES_OF_DEPTH]
TREES = TREES_OF_DEPTH[4]
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


NUMERIC_STOP = st.integers(0, 2)
SMALL = st.integers(0, 50)
NEGATE = st.booleans()
PLUS_MINUS_TIMES = st.sampled_from(["+", "-", "*"])


@st.composite
def numeric(draw: st.DrawFn, depth: int = 4) -> Expr:
    if depth == 0 or draw(NUMERIC_STOP) == 0:
        return Lit(draw(SMALL), 0, 0)
    sub = NUMERIC_OF_DEPTH[depth - 1]
    if draw(NEGATE):
        return Unary("-", draw(sub), 0, 0)
    return Binary(draw(PLUS_MINUS_TIMES), draw(sub), draw(sub), 0, 0)


NUMERIC_OF_DEPTH = [numeric(depth) for depth in range(5)]
NUMERIC = NUMERIC_OF_DEPTH[4]


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
