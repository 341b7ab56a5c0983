"""Starting the Textual app, in the terminal or (for a training room) in a browser."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from adviseur.cli import texts
from adviseur.cli.output import positive_int

if TYPE_CHECKING:
    from adviseur.tui.serve import TrainingRoom

COMMANDS = ("app", "serve")


def register(sub: argparse._SubParsersAction) -> None:
    app = sub.add_parser("app", help=texts.HELP_APP)
    app.add_argument(
        "--room",
        metavar="NAAM",
        help=texts.HELP_APP_ROOM,
    )
    app.set_defaults(handler=run_app)

    serve = sub.add_parser("serve", help=texts.HELP_SERVE, description=texts.DESCRIPTION_SERVE)
    serve.add_argument("--host", default="127.0.0.1", help=texts.HELP_SERVE_HOST)
    serve.add_argument("--port", type=_port, default=8000, help=texts.HELP_SERVE_PORT)
    serve.add_argument(
        "--allow-remote",
        action="store_true",
        help=texts.HELP_SERVE_ALLOW_REMOTE,
    )
    serve.add_argument(
        "--public-url",
        metavar="URL",
        help=texts.HELP_SERVE_PUBLIC_URL,
    )
    serve.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAAM",
        help=texts.HELP_SERVE_ALLOWED_HOST,
    )
    serve.add_argument(
        "--max-tabs",
        type=positive_int,
        default=None,
        metavar="AANTAL",
        help=texts.HELP_SERVE_MAX_TABS,
    )
    _room_options(serve)
    serve.set_defaults(handler=run_serve)


def _room_options(serve: argparse.ArgumentParser) -> None:
    room = serve.add_argument_group(texts.GROUP_SERVE_ROOM)
    room.add_argument(
        "--room",
        nargs="?",
        const="",
        metavar="NAAM",
        help=texts.HELP_SERVE_ROOM,
    )
    room.add_argument(
        "--oefening",
        action="append",
        default=[],
        metavar="ID_OF_BESTAND",
        help=texts.HELP_SERVE_OEFENING,
    )
    room.add_argument(
        "--casus",
        action="append",
        default=[],
        metavar="ID",
        help=texts.HELP_SERVE_CASUS,
    )
    room.add_argument(
        "--room-days",
        type=_days,
        default=None,
        metavar="DAGEN",
        help=texts.HELP_SERVE_ROOM_DAYS,
    )


def _days(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(texts.NOT_DAYS.format(text=text)) from None
    if not value > 0:
        raise argparse.ArgumentTypeError(texts.NOT_POSITIVE)
    return value


def _port(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(texts.NOT_A_PORT.format(text=text)) from None



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
        raise RoomError(texts.DATA_FOLDER_UNUSABLE.format(error=os_reason(exc))) from None
    room, key = create_room(folder, args.room.strip() or new_code(), exercises, case_files=files, days=args.room_days)
    return TrainingRoom(room.folder, room_notice(room, key))
