"""Turning what a user typed (or an answers file holds) into a checked answer.

The engine accepts answers from three places: the TUI (strings from an input field or a chosen
option), answer and scenario files (YAML values) and saved sessions (JSON). One function reads
them all, so "3,5", 3.5 and "3.5" are the same number, "Ja" and true the same yes, and a choice
may be given by id or by its label. Everything that can be checked without the rest of the flow
(type, choices, ranges, lengths, patterns) is checked here; `check:` expressions need the other
answers and are run by the engine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Literal

from adviseur.content import did_you_mean
from adviseur.flows import texts
from adviseur.flows.language.model import AnswerKind
from adviseur.flows.language.regexcheck import MAX_PATTERN_INPUT
from adviseur.flows.language.runtime import QuestionInfo, format_number

DEFAULT_MAX_TEXT = 2000
"""Longest free text accepted unless a question allows more: long enough for a case description,
short enough that a pasted document is refused with a message instead of slowing everything."""
HARD_MAX_TEXT = 10_000
MAX_NUMBER_TEXT = 60

_YES = {"ja", "j", "yes", "y", "true", "waar", "1"}
_NO = {"nee", "n", "no", "false", "onwaar", "0"}

Level = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class AnswerProblem:
    level: Level
    message: str


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:40] + "…"


def _empty(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip()) or (isinstance(raw, (list, tuple, set)) and not raw)


def _required_message(q: QuestionInfo) -> str:
    if q.node.required_message:
        return q.node.required_message
    if q.kind == AnswerKind.MULTI:
        return texts.REQUIRED_MULTI
    if q.kind in (AnswerKind.SINGLE, AnswerKind.YESNO, AnswerKind.SCALE):
        return texts.REQUIRED_CHOICE
    return texts.REQUIRED


def _options(q: QuestionInfo) -> str:
    return ", ".join(f"{c.id} ({c.label})" if c.label.casefold() != c.id else c.id for c in q.choices.values())


def _match_choice(q: QuestionInfo, raw: Any) -> str | None:
    if isinstance(raw, bool):
        return None
    text = str(raw).strip() if isinstance(raw, (str, int, float)) else None
    if text is None:
        return None
    if text in q.choices:
        return text
    folded = text.casefold()
    for choice in q.choices.values():
        if choice.id.casefold() == folded or choice.label.casefold() == folded:
            return choice.id
    return None


def _number(raw: Any) -> float | int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        value: float | int = raw
    elif isinstance(raw, str):
        text = raw.strip().replace(" ", "").replace("\u00a0", "")
        if not text or len(text) > MAX_NUMBER_TEXT:
            return None
        if "," in text and "." not in text:
            text = text.replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            return None
    else:
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        if value.is_integer() and abs(value) < 2**53:
            return int(value)
    return value


def coerce(q: QuestionInfo, raw: Any) -> tuple[Any, list[AnswerProblem]]:
    """The answer in its canonical form (None: skipped) and the problems found.

    An answer with any error-level problem must not be stored; warnings may be shown and passed.
    """
    if _empty(raw):
        if q.node.required:
            return None, [AnswerProblem("error", _required_message(q))]
        return None, []
    kind = q.kind
    if kind == AnswerKind.SINGLE:
        choice = _match_choice(q, raw)
        if choice is None:
            hint = did_you_mean(str(raw)[:200], list(q.choices)) if isinstance(raw, str) else ""
            return None, [AnswerProblem("error", texts.UNKNOWN_CHOICE.format(value=_short(raw), options=_options(q)) + hint)]
        value: Any = choice
    elif kind == AnswerKind.MULTI:
        items = raw.split(",") if isinstance(raw, str) else raw
        if not isinstance(items, (list, tuple, set)):
            items = [items]
        picked: list[str] = []
        unknown: list[str] = []
        for item in items:
            if _empty(item):
                continue
            choice = _match_choice(q, item)
            if choice is None:
                unknown.append(_short(item))
            elif choice not in picked:
                picked.append(choice)
        if unknown:
            text = texts.UNKNOWN_CHOICES.format(values=", ".join(unknown[:10]), options=_options(q))
            return None, [AnswerProblem("error", text)]
        if not picked:
            if q.node.required:
                return None, [AnswerProblem("error", _required_message(q))]
            return None, []
        exclusive = [c for c in picked if q.choices[c].exclusive]
        if exclusive and len(picked) > 1:
            return None, [AnswerProblem("error", texts.EXCLUSIVE_CHOICE.format(label=q.choices[exclusive[0]].label))]
        order = list(q.choices)
        value = sorted(picked, key=order.index)
    elif kind == AnswerKind.YESNO:
        if isinstance(raw, bool):
            value = raw
        elif isinstance(raw, (str, int)) and str(raw).strip().casefold() in _YES:
            value = True
        elif isinstance(raw, (str, int)) and str(raw).strip().casefold() in _NO:
            value = False
        else:
            choice = _match_choice(q, raw)
            if choice is None:
                return None, [AnswerProblem("error", texts.NOT_YES_NO)]
            value = choice == "ja"
    elif kind in (AnswerKind.NUMBER, AnswerKind.SCALE):
        number = _number(raw)
        if number is None:
            return None, [AnswerProblem("error", texts.NOT_A_NUMBER)]
        if kind == AnswerKind.SCALE:
            low, high, step = q.scale_bounds
            if not isinstance(number, int):
                return None, [AnswerProblem("error", texts.NOT_A_WHOLE_NUMBER)]
            if not low <= number <= high:
                return None, [AnswerProblem("error", texts.SCALE_RANGE.format(min=low, max=high))]
            if (number - low) % step:
                return None, [AnswerProblem("error", texts.SCALE_STEP.format(step=step))]
        value = number
    else:  # text
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            raw = str(raw)
        if not isinstance(raw, str):
            return None, [AnswerProblem("error", texts.NOT_TEXT)]
        value = raw.strip()
        limit = min(HARD_MAX_TEXT, max([DEFAULT_MAX_TEXT, *(c.model.max_length or 0 for c in q.checks)]))
        if len(value) > limit:
            return None, [AnswerProblem("error", texts.TOO_LONG.format(max=limit, length=len(value)))]
    problems = static_checks(q, value)
    return (None if any(p.level == "error" for p in problems) else value), problems


def static_checks(q: QuestionInfo, value: Any) -> list[AnswerProblem]:
    """The question's `validate` rules that need nothing but the answer itself."""
    problems: list[AnswerProblem] = []
    for check in q.checks:
        rule = check.model
        default: str | None = None
        if rule.min is not None or rule.max is not None:
            measure = len(value) if q.kind == AnswerKind.MULTI else value
            if not isinstance(measure, (int, float)):
                continue
            too_small = rule.min is not None and measure < rule.min
            too_large = rule.max is not None and measure > rule.max
            if too_small or too_large:
                low = format_number(rule.min) if rule.min is not None else None
                high = format_number(rule.max) if rule.max is not None else None
                if q.kind == AnswerKind.MULTI:
                    default = texts.TOO_FEW_CHOICES.format(min=low) if too_small else texts.TOO_MANY_CHOICES.format(max=high)
                elif low is not None and high is not None:
                    default = texts.OUT_OF_RANGE.format(min=low, max=high)
                else:
                    default = texts.TOO_SMALL.format(min=low) if too_small else texts.TOO_LARGE.format(max=high)
        elif rule.min_length is not None and isinstance(value, str) and len(value) < rule.min_length:
            default = texts.TOO_SHORT.format(min=rule.min_length)
        elif rule.max_length is not None and isinstance(value, str) and len(value) > rule.max_length:
            default = texts.TOO_LONG.format(max=rule.max_length, length=len(value))
        elif check.regex is not None and isinstance(value, str) and len(value) > MAX_PATTERN_INPUT:
            default = texts.TOO_LONG_FOR_PATTERN.format(max=MAX_PATTERN_INPUT, length=len(value))
        elif check.regex is not None and isinstance(value, str) and check.regex.fullmatch(value) is None:
            default = texts.PATTERN_MISMATCH
        if default is not None:
            problems.append(AnswerProblem(rule.level, rule.message or default))
    return problems
