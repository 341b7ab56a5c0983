"""Command palette (ctrl+p): find records and flows through our own search index.

Textual's default fuzzy matcher ranks by character subsequences, which is exactly what the search
issue warns against; hits here are ranked by `SearchIndex` and only displayed by the palette.
"""

from __future__ import annotations

import asyncio
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from adviseur.search.results import why_text
from adviseur.tui import texts
from adviseur.tui.host import as_host


class RecordsProvider(Provider):
    async def search(self, query: str) -> Hits:
        host = as_host(self.app)
        services = host.services
        if services is None or not query.strip():
            return
        for flow_id, title in _flows():
            if query.lower() in title.lower() or query.lower() in flow_id:
                yield Hit(100.0, texts.PALETTE_START.format(title=title), partial(host.start_flow, flow_id), help="flow")
        # off the event loop, as the search screen does: a long paste must not freeze the palette
        response = await asyncio.to_thread(services.index.search, query, limit=12)
        top = max((h.score for h in response.hits), default=1.0) or 1.0
        for hit in response.hits:
            record = hit.record
            yield Hit(
                hit.score / top,
                record.title,
                partial(host.open_record, record.id),
                help=f"{record.kind} · " + why_text(hit.matched, 2),
            )

    async def discover(self) -> Hits:
        start = as_host(self.app).start_flow
        for flow_id, title in _flows():
            yield DiscoveryHit(texts.PALETTE_START.format(title=title), partial(start, flow_id), help="flow")


def _flows() -> list[tuple[str, str]]:
    from adviseur.tui.navigation import available_flows

    return [(f.id, f.title) for f in available_flows()]
