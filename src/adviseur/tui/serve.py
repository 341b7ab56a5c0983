"""`adviseur serve`: the same Textual app in a browser, for a training room.

textual-serve runs a small web server; every browser tab that opens the page gets its own app
process (`python -m adviseur app`, with this interpreter), so trainees do not share a session.
The server itself needs no textual: only the app processes it starts import it.

Safety, because there is no login:
- It binds to 127.0.0.1 unless the trainer asks for another address with `--allow-remote`; then a
  warning says that anyone who can reach the address can use the app.
- The page and the websocket only answer requests whose Host is this server (a loopback name
  unless remote access was allowed), which stops DNS rebinding; and a browser's websocket must
  come from the page's own origin, so another website open in the same browser cannot drive the
  app (cross-site websocket hijacking).
- The page is our own copy of textual-serve's page: Dutch texts and no web fonts fetched from
  Google, so a trainee's browser talks to nobody but this server.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import html
import ipaddress
import logging
import os
import shlex
import signal
import socket
import subprocess
import sys
from importlib.resources import files
from string import Template
from typing import Any

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
PAGE_TITLE = "Adviseur"
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
WILDCARD_HOSTS = frozenset({"0.0.0.0", "::", ""})

# --- Dutch messages ---------------------------------------------------------------------------------
MSG_REMOTE_REFUSED = (
    "Adviseur luistert standaard alleen op deze computer ({default}). Het adres '{host}' is van buiten "
    "bereikbaar; start met --allow-remote als dat de bedoeling is (er is dan géén wachtwoord)."
)
MSG_REMOTE_WARNING = (
    "Let op: de app is nu bereikbaar voor iedereen die deze computer via het netwerk kan bereiken. Er is "
    "geen wachtwoord of andere toegangscontrole. Gebruik dit alleen in een vertrouwd netwerk en stop de "
    "server (Ctrl+C) na de training."
)
MSG_BAD_PORT = "Poort {port} bestaat niet: kies een poort van 1 tot en met 65535."
MSG_BAD_HOST = "'{host}' is geen geldig adres of computernaam."
MSG_BAD_PUBLIC_URL = "--public-url moet beginnen met http:// of https://, bijvoorbeeld http://10.0.0.5:8000."
MSG_PORT_IN_USE = "Poort {port} is al in gebruik. Kies een andere poort met --port, bijvoorbeeld --port {other}."
MSG_NO_PERMISSION = "Geen toestemming om poort {port} te gebruiken; poorten onder 1024 vragen beheerdersrechten."
MSG_NOT_THIS_HOST = "Het adres '{host}' hoort niet bij deze computer."
MSG_UNKNOWN_HOST = "De computernaam '{host}' is onbekend; controleer de naam of gebruik een IP-adres."
MSG_BIND_FAILED = "De webserver kon niet starten op {host}:{port}: {reason}"
MSG_RUNNING = (
    "Adviseur draait in de browser op {url}\n"
    "Elk tabblad is een eigen sessie. Stoppen: Ctrl+C."
)
MSG_ALL_ADDRESSES = "Deelnemers openen http://<IP-adres van deze computer>:{port}"
MSG_STOPPED = "Server gestopt."
MSG_FORBIDDEN = "Deze aanvraag is geweigerd: ze komt niet van de pagina van deze server."


class ServeError(Exception):
    """A setting or situation that stops the server from starting; the message is for the user."""


def is_loopback(host: str) -> bool:
    """True for names and addresses that only this computer can reach."""
    name = host.strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_bind(host: str, port: int, allow_remote: bool) -> str | None:
    """Refuse unsafe or impossible settings; return the warning to print, if any."""
    if not 1 <= port <= 65535:
        raise ServeError(MSG_BAD_PORT.format(port=port))
    if not host or any(c.isspace() for c in host) or "/" in host:
        raise ServeError(MSG_BAD_HOST.format(host=host))
    if is_loopback(host):
        return None
    if not allow_remote:
        raise ServeError(MSG_REMOTE_REFUSED.format(default=DEFAULT_HOST, host=host))
    return MSG_REMOTE_WARNING


def app_command() -> str:
    """The command textual-serve runs (through the shell) for each browser tab: this interpreter,
    this package, so a venv or a wheel install serves itself."""
    quote = subprocess.list2cmdline if os.name == "nt" else shlex.join
    return quote([sys.executable, "-m", "adviseur", "app"])


def display_url(host: str, port: int) -> str:
    shown = "localhost" if host in WILDCARD_HOSTS else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}"


def _origin_of(url: str) -> tuple[str, str, int | None] | None:
    from yarl import URL

    try:
        parsed = URL(url)
    except (ValueError, TypeError):
        return None
    if not parsed.scheme or not parsed.host:
        return None
    return parsed.scheme, parsed.host.lower(), parsed.port


def _page_template() -> Template:
    return Template(files("adviseur.tui").joinpath("serve_page.html").read_text(encoding="utf-8"))


def build_server(host: str, port: int, *, allow_remote: bool = False, public_url: str | None = None) -> Any:
    """A textual-serve server with our page, our Host/Origin checks and Dutch console output."""
    from aiohttp import web
    from textual_serve.server import Server

    page = _page_template()
    public_origin = _origin_of(public_url) if public_url is not None else None
    if public_url is not None and (public_origin is None or public_origin[0] not in ("http", "https")):
        raise ServeError(MSG_BAD_PUBLIC_URL)
    fixed_base = public_url.rstrip("/") if public_url else None

    def announce() -> None:
        print(MSG_RUNNING.format(url=fixed_base or display_url(host, port)), flush=True)
        if fixed_base is None and host in WILDCARD_HOSTS:
            print(MSG_ALL_ADDRESSES.format(port=port), flush=True)

    class AdviseurServer(Server):
        """textual-serve's server, with the checks above and our own page."""

        def initialize_logging(self) -> None:
            # textual-serve logs every connection in English at INFO; a trainer needs only problems.
            super().initialize_logging()
            logging.getLogger("textual-serve").setLevel(logging.DEBUG if self.debug else logging.WARNING)

        async def on_startup(self, app: web.Application) -> None:
            """textual-serve prints its banner here, before the port is bound; we print after."""

        def serve(self, debug: bool = False) -> None:
            """textual-serve's `serve`, with our message once the port is really open."""
            self.debug = debug
            self.initialize_logging()
            loop = asyncio.new_event_loop()
            with contextlib.suppress(NotImplementedError):  # no signal handlers on Windows
                loop.add_signal_handler(signal.SIGINT, self.request_exit)
                loop.add_signal_handler(signal.SIGTERM, self.request_exit)
            web.run_app(
                self._make_app(),
                host=self.host,
                port=self.port,
                handle_signals=False,
                loop=loop,
                access_log=None,
                print=lambda *_: announce(),
            )

        def _base_url(self, request: web.Request) -> str:
            return fixed_base or f"{request.scheme}://{request.host}"

        def _trusted(self, request: web.Request) -> bool:
            request_host = (request.url.host or "").lower()
            if not allow_remote and not is_loopback(request_host) and request_host != (public_origin or ("", "", None))[1]:
                return False
            origin = request.headers.get("Origin")
            if origin is None:
                return True  # not sent by a page in a browser: no cross-site risk
            own = {_origin_of(f"{request.scheme}://{request.host}")}
            if fixed_base:
                own.add(_origin_of(fixed_base))
            return _origin_of(origin) in own

        async def handle_index(self, request: web.Request) -> web.StreamResponse:  # type: ignore[override]
            if not self._trusted(request):
                raise web.HTTPForbidden(text=MSG_FORBIDDEN)
            base = self._base_url(request)
            ws_base = "wss" + base[5:] if base.startswith("https") else "ws" + base[4:]
            font_size = _font_size(request.query.get("fontsize", "16"))
            body = page.substitute(
                title=html.escape(PAGE_TITLE),
                static_url=html.escape(f"{base}/static/", quote=True),
                websocket_url=html.escape(f"{ws_base}/ws", quote=True),
                font_size=font_size,
            )
            return web.Response(text=body, content_type="text/html", charset="utf-8")

        async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
            if not self._trusted(request):
                raise web.HTTPForbidden(text=MSG_FORBIDDEN)
            return await super().handle_websocket(request)

    server = AdviseurServer(app_command(), host=host, port=port, title=PAGE_TITLE, public_url=public_url)
    server.console.quiet = True  # textual-serve's own banner is English; on_startup prints ours
    return server


