"""What screens, widgets and palette providers may ask of the app that hosts them.

Screens reach the app through this protocol instead of importing `AdviseurApp` or the
navigation glue: the app imports the screens (to push them), so a screen importing either back
would close a circle. The protocol also types `self.app`, which Textual only knows as `App`, and
lets a test host a single screen in a small app that provides just these members.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from adviseur.tui import texts

if TYPE_CHECKING:
    from textual.app import App

    from adviseur.session.start import SessionSummary
    from adviseur.tui.services import Services


@runtime_checkable
class Host(Protocol):
    @property
    def services(self) -> Services | None:
        """The knowledge base and search index; None until loading has finished."""
        ...

    async def wait_for_services(self) -> Services:
        """Returns once the knowledge base and search index are loaded."""
        ...

    def open_record(self, record_id: str) -> None:
        """Show a record's full card."""
        ...

    def start_flow(self, flow_id: str) -> None:
        """Start a conversation with a fresh engine (autosaved when the data folder allows)."""
        ...

    def open_way_in(self, way: str) -> None:
        """Follow a choice of the start menu ('search', 'training', 'sessions', 'flow:<id>', 'resume:<id>')."""
        ...

    def kept_sessions(self) -> list[SessionSummary]:
        """The kept sessions that can be opened, most recent first (damaged files reported)."""
        ...

    def delete_session(self, session_id: str) -> bool:
        """Delete a kept session for good; False when it was gone or the disk refused (then said)."""
        ...

    def action_open_search(self, query: str = "") -> None:
        """Open the search screen (unless it is showing already)."""
        ...


def as_host(app: App[Any]) -> Host:
    """`app` as the Adviseur host; a TypeError (a programming error) when it is not one."""
    if not isinstance(app, Host):
        raise TypeError(texts.NOT_A_HOST.format(app=type(app).__name__))
    return app
