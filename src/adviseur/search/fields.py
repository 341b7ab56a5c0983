"""Which text of a record goes into which index field, and how much each field counts.

Field weights encode "title/aliases > signals/target groups > summary > the rest": a word in the
name is the strongest evidence that a record is what the professional looks for; a word in the
signals the record answers is next; the summary mentions many things in passing.

Signals and target groups are indexed through their vocabulary: the concept itself (`sig:<id>`,
`tg:<id>`, what phrase synonyms point at), its label, and - at a lower token weight - its synonyms,
so that "deurwaarder" also meets a record that carries the signal dreigende-huisuitzetting.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from adviseur.knowledge.vocabulary import LEVEL_RANK
from adviseur.search.results import FieldName
from adviseur.search.text import content_tokens, joined_forms


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: FieldName
    weight: float
    """BM25F field weight: how much one occurrence here counts against one in the summary."""
    b: float
    """BM25 length normalisation (0 = none): long titles are not worse titles."""


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("title", 5.0, 0.3),
    FieldSpec("aliases", 5.0, 0.0),
    FieldSpec("signals", 1.8, 0.3),
    FieldSpec("target_groups", 1.2, 0.3),
    FieldSpec("summary", 1.0, 0.75),
    FieldSpec("details", 0.6, 0.5),
    FieldSpec("placement", 0.3, 0.0),
)
FIELD_INDEX: dict[str, int] = {spec.name: i for i, spec in enumerate(FIELDS)}

SYNONYM_TOKEN_WEIGHT = 0.3
"""A vocabulary synonym's words count less than the label's: they are looser."""
POSITION_STEP = 0.15
POSITION_FLOOR = 0.55
"""Records list their main signal (and target group) first: each later one counts 0.15 less."""

KIND_WORDS: dict[str, str] = {
    "interventie": "interventie",
    "praktijkvoorbeeld": "praktijkvoorbeeld",
    "landelijk": "landelijk",
}

WeightedTokens = list[tuple[str, float]]


def _words(text: str | None, weight: float = 1.0) -> WeightedTokens:
    if not text:
        return []
    return [(t, weight) for t in (*content_tokens(text), *joined_forms(text))]


def record_fields(
    record: Any,
    signals: Mapping[str, Any],
    target_groups: Mapping[str, Any],
    extra_signal_words: Mapping[str, tuple[str, ...]],
    extra_group_words: Mapping[str, tuple[str, ...]],
    labels: Mapping[str, str],
    memo: dict[str, tuple[WeightedTokens, WeightedTokens]] | None = None,
) -> list[WeightedTokens]:
    """The weighted tokens of each field of `record`, in FIELDS order.

    `memo` (one dict per build) keeps each signal's and target group's tokens, which every record
    that carries it would otherwise tokenise again.
    """
    memo = {} if memo is None else memo
    title = _words(record.title)
    aliases: WeightedTokens = []
    for alias in record.aliases:
        aliases += _words(alias)
    sig = _vocabulary_field(record.signals, "sig", signals, extra_signal_words, memo)
    tgs = _vocabulary_field(record.target_groups, "tg", target_groups, extra_group_words, memo)
    summary = _words(record.summary)
    details = _words(record.organisation) + _words(record.place) + _words(record.social_value)
    evidence = record.evidence
    if evidence is not None:
        for note in evidence.notes:
            details += _words(note)
    placement: WeightedTokens = [(KIND_WORDS[record.kind], 1.0)]
    for key in (*record.pillars, record.condition, record.theme):
        if key:
            placement += _words(labels.get(key, key))
    if evidence is not None and evidence.level:
        placement.append((evidence.level, 1.0))
    return [title, aliases, sig, tgs, summary, details, placement]


def _vocabulary_field(
    ids: list[str],
    prefix: str,
    vocab: Mapping[str, Any],
    extra: Mapping[str, tuple[str, ...]],
    memo: dict[str, tuple[WeightedTokens, WeightedTokens]],
) -> WeightedTokens:
    out: WeightedTokens = []
    for position, ident in enumerate(ids):
        weight = max(POSITION_FLOOR, 1.0 - POSITION_STEP * position)
        out.append((f"{prefix}:{ident}", weight))
        key = f"{prefix}:{ident}"
        if key not in memo:
            item = vocab.get(ident)
            label = _words(item.label) if item is not None else []
            synonyms: WeightedTokens = []
            if item is not None and SYNONYM_TOKEN_WEIGHT:
                for synonym in (*item.synonyms, *extra.get(ident, ())):
                    synonyms += _words(synonym, SYNONYM_TOKEN_WEIGHT)
            memo[key] = (label, synonyms)
        label, synonyms = memo[key]
        out += [(t, w * weight) for t, w in label]
        out += [(t, w * weight) for t, w in synonyms]
    return out


#: "Prefer the stronger evidence at equal fit, but never hide a good inspiring fit" (DESIGN.md):
#: a few percent, enough to order records that match equally well, never enough to lift a record
#: that matches fewer words or matches them worse.
#: One hundredth per step, from 1.06 for the strongest level to 1.02 for a level not stated.
EVIDENCE_PRIOR: dict[str | None, float] = {level: round(1.06 - rank / 100, 2) for level, rank in LEVEL_RANK.items()}


def evidence_prior(record: Any) -> float:
    """The ranking multiplier for `record` (1.0 for records without an evidence block)."""
    if record.kind != "interventie" or record.evidence is None:
        return 1.0
    return EVIDENCE_PRIOR.get(record.evidence.level, 1.0)
