"""The ``ceremonykit`` command: the same functions the GUI calls, without a window.

Exit codes: 0 ok, 1 a problem with the user's data or file (German message on stderr),
2 a usage error. No traceback reaches the user: unexpected errors are written to the log file
in the user's data directory and summarised in one line.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import multiprocessing
import os
import sys
from collections.abc import Sequence

from ceremonykit import __version__
from ceremonykit.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    EXIT_USAGE,
    GermanArgumentParser,
    os_error_message,
)
from ceremonykit.cli.remedies import REMEDIES
from ceremonykit.errors import Cancelled, UserError
from ceremonykit.logs import log_file, setup_logging
from ceremonykit.scratch import remove_leftovers

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = GermanArgumentParser(
        prog="ceremonykit",
        description="CeremonyKit – Dokumente für Preisverleihungen aus einer Projektdatei.",
    )
    parser.add_argument("--version", action="version", version=f"CeremonyKit {__version__}")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="Installation prüfen (Ressourcen, Schriften, alle Dokumente der Demo) und beenden",
    )
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL", title="Befehle")
    # one module per command group, each with ``register(subparsers)``
    from ceremonykit.cli import (
        build_cmd,
        checkin_cmds,
        guest_cmds,
        gui_cmd,
        import_cmd,
        project_cmds,
        release_cmd,
    )

    for module in (
        project_cmds,
        build_cmd,
        release_cmd,
        gui_cmd,
        guest_cmds,
        checkin_cmds,
        import_cmd,
    ):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # the importer reads spreadsheets in a child process; a frozen .exe must let it start
    multiprocessing.freeze_support()
    for stream in (sys.stdout, sys.stderr):
        # a Windows console or redirect in cp1252 must not crash on "Nguyễn"
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
    setup_logging()
    with contextlib.suppress(OSError):
        remove_leftovers()  # temp copies of killed runs may hold personal data
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.selftest:
        from ceremonykit.selftest import run_selftest  # only here: it builds the demo

        return run_selftest()
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        result: int = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's final flush
        return result
    except UserError as exc:
        print(f"Fehler: {exc.explained(REMEDIES)}", file=sys.stderr)
        return EXIT_DATA
    except Cancelled:
        print("Abgebrochen.", file=sys.stderr)
        return EXIT_DATA
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # "ceremonykit show … | head -1": the reader has all it wanted
        _silence_stdout()
        return EXIT_DATA
    except OSError as exc:  # a file problem no command put into words of its own
        log.warning("OS error in %s", args.command, exc_info=True)
        print(os_error_message(exc), file=sys.stderr)
        return EXIT_DATA
    except Exception as exc:  # last line of defence: log it, never show a traceback
        log.exception("unexpected error in %s", args.command)
        print(
            f"Unerwarteter Fehler ({type(exc).__name__}: {exc}). "
            f"Einzelheiten stehen in {log_file()}.",
            file=sys.stderr,
        )
        return EXIT_DATA


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's final flush into the closed
    pipe does not print "Exception ignored … BrokenPipeError" after we exit."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


__all__ = ["EXIT_OK", "main"]
