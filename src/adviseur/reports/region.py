"""A regional picture: several municipalities' scans side by side, who is strong where, the gaps
they share and the leads that fit the whole region.

A region (a centrumgemeente and its regiogemeenten) makes prevention policy together. Each
municipality shares its own scan as a file; the coordinator puts them side by side here. With
`anonymous`, municipalities are named 'Gemeente A', 'Gemeente B', … in the order they were given,
and the picture holds nothing else that names them (no answers, no notes, no free text): only
scores, bands and the gaps, by question. Pure: the session reads the files.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import dataclass

from adviseur.flows.language.runtime import Program
from adviseur.knowledge.loader import KnowledgeBase
from adviseur.reports import scan_texts as texts
from adviseur.reports.compare import question_label
from adviseur.reports.model import LeadView
from adviseur.reports.rows import LeadResolver
from adviseur.reports.scanset import SavedScan, ScoreLine, score_lines

MAX_LEADS = 12
"""How many leads the picture lists for the region (those shared most first)."""


@dataclass(frozen=True, slots=True)
class RegionRow:
    line: ScoreLine
    """One value per municipality, in the order of `RegionalPicture.names`."""

    @property
    def strongest(self) -> tuple[int, ...]:
        """The municipalities with the highest value (several when they share it); none when
        every municipality scores the same (nobody stands out)."""
        known = self.line.known
        if not known or min(known) == max(known):
            return ()
        best = max(known)
        return tuple(i for i, v in enumerate(self.line.values) if v == best)

    @property
    def mean(self) -> float | None:
        known = self.line.known
        return round(sum(known) / len(known), 1) if known else None


@dataclass(frozen=True, slots=True)
class SharedGap:
    """A question that is a gap in more than one municipality."""

    key: str
    label: str
    municipalities: tuple[int, ...]
    leads: tuple[LeadView, ...]


@dataclass(frozen=True, slots=True)
class RegionLead:
    """A knowledge record named by the gaps of several municipalities."""

    lead: LeadView
    municipalities: tuple[int, ...]
    questions: tuple[str, ...]
    """The labels of the gaps that name it."""


@dataclass(frozen=True)
class RegionalPicture:
    names: tuple[str, ...]
    dates: tuple[str | None, ...]
    flow_id: str
    flow_title: str
    anonymous: bool
    rows: tuple[RegionRow, ...]
    shared_gaps: tuple[SharedGap, ...]
    """Gaps in two municipalities or more, the most widely shared first."""
    leads: tuple[RegionLead, ...]
    """Leads of the shared gaps, the most widely shared first (at most `MAX_LEADS`)."""
    levels: tuple[tuple[str, str], ...] = ()
    """(evidence level, what it means) for the levels of the leads listed."""

    @property
    def no_leads(self) -> str:
        """Why the region has no leads, in words ('' when it has some): its shared gaps name none,
        or no gap is shared. Every face says it, so an empty section never reads as an oversight."""
        if self.leads:
            return ""
        return texts.NO_REGION_LEADS if self.shared_gaps else texts.NO_REGION_LEADS_WITHOUT_SHARED_GAPS

    @property
    def whole_region(self) -> list[RegionLead]:
        """Leads for a gap every municipality has."""
        return [lead for lead in self.leads if len(lead.municipalities) == len(self.names)]

    @property
    def pillars(self) -> list[RegionRow]:
        return [r for r in self.rows if r.line.kind in ("total", "group")]

    @property
    def blocks(self) -> list[RegionRow]:
        return [r for r in self.rows if r.line.kind == "section"]

    def named(self, indices: Sequence[int]) -> str:
        """'Gemeente A en Gemeente C'."""
        names = [self.names[i] for i in indices]
        return names[0] if len(names) == 1 else texts.AND.join([", ".join(names[:-1]), names[-1]])


def anonymous_names(count: int) -> list[str]:
    """'Gemeente A', 'Gemeente B', … (then 'Gemeente AA' past Z)."""
    letters = string.ascii_uppercase
    return [texts.ANONYMOUS.format(letter=letters[i] if i < 26 else letters[i // 26 - 1] + letters[i % 26]) for i in range(count)]


def build_region(
    scans: Sequence[SavedScan], kb: KnowledgeBase, *, program: Program | None = None, anonymous: bool = False
) -> RegionalPicture:
    """The picture of `scans`, one per municipality, in the order given."""
    if not scans:
        raise ValueError("a regional picture needs at least one scan")
    names = anonymous_names(len(scans)) if anonymous else [s.label for s in scans]
    lines = score_lines(scans, program)
    resolver = LeadResolver(kb)
    labels: dict[str, str] = {}
    gaps: dict[str, set[int]] = {}
    lead_ids: dict[str, list[str]] = {}
    for index, scan in enumerate(scans):
        asked = scan.question_texts()
        for key, named in scan.gaps():
            gaps.setdefault(key, set()).add(index)
            labels.setdefault(key, question_label(program, key, asked.get(key, key)))
            lead_ids.setdefault(key, [])
            lead_ids[key] += [lead for lead in named if lead not in lead_ids[key]]
    order = list(gaps)
    shared = sorted((k for k in order if len(gaps[k]) > 1), key=lambda k: (-len(gaps[k]), order.index(k)))
    shared_gaps = tuple(SharedGap(k, labels[k], tuple(sorted(gaps[k])), resolver.many(lead_ids[k])) for k in shared)
    per_lead: dict[str, tuple[set[int], list[str]]] = {}
    for gap in shared_gaps:
        for lead in gap.leads:
            where, questions = per_lead.setdefault(lead.id, (set(), []))
            where.update(gap.municipalities)
            questions.append(gap.label)
    ranked = sorted(per_lead, key=lambda lid: (-len(per_lead[lid][0]), -len(per_lead[lid][1])))
    leads = tuple(
        RegionLead(resolver(lid), tuple(sorted(per_lead[lid][0])), tuple(per_lead[lid][1])) for lid in ranked[:MAX_LEADS]
    )
    first = scans[0]
    listed = LeadResolver(kb)
    listed.many(lead.lead.id for lead in leads)
    return RegionalPicture(
        names=tuple(names),
        dates=tuple(s.date for s in scans),
        flow_id=first.flow_id,
        flow_title=first.flow_title,
        anonymous=anonymous,
        rows=tuple(RegionRow(line) for line in lines),
        shared_gaps=shared_gaps,
        leads=leads,
        levels=tuple(listed.levels()),
    )
