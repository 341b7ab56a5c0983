"""The condition language: parsing, type checking at load, and total run-time semantics."""

from __future__ import annotations

from typing import Any

import pytest

from adviseur.flows.language.expr import (
    BOOL,
    LIST,
    NUMBER,
    TEXT,
    ExprError,
    QuestionSymbol,
    Scope,
    check_condition,
    compile_expr,
    infer,
    parse,
    unparse,
)
from adviseur.flows.language.expr.ast import structure
from tests.flows.fake_env import FakeEnv


def ev(text: str, **values: Any) -> Any:
    return compile_expr(parse(text))(FakeEnv(values))


SCOPE = Scope(
    questions={
        "woonsituatie": QuestionSymbol("woonsituatie", TEXT, frozenset({"huur", "koop", "straat"})),
        "zorgen": QuestionSymbol("zorgen", LIST, frozenset({"schulden", "geweld", "geen"})),
        "leeftijd": QuestionSymbol("leeftijd", NUMBER),
        "kinderen": QuestionSymbol("kinderen", BOOL),
        "toelichting": QuestionSymbol("toelichting", TEXT),
    },
    variables={"risico": NUMBER},
    groups={"wonen", "totaal"},
    nodes={"welkom", "woonsituatie"},
)


# --- parsing -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ('woonsituatie == "huur"', 'woonsituatie == "huur"'),
        ("1 + 2 * 3", "1 + 2 * 3"),
        ("(1 + 2) * 3", "(1 + 2) * 3"),
        ("a and b or c", "a and b or c"),
        ("a and (b or c)", "a and (b or c)"),
        ("not a == 1", "not a == 1"),
        ("x not in [1, 2]", "x not in [1, 2]"),
        ("- - 3", "-(-3)"),
        ("score(wonen) >= 4", "score(wonen) >= 4"),
        ("'enkel' in toelichting", '"enkel" in toelichting'),
    ],
)
def test_parse_and_unparse_agree(text: str, canonical: str) -> None:
    tree = parse(text)
    assert unparse(tree) == canonical
    assert structure(parse(unparse(tree))) == structure(tree)


def test_precedence_is_what_people_expect() -> None:
    assert ev("1 + 2 * 3") == 7
    assert ev("10 - 4 - 3") == 3
    assert ev("2 * 3 > 5 and 1 == 1") is True
    assert ev("true or false and false") is True


@pytest.mark.parametrize(
    ("text", "fragment", "pos"),
    [
        ("a = 1", "gebruik '=='", 2),
        ("a && b", "gebruik 'and'", 2),
        ("a || b", "gebruik 'or'", 2),
        ("a en b", "bedoel je 'and'?", 2),
        ("3,5 > 2", "decimalen met een punt", 1),
        ("a < b < c", "a < b and b < c", 6),
        ('"open', "aanhalingsteken", 0),
        ("", "leeg", 0),
        ("(a", "verwacht ')'", 2),
        ("a b", "onverwacht 'b'", 2),
        ("#", "onverwacht teken '#'", 0),
        ("12abc", "ongeldig getal", 0),
    ],
)
def test_syntax_errors_say_what_and_where(text: str, fragment: str, pos: int) -> None:
    with pytest.raises(ExprError) as info:
        parse(text)
    assert fragment in info.value.message
    assert info.value.pos == pos


def test_absurd_input_is_refused_not_crashing() -> None:
    with pytest.raises(ExprError, match="te lang"):
        parse("a" * 100_000)
    with pytest.raises(ExprError, match="te diep"):
        parse("(" * 200 + "1" + ")" * 200)
    with pytest.raises(ExprError, match="te diep"):
        parse("not " * 200 + "a")
    with pytest.raises(ExprError):
        parse(None)  # type: ignore[arg-type]


# --- type checking -----------------------------------------------------------------------------


def problems(text: str) -> list[str]:
    return [e.message for e in check_condition(parse(text), SCOPE)]


