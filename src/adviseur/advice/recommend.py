"""Answers -> one ranked, explained list of advice for the person in front of you.

In the order a professional with a client waiting needs it:
1. rules first (`rules.py`): records that do not apply to this person (housing for the homeless for
   someone with a home, a work programme for a pensioner, a course for relatives given to the
   client) are removed before anything is ranked, and keep their reason for "waarom niet?";
2. fit: the case's signals a record addresses, each weighted by its expert weight in signals.yaml
   and by how specific it is (leaving youth care says more than stress, which many records
   address), with diminishing returns for each further match; damped for records spread over life
   domains the case does not touch; a signal's first-choice record counts like one more matching
   signal; target group and stage fit are smaller bonuses; one place's practice and a way of
   working for the professional alone count a little less than a step any team can take;
3. evidence: a small bonus so that at equal fit the stronger evidence comes first, small enough
   that a well-fitting practice example still beats a poorly fitting effective intervention;
4. one order for interventions and practice examples alike, cut where matches become weak (below
   a share of the best), with a mild penalty for a life domain already shown, so a multi-problem
   case gets a balanced picture but no weak match takes the place of a strong one. The 'eerst
   doen' plan takes three interventions: among the strong ones, those answering the weightiest
   signals (the eviction before the loneliness), numbered by that weight; national resources get
   their own short list.
Deterministic: the same profile always gives the same advice (ties break on id).
The weights were tuned on benchmarks/advice_cases/tune (benchmarks/advice_trust.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from adviseur.advice import texts
from adviseur.advice.free_text import Found, read_description
from adviseur.advice.profile import STAGE_PILLAR, CaseProfile
from adviseur.advice.rules import RuledOut, for_carer, rule_out
from adviseur.knowledge.loader import KnowledgeBase
from adviseur.knowledge.models import Record
from adviseur.knowledge.present import LEVEL_RANK, evidence_explanation, level_label
from adviseur.knowledge.vocabulary import EvidenceLevel

EVIDENCE_BONUS: dict[str | None, float] = {
    EvidenceLevel.EFFECTIEF: 0.45,
    EvidenceLevel.KANSRIJK: 0.3,
    EvidenceLevel.ERKEND: 0.15,
    EvidenceLevel.INSPIREREND: 0.0,
    None: 0.0,
}
INTERNATIONAL_BONUS = EVIDENCE_BONUS[EvidenceLevel.KANSRIJK]
"""Effective in research abroad with promising Dutch results (CTI, Housing First): weighed like a
well-founded Dutch recognition, not like an unstudied inspiring practice."""
DOMAIN_LABELS = texts.DOMAIN_LABELS
PLAN_SIZE = 3
"""'Eerst doen': at most three steps, more is not a plan."""
PLAN_SHARE = 0.7
"""The plan chooses among the interventions scoring at least this share of the best one."""
MAX_RANKED = 10
MAX_RESOURCES = 5
NAMED_WEIGHT = 1.0
"""A record the professional named in the description ('CTI'): a wish, weighed like one signal,
and always shown at the end of its list if it would not make the list on its own."""
NAMED_REASON = texts.NAMED_REASON
"""The reason of a record named in the description (the app's card adds the user's words to it)."""
CONFIRMED_REASON = texts.CONFIRMED_REASON
IMPLIED_WEIGHT = 0.5
DAMPING = 0.1
"""Per life domain a record addresses that the case does not."""
PRACTICE_FACTOR = 0.8
"""A practice example is one place's way of working: at equal fit, a method any team can start
with comes first, but a well-fitting example still beats a poorly fitting intervention."""
WORKERS = frozenset({"professionals", "gemeente", "partners"})
WORKER_FACTOR = PRACTICE_FACTOR
"""In casework, a way of working for the professional alone (stress-sensitive help, a warm
referral): it shapes how every step is taken, so at equal fit a step for the resident comes first.
Policy flows are for the municipality and its partners: there it does not apply."""
DIMINISHING = 0.35
PRIMARY_GROUP_BONUS = 0.8
OTHER_GROUP_BONUS = 0.2
FIRST_CHOICE_BONUS = 1.0
"""For a record named as a first choice for a signal the case states (`first_choice` in
signals.yaml: experts tune the advice in content, not in code). It counts like one more matching
signal of full weight: enough to put the expert's choice ahead of a record that merely touches
more of the case's common signals, not so much that nothing else clears the floor."""
STAGE_BONUS = 0.2
"""For a record in the pillar the case's stage points to (voorzorg, herstelzorg, inclusief wonen)."""
MIN_SHARE = 0.4
"""A match scoring below this share of the best is weak: it is not shown (why-not says so)."""
MIN_SHOWN = 3
"""Below the floor, places are still filled up to this many: three weaker leads help more than
one, and they take no place a stronger match needs."""
DOMAIN_REPEAT = 0.85
"""A candidate from a life domain already shown counts for this share while choosing the order,
so a second domain's best can come before a second item of the first. Once, not per earlier pick:
compounded, three housing items made a match a third weaker jump ahead of a strong fourth."""
MULTI_DOMAIN = 3
"""Signals in this many life domains imply 'problemen op meerdere leefgebieden'."""


