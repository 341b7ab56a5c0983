"""Answers -> a ranked, explained list of interventions, practice examples and national resources.

Ranking, in order of what matters to a professional with a client waiting:
1. fit: the case's signals a record addresses, each weighted by its expert weight in
   signals.yaml and by how specific it is (a signal that few interventions address, such as
   leaving youth care, says more than stress, which many do), with diminishing returns for each
   further match; damped for records that list many signals the case does not have;
2. target group and stage fit, as smaller bonuses; a record meant for another life phase (older
   people, young people) than the resident's is pushed down, not hidden;
3. evidence: a small bonus so that at equal fit the stronger evidence comes first, small enough
   that a well-fitting inspiring intervention still beats a poorly fitting effective one;
4. balance: every life domain with a strong match gets a place, and no domain more than three of
   the eight, so a multi-problem case gets a balanced picture instead of ten debt tips.
Deterministic: the same profile always gives the same advice (ties break on id).
The weights were tuned on the casework scenarios (benchmarks/advice_quality.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from adviseur.advice.profile import STAGE_PILLAR, CaseProfile
from adviseur.knowledge.loader import KnowledgeBase
from adviseur.knowledge.models import Record
from adviseur.knowledge.present import LEVEL_RANK, evidence_explanation, level_label

if TYPE_CHECKING:
    from adviseur.search import SearchIndex

EVIDENCE_BONUS = {"effectief": 0.3, "kansrijk": 0.2, "erkend": 0.1, "inspirerend": 0.0, None: 0.0}
INTERNATIONAL_BONUS = EVIDENCE_BONUS["kansrijk"]
"""Effective in research abroad with promising Dutch results (CTI, Housing First): weighed like a
well-founded Dutch recognition, not like an unstudied inspiring practice."""
DOMAIN_LABELS = {
    "gezondheid": "Gezondheid",
    "wonen": "Wonen",
    "inkomen": "Inkomen",
    "activiteiten": "Activiteiten",
    "relaties": "Relaties",
    "overgang": "Overgang uit een instelling",
    "meerdere": "Meerdere leefgebieden",
}
MAX_INTERVENTIONS = 8
MAX_EXAMPLES = 6
MAX_RESOURCES = 5
FREE_TEXT_WEIGHT = 0.8
FREE_TEXT_REASON = "past bij je eigen beschrijving"
"""Reasons from the free text start with this; the case summary drops the matched words."""
IMPLIED_WEIGHT = 0.5
DAMPING = 0.05
OTHER_PHASE_FACTOR = 0.4
DIMINISHING = 0.5
PRIMARY_GROUP_BONUS = 0.8
OTHER_GROUP_BONUS = 0.2
STAGE_BONUS = 0.2
"""For a record in the pillar the case's stage points to (voorzorg, herstelzorg, inclusief wonen)."""
PER_DOMAIN = 3
"""At most this many of the interventions shown come from one life domain."""
STRONG_SHARE = 0.5
"""A domain whose best match scores at least this share of the overall best always gets a place."""
MULTI_DOMAIN = 3
"""Signals in this many life domains imply 'problemen op meerdere leefgebieden'."""
#: Target groups that tie a record to a life phase, and the phases they fit.
PHASE_GROUPS = {
    "ouderen": {"oudere"},
    "jongeren": {"jeugd", "jongvolwassen"},
    "jongeren-uit-jeugdzorg": {"jeugd", "jongvolwassen"},
}


