"""'Bewaarde scans': every municipality or team with saved scans, to open its timeline or its
combined scan, to put several side by side (the region), and to import a shared file.

The screen shows what `adviseur.session.history` finds (the same as `adviseur scans list`); the
files a user imports are read whole and checked by the session layer before anything is saved,
and its Dutch message is shown when one is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from adviseur.content.wording import counted
from adviseur.reports.format import percent_text
from adviseur.reports.scanset import SavedScan
from adviseur.tui import texts
from adviseur.tui.widgets.dialogs import PathScreen
from adviseur.tui.widgets.footer import AppFooter


@dataclass(frozen=True)
class Named:
    """The scans saved under one name, of one flow."""

    flow_id: str
    label: str
    own: list[SavedScan]
    partners: list[SavedScan]

    @property
    def line(self) -> str:
        parts = []
        if self.own:
            first, last = self.own[0].date or "?", self.own[-1].date or "?"
            span = first if first == last else f"{first} – {last}"
            parts.append(
                texts.SCANS_OWN.format(
                    scans=counted(len(self.own), *texts.NOUN_OWN_SCAN), span=span, total=percent_text(self.own[-1].total)
                )
            )
        rounds = sorted({s.round_name for s in self.partners})
        if rounds:
            parts.append(
                texts.SCANS_TOGETHER.format(
                    rounds=", ".join(rounds), respondents=counted(len(self.partners), *texts.NOUN_RESPONDENT)
                )
            )
        return " · ".join(parts)


def named_scans(scans: list[SavedScan]) -> list[Named]:
    """The scans grouped by name (any case) and flow, in alphabetical order of the name."""
    groups: dict[tuple[str, str], list[SavedScan]] = {}
    for scan in scans:
        groups.setdefault((scan.label.casefold(), scan.flow_id), []).append(scan)
    return [
        Named(flow, members[-1].label, [s for s in members if not s.is_partner], [s for s in members if s.is_partner])
        for (_, flow), members in sorted(groups.items())
    ]


def _option(index: int, group: Named) -> Option:
    """A name typed by people: escaped, never markup."""
    return Option(f"{escape(group.label)} [dim]({escape(group.flow_id)})[/]\n[dim]{escape(group.line)}[/]", id=str(index))


class ScansScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", texts.KEY_BACK_TO, id="back"),
        Binding("r", "region", texts.KEY_REGION, id="region"),
        Binding("i", "import", texts.KEY_IMPORT, id="import"),
    ]
    DEFAULT_CSS = """
    #scans { height: 1fr; padding: 0 1; }
    #scan-names { height: 1fr; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.groups: list[Named] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="scans"):
            yield Static(texts.SCANS_INTRO, id="scans-intro", classes="band-explanation")
            yield OptionList(id="scan-names")
        yield AppFooter()

    def on_mount(self) -> None:
        self.sub_title = texts.SCANS_SUB_TITLE
        self.refresh_scans()
        self.query_one(OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_scans()

    def refresh_scans(self) -> None:
        from adviseur.session.history import list_scans
        from adviseur.store import Store, StoreError

        try:
            self.groups = named_scans(list_scans(Store()))
        except StoreError as exc:
            self.groups = []
            self.notify(str(exc), title=texts.SCANS_UNREADABLE_TITLE, severity="error", timeout=10)
        menu = self.query_one(OptionList)
        highlighted = menu.highlighted
        menu.clear_options()
        menu.add_options([_option(i, g) for i, g in enumerate(self.groups)])
        self.query_one("#scans-intro", Static).update(texts.SCANS_INTRO if self.groups else texts.NO_SCANS)
        if self.groups:
            menu.highlighted = min(highlighted or 0, len(self.groups) - 1)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "region":
            return sum(1 for g in self.groups if g.own) >= 2
        return True

    @on(OptionList.OptionSelected, "#scan-names")
    def _open(self, event: OptionList.OptionSelected) -> None:
        group = self.groups[int(event.option.id or 0)]
        if group.own:
            from adviseur.tui.screens.timeline import TimelineScreen

            self.app.push_screen(TimelineScreen(group.flow_id, group.label))
        else:
            from adviseur.tui.screens.together import CombinedScreen

            self.app.push_screen(CombinedScreen(group.flow_id, group.label))

    def action_region(self) -> None:
        from adviseur.tui.screens.together import RegionPickScreen

        flows = {g.flow_id for g in self.groups if g.own}
        flow = "zelfscan" if "zelfscan" in flows else sorted(flows)[0]
        self.app.push_screen(RegionPickScreen(flow, [g.label for g in self.groups if g.own and g.flow_id == flow]))

    def action_import(self) -> None:
        def chosen(path: str | None) -> None:
            if path:
                self._import(path)

        self.app.push_screen(PathScreen(texts.IMPORT_QUESTION), chosen)

    def _import(self, path: str) -> None:
        from pathlib import Path

        from adviseur.errors import AdviseurError
        from adviseur.session.sharing import import_shared
        from adviseur.store import Store

        try:
            done = import_shared(Path(path).expanduser(), Store())
        except AdviseurError as exc:
            self.notify(str(exc), title=texts.NOT_IMPORTED, severity="error", timeout=15)
            return
        self.notify("\n".join(done.messages) or texts.NOTHING_FOUND, title=texts.IMPORT_TITLE, timeout=10)
        self.refresh_scans()
