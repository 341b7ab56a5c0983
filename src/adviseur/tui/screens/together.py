"""Scans side by side: what partners answered together (`CombinedScreen`) and several
municipalities as a region (`RegionPickScreen`, then `RegionScreen`).

The same `CombinedScan` and `RegionalPicture` as `adviseur scans samen` and `adviseur regio
rapport`, and their reports (`e`). The region is made from the municipalities saved here (their
latest own scans; import the files others shared first), optionally anonymised (`a`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, SelectionList, Static

from adviseur.reports import scan_texts
from adviseur.reports.format import percent_text
from adviseur.tui import texts
from adviseur.tui.widgets.footer import AppFooter
from adviseur.tui.widgets.score_table import ScoreTable

if TYPE_CHECKING:
    from adviseur.reports.partners import CombinedScan
    from adviseur.reports.region import RegionalPicture


def _save_reports(screen: Screen[None], view: object, kind: str, label: str) -> None:
    from adviseur.reports import ReportError
    from adviseur.tui.scan_files import save_reports

    try:
        written = save_reports(screen.app, view, kind, label)  # type: ignore[arg-type]
    except ReportError as exc:
        screen.notify(str(exc), title=texts.SAVE_FAILED, severity="error", timeout=10)
        return
    screen.notify("\n".join(written), title=texts.SAVED_TITLE, timeout=10)


class CombinedScreen(Screen[None]):
    """A scan partners filled in together: the agenda, the spread per building block, and every answer by role."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", texts.KEY_BACK_TO, id="back"),
        Binding("e", "report", texts.KEY_EXPORT, id="report"),
    ]
    DEFAULT_CSS = "#combined { padding: 0 1; }"

    def __init__(self, flow_id: str, label: str, round: str | None = None) -> None:
        super().__init__()
        self.flow_id, self.label, self.round = flow_id, label, round
        self.view: CombinedScan | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield VerticalScroll(id="combined")
        yield AppFooter()

    def on_mount(self) -> None:
        from adviseur.errors import AdviseurError
        from adviseur.session.history import combined
        from adviseur.store import Store

        self.sub_title = texts.TOGETHER_SUB_TITLE.format(label=self.label)
        box = self.query_one("#combined", VerticalScroll)
        try:
            self.view = view = combined(Store(), self.label, self.flow_id, self.round)
        except AdviseurError as exc:
            box.mount(Static(str(exc), classes="band-explanation", markup=False))
            return
        box.mount_all(list(self._widgets(view)))
        self.refresh_bindings()

    def _widgets(self, view: CombinedScan) -> list[Static | ScoreTable]:
        title = texts.COMBINED_TITLE.format(label=view.label, round=view.round, names=", ".join(view.names))
        out: list[Static | ScoreTable] = [Static(title, classes="results-title", markup=False)]
        agenda = view.agenda
        heading = "results-heading urgent" if agenda else "results-heading"
        out.append(Static(f"{scan_texts.H_AGENDA} ({len(agenda)})", classes=heading, id="agenda"))
        if not agenda:
            out.append(Static(texts.NO_DISAGREEMENT, classes="band-explanation"))
        for n, q in enumerate(agenda, 1):
            answers = "\n".join(f"   {a.who}: {a.answer}" + (f" — {a.note}" if a.note else "") for a in q.answers)
            out.append(Static(f"{n}. {q.label}\n{answers}", classes="transcript-entry agenda-item", markup=False))
        if view.unknown:
            out.append(Static(scan_texts.H_UNKNOWN, classes="results-domain"))
            for q in view.unknown:
                out.append(Static(texts.UNKNOWN_LINE.format(label=q.label, count=q.unknown, total=len(q.answers)), markup=False))
        out.append(Static(texts.H_SPREAD, classes="results-heading"))
        blocks = [*view.pillars, *view.blocks]
        spread = [percent_text(b.spread).replace("%", texts.POINTS_UNIT) if b.spread is not None else "—" for b in blocks]
        out.append(ScoreTable([b.line for b in blocks], list(view.names), extra=(texts.COL_SPREAD, spread), id="spread"))
        out.append(Static(texts.ANSWERS_IN_REPORT, classes="band-explanation"))
        return out

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.view is not None if action == "report" else True

    def action_report(self) -> None:
        if self.view is not None:
            _save_reports(self, self.view, "samen", self.label)


