"""Starting the Textual app, in the terminal or (for a training room) in a browser."""

from __future__ import annotations

import argparse
import sys

SERVE_DESCRIPTION = (
    "Start de app in de browser, bijvoorbeeld voor een training: open het getoonde adres; elk "
    "tabblad is een eigen sessie. Standaard alleen bereikbaar vanaf deze computer."
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
    from adviseur.tui.serve import ServeError, serve

    try:
        return serve(args.host, args.port, allow_remote=args.allow_remote, public_url=args.public_url)
    except ServeError as exc:
        print(str(exc), file=sys.stderr)
        return 2
