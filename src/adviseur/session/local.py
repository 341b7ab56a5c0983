"""Local services next to a finished case's advice: the one join of advice and the social map.

Advice is national and knows nothing of municipalities (`adviseur.advice` stays that way); the
faces show, under each recommendation, the services of the chosen municipality that deliver it or
fit its main signal. This module computes that once per result, so the command line's text and
JSON, the case summary and the app show the same services with the same marks:

    local = local_next_to(run.advice, run.kb)          # the chosen municipality (settings)
    local.links_for("vroeg-eropaf")                    # LocalLink: service, why, suggestion?, stale?
    local.notice                                       # "Voor Zeist is nog geen sociale kaart …"
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from adviseur.session import texts

if TYPE_CHECKING:
    from adviseur.advice import Advice
    from adviseur.knowledge import KnowledgeBase
    from adviseur.localmap.lookup import LocalLink
    from adviseur.reports.result import RunResult


@dataclass(frozen=True)
class LocalNextToAdvice:
    """Per recommended record, its local services; and the line to show when there are none."""

    municipality: str | None
    links: dict[str, list[LocalLink]] = field(default_factory=dict)
    notice: str | None = None
    """Set when no municipality is chosen or it has no (usable) map: how to add one."""

    def links_for(self, record_id: str) -> list[LocalLink]:
        return self.links.get(record_id, [])

    def json_for(self, record_id: str) -> list[dict[str, Any]]:
        """The `local` list of one recommendation in `adviseur run --json`."""
        return [link.to_json() for link in self.links_for(record_id)]

    def to_json(self) -> dict[str, Any]:
        return {"municipality": self.municipality, "notice": self.notice}

    def summary_markdown(self, titles: dict[str, str]) -> str:
        """The case summary's section: each local service once, with the recommendations (by
        title, in advice order) it goes with. Organisations only, never the resident: the
        summary stays anonymous. Empty when no municipality is chosen."""
        if self.municipality is None:
            return ""
        lines = ["", texts.LOCAL_HEADING.format(municipality=self.municipality), ""]
        if self.notice:
            return "\n".join([*lines, self.notice]) + "\n"
        best: dict[str, LocalLink] = {}
        records: dict[str, list[str]] = {}
        for record_id, links in self.links.items():
            for link in links:
                ident = link.service.id
                records.setdefault(ident, []).append(titles.get(record_id, record_id))
                if ident not in best or (best[ident].relation, best[ident].suggested) > (link.relation, link.suggested):
                    best[ident] = link  # 'biedt' before 'signaal', confirmed before suggested
        if not best:
            return "\n".join([*lines, texts.NO_LOCAL_SERVICES]) + "\n"
        for ident, link in best.items():
            lines.append(texts.LOCAL_SERVICE.format(service=link.summary(), records=", ".join(records[ident])))
        return "\n".join(lines) + "\n"


def local_next_to(advice: Advice | None, kb: KnowledgeBase, municipality: str | None = None) -> LocalNextToAdvice:
    """The local services for every recommendation of `advice`, in `municipality` (default: the
    one the user chose). Never raises: without a municipality or a map there is a notice."""
    from adviseur.settings import load_settings

    municipality = municipality or load_settings().municipality
    if municipality is None:  # the map's models and store are not even imported (issue 12)
        from adviseur.localmap.texts import NO_MUNICIPALITY

        return LocalNextToAdvice(None, notice=NO_MUNICIPALITY)
    from adviseur.localmap.lookup import load_map, local_links, map_notice

    local_map = load_map(municipality)
    if local_map is None:
        return LocalNextToAdvice(municipality, notice=map_notice(municipality))
    links: dict[str, list[LocalLink]] = {}
    if advice is not None:
        for section in advice.sections():
            for rec in section.items:
                links[rec.record.id] = local_links(rec.record.id, kb=kb, local_map=local_map)
    return LocalNextToAdvice(local_map.municipality, links)


def summary_with_local(run: RunResult, local: LocalNextToAdvice | None = None) -> str | None:
    """The anonymised case summary with the chosen municipality's services for its advice (the
    section is left out when no municipality is chosen); None without advice."""
    summary = run.summary_markdown()
    if summary is None:
        return None
    local = local or local_next_to(run.advice, run.kb)
    titles = {rid: run.kb.by_id[rid].title for rid in local.links if rid in run.kb.by_id}
    return summary + local.summary_markdown(titles)
