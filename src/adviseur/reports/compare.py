"""Comparing two scans of the same municipality (or team): what moved, what closed, what is new.

Works on the saved form of an outcome (`FlowOutcome.to_json()`), because the earlier scan exists
only on disk, perhaps made with an older version of the flow. So it reads defensively: a score,
gap or answer the other scan lacks is shown as missing, never an error, and a version change is
reported so nobody mistakes a reworded question for progress.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from adviseur.flows.runtime import Program
from adviseur.flows.walk import question_of
from adviseur.reports import texts
from adviseur.reports.model import KIND_ORDER, AnswerChange, Comparison, ComparisonRow


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _band_label(score: Mapping[str, Any]) -> str | None:
    band = _mapping(score.get("band"))
    label = band.get("label")
    return label if isinstance(label, str) else None


def _gaps(payload: Mapping[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    gaps = payload.get("gaps")
    for gap in gaps if isinstance(gaps, list) else []:
        gap = _mapping(gap)
        key = gap.get("question")
        if isinstance(key, str):
            text = gap.get("text")
            out[key] = text if isinstance(text, str) else key
    return out


def _label(program: Program | None, key: str, fallback: str) -> str:
    if program is not None:
        q = program.questions.get(question_of(key))
        if q is not None:
            return q.node.label or q.node.text
    return fallback


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
    ids = [*after_scores, *(k for k in before_scores if k not in after_scores)]

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
    gaps_before, gaps_after = _gaps(earlier), _gaps(later)
    closed = tuple(_label(program, k, t) for k, t in gaps_before.items() if k not in gaps_after)
    new = tuple(_label(program, k, t) for k, t in gaps_after.items() if k not in gaps_before)
    answers_before, answers_after = _mapping(earlier.get("answer_texts")), _mapping(later.get("answer_texts"))
    changed = tuple(
        AnswerChange(_label(program, key, key), str(answers_before[key]), str(value))
        for key, value in answers_after.items()
        if key in answers_before and answers_before[key] != value
    )
    return Comparison(
        earlier_label=earlier_label,
        earlier_date=earlier_date,
        later_label=later_label,
        later_date=later_date,
        rows=tuple(rows),
        closed_gaps=closed,
        new_gaps=new,
        changed_answers=changed,
        notes=tuple(notes),
    )
