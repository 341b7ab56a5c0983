"""`adviseur serve`: the same Textual app in a browser, for a training room.

textual-serve runs a small web server; every browser tab that opens the page gets its own app
process (`python -m adviseur app`, with this interpreter), so trainees do not share a session.
The server itself needs no textual: only the app processes it starts import it.

One person per tab:
- Each tab's app gets its own data folder (`<data>/serve/<run>/<tab>`, 0700): a tab never sees,
  resumes or overwrites another tab's sessions. The page hands each tab an id signed with a
  secret of this server run; the tab keeps it in its sessionStorage, so a reload resumes the
  same session, and a forged or old id simply gets a fresh folder. Everything under
  `<data>/serve/<run>` is removed when the server stops: no trainee's answers stay behind.
- The number of tabs is limited (`--max-tabs`), and the terminal size a browser asks for is
  clamped (a 20000x20000 terminal left a 2 GB process).
- A closed tab's app is asked to quit, then terminated, then killed (its own process group),
  each after a grace period: nothing survives a closed tab.

Safety, because there is no login:
- It binds to 127.0.0.1 unless the trainer asks for another address with `--allow-remote`; then a
  warning says that anyone who can reach the address can use the app.
- Every request (page, websocket, static files, downloads) must name this server as its Host:
  a loopback name, an IP address (only with `--allow-remote`), the `--public-url` host or a name
  given with `--allowed-host`. Any other name is refused, which stops DNS rebinding, also with
  `--allow-remote`. A browser's websocket must also come from the page's own origin, so another
  website open in the same browser cannot drive the app (cross-site websocket hijacking).
- Static files are served without directory listings.
- The page is our own copy of textual-serve's page: Dutch texts and no web fonts fetched from
  Google, so a trainee's browser talks to nobody but this server.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hashlib
import hmac
import html
import ipaddress
import logging
import os
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from string import Template
from typing import Any

from adviseur.errors import AdviseurError
from adviseur.tui import texts

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
PAGE_TITLE = texts.TITLE
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
WILDCARD_HOSTS = frozenset({"0.0.0.0", "::", ""})
DEFAULT_MAX_TABS = 30
"""A training room; each tab is an app process of about 60-100 MB."""
MIN_SIZE, MAX_SIZE = (20, 8), (400, 150)
"""Terminal columns and rows a tab may ask for (a large monitor at a small font is about 300x90)."""
STOP_GRACE = 5.0
"""Seconds a closed tab's app gets to quit, and then to end after SIGTERM, before SIGKILL."""

MSG_REMOTE_WARNING = texts.MSG_REMOTE_WARNING
"""What `check_bind` returns for a remote address that is allowed (the command line prints it)."""


class ServeError(AdviseurError):
    """A setting or situation that stops the server from starting; the message is for the user."""


@dataclass(frozen=True)
class TrainingRoom:
    """The room every tab takes part in (`--room`): its folder, and what to tell the trainer at start."""

    folder: Path
    notice: str


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
        raise ServeError(texts.MSG_BAD_PORT.format(port=port))
    if not host or any(c.isspace() for c in host) or "/" in host:
        raise ServeError(texts.MSG_BAD_HOST.format(host=host))
    if is_loopback(host):
        return None
    if not allow_remote:
        raise ServeError(texts.MSG_REMOTE_REFUSED.format(default=DEFAULT_HOST, host=host))
    return MSG_REMOTE_WARNING


def app_argv() -> list[str]:
    """What runs for each browser tab: this interpreter, this package, so a venv or a wheel
    install serves itself. Started directly, not through a shell, in its own process group."""
    return [sys.executable, "-m", "adviseur", "app"]


def app_command() -> str:
    """`app_argv` as one command line (for messages and textual-serve's own bookkeeping)."""
    quote = subprocess.list2cmdline if os.name == "nt" else shlex.join
    return quote(app_argv())


def display_url(host: str, port: int) -> str:
    shown = "localhost" if host in WILDCARD_HOSTS else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}"


def clamp_size(width: int, height: int) -> tuple[int, int]:
    """The terminal size a tab gets, whatever its browser asks for."""
    return (min(max(width, MIN_SIZE[0]), MAX_SIZE[0]), min(max(height, MIN_SIZE[1]), MAX_SIZE[1]))


def host_name(value: str) -> str | None:
    """A host as given to --allowed-host ('training.local', '10.0.0.5', '[::1]'), normalised,
    or None when it is not a bare name or address."""
    name = value.strip().lower()
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    if not name or any(c in name for c in "/@ \t") or (":" in name and not _is_ip(name)):
        return None
    return name


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


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