def _font_size(value: str) -> int:
    try:
        size = int(value)
    except ValueError:
        return 16
    return min(max(size, 8), 40)


def serve(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, allow_remote: bool = False, public_url: str | None = None) -> int:
    """Run the web server until Ctrl+C. Raises ServeError for settings that cannot work."""
    warning = check_bind(host, port, allow_remote)
    if warning:
        print(warning, file=sys.stderr, flush=True)
    server = build_server(host, port, allow_remote=allow_remote, public_url=public_url)
    try:
        server.serve()
    except OSError as exc:
        raise ServeError(_bind_message(exc, host, port)) from None
    print(MSG_STOPPED, file=sys.stderr)
    return 0


def _bind_message(exc: OSError, host: str, port: int) -> str:
    if exc.errno == errno.EADDRINUSE:
        return MSG_PORT_IN_USE.format(port=port, other=port + 1 if port < 65535 else port - 1)
    if exc.errno == errno.EACCES:
        return MSG_NO_PERMISSION.format(port=port)
    if isinstance(exc, socket.gaierror):
        return MSG_UNKNOWN_HOST.format(host=host)
    if exc.errno == errno.EADDRNOTAVAIL:
        return MSG_NOT_THIS_HOST.format(host=host)
    return MSG_BIND_FAILED.format(host=host, port=port, reason=exc.strerror or exc)
