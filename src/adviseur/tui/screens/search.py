"""Search everywhere: live results as you type, with filters and "why it matched".

The query runs in a thread worker (`exclusive=True` cancels the previous keystroke's search), so
typing never waits for the index, whatever is pasted; results are rendered as one OptionList for
keyboard speed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList, Select, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, get_current_worker

from adviseur.knowledge.models import CONDITIONS
from adviseur.knowledge.present import kind_label, level_label, title_with_place
from adviseur.knowledge.vocabulary import LEVELS, PILLARS, EvidenceLevel, level_name, pillar_name
from adviseur.search.results import (
    LEVEL_INTERNATIONAL,
    LEVEL_UNSTATED,
    LOOSE_TAIL,
    Hit,
    SearchResponse,
    strong_and_loose,
    why_text,
)
from adviseur.tui import texts
from adviseur.tui.host import as_host
from adviseur.tui.services import Services
from adviseur.tui.widgets.footer import AppFooter

KIND_OPTIONS = [(label, kind) for kind, label in texts.KIND_FILTERS.items()]
PILLAR_OPTIONS = [(pillar_name(p), p.value) for p in PILLARS]
CONDITION_OPTIONS = [(c.capitalize(), c) for c in CONDITIONS]
LEVEL_OPTIONS = [
    *((level_name(level), level.value) for level in LEVELS),
    (texts.LEVEL_INTERNATIONAL, LEVEL_INTERNATIONAL),
    (texts.LEVEL_UNSTATED, LEVEL_UNSTATED),
]
RESULT_LIMIT = 20
"""Hits per page; 'Meer tonen' adds a page."""
MORE = "__meer__"
TAIL = "__staart__"
"""Ids of the two options that are no record (record ids are slugs: no underscores)."""
LEVEL_STYLE: dict[str, str] = {
    EvidenceLevel.EFFECTIEF: "bold green",
    EvidenceLevel.KANSRIJK: "bold cyan",
    EvidenceLevel.ERKEND: "bold magenta",
    EvidenceLevel.INSPIREREND: "bold yellow",
}


class SearchScreen(Screen[None]):
    #: When the last update was done (`updated_at`) and on screen (`rendered_at`); benchmarks read them.
    updated_at: float = 0.0
    rendered_at: float = 0.0
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", texts.KEY_BACK_TO, id="back"),
        Binding("down", "focus_results", texts.KEY_TO_RESULTS, show=False),
        Binding("ctrl+f", "focus_filters", texts.KEY_FILTERS, id="filters", priority=True),
    ]

    def __init__(self, initial_query: str = "") -> None:
        super().__init__()
        self.initial_query = initial_query
        self.limit = RESULT_LIMIT
        """How many hits are asked for: a page more after each 'Meer tonen'."""
        self.tail_open = False
        """Whether the loose tail (hits matching only some of the words) is shown."""
        self.response: SearchResponse | None = None
        self._highlight_after: int | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="search"):
            yield Input(
                value=self.initial_query,
                placeholder=texts.SEARCH_PLACEHOLDER,
                id="query",
                max_length=2000,
            )
            with Horizontal(id="filters"):
                yield Select(KIND_OPTIONS, prompt=texts.FILTER_KIND, id="filter-kind")
                yield Select(PILLAR_OPTIONS, prompt=texts.FILTER_PILLAR, id="filter-pillar")
                yield Select(CONDITION_OPTIONS, prompt=texts.FILTER_CONDITION, id="filter-condition")
                yield Select(LEVEL_OPTIONS, prompt=texts.FILTER_LEVEL, id="filter-level")
            yield Static(texts.TYPE_TO_SEARCH, id="search-status")
            yield OptionList(id="results")
        yield AppFooter()

    def on_mount(self) -> None:
        self.query_one("#query", Input).focus()
        if self.initial_query:
            self.run_search()

    @on(Input.Changed, "#query")
    @on(Select.Changed)
    def run_search(self) -> None:
        """A new question (words or filters changed): the first page, the loose tail closed."""
        self.limit, self.tail_open, self._highlight_after = RESULT_LIMIT, False, None
        self._search_again()

    def _search_again(self) -> None:
        query = self.query_one("#query", Input).value
        filters = {}
        for name in ("kind", "pillar", "condition", "level"):
            select = self.query_one(f"#filter-{name}", Select)
            filters[name] = None if select.is_blank() else str(select.value)
        self._search(query, filters, self.limit)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str, filters: dict[str, str | None], limit: int) -> None:
        """A thread worker, so the event loop never waits for a search: a normal query takes a
        few milliseconds, but a long paste can take a tenth of a second, and typing must never
        freeze (it froze for 37 s on a 1200-letter paste before search was bounded, issue 18).
        `exclusive` cancels the previous keystroke's search; a cancelled one shows nothing.
        Filters without words list every record that passes them."""
        worker = get_current_worker()
        try:
            if not query.strip() and not any(filters.values()):
                self.app.call_from_thread(self._show_empty)
                return
            # Any: textual's call_from_thread cannot carry a coroutine's result type to mypy
            wait: Callable[[], Any] = as_host(self.app).wait_for_services
            services: Services = self.app.call_from_thread(wait)
            if worker.is_cancelled:
                return
            if query.strip():
                response = services.index.search(query, limit=limit, **filters)
            else:
                response = services.index.browse(limit=limit, **filters)
            if not worker.is_cancelled:
                self.app.call_from_thread(self._show_if_current, worker, response)
        except RuntimeError:  # the app stopped while this search ran: nothing left to show
            return

    def _show_if_current(self, worker: Worker[None], response: SearchResponse) -> None:
        if not worker.is_cancelled:
            self._show(response)

    def _set_status(self, text: str) -> None:
        self.query_one("#search-status", Static).update(text)

    def _show_empty(self) -> None:
        self.response = None
        self.query_one("#results", OptionList).clear_options()
        self._set_status(texts.TYPE_OR_FILTER)

    def _show(self, response: SearchResponse) -> None:
        """The strong hits, the loose tail collapsed into one line (enter opens it), and
        'Meer tonen' while there are more hits than shown."""
        self.response = response
        results = self.query_one("#results", OptionList)
        results.clear_options()
        if response.hits:
            strong, loose = strong_and_loose(response.hits)
            results.add_options(_hit_option(hit) for hit in strong)
            hidden = response.total - len(strong)  # the tail: every hit after the strong ones
            if loose and not self.tail_open:
                tail = texts.LOOSE_HITS.format(count=hidden, tail=LOOSE_TAIL.lower())
                results.add_option(Option(Text(tail, style="italic"), id=TAIL))
            elif loose:
                results.add_option(Option(Text(f"{LOOSE_TAIL}:", style="bold"), disabled=True))
                results.add_options(_hit_option(hit) for hit in loose)
            shown = len(strong) + (len(loose) if self.tail_open else 0)
            if response.total > len(response.hits) and (self.tail_open or not loose):
                more = texts.SHOW_MORE.format(count=response.total - shown)
                results.add_option(Option(Text(more, style="italic"), id=MORE))
            status = (texts.FOUND if response.query else texts.FOUND_BY_FILTERS).format(count=response.total)
            if loose:
                status += texts.WITH_ALL_WORDS.format(count=len(strong))
            if shown < response.total:
                status += texts.SHOWN.format(count=shown)
        elif response.suggestions:
            results.add_options(
                Option(Text.assemble((texts.LOOKS_LIKE, "dim"), s.record.title), id=s.record.id) for s in response.suggestions
            )
            status = texts.NOTHING_FOUND_DID_YOU_MEAN
        else:
            status = texts.NOTHING_FOUND_TRY
        if response.notice:
            status = response.notice
        if response.truncated:
            status += texts.QUERY_CUT
        self._set_status(status)
        if response.hits or response.suggestions:
            after, self._highlight_after = self._highlight_after, None
            results.highlighted = min(after, results.option_count - 1) if after is not None else 0
        self.updated_at = time.perf_counter()
        self.call_after_refresh(self._mark_rendered)

    def _mark_rendered(self) -> None:
        """When the results were on screen (the TUI benchmark reads it)."""
        self.rendered_at = time.perf_counter()

    def focus_query(self, query: str | None = None) -> None:
        """'/' lands here from anywhere on this screen (the results, a filter): the search field,
        its words kept (or replaced by `query`) and ready to type over."""
        field = self.query_one("#query", Input)
        if query is not None:
            field.value = query
        field.focus()
        field.select_all()

    def action_focus_results(self) -> None:
        self.query_one("#results", OptionList).focus()

    def action_focus_filters(self) -> None:
        self.query_one("#filter-kind", Select).focus()

    @on(OptionList.OptionSelected, "#results")
    def _open(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self._choose(event.option.id, event.option_index)

    @on(Input.Submitted, "#query")
    def _open_first(self) -> None:
        results = self.query_one("#results", OptionList)
        if results.option_count:
            index = results.highlighted or 0
            option_id = results.get_option_at_index(index).id
            if option_id is not None:
                self._choose(option_id, index)

    def _choose(self, option_id: str, index: int) -> None:
        """A record opens; the tail line opens the tail; 'Meer tonen' asks for the next page. The
        highlight stays where it was, on the first new line."""
        if option_id == TAIL and self.response is not None:
            self.tail_open, self._highlight_after = True, index + 1
            self._show(self.response)
        elif option_id == MORE:
            self.limit += RESULT_LIMIT
            self._highlight_after = index
            self._search_again()
        else:
            as_host(self.app).open_record(option_id)


def _hit_option(hit: Hit) -> Option:
    record = hit.record
    level = record.evidence.level if record.evidence else None
    line = Text.assemble((title_with_place(record), "bold"), "  ", (kind_label(record.kind), "dim"))
    badge = level_label(record)
    if badge:
        line.append("  ")
        line.append(f"[{badge}]", style=LEVEL_STYLE.get(level or "", "dim"))
    why = why_text(hit.matched, 3)
    if why:  # a record listed by its filters alone matched no words
        line.append(texts.WHY.format(why=why), style="italic dim")
    return Option(line, id=record.id)