class TabKeys:
    """Signed tab ids: the server hands one to each page; a tab that comes back with one (after
    a reload) gets its own folder again, and nobody can name another tab's folder."""

    def __init__(self) -> None:
        self._secret = secrets.token_bytes(32)

    def issue(self) -> str:
        tab = secrets.token_hex(16)
        return f"{tab}.{self._sign(tab)}"

    def verify(self, token: str) -> str | None:
        tab, _, signature = token.partition(".")
        if len(tab) != 32 or not all(c in "0123456789abcdef" for c in tab):
            return None
        return tab if hmac.compare_digest(signature, self._sign(tab)) else None

    def _sign(self, tab: str) -> str:
        return hmac.new(self._secret, tab.encode("ascii"), hashlib.sha256).hexdigest()[:32]


async def end_process(process: Any, grace: float = STOP_GRACE) -> None:
    """End an app process and its process group: SIGTERM, then SIGKILL, each after `grace`."""
    if process is None or process.returncode is not None:
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except (ProcessLookupError, PermissionError):
            return
        try:
            await asyncio.wait_for(process.wait(), grace)
            return
        except TimeoutError:
            continue


def build_server(
    host: str,
    port: int,
    *,
    allow_remote: bool = False,
    public_url: str | None = None,
    allowed_hosts: tuple[str, ...] = (),
    max_tabs: int = DEFAULT_MAX_TABS,
    data_root: Path | None = None,
    room: TrainingRoom | None = None,
) -> Any:
    """A textual-serve server with our page, our Host/Origin checks, one data folder per tab,
    a tab limit and Dutch console output. With `room`, every tab's app takes part in it."""
    from aiohttp import WSMsgType, web
    from textual_serve.app_service import AppService
    from textual_serve.server import Server

    page = _page_template()
    public_origin = _origin_of(public_url) if public_url is not None else None
    if public_url is not None and (public_origin is None or public_origin[0] not in ("http", "https")):
        raise ServeError(texts.MSG_BAD_PUBLIC_URL)
    if max_tabs < 1:
        raise ServeError(texts.MSG_BAD_MAX_TABS)
    names: set[str] = set()
    for given in allowed_hosts:
        name = host_name(given)
        if name is None:
            raise ServeError(texts.MSG_BAD_ALLOWED_HOST.format(host=given))
        names.add(name)
    if public_origin is not None:
        names.add(public_origin[1])
    bound = host_name(host)
    if bound is not None and bound not in WILDCARD_HOSTS and not _is_ip(bound):
        names.add(bound)  # a server bound to a name answers to that name
    fixed_base = public_url.rstrip("/") if public_url else None
    keys = TabKeys()
    if data_root is None:
        from adviseur.locations import data_dir

        data_root = data_dir()
    run_dir = Path(data_root) / "serve" / secrets.token_hex(8)
    log = logging.getLogger("textual-serve")

    def announce() -> None:
        print(texts.MSG_RUNNING.format(url=fixed_base or display_url(host, port)), flush=True)
        if fixed_base is None and host in WILDCARD_HOSTS:
            print(texts.MSG_ALL_ADDRESSES.format(port=port), flush=True)
        if room is not None:
            print(room.notice, flush=True)

    def host_allowed(request: web.Request) -> bool:
        try:
            name = (request.url.host or "").lower().strip("[]")
        except (ValueError, TypeError):
            return False
        if is_loopback(name) or name in names:
            return True
        # an address typed by a participant: never the name a DNS-rebinding page has
        return allow_remote and _is_ip(name)

    class TabService(AppService):
        """One tab's app: its own data folder, a clamped terminal, and a stop that ends the
        process even when it does not listen (its own process group, SIGTERM, then SIGKILL)."""

        def __init__(self, *args: Any, data_dir: Path, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.data_dir = data_dir

        def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
            from adviseur.locations import DATA_ENV, ROOM_ENV

            environment = super()._build_environment(*clamp_size(width, height))
            environment[DATA_ENV] = str(self.data_dir)
            if room is not None:
                environment[ROOM_ENV] = str(room.folder)
            return environment

        async def _open_app_process(self, width: int = 80, height: int = 24) -> Any:
            environment = self._build_environment(width=width, height=height)
            self._process = process = await asyncio.create_subprocess_exec(
                *app_argv(),
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
                env=environment,
                start_new_session=True,
            )
            self._stdin = process.stdin
            return process

        async def set_terminal_size(self, width: int, height: int) -> None:
            await super().set_terminal_size(*clamp_size(width, height))

        async def stop(self) -> None:
            process = self._process
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(super().stop(), STOP_GRACE)
            await end_process(process)

    class AdviseurServer(Server):
        """textual-serve's server, with the checks above and our own page."""

        tabs: set[str]
        services: set[Any]

        def initialize_logging(self) -> None:
            """Only problems, in one line each: textual-serve logs every connection in English and
            prints tracebacks with local variables, which is noise (or worse) on a trainer's screen."""
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("%(message)s"))
            log.handlers[:] = [handler]
            log.propagate = False
            log.setLevel(logging.DEBUG if self.debug else logging.WARNING)

        async def on_startup(self, app: web.Application) -> None:
            """textual-serve prints its banner here, before the port is bound; we print after."""

        async def on_shutdown(self, app: web.Application) -> None:
            """End every tab's app before the event loop closes, then remove the tabs' data."""
            await asyncio.gather(*(service.stop() for service in list(self.services)), return_exceptions=True)
            shutil.rmtree(run_dir, ignore_errors=True)

        async def _make_app(self) -> web.Application:
            @web.middleware
            async def only_this_host(request: web.Request, handler: Any) -> web.StreamResponse:
                if not host_allowed(request):
                    raise web.HTTPForbidden(text=texts.MSG_FORBIDDEN_HOST.format(host=html.escape(request.host[:100])))
                return await handler(request)

            app = web.Application(middlewares=[only_this_host])
            app.add_routes(
                [
                    web.get("/", self.handle_index, name="index"),
                    web.get("/ws", self.handle_websocket, name="websocket"),
                    web.get("/ws/{tab}", self.handle_websocket, name="tab"),
                    web.get("/download/{key}", self.handle_download, name="download"),
                    web.static("/static", self.statics_path, show_index=False, name="static"),
                ]
            )
            app.on_startup.append(self.on_startup)
            app.on_shutdown.append(self.on_shutdown)
            return app

        def serve(self, debug: bool = False) -> None:
            """textual-serve's `serve`, with our message once the port is really open."""
            self.debug = debug
            self.initialize_logging()
            loop = asyncio.new_event_loop()
            with contextlib.suppress(NotImplementedError):  # no signal handlers on Windows
                loop.add_signal_handler(signal.SIGINT, self.request_exit)
                loop.add_signal_handler(signal.SIGTERM, self.request_exit)
            try:
                web.run_app(
                    self._make_app(),
                    host=self.host,
                    port=self.port,
                    handle_signals=False,
                    loop=loop,
                    access_log=None,
                    print=lambda *_: announce(),
                )
            finally:
                shutil.rmtree(run_dir, ignore_errors=True)

        def _base_url(self, request: web.Request) -> str:
            return fixed_base or f"{request.scheme}://{request.host}"

        def _trusted(self, request: web.Request) -> bool:
            if not host_allowed(request):
                return False
            origin = request.headers.get("Origin")
            if origin is None:
                return True  # not sent by a page in a browser: no cross-site risk
            own = {_origin_of(f"{request.scheme}://{request.host}")}
            if fixed_base:
                own.add(_origin_of(fixed_base))
            return _origin_of(origin) in own

        async def handle_index(self, request: web.Request) -> web.StreamResponse:
            if not self._trusted(request):
                raise web.HTTPForbidden(text=texts.MSG_FORBIDDEN)
            if len(self.services) >= max_tabs:
                raise web.HTTPServiceUnavailable(text=texts.MSG_TOO_MANY_TABS.format(max=max_tabs))
            base = self._base_url(request)
            ws_base = "wss" + base[5:] if base.startswith("https") else "ws" + base[4:]
            font_size = _font_size(request.query.get("fontsize", "16"))
            body = page.substitute(
                title=html.escape(PAGE_TITLE),
                static_url=html.escape(f"{base}/static/", quote=True),
                websocket_url=html.escape(f"{ws_base}/ws", quote=True),
                font_size=font_size,
                tab=keys.issue(),
            )
            return web.Response(text=body, content_type="text/html", charset="utf-8")

        def _tab_folder(self, token: str) -> tuple[str, Path]:
            """The tab's own folder: the one its signed id names, unless that tab is open
            already (a duplicated browser tab) or the id is not ours; then a fresh one."""
            tab = keys.verify(token)
            if tab is None or tab in self.tabs:
                tab = secrets.token_hex(16)
            from adviseur.store.atomic import make_dirs

            return tab, make_dirs(run_dir / tab)

        async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
            if not self._trusted(request):
                raise web.HTTPForbidden(text=texts.MSG_FORBIDDEN)
            if len(self.services) >= max_tabs:
                log.warning(texts.MSG_TAB_REFUSED.format(max=max_tabs))
                raise web.HTTPServiceUnavailable(text=texts.MSG_TOO_MANY_TABS.format(max=max_tabs))
            try:
                tab, folder = self._tab_folder(request.match_info.get("tab", ""))
            except OSError as exc:
                log.warning(texts.MSG_TAB_ERROR.format(error=exc))
                raise web.HTTPServiceUnavailable(text=texts.MSG_TAB_ERROR.format(error=texts.DATA_FOLDER_UNUSABLE)) from None
            width, height = clamp_size(_int(request.query.get("width"), 80), _int(request.query.get("height"), 24))
            websocket = web.WebSocketResponse(heartbeat=15)
            service = TabService(
                app_command(),
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,
                download_manager=self.download_manager,
                debug=self.debug,
                data_dir=folder,
            )
            self.tabs.add(tab)
            self.services.add(service)
            try:
                await websocket.prepare(request)
                await service.start(width, height)
                await self._process_messages(websocket, service)
            except asyncio.CancelledError:
                await websocket.close()
            except Exception as error:  # noqa: BLE001 - one tab's failure must not stop the server
                log.warning(texts.MSG_TAB_ERROR.format(error=error))
            finally:
                await service.stop()
                self.services.discard(service)
                self.tabs.discard(tab)
            return websocket

        async def _process_messages(self, websocket: web.WebSocketResponse, app_service: Any) -> None:
            """textual-serve's message loop, ignoring what a page of ours would never send
            (instead of a traceback per malformed message)."""
            async for message in websocket:
                if message.type != WSMsgType.TEXT:
                    continue
                try:
                    kind, data = message.json()
                except (ValueError, TypeError):
                    continue
                if kind == "stdin" and isinstance(data, str):
                    await app_service.send_bytes(data.encode("utf-8"))
                elif kind == "resize" and isinstance(data, dict):
                    await app_service.set_terminal_size(_int(data.get("width"), 80), _int(data.get("height"), 24))
                elif kind == "ping":
                    await websocket.send_json(["pong", data])
                elif kind == "blur":
                    await app_service.blur()
                elif kind == "focus":
                    await app_service.focus()

    server = AdviseurServer(app_command(), host=host, port=port, title=PAGE_TITLE, public_url=public_url)
    server.tabs = set()
    server.services = set()
    server.console.quiet = True  # textual-serve's own banner is English; on_startup prints ours
    return server