@dataclass
class Recommendation:
    record: Record
    score: float
    reasons: list[str]
    domain: str
    matched_signals: list[str]
    related_examples: list[Record] = field(default_factory=list)
    for_carer: bool = False
    """Advised for a relative or carer of the resident (a record for naasten), said on the card."""
    named_words: str | None = None
    """The user's own words that named this record in the description: shown on screen only."""
    weightiest: float = 0.0
    """The weight of the heaviest signal the case states that this record answers (signals.yaml):
    orders the plan, so the step for a home at risk comes before the one for loneliness."""

    @property
    def caveats(self) -> list[str]:
        """The annex's caveats and findings (evidence notes), shown with the advice."""
        return list(self.record.evidence.notes) if self.record.evidence else []

    def to_json(self, kb: KnowledgeBase) -> dict[str, Any]:
        ev = self.record.evidence
        return {
            "id": self.record.id,
            "kind": self.record.kind,
            "title": self.record.title,
            "score": round(self.score, 3),
            "domain": self.domain,
            "domain_label": DOMAIN_LABELS.get(self.domain, self.domain),
            "for_carer": self.for_carer,
            "reasons": self.reasons,
            "caveats": self.caveats,
            "signals": self.matched_signals,
            "evidence": None
            if ev is None
            else {
                "level": ev.level,
                "label": level_label(self.record),
                "international": ev.international,
                "notes": list(ev.notes),
                "explanation": evidence_explanation(self.record, kb),
            },
            "related_examples": [{"id": r.id, "title": r.title} for r in self.related_examples],
        }


@dataclass
class UrgentStep:
    signal: str
    label: str
    urgency: str
    first_steps: str
    resources: list[Record]

    def to_json(self) -> dict[str, Any]:
        return {
            "signal": self.signal,
            "label": self.label,
            "urgency": self.urgency,
            "first_steps": self.first_steps,
            "resources": [{"id": r.id, "title": r.title} for r in self.resources],
        }


@dataclass(frozen=True)
class AdviceSection:
    """One block of advice as every face shows it: the plan, a life domain, the national list."""

    key: str
    title: str
    items: list[Recommendation]
    numbered: bool = False