@dataclass
class Recommendation:
    record: Record
    score: float
    reasons: list[str]
    domain: str
    matched_signals: list[str]
    related_examples: list[Record] = field(default_factory=list)

    def to_json(self, kb: KnowledgeBase) -> dict[str, Any]:
        ev = self.record.evidence
        return {
            "id": self.record.id,
            "kind": self.record.kind,
            "title": self.record.title,
            "score": round(self.score, 3),
            "domain": self.domain,
            "domain_label": DOMAIN_LABELS.get(self.domain, self.domain),
            "reasons": self.reasons,
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


@dataclass
class Advice:
    urgent: list[UrgentStep]
    interventions: list[Recommendation]
    practice_examples: list[Recommendation]
    national_resources: list[Recommendation]

    @property
    def all(self) -> list[Recommendation]:
        """Interventions first, then practice examples and national resources."""
        return self.interventions + self.practice_examples + self.national_resources

    def by_domain(self) -> dict[str, list[Recommendation]]:
        groups: dict[str, list[Recommendation]] = {}
        for rec in self.interventions:
            groups.setdefault(rec.domain, []).append(rec)
        return groups

    def to_json(self, kb: KnowledgeBase) -> dict[str, Any]:
        return {
            "urgent": [u.to_json() for u in self.urgent],
            "recommendations": [r.to_json(kb) for r in self.all],
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


def implied_signals(profile: CaseProfile, kb: KnowledgeBase) -> dict[str, str]:
    """Signals the case implies without being stated (rent arrears -> debts), with their source."""
    implied: dict[str, str] = {}
    for signal in profile.signals:
        for other in kb.signal_by_id[signal].implies:
            if other not in profile.signals:
                implied.setdefault(other, signal)
    domains = {kb.signal_by_id[s].condition for s in profile.signals} - {"meerdere"}
    if len(domains) >= MULTI_DOMAIN and "multiproblematiek" in kb.signal_by_id:
        implied.setdefault("multiproblematiek", "")
    return implied


def _other_phase(record: Record, phase: str | None) -> bool:
    """True when the record is meant for a life phase the resident is not in.

    Records list their target groups most specific first, so the first one decides: Begeleid
    leren (jongeren first) is for young people, while Krachtwerk (psychisch kwetsbaren first,
    jongeren later) is also used with young people.
    """
    if phase is None or not record.target_groups:
        return False
    first = record.target_groups[0]
    return first in PHASE_GROUPS and phase not in PHASE_GROUPS[first]


def _score(
    record: Record,
    profile: CaseProfile,
    kb: KnowledgeBase,
    implied: dict[str, str],
    specificity: dict[str, float],
    text_hits: dict[str, tuple[float, list[str]]],
) -> tuple[float, list[str], list[str]]:
    matched = [s for s in record.signals if s in profile.signals]
    via = [s for s in record.signals if s in implied]
    reasons: list[str] = []
    weights = [_signal_weight(kb, s, specificity) for s in matched]
    weights += [IMPLIED_WEIGHT * _signal_weight(kb, s, specificity) for s in via]
    # diminishing returns: the best match counts fully, each further one less, so a record that
    # touches many common signals does not outrank one that answers the case's main signal
    fit = sum(w * DIMINISHING**i for i, w in enumerate(sorted(weights, reverse=True)))
    if matched or via:
        # damp records that list many signals the case does not have
        fit /= 1 + DAMPING * (len(record.signals) - len(matched) - len(via))
        answers = list(dict.fromkeys(a for s in matched for a in profile.signals[s]))
        if answers:
            reasons.append("omdat je aangaf: " + "; ".join(answers))
        for s in via:
            label = kb.signal_by_id[s].label.lower()
            if implied[s]:
                reasons.append(f"{label} gaat vaak samen met {kb.signal_by_id[implied[s]].label.lower()}")
            else:
                reasons.append(f"{label}: er spelen signalen op {MULTI_DOMAIN} of meer leefgebieden")
    hit = text_hits.get(record.id)
    if hit:
        fit += FREE_TEXT_WEIGHT * hit[0]
        reasons.append(f"{FREE_TEXT_REASON} (" + ", ".join(hit[1][:4]) + ")")
    if fit == 0:
        return 0.0, [], []
    groups = [g for g in record.target_groups if g in profile.target_groups]
    if groups:
        # the record's main target group (listed first) says more than a group it also serves
        fit += PRIMARY_GROUP_BONUS if record.target_groups[0] in groups else OTHER_GROUP_BONUS
        labels = ", ".join(kb.target_group_by_id[g].label.lower() for g in groups)
        reasons.append(f"bedoeld voor {labels}")
    if _other_phase(record, profile.life_phase):
        fit *= OTHER_PHASE_FACTOR
        labels = ", ".join(kb.target_group_by_id[g].label.lower() for g in record.target_groups if g in PHASE_GROUPS)
        reasons.append(f"let op: vooral bedoeld voor {labels}")
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


def _free_text_hits(profile: CaseProfile, index: SearchIndex | None) -> dict[str, tuple[float, list[str]]]:
    text = (profile.free_text or "").strip()
    if not text or index is None:
        return {}
    response = index.search(text[:2000], limit=15)
    if not response.hits:
        return {}
    top = max(h.score for h in response.hits) or 1.0
    hits: dict[str, tuple[float, list[str]]] = {}
    for h in response.hits:
        terms = sorted({m.term for m in h.matched})
        hits[h.record.id] = (h.score / top, terms)
    return hits


def _balanced(recs: list[Recommendation], limit: int) -> list[Recommendation]:
    """The best `limit`, in score order, with every strong domain present and no domain dominant.

    First the best match of each domain that scores at least STRONG_SHARE of the overall best;
    then the rest by score, at most PER_DOMAIN per domain; then, if places are left, further
    strong matches (at least STRONG_SHARE of the best) beyond that cap. Weak matches do not fill
    places: for a case with few signals, more of the same would be noise, not advice.
    """
    if not recs:
        return []
    top = recs[0].score
    picked: list[Recommendation] = []
    seen: set[str] = set()
    for rec in recs:
        if rec.domain not in seen and rec.score >= STRONG_SHARE * top:
            picked.append(rec)
        seen.add(rec.domain)
    picked = picked[:limit]
    per_domain: dict[str, int] = {}
    for rec in picked:
        per_domain[rec.domain] = per_domain.get(rec.domain, 0) + 1
    for rec in recs:
        if len(picked) >= limit:
            break
        if rec not in picked and per_domain.get(rec.domain, 0) < PER_DOMAIN:
            picked.append(rec)
            per_domain[rec.domain] = per_domain.get(rec.domain, 0) + 1
    for rec in recs:  # a one-domain case: further strong matches rather than empty places
        if len(picked) >= limit or rec.score < STRONG_SHARE * top:
            break
        if rec not in picked:
            picked.append(rec)
    return sorted(picked, key=recs.index)


def recommend(profile: CaseProfile, kb: KnowledgeBase, index: SearchIndex | None = None) -> Advice:
    text_hits = _free_text_hits(profile, index)
    implied = implied_signals(profile, kb)
    specificity = signal_specificity(kb)
    scored: dict[str, list[Recommendation]] = {"interventie": [], "praktijkvoorbeeld": [], "landelijk": []}
    for record in kb.records:
        score, reasons, matched = _score(record, profile, kb, implied, specificity, text_hits)
        if score <= 0:
            continue
        scored[record.kind].append(
            Recommendation(record, score, reasons, _domain(record, matched, kb, specificity), matched)
        )
    for recs in scored.values():
        recs.sort(key=lambda r: (-round(r.score, 6), LEVEL_RANK[r.record.evidence.level if r.record.evidence else None], r.record.id))

    interventions = _balanced(scored["interventie"], MAX_INTERVENTIONS)
    examples = _balanced(scored["praktijkvoorbeeld"], MAX_EXAMPLES)
    resources = _balanced(scored["landelijk"], MAX_RESOURCES)
    example_pool = scored["praktijkvoorbeeld"]
    for rec in interventions:
        rec.related_examples = _related_examples(rec, example_pool, kb)
    return Advice(_urgent_steps(profile, kb), interventions, examples, resources)


def _related_examples(rec: Recommendation, pool: list[Recommendation], kb: KnowledgeBase) -> list[Record]:
    """Practice examples linked to the intervention, then ones that fit the same signals."""
    linked = [
        kb.by_id[r] for r in rec.record.related if r in kb.by_id and kb.by_id[r].kind == "praktijkvoorbeeld"
    ]
    linked += [
        ex.record for ex in pool if rec.record.id in ex.record.related and ex.record not in linked
    ]
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
        resources = [kb.by_id[r] for r in signal.resources]
        steps.append(UrgentStep(signal_id, signal.label, signal.urgency, signal.first_steps or "", resources))
    steps.sort(key=lambda u: (u.urgency != "acuut", u.signal))
    return steps
