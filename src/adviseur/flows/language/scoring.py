"""Points, maxima, bands and quiz verdicts: the arithmetic behind every score a flow shows.

A question gives points to its section, to the score groups it lists and to the total (the
"base" points: a choice's `score`, or the value of a scored scale/number question), and,
through a choice's `scores`, to other named groups. Percentages are of the maximum the
questions *on the current path* could have given, so a question skipped as not applicable does
not pull a score down, and a Housing First fidelity item rated 3 of 4 is 75 percent.
"""

from __future__ import annotations

from typing import Any

from adviseur.flows.language.model import AnswerKind, Band
from adviseur.flows.language.runtime import QuestionInfo

QUIZ_POINTS = {"goed": 1.0, "deels": 0.5, "fout": 0.0}


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def maxima(q: QuestionInfo) -> tuple[float | None, dict[str, float]]:
    """(base maximum or None when the question is not scored, maximum per extra group)."""
    node = q.node
    w = node.weight
    choices = list(q.choices.values())
    base: float | None = None
    if node.scored and node.answer == AnswerKind.SCALE:
        base = q.scale_bounds[1] * w
    elif node.scored and node.answer == AnswerKind.NUMBER:
        highs = [c.max for c in node.validate_ if c.max is not None and c.level == "error"]
        base = (min(highs) if highs else 0.0) * w
    elif any(c.score is not None for c in choices):
        scores = [(c.score or 0.0) for c in choices]
        if node.answer == AnswerKind.MULTI:
            plain = sum(s for c, s in zip(choices, scores, strict=True) if s > 0 and not c.exclusive)
            exclusive = [s for c, s in zip(choices, scores, strict=True) if c.exclusive]
            base = max([plain, *exclusive]) * w
        else:
            base = max(scores) * w
    extra: dict[str, float] = {}
    groups = {g for c in choices for g in c.scores}
    for g in sorted(groups):
        values = [c.scores.get(g, 0.0) for c in choices]
        if node.answer == AnswerKind.MULTI:
            extra[g] = sum(v for v in values if v > 0) * w
        else:
            extra[g] = max(values) * w
    return base, extra


def points(q: QuestionInfo, value: Any) -> tuple[float | None, dict[str, float]]:
    """Points an answer gives: (base points or None, points per extra group)."""
    if value is None:
        return None, {}
    w = q.node.weight
    base: float | None = None
    if q.base_max is not None:
        if q.node.scored:
            base = value * w if is_number(value) else 0.0
        else:
            base = sum((c.score or 0.0) for c in q.chosen(value)) * w
    extra: dict[str, float] = {}
    for c in q.chosen(value):
        for g, p in c.scores.items():
            extra[g] = extra.get(g, 0.0) + p * w
    return base, extra


def quiz_verdict(q: QuestionInfo, value: Any) -> str | None:
    """'goed', 'deels' or 'fout' for a quiz question (None when it is not a quiz or not answered)."""
    if not q.quiz or value is None:
        return None
    chosen = q.chosen(value)
    if q.kind == AnswerKind.MULTI:
        right = {c.id for c in q.choices.values() if c.correct is True}
        partly = {c.id for c in q.choices.values() if c.correct == "partial"}
        picked = {c.id for c in chosen}
        if picked == right:
            return "goed"
        return "deels" if picked & (right | partly) else "fout"
    if not chosen:
        return "fout"
    correct = chosen[0].correct
    return "goed" if correct is True else "deels" if correct == "partial" else "fout"


def percent(points_: float, maximum: float) -> float | None:
    if maximum <= 0:
        return None
    return round(100.0 * points_ / maximum, 1)


def band_for(bands: list[Band], value: float | None) -> Band | None:
    """The band holding `value`: min <= value < max, the highest band also including its max."""
    if value is None or not bands:
        return None
    ordered = sorted(bands, key=lambda b: b.min)
    for band in ordered:
        if band.min <= value < band.max:
            return band
    top = ordered[-1]
    return top if top.min <= value <= top.max else None