@dataclass
class Advice:
    urgent: list[UrgentStep]
    ranked: list[Recommendation]
    """Interventions and practice examples in one order of fit."""
    resources: list[Recommendation]
    """National resources (information, helplines, guides), their own short list."""
    ruled_out: dict[str, RuledOut] = field(default_factory=dict)
    """Every record that does not apply to this case, with the reason."""
    candidates: list[Recommendation] = field(default_factory=list)
    """Every record that fits at all, best first (also those not shown), for 'waarom niet?'."""
    found: list[Found] = field(default_factory=list)
    """What the description names: signals to confirm, records asked for, negations, the past."""
    profile: CaseProfile = field(default_factory=CaseProfile)
    """The case the advice is for (why-not checks the rules for records that fit no signal too)."""
    implied: dict[str, str] = field(default_factory=dict)
    """Signals the case implies, with the signal that implies them."""

    @property
    def implied_by_answers(self) -> set[str]:
        return implied_by_answers(self.implied)

    @property
    def plan(self) -> list[Recommendation]:
        """PLAN_SIZE interventions: methods any team can start with. Practice examples are one
        place's way of working (a team in Almere), so they inform the plan but do not lead it.

        Chosen and numbered by what weighs most among the strong ones, not by fit alone: a man of
        70 with an eviction date who is also lonely gets the steps that keep his home before a
        network course that fits more of his answers; a widow with rent arrears first gets the
        step that keeps her home, then the one for her loneliness (ties keep the ranking's order)."""
        interventions = [r for r in self.ranked if r.record.kind == "interventie"]
        if not interventions:
            return []
        strong = [r for r in interventions if r.score >= PLAN_SHARE * interventions[0].score]
        chosen = sorted(strong, key=lambda r: -r.weightiest)[:PLAN_SIZE]
        chosen += [r for r in interventions if r not in chosen][: PLAN_SIZE - len(chosen)]
        return sorted(chosen, key=lambda r: -r.weightiest)

    @property
    def more(self) -> list[Recommendation]:
        plan = self.plan
        return [r for r in self.ranked if r not in plan]

    @property
    def all(self) -> list[Recommendation]:
        """The ranked advice, then the national resources."""
        return self.ranked + self.resources

    @property
    def interventions(self) -> list[Recommendation]:
        return [r for r in self.ranked if r.record.kind == "interventie"]

    @property
    def suggestions(self) -> list[Found]:
        """Signals the description names that the answers did not: to confirm, never added silently."""
        return [f for f in self.found if f.kind == "signaal" and f.status == "nieuw"]

    def by_domain(self) -> dict[str, list[Recommendation]]:
        """The advice after the plan, grouped by life domain in order of first appearance."""
        groups: dict[str, list[Recommendation]] = {}
        for rec in self.more:
            groups.setdefault(rec.domain, []).append(rec)
        return groups

    def sections(self) -> list[AdviceSection]:
        """The advice in the one order the app, the CLI, the summary and the reports all show."""
        out: list[AdviceSection] = []
        if self.plan:
            title = texts.PLAN_TITLE if self.profile.casework else texts.POLICY_PLAN_TITLE
            out.append(AdviceSection("plan", title, self.plan, numbered=True))
        for domain, recs in self.by_domain().items():
            title = texts.DOMAIN_TITLE.format(domain=DOMAIN_LABELS.get(domain, domain).lower())
            out.append(AdviceSection(domain, title, recs))
        if self.resources:
            out.append(AdviceSection("landelijk", texts.RESOURCES_TITLE, self.resources))
        return out

    def to_json(self, kb: KnowledgeBase) -> dict[str, Any]:
        return {
            "urgent": [u.to_json() for u in self.urgent],
            "plan": [r.record.id for r in self.plan],
            "recommendations": [r.to_json(kb) for r in self.all],
            "suggested_signals": [{"signal": f.id, "label": f.label} for f in self.suggestions],
        }


def _signal_weight(kb: KnowledgeBase, signal: str, specificity: dict[str, float]) -> float:
    """The signal's own weight (set by domain experts in signals.yaml: the direct routes into
    homelessness and severe problems weigh more) times its specificity."""
    return kb.signal_by_id[signal].weight * specificity.get(signal, 1.0)


def signal_specificity(kb: KnowledgeBase) -> dict[str, float]:
    """0.6 for the signal most interventions address, up to 1.4 for one that few address (IDF)."""
    interventions = [r for r in kb.records if r.kind == "interventie"]
    counts: dict[str, int] = {}
    for record in interventions:
        for signal in record.signals:
            counts[signal] = counts.get(signal, 0) + 1
    if not counts:
        return {}
    idf = {s: math.log((len(interventions) + 1) / (n + 1)) for s, n in counts.items()}
    low, high = min(idf.values()), max(idf.values())
    span = (high - low) or 1.0
    return {s: 0.6 + 0.8 * (v - low) / span for s, v in idf.items()}


def implied_signals(profile: CaseProfile, kb: KnowledgeBase, denied: frozenset[str] = frozenset()) -> dict[str, str]:
    """Signals the case implies without being stated (rent arrears -> debts), with their source.

    Never against what the professional said: a signal the case's facts contradict (uncertain
    housing after leaving a clinic, when the answers say a home is arranged; `not_with` in
    signals.yaml) or the description denies ("geen huurachterstand" when an eviction is about
    nuisance) is not inferred. A denial only stops a guess: what the answers state still counts.
    """
    implied: dict[str, str] = {}
    for signal in profile.signals:
        for other in kb.signal_by_id[signal].implies:
            if other in profile.signals or other in denied:
                continue
            if not set(kb.signal_by_id[other].not_with) & set(profile.facts):
                implied.setdefault(other, signal)
    domains = {kb.signal_by_id[s].condition for s in profile.signals} - {"meerdere"}
    if len(domains) >= MULTI_DOMAIN and "multiproblematiek" in kb.signal_by_id:
        implied.setdefault("multiproblematiek", "")
    return implied


