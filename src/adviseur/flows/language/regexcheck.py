"""Catching an author's `pattern:` that can take forever on some answers (catastrophic backtracking).

Python's `re` backtracks, and has no time limit: `(a+)+$` needs 47 seconds for 28 characters
and doubles with every character more. Such a pattern is refused when the flow is loaded, so
`adviseur check` names it and neither `run` nor the app can hang on it. The check is static and
deterministic (a time limit would depend on the machine), on the parsed pattern:

- a repetition inside a repetition (`(a+)+`, `(\\w+\\s?)*`), the classic exponential case, unless
  the inner one is possessive (`a++`) or atomic (`(?>…)`), which never give back what they took;
- a repeated choice whose alternatives can begin with the same character or be empty
  (`(aa|a)*`, `(a|b|ab)*`): a text can then be matched in very many ways.

What remains (several repetitions side by side, `\\d*\\d*\\d*x`) is polynomial, not exponential;
the answers a pattern checks are kept short (`MAX_PATTERN_INPUT`), so it stays fast too.
"""

from __future__ import annotations

import importlib
import string
from typing import Any

from adviseur.flows import texts

# The regex parser is private to the standard library (no type stubs); Python 3.11+ names it so.
C: Any = importlib.import_module("re._constants")
P: Any = importlib.import_module("re._parser")

MAX_PATTERN_INPUT = 200
"""Answers longer than this are not run through an author's pattern (a postcode, phone number or
e-mail address is far shorter); the answer gets a message instead."""

_PROBE = string.printable + "éëïöüáàçñßø€\u00a0\u2019\u3000"
"""Characters standing in for "any character" when comparing what alternatives can start with."""
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT}
_POSSESSIVE = getattr(C, "POSSESSIVE_REPEAT", None)
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)
_BIG = 16
"""A repeat up to this many times counts as bounded (`\\d{4}`); beyond it, as unbounded."""

RISKY_NESTED = texts.LOAD_RISKY_PATTERN_NESTED
RISKY_CHOICE = texts.LOAD_RISKY_PATTERN_CHOICE


def pattern_risk(pattern: str) -> str | None:
    """A Dutch reason when `pattern` can backtrack catastrophically, else None. The pattern must
    compile (check that first: re.error is not caught here)."""
    tree = P.parse(pattern)
    return _scan(list(tree), inside_repeat=False)


def _unbounded(high: int) -> bool:
    return high == C.MAXREPEAT or high > _BIG


def _scan(items: list[Any], *, inside_repeat: bool) -> str | None:
    for op, arg in items:
        if op in _REPEATS:
            low, high, body = arg
            body = list(body)
            if _unbounded(high):
                if inside_repeat:
                    return RISKY_NESTED
                if _overlapping_choice(body):
                    return RISKY_CHOICE
                found = _scan(body, inside_repeat=True)
            else:
                found = _scan(body, inside_repeat=inside_repeat)
        elif op == _POSSESSIVE or op == _ATOMIC:
            continue  # never backtracks into itself
        elif op == C.SUBPATTERN:
            found = _scan(list(arg[-1]), inside_repeat=inside_repeat)
        elif op == C.BRANCH:
            found = next((r for alt in arg[1] if (r := _scan(list(alt), inside_repeat=inside_repeat))), None)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            found = _scan(list(arg[1]), inside_repeat=inside_repeat)
        elif op == C.GROUPREF_EXISTS:
            found = next((r for alt in arg[1:] if alt and (r := _scan(list(alt), inside_repeat=inside_repeat))), None)
        else:
            found = None
        if found:
            return found
    return None


def _overlapping_choice(body: list[Any]) -> bool:
    """A repeated body holding a choice whose alternatives share a first character or may be
    empty (`(aa|a)*` is parsed as `a(?:a|)`): then a text can be matched many ways."""
    for op, arg in body:
        if op == C.SUBPATTERN:
            if _overlapping_choice(list(arg[-1])):
                return True
        elif op == C.BRANCH:
            seen: set[str] = set()
            for alt in arg[1]:
                chars, nullable = _first(list(alt))
                if nullable or seen & chars:
                    return True
                seen |= chars
    return False


def _first(items: list[Any]) -> tuple[set[str], bool]:
    """The probe characters a match of `items` can start with, and whether it can be empty."""
    chars: set[str] = set()
    for op, arg in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            return chars | {ch for ch in _PROBE if _matches(op, arg, ch)}, False
        if op in _REPEATS or op == _POSSESSIVE:
            low, _high, body = arg
            sub, nullable = _first(list(body))
            chars |= sub
            if low > 0 and not nullable:
                return chars, False
            continue
        if op in (C.SUBPATTERN, _ATOMIC):
            sub, nullable = _first(list(arg[-1] if op == C.SUBPATTERN else arg))
            chars |= sub
            if not nullable:
                return chars, False
            continue
        if op == C.BRANCH:
            any_nullable = False
            for alt in arg[1]:
                sub, nullable = _first(list(alt))
                chars |= sub
                any_nullable = any_nullable or nullable
            if not any_nullable:
                return chars, False
            continue
        return set(_PROBE), True  # back-references and the like: assume the worst
    return chars, True


def _matches(op: Any, arg: Any, ch: str) -> bool:
    code = ord(ch)
    if op == C.LITERAL:
        return code == arg
    if op == C.NOT_LITERAL:
        return code != arg
    if op == C.ANY:
        return ch != "\n"
    negate = False
    hit = False
    for kind, value in arg:
        if kind == C.NEGATE:
            negate = True
        elif kind == C.LITERAL:
            hit = hit or code == value
        elif kind == C.RANGE:
            hit = hit or value[0] <= code <= value[1]
        elif kind == C.CATEGORY:
            hit = hit or _category(value, ch)
        else:
            hit = True  # unknown: assume it matches
    return hit != negate


def _category(category: Any, ch: str) -> bool:
    name = str(category)
    if "DIGIT" in name:
        result = ch.isdigit()
    elif "SPACE" in name:
        result = ch.isspace()
    elif "WORD" in name:
        result = ch.isalnum() or ch == "_"
    elif "LINEBREAK" in name:
        result = ch == "\n"
    else:
        result = True
    return not result if "_NOT_" in name else result
