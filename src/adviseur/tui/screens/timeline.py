"""A municipality's timeline: a chart per pillar over the years (`b` switches to the building
blocks), every score in a table, what changed between two chosen scans, and the notes of the latest.

The same `Timeline` as `adviseur scans show NAAM` and its report (`adviseur.session.history`).
Keys: `b` the chart of the building blocks (again: the pillars), `v` chooses the two scans to
compare, `e` writes the report (Markdown and HTML) and `x` shares the scans as one file, both into
the export folder, `d` deletes a scan (after asking), `p` opens the scan partners filled in
together, when there is one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header, Static

from adviseur.content.wording import counted
from adviseur.reports import scan_texts
from adviseur.reports.format import delta_text, percent_text
from adviseur.tui import texts
from adviseur.tui.widgets.comparison import comparison_widgets
from adviseur.tui.widgets.footer import AppFooter
from adviseur.tui.widgets.score_table import ScoreTable
from adviseur.tui.widgets.trend_chart import TrendChart

if TYPE_CHECKING:
    from adviseur.reports.scanset import ScoreLine
    from adviseur.reports.timeline import Timeline

PILLARS, BLOCKS = "pillars", "blocks"
"""What the chart shows: the total and the pillars (score groups), or the building blocks (sections).
A flow without pillars (Housing First: a total and its core principles) shows all in one."""


def chart_sets(view: Timeline) -> dict[str, tuple[str, list[ScoreLine]]]:
    """What `b` switches between, each (title, scores): the total and the pillars, then the
    building blocks; for a flow without pillars one set of every score."""
    if any(line.kind == "group" for line in view.lines):
        sets = {PILLARS: (scan_texts.CHART_PILLARS, view.pillars), BLOCKS: (scan_texts.CHART_BLOCKS, view.blocks)}
    else:
        sets = {PILLARS: (texts.CHART_ALL, [*view.pillars, *view.blocks])}
    return {key: chosen for key, chosen in sets.items() if chosen[1]}


class TimelineScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", texts.KEY_BACK_TO, id="back"),
        Binding("b", "chart('blocks')", texts.SHOW_BLOCKS, id="chart-blocks"),
        Binding("b", "chart('pillars')", texts.SHOW_PILLARS, id="chart-pillars"),
        Binding("v", "choose", texts.KEY_COMPARE, id="choose"),
        Binding("e", "report", texts.KEY_EXPORT, id="report"),
        Binding("x", "share", texts.KEY_SHARE, id="share"),
        Binding("d", "delete", texts.KEY_DELETE_SCAN, id="delete"),
        Binding("p", "partners", texts.KEY_PARTNERS, id="partners"),
    ]
    DEFAULT_CSS = """
    #timeline { padding: 0 1; }
    #charts { height: auto; }
    """

    def __init__(self, flow_id: str, label: str, *, earlier: int | None = None, later: int | None = None) -> None:
        super().__init__()
        self.flow_id = flow_id
        self.label = label
        self.earlier, self.later = earlier, later
        self.timeline: Timeline | None = None
        self.has_partners = False
        self.chart = PILLARS

    def compose(self) -> ComposeResult:
        yield Header()
        yield VerticalScroll(id="timeline")
        yield AppFooter()

    async def on_mount(self) -> None:
        self.sub_title = texts.TIMELINE_SUBTITLE.format(label=self.label)
        await self.rebuild()

    async def rebuild(self) -> None:
        """Read the scans again and lay the timeline out (after a scan was deleted or two chosen)."""
        from adviseur.errors import AdviseurError
        from adviseur.session.history import partner_scans, timeline
        from adviseur.store import Store

        box = self.query_one("#timeline", VerticalScroll)
        await box.remove_children()
        try:
            store = Store()
            self.timeline = view = timeline(store, self.label, self.flow_id, earlier=self.earlier, later=self.later)
            self.has_partners = bool(partner_scans(store, self.label, self.flow_id))
        except AdviseurError as exc:
            self.timeline = None
            await box.mount(Static(str(exc), classes="band-explanation", markup=False))
            self.refresh_bindings()
            return
        if self.chart not in chart_sets(view):
            self.chart = PILLARS
        await box.mount_all(list(self._widgets(view)))
        self.refresh_bindings()
        box.focus()  # the page scrolls with the arrows, from the charts at the top; tab reaches the table

    def _charts(self, view: Timeline) -> list[Widget]:
        """A chart per score of the chosen set (see `trend_chart`), under the flow's own headings
        ('Routes', 'Kernprincipes') as the results screen lists them."""
        _, lines = chart_sets(view).get(self.chart, ("", []))
        if not lines:
            return [Static(texts.NO_CHART, classes="band-explanation")]
        out: list[Widget] = []
        level = ""
        bands = max((len(band or "") for line in lines for band in line.bands), default=0)
        for line in lines:
            if line.heading and line.heading != level:
                out.append(Static(line.heading, classes="results-domain score-level", markup=False))
            level = line.heading
            out.append(TrendChart(line, view.columns, band_width=bands, id=f"chart-{line.id}"))
        return out

    def _chart_heading(self, view: Timeline) -> tuple[str, str]:
        """The chart's title, and how to read it (with what `b` shows instead, if anything)."""
        sets = chart_sets(view)
        title, _ = sets.get(self.chart, (texts.CHART_ALL, []))
        if len(sets) < 2:
            return texts.H_CHART.format(what=title), texts.CHART_HINT
        return texts.H_CHART.format(what=title), texts.CHART_HINT_PILLARS if self.chart == BLOCKS else texts.CHART_HINT_BLOCKS

    def _widgets(self, view: Timeline) -> list[Widget]:
        from adviseur.reports.timeline import change

        title = Static(texts.TIMELINE_TITLE.format(label=view.label, span=view.span), classes="results-title", markup=False)
        heading, hint = self._chart_heading(view)
        out: list[Widget] = [title, Static(heading, classes="results-heading", id="chart-heading", markup=False)]
        out.append(Static(hint, classes="band-explanation", id="chart-hint", markup=False))
        out.append(Vertical(*self._charts(view), id="charts"))
        out.append(Static(texts.H_TABLE, classes="results-heading", markup=False))
        columns = [f"{n}. {c}" for n, c in enumerate(view.columns, 1)]
        changes = [delta_text(change(line)) for line in view.lines]
        out.append(ScoreTable(view.lines, columns, extra=(texts.COL_CHANGE, changes), id="trend"))
        if view.comparison is not None and view.compared is not None:
            a, b = (i + 1 for i in view.compared)
            heading = texts.COMPARED.format(a=a, day_a=view.columns[a - 1], b=b, day_b=view.columns[b - 1])
            out += list(comparison_widgets(view.comparison, heading, scores=False))
        else:
            out.append(Static(scan_texts.ONE_SCAN, classes="band-explanation"))
        if view.notes:
            out.append(Static(texts.H_NOTES.format(date=view.scans[-1].date or "?"), classes="results-heading"))
            for n in view.notes:
                line = texts.NOTE_LINE.format(question=n.question, answer=n.answer, note=n.note)
                out.append(Static(line, classes="transcript-entry", markup=False))
        return out

    async def action_chart(self, which: str) -> None:
        """Show the chart of the pillars or of the building blocks."""
        if self.timeline is None or which == self.chart:
            return
        self.chart = which
        heading, hint = self._chart_heading(self.timeline)
        title = self.query_one("#chart-heading", Static)
        title.update(heading)
        self.query_one("#chart-hint", Static).update(hint)
        charts = self.query_one("#charts", Vertical)
        await charts.remove_children()
        await charts.mount_all(self._charts(self.timeline))
        self.refresh_bindings()
        box = self.query_one("#timeline", VerticalScroll)
        box.scroll_to_widget(title, animate=False, top=True)  # the new chart from its start

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "chart":
            view = self.timeline
            return view is not None and len(chart_sets(view)) > 1 and parameters[:1] != (self.chart,)
        if action == "choose":
            return self.timeline is not None and len(self.timeline.scans) > 1
        if action in ("report", "share", "delete"):
            return self.timeline is not None
        if action == "partners":
            return self.has_partners
        return True

    def _scan_options(self) -> list[tuple[str, str]]:
        assert self.timeline is not None
        return [
            (str(n), texts.SCAN_OPTION.format(number=n, date=name, total=percent_text(s.total), id=s.id))
            for n, (name, s) in enumerate(zip(self.timeline.columns, self.timeline.scans, strict=True), 1)
        ]

    def action_choose(self) -> None:
        """Two questions: the earlier scan, then the later one."""
        from adviseur.tui.widgets.dialogs import PickScreen

        options = self._scan_options()

        def first(earlier: str | None) -> None:
            if earlier is None:
                return

            def second(later: str | None) -> None:
                if later is not None:
                    self.earlier, self.later = int(earlier), int(later)
                    self.call_later(self.rebuild)

            self.app.push_screen(PickScreen(texts.COMPARE_WITH, options, highlighted=len(options) - 1), second)

        self.app.push_screen(PickScreen(texts.WHICH_TO_COMPARE, options, highlighted=max(0, len(options) - 2)), first)

    def action_report(self) -> None:
        from adviseur.reports import ReportError
        from adviseur.tui.scan_files import save_reports

        if self.timeline is None:
            return
        try:
            written = save_reports(self.app, self.timeline, "tijdlijn", self.label)
        except ReportError as exc:
            self.notify(str(exc), title=texts.SAVE_FAILED, severity="error", timeout=10)
            return
        self.notify("\n".join(written), title=texts.SAVED_TITLE, timeout=20)

    def action_share(self) -> None:
        from adviseur.errors import AdviseurError
        from adviseur.tui.scan_files import share_scans

        if self.timeline is None:
            return
        try:
            where = share_scans(self.app, list(self.timeline.scans), self.label)
        except AdviseurError as exc:
            self.notify(str(exc), title=texts.SHARE_FAILED, severity="error", timeout=10)
            return
        self.notify(
            texts.SHARED.format(scans=counted(len(self.timeline.scans), *texts.NOUN_SCAN), where=where),
            title=texts.SHARED_TITLE,
            timeout=20,
        )

    def action_delete(self) -> None:
        from adviseur.tui.widgets.dialogs import ConfirmScreen, PickScreen

        if self.timeline is None:
            return
        scans = self.timeline.scans

        def picked(position: str | None) -> None:
            if position is None:
                return
            scan = scans[int(position) - 1]

            def confirmed(yes: bool | None) -> None:
                if yes:
                    self._delete(scan.id)

            question = texts.DELETE_SCAN.format(position=position, label=self.label, date=scan.date)
            self.app.push_screen(ConfirmScreen(question), confirmed)

        self.app.push_screen(PickScreen(texts.WHICH_TO_DELETE, self._scan_options()), picked)

    def _delete(self, scan_id: str) -> None:
        from adviseur.errors import AdviseurError
        from adviseur.session.history import delete_scan
        from adviseur.store import Store

        try:
            gone = delete_scan(Store(), scan_id)
        except AdviseurError as exc:
            self.notify(str(exc), title=texts.NOT_DELETED, severity="error", timeout=10)
            return
        self.notify(texts.SCAN_DELETED.format(date=gone.date), title=texts.DELETED_TITLE, timeout=5)
        self.earlier = self.later = None
        self.call_later(self.rebuild)

    def action_partners(self) -> None:
        from adviseur.tui.screens.together import CombinedScreen

        self.app.push_screen(CombinedScreen(self.flow_id, self.label))