def _int(value: Any, default: int) -> int:
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    try:
        return int(str(value)[:12])
    except (TypeError, ValueError):
        return default


def _font_size(value: str) -> int:
    try:
        size = int(value[:6])
    except ValueError:
        return 16
    return min(max(size, 8), 40)


def serve(
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    allow_remote: bool = False,
    public_url: str | None = None,
    allowed_hosts: tuple[str, ...] = (),
    max_tabs: int = DEFAULT_MAX_TABS,
    room: Callable[[], TrainingRoom] | None = None,
) -> int:
    """Run the web server until Ctrl+C. Raises ServeError for settings that cannot work. `room`
    makes the training room once the address is found usable (and raises its own AdviseurError)."""
    warning = check_bind(host, port, allow_remote)
    if warning:
        print(warning, file=sys.stderr, flush=True)
    training_room = room() if room is not None else None
    try:
        server = build_server(
            host,
            port,
            allow_remote=allow_remote,
            public_url=public_url,
            allowed_hosts=allowed_hosts,
            max_tabs=max_tabs,
            room=training_room,
        )
    except OSError as exc:  # the data folder
        from adviseur.oserrors import os_reason

        raise ServeError(texts.DATA_FOLDER_BROKEN.format(reason=os_reason(exc))) from None
    try:
        server.serve()
    except OSError as exc:
        raise ServeError(_bind_message(exc, host, port)) from None
    print(texts.MSG_STOPPED, file=sys.stderr)
    return 0


def _bind_message(exc: OSError, host: str, port: int) -> str:
    if exc.errno == errno.EADDRINUSE:
        return texts.MSG_PORT_IN_USE.format(port=port, other=port + 1 if port < 65535 else port - 1)
    if exc.errno == errno.EACCES:
        return texts.MSG_NO_PERMISSION.format(port=port)
    if isinstance(exc, socket.gaierror):
        return texts.MSG_UNKNOWN_HOST.format(host=host)
    if exc.errno == errno.EADDRNOTAVAIL:
        return texts.MSG_NOT_THIS_HOST.format(host=host)
    return texts.MSG_BIND_FAILED.format(host=host, port=port, reason=exc.strerror or exc)
