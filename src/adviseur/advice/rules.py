"""Rules before ranking: what does not apply to this case is removed, with the reason in words.

Ranking by signals alone cannot tell Housing First (for people without a home) from an
eviction-prevention team: both carry 'dakloos'. Each record therefore states whom it is for
(`applies:` in knowledge/records, see adviseur.knowledge.applicability) and the case states its
housing, household and life phase (the interview's `facts:`). A record that does not fit is
ruled out before anything is ranked, and keeps one Dutch sentence saying why, so "waarom niet?"
always has an answer and the professional can judge it.

A rule only fires on what the case states: an unknown housing situation or age rules nothing
out. Nothing is hidden for good: search still finds every record.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from adviseur.advice import texts
from adviseur.advice.profile import CaseProfile
from adviseur.knowledge.applicability import (
    AUDIENCE_PHRASES,
    HOUSEHOLD_PHRASES,
    HOUSEHOLDS,
    HOUSING,
    HOUSING_PHRASES,
    TENURE_PHRASES,
    TENURES,
    life_phases_phrase,
    or_list,
)
from adviseur.knowledge.loader import KnowledgeBase
from adviseur.knowledge.models import Record

CASEWORK_AUDIENCES = frozenset({"inwoner", "professionals"})
"""Who can act on advice for one resident: the resident, and the worker with a method or guide."""
CARER_SIGNAL = "overbelaste-naaste"
"""With this signal the case has a relative who needs support, so records for naasten apply."""
NOT_ADVISED = texts.NOT_ADVISED


@dataclass(frozen=True, slots=True)
class RuledOut:
    """Why a record is not advised for this case."""

    record_id: str
    rule: str
    """exclusion, requires, audience, housing, life_phase, household or tenure."""
    reason: str
    """The rule in words: 'bedoeld voor mensen zonder woning'."""
    because: tuple[str, ...] = ()
    """The answers that made it fire: 'Woonsituatie: Huurt bij een woningcorporatie'."""

    @property
    def sentence(self) -> str:
        """One sentence for the professional, e.g. 'Niet geadviseerd: bedoeld voor mensen zonder
        woning; je gaf aan: Woonsituatie: Huurt bij een woningcorporatie.'"""
        given = texts.YOU_SAID.format(answers="; ".join(self.because)) if self.because else ""
        return texts.RULED_OUT.format(not_advised=NOT_ADVISED, reason=self.reason, given=given)


def audiences_for(profile: CaseProfile) -> frozenset[str]:
    if CARER_SIGNAL in profile.signals:
        return CASEWORK_AUDIENCES | {"naasten"}
    return CASEWORK_AUDIENCES


def for_carer(record: Record, profile: CaseProfile) -> bool:
    """True when the record is advised for a relative of the resident rather than the resident."""
    applies = record.applies
    return (
        "naasten" in applies.audience
        and not (CASEWORK_AUDIENCES & set(applies.audience))
        and CARER_SIGNAL in profile.signals
    )


def _reasons(profile: CaseProfile, facts: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(r for f in facts for r in profile.facts.get(f, [])))


def rule_out(
    record: Record, profile: CaseProfile, kb: KnowledgeBase, implied: Iterable[str] = ()
) -> RuledOut | None:
    """The first rule the record breaks for this case, or None when it applies.

    `implied` are the signals the stated ones imply: they count for `requires`, but a guess from
    the spread over life domains does not (Housing First needs complex problems the professional
    named). Outside casework (a municipality's checklist) there is no person to rule anything out
    for. Situation rules come before `requires`: 'bedoeld voor mensen zonder woning' says more to
    a professional than which signals were missing."""
    if not profile.casework:
        return None
    applies = record.applies
    for exclusion in applies.excludes:
        hit = [s for s in exclusion.signals if s in profile.signals]
        if hit:
            because = tuple(dict.fromkeys(r for s in hit for r in profile.signals[s]))
            return RuledOut(record.id, "exclusion", exclusion.reason, because)
    if not set(applies.audience) & audiences_for(profile):
        audiences = or_list([AUDIENCE_PHRASES[a] for a in applies.audience])
        if set(applies.audience) <= {"naasten"}:
            reason = texts.FOR_CARERS_ONLY.format(audiences=audiences)
        else:
            reason = texts.NOT_FOR_ONE_RESIDENT.format(audiences=audiences)
        return RuledOut(record.id, "audience", reason)
    situations = (
        ("housing", HOUSING, applies.housing, HOUSING_PHRASES),
        ("household", HOUSEHOLDS, applies.households, HOUSEHOLD_PHRASES),
        ("tenure", TENURES, applies.tenure, TENURE_PHRASES),
    )
    for rule, vocabulary, allowed, phrases in situations:
        stated = {f for f in profile.facts if f in vocabulary}
        if allowed and stated and not stated & set(allowed):
            reason = texts.MEANT_FOR.format(groups=or_list([phrases[v] for v in allowed]))
            return RuledOut(record.id, rule, reason, _reasons(profile, sorted(stated, key=vocabulary.index)))
    if applies.life_phases and profile.life_phase and profile.life_phase not in applies.life_phases:
        reason = texts.MEANT_FOR.format(groups=life_phases_phrase(applies.life_phases))
        return RuledOut(record.id, "life_phase", reason, tuple(profile.life_phase_because))
    present = set(profile.signals) | set(implied)
    for group in (applies.requires, applies.also_requires):
        if group and not set(group) & present:
            labels = [kb.signal_by_id[s].label.lower() for s in group if s in kb.signal_by_id]
            return RuledOut(record.id, "requires", texts.ONLY_WITH.format(signals=or_list(labels)))
    return None