def test_well_typed_conditions_pass() -> None:
    for text in [
        'woonsituatie == "huur"',
        '"schulden" in zorgen and not kinderen',
        "answered(leeftijd) and leeftijd < 27",
        'woonsituatie in ["huur", "koop"]',
        "count(zorgen) >= 2 or score(wonen) > risico",
        '"huur" in toelichting',
        "visited(welkom)",
        "percent(totaal) >= 50",
        "min(leeftijd, 30) + round(2.5) > 3",
    ]:
        assert problems(text) == [], text


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('woonsituatie == "hurr"', "geen antwoord 'hurr' (bedoel je 'huur'?)"),
        ('"schuld" in zorgen', "geen antwoord 'schuld' (bedoel je 'schulden'?)"),
        ('woonsituatie in ["huur", "kop"]', "geen antwoord 'kop'"),
        ("leeftijt > 3", "onbekende vraag of variabele 'leeftijt' (bedoel je 'leeftijd'?)"),
        ('leeftijd > "18"', "verwacht een getal"),
        ("leeftijd == true", "kan een getal niet vergelijken met ja/nee"),
        ("kinderen + 1 > 2", "verwacht een getal"),
        ("leeftijd and kinderen", "verwacht ja/nee"),
        ("answered(leeftijt)", "onbekende vraag 'leeftijt'"),
        ("score(wone) > 1", "onbekende sectie of scoregroep 'wone'"),
        ("visited(welkon)", "onbekende stap 'welkon'"),
        ("answered(1)", "verwacht de id van een vraag"),
        ("answered(a, b)", "verwacht 1 argument"),
        ("telling(zorgen) > 1", "onbekende functie 'telling'"),
        ("leeftijd + 1", "moet ja of nee opleveren"),
        ("zorgen in zorgen", "verwacht tekst, maar dit is een lijst"),
    ],
)
def test_type_errors_are_caught_at_load(text: str, fragment: str) -> None:
    found = problems(text)
    assert any(fragment in p for p in found), found


def test_type_error_points_at_the_offending_part() -> None:
    errors = check_condition(parse('woonsituatie == "hurr"'), SCOPE)
    assert [(e.pos, e.end) for e in errors] == [(16, 22)]


def test_several_errors_are_reported_at_once() -> None:
    assert len(problems('leeftijt > 3 and woonsituatie == "x"')) == 2


def test_infer_types() -> None:
    assert infer(parse("leeftijd + 1"), SCOPE)[0] == NUMBER
    assert infer(parse("kinderen or false"), SCOPE)[0] == BOOL
    assert infer(parse('["a", "b"]'), SCOPE)[0] == LIST


# --- run-time semantics ------------------------------------------------------------------------


def test_comparisons_and_membership() -> None:
    assert ev('w == "huur"', w="huur") is True
    assert ev('"schulden" in z', z=["schulden", "geweld"]) is True
    assert ev('"geen" not in z', z=["schulden"]) is True
    assert ev('w in ["huur", "koop"]', w="koop") is True
    assert ev('"HUUR" in t', t="Er is een huurachterstand") is True  # text: case-insensitive part
    assert ev("z == [\"b\", \"a\"]", z=["a", "b"]) is True  # lists compare as sets of answers


def test_unanswered_values_never_raise() -> None:
    assert ev('w == "huur"') is False
    assert ev('w != "huur"') is True
    assert ev("a + 1") is None
    assert ev("a > 1") is False
    assert ev('"x" in a') is False
    assert ev("not a") is True
    assert ev("min(a, 3)") == 3
    assert ev("round(a)") is None


def test_arithmetic_is_total() -> None:
    assert ev("7 / 2") == 3.5
    assert ev("6 / 2") == 3 and isinstance(ev("6 / 2"), int)
    assert ev("1 / 0") is None
    assert ev("round(2.5)") == 3  # half up, as people round
    assert ev("-a", a=4) == -4
    assert ev("a * 2", a=True) is None  # a yes/no is not a number
    assert ev("1 == true") is False


def test_functions_read_the_environment() -> None:
    env = FakeEnv({"z": ["a", "b"]}, scores={"wonen": 4}, percents={"wonen": 50.0}, visited={"welkom"})
    assert compile_expr(parse("count(z)"))(env) == 2
    assert compile_expr(parse("score(wonen) + 1"))(env) == 5
    assert compile_expr(parse("percent(wonen) >= 50"))(env) is True
    assert compile_expr(parse("visited(welkom) and not visited(elders)"))(env) is True
    assert compile_expr(parse("answered(z) and not answered(q)"))(env) is True