def implied_by_answers(implied: dict[str, str]) -> set[str]:
    """The implied signals that follow from a stated one: these count for a record's `requires`;
    the guess from the spread over life domains (no source) does not."""
    return {s for s, source in implied.items() if source}


def _score(
    record: Record,
    profile: CaseProfile,
    kb: KnowledgeBase,
    implied: dict[str, str],
    specificity: dict[str, float],
    named: dict[str, str],
) -> tuple[float, list[str], list[str]]:
    matched = [s for s in record.signals if s in profile.signals]
    via = [s for s in record.signals if s in implied]
    reasons: list[str] = []
    weights = [_signal_weight(kb, s, specificity) for s in matched]
    weights += [IMPLIED_WEIGHT * _signal_weight(kb, s, specificity) for s in via]
    if record.id in named:
        weights.append(NAMED_WEIGHT)
        reasons.append(NAMED_REASON)
    # diminishing returns: the best match counts fully, each further one less, so a record that
    # touches many common signals does not outrank one that answers the case's main signal
    fit = sum(w * DIMINISHING**i for i, w in enumerate(sorted(weights, reverse=True)))
    if fit == 0:
        return 0.0, [], []
    # damp records spread over many life domains the case does not touch: a record listing six
    # ways of leaving an institution (CTI) is not generic, one listing six domains is. Leaving an
    # institution is a moment, not a life domain: CTI for an eviction is not damped for also
    # serving the step out of a clinic
    touched = {kb.signal_by_id[s].condition for s in matched + via}
    others = {kb.signal_by_id[s].condition for s in record.signals if s in kb.signal_by_id} - touched - {"overgang"}
    fit /= 1 + DAMPING * len(others)
    if record.kind == "praktijkvoorbeeld":
        fit *= PRACTICE_FACTOR
    if profile.casework and set(record.applies.audience) <= WORKERS:
        fit *= WORKER_FACTOR
    # an expert's first choice counts in full: not damped by spread, nor lowered for being one
    # place's practice (the expert named that practice for this signal on purpose)
    first_for = [kb.signal_by_id[s].label.lower() for s in matched if record.id in kb.signal_by_id[s].first_choice]
    if first_for:
        fit += FIRST_CHOICE_BONUS
        reasons.append(texts.FIRST_CHOICE.format(signals=texts.FIRST_CHOICE_AND.join(first_for)))
    answers = list(dict.fromkeys(a for s in matched for a in profile.signals[s]))
    if answers:
        reasons.insert(0, texts.BECAUSE + "; ".join(answers))
    for s in via:
        label = kb.signal_by_id[s].label.lower()
        if implied[s]:
            reasons.append(texts.GOES_WITH.format(signal=label, source=kb.signal_by_id[implied[s]].label.lower()))
        else:
            reasons.append(texts.MANY_DOMAINS.format(signal=label, count=MULTI_DOMAIN))
    groups = [g for g in record.target_groups if g in profile.target_groups]
    if groups:
        # the record's main target group (listed first) says more than a group it also serves
        fit += PRIMARY_GROUP_BONUS if record.target_groups[0] in groups else OTHER_GROUP_BONUS
        labels = ", ".join(kb.target_group_by_id[g].label.lower() for g in groups)
        reasons.append(texts.MEANT_FOR.format(groups=labels))
    stage_pillars = {STAGE_PILLAR[s] for s in profile.stages}
    if stage_pillars & set(record.pillars):
        fit += STAGE_BONUS
    fit += evidence_bonus(record)
    return fit, reasons, matched + via


def evidence_bonus(record: Record) -> float:
    if record.evidence is None:
        return 0.0
    bonus = EVIDENCE_BONUS[record.evidence.level]
    if record.evidence.international:
        bonus = max(bonus, INTERNATIONAL_BONUS)
    return bonus


def _domain(record: Record, matched: list[str], kb: KnowledgeBase, specificity: dict[str, float]) -> str:
    """The life domain a recommendation is shown under: that of its strongest matched signal."""
    if matched:
        best = max(matched, key=lambda s: (_signal_weight(kb, s, specificity), -record.signals.index(s)))
        return kb.signal_by_id[best].condition
    return record.condition or "meerdere"