class RegionPickScreen(Screen[None]):
    """Choose the municipalities of a region, then show them side by side."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", texts.KEY_BACK_TO, id="back"),
        Binding("g", "show", texts.KEY_SHOW_REGION, id="show"),
        Binding("a", "anonymous", texts.KEY_ANONYMOUS, id="anonymous"),
    ]
    DEFAULT_CSS = """
    #region-pick { padding: 0 1; height: 1fr; }
    #region-names { height: 1fr; }
    """

    def __init__(self, flow_id: str, labels: list[str]) -> None:
        super().__init__()
        self.flow_id = flow_id
        self.labels = labels
        self.anonymous = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="region-pick"):
            yield Static(texts.REGION_PICK_INTRO, classes="band-explanation")
            yield Static("", id="anonymous-state", classes="band-explanation")
            yield SelectionList[str](*[(label, label, True) for label in self.labels], id="region-names")
        yield AppFooter()

    def on_mount(self) -> None:
        self.sub_title = texts.REGION_PICK_SUB_TITLE
        self._show_state()
        self.query_one(SelectionList).focus()

    def _show_state(self) -> None:
        state = texts.NAMES_LEFT_OUT if self.anonymous else texts.NAMES_SHOWN
        self.query_one("#anonymous-state", Static).update(state)

    def action_anonymous(self) -> None:
        self.anonymous = not self.anonymous
        self._show_state()

    def action_show(self) -> None:
        chosen = [label for label in self.labels if label in self.query_one(SelectionList).selected]
        if len(chosen) < 2:
            self.notify(texts.CHOOSE_TWO, timeout=4)
            return
        self.app.push_screen(RegionScreen(self.flow_id, chosen, anonymous=self.anonymous))

    @on(SelectionList.SelectedChanged)
    def _changed(self) -> None:
        self.refresh_bindings()


class RegionScreen(Screen[None]):
    """Several municipalities side by side: who is strong where, shared gaps, leads for the region."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", texts.KEY_BACK_TO, id="back"),
        Binding("e", "report", texts.KEY_EXPORT, id="report"),
    ]
    DEFAULT_CSS = "#region { padding: 0 1; }"

    def __init__(self, flow_id: str, labels: list[str], *, anonymous: bool = False) -> None:
        super().__init__()
        self.flow_id, self.labels, self.anonymous = flow_id, labels, anonymous
        self.picture: RegionalPicture | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield VerticalScroll(id="region")
        yield AppFooter()

    async def on_mount(self) -> None:
        from adviseur.errors import AdviseurError
        from adviseur.session.regional import region_from_store
        from adviseur.store import Store
        from adviseur.tui.host import as_host

        self.sub_title = texts.REGION_SUB_TITLE + (texts.ANONYMISED if self.anonymous else "")
        box = self.query_one("#region", VerticalScroll)
        services = await as_host(self.app).wait_for_services()
        try:
            region = region_from_store(Store(), self.labels, flow_id=self.flow_id, anonymous=self.anonymous, kb=services.kb)
        except AdviseurError as exc:
            await box.mount(Static(str(exc), classes="band-explanation", markup=False))
            return
        self.picture = picture = region.picture
        for notice in region.notices:
            self.notify(notice, timeout=8)
        await box.mount_all(list(self._widgets(picture)))
        self.refresh_bindings()

    def _widgets(self, picture: RegionalPicture) -> list[Static | ScoreTable]:
        names = ", ".join(picture.names)
        out: list[Static | ScoreTable] = [Static(texts.REGION_TITLE.format(names=names), classes="results-title", markup=False)]
        out.append(Static(texts.H_WHO_IS_STRONG, classes="results-heading"))
        means = [percent_text(r.mean) for r in picture.rows]
        out.append(ScoreTable([r.line for r in picture.rows], list(picture.names), extra=(texts.COL_REGION, means),
                              marks=[r.strongest for r in picture.rows], id="region-table"))
        out.append(Static(scan_texts.H_SHARED_GAPS, classes="results-heading"))
        if not picture.shared_gaps:
            out.append(Static(scan_texts.NO_SHARED_GAPS, classes="band-explanation"))
        for gap in picture.shared_gaps:
            where = texts.SHARED_GAP_WHERE.format(
                count=len(gap.municipalities), total=len(picture.names), names=picture.named(gap.municipalities)
            )
            out.append(Static(f"▸ {gap.label}: {where}", classes="gap-text", markup=False))
        out.append(Static(scan_texts.H_REGION_LEADS, classes="results-heading"))
        if not picture.leads:
            out.append(Static(picture.no_leads, classes="band-explanation", markup=False))
        for lead in picture.leads:
            everyone = len(lead.municipalities) == len(picture.names)
            whole = scan_texts.WHOLE_REGION if everyone else picture.named(lead.municipalities)
            line = texts.REGION_LEAD.format(title=lead.lead.title, meta=lead.lead.meta, whom=whole)
            out.append(Static(line, classes="transcript-entry", markup=False))
        return out

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.picture is not None if action == "report" else True

    def action_report(self) -> None:
        if self.picture is not None:
            _save_reports(self, self.picture, "regio", "anoniem" if self.anonymous else "-".join(self.labels)[:40])
