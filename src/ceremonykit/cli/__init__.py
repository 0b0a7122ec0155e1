"""The ``ceremonykit`` command: the same functions the GUI calls, without a window.

Exit codes: 0 ok, 1 a problem with the user's data or file (German message on stderr),
2 a usage error. No traceback reaches the user: unexpected errors are written to the log file
in the user's data directory and summarised in one line.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import io
import logging
import multiprocessing
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from ceremonykit import __version__
from ceremonykit.batch_gc import tune_for_batch
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


# The command groups – one module each, with ``register(subparsers)`` – and the commands each
# registers. A command line names one command, and only its module is loaded: ``build`` does
# not load the importer or the privacy tools (0.03 s). Help and unknown commands load all.
# tests/cli/test_command_groups.py checks the table against what the modules register.
COMMAND_GROUPS: dict[str, tuple[str, ...]] = {
    "project_cmds": ("new", "show", "check"),
    "build_cmd": ("build",),
    "release_cmd": ("final",),
    "gui_cmd": ("gui",),
    "guest_cmds": ("purge", "export-person"),
    "checkin_cmds": ("checkin-codes", "checkin-export", "checkin-merge"),
    "import_cmd": ("import",),
}


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser for ``argv``: with the named command's group only, else with all groups."""
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
    for group in _groups_for(argv):
        importlib.import_module(f"ceremonykit.cli.{group}").register(sub)
    return parser


def _groups_for(argv: Sequence[str]) -> list[str]:
    # the top-level options take no value: the first word that is no option is the command
    command = next((arg for arg in argv if not arg.startswith("-")), None)
    named = [group for group, commands in COMMAND_GROUPS.items() if command in commands]
    return named or list(COMMAND_GROUPS)


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
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
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


def run(argv: Sequence[str] | None = None) -> NoReturn:
    """The ``ceremonykit`` program: :func:`main`, then exit.

    Before exiting, every object is frozen out of the garbage collector: the interpreter's
    final collection would otherwise walk the ~100,000 objects of reportlab, Pillow and the
    documents just written – 0.08 s of a 1.5 s build, measured with ``bench/bench_build.py``.
    (Not in :func:`main`, which tests call many times in one process.) A command other than
    ``gui`` is a batch run: see :mod:`ceremonykit.batch_gc`."""
    args = sys.argv[1:] if argv is None else list(argv)
    if "gui" not in args[:1]:
        tune_for_batch()
    code = main(args)
    gc.freeze()
    sys.exit(code)


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's final flush into the closed
    pipe does not print "Exception ignored … BrokenPipeError" after we exit."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


__all__ = ["EXIT_OK", "main", "run"]