def _select(candidates: list[Recommendation], limit: int) -> list[Recommendation]:
    """The best `limit` that are not weak, ordered by score with a mild penalty for a domain already shown.

    A candidate below MIN_SHARE of the best gets a place only to reach MIN_SHOWN, never because
    its domain is still empty: for a case with few signals more of the same would be noise. The domain penalty only
    reorders strong matches, so a second life domain is seen early in a multi-problem case.
    """
    if not candidates:
        return []
    floor = MIN_SHARE * candidates[0].score
    pool = [c for i, c in enumerate(candidates) if c.score >= floor or i < MIN_SHOWN]
    picked: list[Recommendation] = []
    per_domain: dict[str, int] = {}
    while pool and len(picked) < limit:
        best = max(pool, key=lambda c: (c.score * (DOMAIN_REPEAT if per_domain.get(c.domain) else 1.0), -pool.index(c)))
        pool.remove(best)
        picked.append(best)
        per_domain[best.domain] = per_domain.get(best.domain, 0) + 1
    return picked


def _sort_key(rec: Recommendation) -> tuple[float, int, str]:
    level = rec.record.evidence.level if rec.record.evidence else None
    return (-round(rec.score, 6), LEVEL_RANK[level], rec.record.id)


def recommend(profile: CaseProfile, kb: KnowledgeBase) -> Advice:
    """Advice for a case: rules first, then one ranking (see the module docstring)."""
    found = read_description(profile.free_text or "", kb, set(profile.signals)) if profile.free_text else []
    named = {f.id: f.words for f in found if f.kind == "record" and f.status == "nieuw"}
    denied = frozenset(f.id for f in found if f.kind == "signaal" and f.status == "ontkend")
    implied = implied_signals(profile, kb, denied)
    from_answers = implied_by_answers(implied)
    specificity = signal_specificity(kb)
    ruled_out: dict[str, RuledOut] = {}
    candidates: list[Recommendation] = []
    for record in kb.records:
        score, reasons, matched = _score(record, profile, kb, implied, specificity, named)
        if score <= 0:
            continue
        ruled = rule_out(record, profile, kb, from_answers)
        if ruled is not None:
            ruled_out[record.id] = ruled
            continue
        rec = Recommendation(record, score, reasons, _domain(record, matched, kb, specificity), matched)
        rec.for_carer = for_carer(record, profile)
        rec.named_words = named.get(record.id)
        rec.weightiest = max((kb.signal_by_id[s].weight for s in matched if s in profile.signals), default=0.0)
        candidates.append(rec)
    candidates.sort(key=_sort_key)
    ranked = _select([c for c in candidates if c.record.kind != "landelijk"], MAX_RANKED)
    resources = _select([c for c in candidates if c.record.kind == "landelijk"], MAX_RESOURCES)
    # a record the professional asked for by name is always answered: shown, or ruled out with why
    for rec in candidates:
        if rec.named_words and rec not in ranked and rec not in resources:
            (resources if rec.record.kind == "landelijk" else ranked).append(rec)
    examples = [c for c in candidates if c.record.kind == "praktijkvoorbeeld"]
    for rec in ranked:
        if rec.record.kind == "interventie":
            rec.related_examples = _related_examples(rec, examples, kb)
    return Advice(_urgent_steps(profile, kb), ranked, resources, ruled_out, candidates, found, profile, implied)


def _related_examples(rec: Recommendation, pool: list[Recommendation], kb: KnowledgeBase) -> list[Record]:
    """Practice examples linked to the intervention, then ones that fit the same signals; only
    examples that apply to this case (the pool holds no ruled-out record)."""
    allowed = {ex.record.id for ex in pool}
    linked = [kb.by_id[r] for r in rec.record.related if r in allowed]
    linked += [ex.record for ex in pool if rec.record.id in ex.record.related and ex.record not in linked]
    shared = [
        ex.record
        for ex in pool
        if ex.record not in linked and set(ex.matched_signals) & set(rec.matched_signals)
    ]
    return (linked + shared)[:3]


def _urgent_steps(profile: CaseProfile, kb: KnowledgeBase) -> list[UrgentStep]:
    """What to do first for every acute or high-urgency signal, acute ones on top."""
    steps = []
    for signal_id in profile.signals:
        signal = kb.signal_by_id[signal_id]
        if not signal.urgency:
            continue
        # a practice example is one region's team: no first step for everyone
        resources = [kb.by_id[r] for r in signal.resources if kb.by_id[r].kind != "praktijkvoorbeeld"]
        steps.append(UrgentStep(signal_id, signal.label, signal.urgency, signal.first_steps or "", resources))
    steps.sort(key=lambda u: (u.urgency != "acuut", u.signal))
    return steps
