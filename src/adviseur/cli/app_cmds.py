"""Starting the Textual app, in the terminal or (for a training room) in a browser."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from adviseur.cli import texts
from adviseur.cli.output import positive_int

if TYPE_CHECKING:
    from adviseur.tui.serve import TrainingRoom

SERVE_DESCRIPTION = (
    "Start de app in de browser, bijvoorbeeld voor een training: open het getoonde adres. Elk "
    "tabblad is een eigen sessie met een eigen gegevensmap: een tabblad ziet nooit de antwoorden van "
    "een ander, en alles wordt gewist als de server stopt. Standaard alleen bereikbaar vanaf deze computer."
)


def register(sub: argparse._SubParsersAction) -> None:
    app = sub.add_parser("app", help="start de app in de terminal (standaard)")
    app.add_argument(
        "--room",
        metavar="NAAM",
        help=(
            "doe mee in de trainingsruimte die 'adviseur serve --room NAAM' op deze computer maakte "
            "(of open daar het trainersoverzicht)"
        ),
    )
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
    _room_options(serve)
    serve.set_defaults(handler=run_serve)


def _room_options(serve: argparse.ArgumentParser) -> None:
    room = serve.add_argument_group("trainingsruimte (de trainer ziet per vraag hoe de groep antwoordde)")
    room.add_argument(
        "--room",
        nargs="?",
        const="",
        metavar="NAAM",
        help=(
            "alle tabbladen doen mee in deze ruimte; zonder naam wordt een code gemaakt. Bij de start "
            "verschijnt de trainerssleutel"
        ),
    )
    room.add_argument(
        "--oefening",
        action="append",
        default=[],
        metavar="ID_OF_BESTAND",
        help="een oefening voor de ruimte: een trainings-id (zie 'adviseur flows') of een eigen casusbestand (.yaml); mag vaker. "
        "Standaard: alle trainingen",
    )
    room.add_argument(
        "--casus",
        action="append",
        default=[],
        metavar="ID",
        help="alleen deze casussen van de casusoefeningen (bijv. --casus huur --casus geweld); mag vaker",
    )
    room.add_argument(
        "--room-days",
        type=_days,
        default=None,
        metavar="DAGEN",
        help="na hoeveel dagen de antwoorden in de ruimte worden verwijderd (standaard 7, of ADVISEUR_ROOM_DAYS)",
    )


def _days(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen aantal dagen") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("moet groter zijn dan 0")
    return value


def _port(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen poortnummer") from None



def run_app(args: argparse.Namespace) -> int:
    room = getattr(args, "room", None)  # `adviseur` without a command has no options
    if room is not None:
        import os

        from adviseur.locations import ROOM_ENV
        from adviseur.rooms.room import RoomError, find_room

        try:
            os.environ[ROOM_ENV] = str(find_room(room).folder)
        except (RoomError, OSError) as exc:
            print(exc if isinstance(exc, RoomError) else texts.DATA_FOLDER_UNUSABLE.format(error=exc), file=sys.stderr)
            return 2
    import gc

    paused = gc.isenabled()
    gc.disable()  # until the first screen is painted (see adviseur.tui.app.run)
    try:
        from adviseur.tui.app import run

        return run(gc_paused=paused)
    finally:
        if paused:
            gc.enable()


def run_serve(args: argparse.Namespace) -> int:
    from adviseur.errors import AdviseurError
    from adviseur.tui.serve import DEFAULT_MAX_TABS, serve

    if args.room is None and (args.oefening or args.casus or args.room_days is not None):
        print(texts.ROOM_OPTIONS_NEED_A_ROOM, file=sys.stderr)
        return 2
    try:
        return serve(
            args.host,
            args.port,
            allow_remote=args.allow_remote,
            public_url=args.public_url,
            allowed_hosts=tuple(args.allowed_host),
            max_tabs=args.max_tabs or DEFAULT_MAX_TABS,
            room=(lambda: _make_room(args)) if args.room is not None else None,
        )
    except AdviseurError as exc:  # ServeError, and RoomError for the room's name, exercises or folder
        print(str(exc), file=sys.stderr)
        return 2


def _make_room(args: argparse.Namespace) -> TrainingRoom:
    """The training room of `serve --room`: its exercises checked, its folder made, its key issued."""
    from adviseur.locations import rooms_dir
    from adviseur.oserrors import os_reason
    from adviseur.rooms.exercises import plan_exercises
    from adviseur.rooms.room import RoomError, create_room, new_code, room_notice
    from adviseur.tui.serve import TrainingRoom

    exercises, files = plan_exercises(args.oefening, args.casus)
    try:
        folder = rooms_dir()
    except OSError as exc:
        raise RoomError(f"De gegevensmap is niet bruikbaar: {os_reason(exc)}") from None
    room, key = create_room(folder, args.room.strip() or new_code(), exercises, case_files=files, days=args.room_days)
    return TrainingRoom(room.folder, room_notice(room, key))
