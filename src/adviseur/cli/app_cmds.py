"""Starting the Textual app, in the terminal or (for a training room) in a browser."""

from __future__ import annotations

import argparse
import sys

from adviseur.cli.output import positive_int

SERVE_DESCRIPTION = (
    "Start de app in de browser, bijvoorbeeld voor een training: open het getoonde adres. Elk "
    "tabblad is een eigen sessie met een eigen gegevensmap: een tabblad ziet nooit de antwoorden van "
    "een ander, en alles wordt gewist als de server stopt. Standaard alleen bereikbaar vanaf deze computer."
)


def register(sub: argparse._SubParsersAction) -> None:
    app = sub.add_parser("app", help="start de app in de terminal (standaard)")
    app.set_defaults(handler=run_app)

    serve = sub.add_parser("serve", help="start de app in de browser (voor een trainingsruimte)", description=SERVE_DESCRIPTION)
    serve.add_argument("--host", default="127.0.0.1", help="adres om op te luisteren (standaard 127.0.0.1: alleen deze computer)")
    serve.add_argument("--port", type=_port, default=8000, help="poort (standaard 8000)")
    serve.add_argument(
        "--allow-remote",
        action="store_true",
        help="sta een adres toe dat van buiten bereikbaar is, zoals 0.0.0.0; er is géén wachtwoord",
    )
    serve.add_argument(
        "--public-url",
        metavar="URL",
        help="het adres waarmee deelnemers de pagina openen, als dat anders is (bijv. http://10.0.0.5:8000)",
    )
    serve.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAAM",
        help=(
            "een computernaam waarmee deelnemers de pagina openen (bijv. training.local); mag vaker. "
            "IP-adressen en --public-url zijn al toegestaan, andere namen worden geweigerd"
        ),
    )
    serve.add_argument(
        "--max-tabs",
        type=positive_int,
        default=None,
        metavar="AANTAL",
        help="hoeveel tabbladen tegelijk open mogen zijn (standaard 30; elk tabblad is een eigen proces)",
    )
    serve.set_defaults(handler=run_serve)


def _port(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen poortnummer") from None



def run_app(args: argparse.Namespace) -> int:
    from adviseur.tui.app import run

    return run()


def run_serve(args: argparse.Namespace) -> int:
    from adviseur.tui.serve import DEFAULT_MAX_TABS, ServeError, serve

    try:
        return serve(
            args.host,
            args.port,
            allow_remote=args.allow_remote,
            public_url=args.public_url,
            allowed_hosts=tuple(args.allowed_host),
            max_tabs=args.max_tabs or DEFAULT_MAX_TABS,
        )
    except ServeError as exc:
        print(str(exc), file=sys.stderr)
        return 2
