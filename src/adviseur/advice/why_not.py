"""'Waarom niet?': one sentence on why a record is, or is not, advised for this case.

A professional who expected to see an intervention must be able to ask why it is missing and
judge the answer; an unexplained absence looks like a gap in the tool. Every record gets an
answer: ruled out by a rule (the rule and the answers behind it), not fitting any signal of the
case, fitting but weaker than what is shown, or advised after all (with its place).
"""

from __future__ import annotations

from adviseur.advice import texts
from adviseur.advice.recommend import MIN_SHARE, Advice
from adviseur.advice.rules import NOT_ADVISED, rule_out
from adviseur.knowledge.loader import KnowledgeBase


def why_not(record_id: str, advice: Advice, kb: KnowledgeBase) -> str:
    """The explanation for `record_id` (which must exist in `kb`)."""
    record = kb.by_id[record_id]
    ruled = advice.ruled_out.get(record_id) or rule_out(record, advice.profile, kb, advice.implied_by_answers)
    if ruled is not None:
        return ruled.sentence
    shown = [rec for section in advice.sections() if section.key != "landelijk" for rec in section.items]
    for place, rec in enumerate(shown, start=1):  # the place as shown: the plan, then the life domains
        if rec.record.id == record_id:
            where = texts.IN_PLAN if place <= len(advice.plan) else texts.AT_PLACE.format(place=place)
            return texts.ADVISED.format(where=where, reason=rec.reasons[0] if rec.reasons else texts.FITS)
    if any(r.record.id == record_id for r in advice.resources):
        return texts.ADVISED_RESOURCE
    candidate = next((c for c in advice.candidates if c.record.id == record_id), None)
    if candidate is not None:
        place = advice.candidates.index(candidate) + 1
        listed = advice.resources if record.kind == "landelijk" else advice.ranked
        best = advice.candidates[0].score if advice.candidates else 0.0
        if best and candidate.score < MIN_SHARE * best:
            why = texts.FITS_WEAKLY
        else:
            why = texts.FITS_LESS.format(shown=len(listed))
        return texts.NOT_LISTED.format(why=why, place=place, count=len(advice.candidates))
    if not record.signals:
        return texts.NO_SIGNALS.format(not_advised=NOT_ADVISED)
    labels = [kb.signal_by_id[s].label.lower() for s in record.signals if s in kb.signal_by_id][:4]
    return texts.OTHER_SIGNALS.format(not_advised=NOT_ADVISED, signals=", ".join(labels))
