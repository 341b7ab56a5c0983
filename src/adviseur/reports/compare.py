"""Comparing two scans of the same municipality (or team): which scores moved, and which answers
got better, got worse or stayed the same.

Works on the saved form of an outcome (`FlowOutcome.to_json()`), because the earlier scan exists
only on disk, perhaps made with an older version of the flow. So it reads defensively: a score or
answer the other scan lacks is shown as missing, never an error, and a version change is reported
so nobody mistakes a reworded question for progress.

The order of answers is defined once, in `answer_rank`: the points the flow gives an answer. In
the zelfscan that is nee = weet ik niet (0) < deels (1) < ja (2), so "Weet ik niet → Deels" is a
step forward but not a solved point, "Ja → Deels" is a step back, and "Nee → Weet ik niet" is no
progress at all. A pure function of its inputs: the app, the CLI and the reports all read the
same `Comparison`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from adviseur.flows.language.model import AnswerKind
from adviseur.flows.language.runtime import Program
from adviseur.flows.language.scoring import is_number, points
from adviseur.flows.run.walk import question_of
from adviseur.reports import texts
from adviseur.reports.model import KIND_ORDER, AnswerChange, Comparison, ComparisonRow

#: The order of the usual status answers when the flow cannot say (the question or choice is no
#: longer in it): the points the zelfscan gives them, so both ways of ranking agree.
STATUS_RANK: dict[str, float] = {"nee": 0, "weet-niet": 0, "deels": 1, "ja": 2}


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _number(value: Any) -> float | None:
    return float(value) if is_number(value) else None


def _band_label(score: Mapping[str, Any]) -> str | None:
    band = _mapping(score.get("band"))
    label = band.get("label")
    return label if isinstance(label, str) else None


def _flow_rank(program: Program | None, key: str, value: Any) -> float | None:
    """The points the flow as it is now gives this answer; None when it cannot tell."""
    q = program.questions.get(question_of(key)) if program is not None else None
    if q is None or q.base_max is None or value is None:
        return None
    if q.node.scored:
        return points(q, value)[0] if is_number(value) else None
    if q.kind == AnswerKind.MULTI:
        known = isinstance(value, list) and all(isinstance(v, str) and v in q.choices for v in value)
    else:
        known = q.choice_for(value) is not None
    return points(q, value)[0] if known else None


def _fallback_rank(value: Any) -> float | None:
    """A rating is its own order; a status answer has its usual place; anything else has none."""
    if is_number(value):
        return float(value)
    return STATUS_RANK.get(value) if isinstance(value, str) else None


def answer_ranks(program: Program | None, key: str, values: Sequence[Any]) -> list[float] | None:
    """The places of several answers to one question in the order of its answers, or None when
    they have no order (free text, an unscored question, a choice nobody knows any more).

    The flow declares the order through the points it gives each answer. All answers are
    ranked the same way: if the flow cannot place every one, all fall back to `STATUS_RANK`
    (or a rating's own value), never some of each."""
    ranks = [_flow_rank(program, key, v) for v in values]
    if any(r is None for r in ranks):
        ranks = [_fallback_rank(v) for v in values]
    if any(r is None for r in ranks):
        return None
    return [r for r in ranks if r is not None]


def answer_rank(program: Program | None, key: str, before: Any, after: Any) -> tuple[float, float] | None:
    """The places of two answers to one question (see `answer_ranks`), or None."""
    ranks = answer_ranks(program, key, (before, after))
    return (ranks[0], ranks[1]) if ranks is not None else None


def question_max(program: Program | None, key: str) -> float:
    """The most points one answer to the question can give (the usual status answers' when the
    flow no longer knows the question)."""
    q = program.questions.get(question_of(key)) if program is not None else None
    if q is not None and q.base_max:
        return float(q.base_max)
    return max(STATUS_RANK.values())


def question_label(program: Program | None, key: str, fallback: str) -> str:
    """The question's short label in the flow as it is now, else its text, else `fallback`."""
    if program is not None:
        q = program.questions.get(question_of(key))
        if q is not None:
            return q.node.label or q.node.text
    return fallback


def _strings(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def shown_scores(payloads: Sequence[Any], program: Program | None = None) -> frozenset[str] | None:
    """The scores a result lists, chosen as the results screen and the report choose them
    (`rows.score_rows`): the `groups:` of the flow's result step as the latest of `payloads` (saved
    outcomes, oldest first) kept them, else as the flow (`program`) has them now; None when none
    names any, which means every score. So a section that counts the same questions as a pillar
    (the zelfscan's voorzorg and pijler_voorzorg) is listed once, in a comparison and on a
    timeline as in the result itself."""
    for payload in reversed(payloads):
        named = {
            str(group)
            for result in _strings(_mapping(payload).get("results"))
            for group in _strings(_mapping(result).get("groups"))
            if isinstance(group, str)
        }
        if named:
            return frozenset(named)
    if program is not None:
        named = {str(g) for node in program.nodes.values() if node.kind == "result" for g in getattr(node.model, "groups", ())}
        if named:
            return frozenset(named)
    return None


def compare_payloads(
    earlier: Any,
    later: Any,
    *,
    earlier_label: str,
    later_label: str,
    earlier_date: str | None = None,
    later_date: str | None = None,
    program: Program | None = None,
) -> Comparison:
    """The comparison of two saved outcomes; `program` (the flow as it is now) gives labels.
    Anything that is not a saved outcome compares as empty rather than failing."""
    earlier, later = _mapping(earlier), _mapping(later)
    notes: list[str] = []
    if earlier.get("flow") != later.get("flow"):
        notes.append(texts.OTHER_FLOW.format(flow=earlier.get("flow")))
        return Comparison(earlier_label, earlier_date, later_label, later_date, (), notes=tuple(notes))
    if earlier.get("version") != later.get("version"):
        notes.append(texts.VERSION_CHANGED.format(before=earlier.get("version"), after=later.get("version")))
    before_scores, after_scores = _mapping(earlier.get("scores")), _mapping(later.get("scores"))
    rows: list[ComparisonRow] = []
    shown = shown_scores((earlier, later), program)
    ids = [k for k in (*after_scores, *(k for k in before_scores if k not in after_scores)) if shown is None or k in shown]

    def kind_rank(score_id: str) -> int:
        kind = _mapping(after_scores.get(score_id)).get("kind") or _mapping(before_scores.get(score_id)).get("kind")
        return KIND_ORDER.get(kind, len(KIND_ORDER)) if isinstance(kind, str) else len(KIND_ORDER)

    for score_id in sorted(ids, key=kind_rank):
        before, after = _mapping(before_scores.get(score_id)), _mapping(after_scores.get(score_id))
        label = after.get("label") or before.get("label") or score_id
        rows.append(
            ComparisonRow(
                id=str(score_id),
                label=str(label),
                before=_number(before.get("percent")),
                after=_number(after.get("percent")),
                before_band=_band_label(before),
                after_band=_band_label(after),
            )
        )
    better, worse, unchanged, other = _answer_changes(earlier, later, program)
    return Comparison(
        earlier_label=earlier_label,
        earlier_date=earlier_date,
        later_label=later_label,
        later_date=later_date,
        rows=tuple(rows),
        better=better,
        worse=worse,
        unchanged=unchanged,
        other_changes=other,
        notes=tuple(notes),
    )


Changes = tuple[AnswerChange, ...]


def _answer_changes(
    earlier: Mapping[str, Any], later: Mapping[str, Any], program: Program | None
) -> tuple[Changes, Changes, Changes, Changes]:
    """(better, worse, unchanged, other changes), each in the order of the later scan."""
    values_before, values_after = _mapping(earlier.get("answers")), _mapping(later.get("answers"))
    texts_before, texts_after = _mapping(earlier.get("answer_texts")), _mapping(later.get("answer_texts"))
    keys = [*texts_after, *(k for k in texts_before if k not in texts_after)]
    better: list[AnswerChange] = []
    worse: list[AnswerChange] = []
    unchanged: list[AnswerChange] = []
    other: list[AnswerChange] = []
    for key in keys:
        asked_before, asked_after = key in texts_before, key in texts_after
        change = AnswerChange(
            question=question_label(program, key, key),
            before=str(texts_before[key]) if asked_before else texts.NOT_ASKED,
            after=str(texts_after[key]) if asked_after else texts.NOT_ASKED,
            key=str(key),
        )
        ranks = answer_rank(program, key, values_before.get(key), values_after.get(key)) if asked_before and asked_after else None
        if ranks is None:
            if change.changed:
                other.append(change)
        elif ranks[1] > ranks[0]:
            better.append(change)
        elif ranks[1] < ranks[0]:
            worse.append(change)
        else:
            unchanged.append(change)
    return tuple(better), tuple(worse), tuple(unchanged), tuple(other)
