"""Shared pieces of the command-line commands."""

from __future__ import annotations

import argparse
import os
import sys
from typing import NoReturn

from ceremonykit.atomic import os_error_cause

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2


_HELP_WORDS = (
    ("usage:", "Aufruf:"),
    ("positional arguments:", "Angaben:"),
    ("options:", "Optionen:"),
    ("show this help message and exit", "diese Hilfe anzeigen"),
    ("show program's version number and exit", "Version anzeigen"),
)


def _german(text: str) -> str:
    for english, german in _HELP_WORDS:
        text = text.replace(english, german)
    return text


class GermanArgumentParser(argparse.ArgumentParser):
    """argparse with German help and usage errors (exit code 2)."""

    def format_usage(self) -> str:
        return _german(super().format_usage())

    def format_help(self) -> str:
        return _german(super().format_help())

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        replacements = {
            "the following arguments are required": "Es fehlen Angaben",
            "unrecognized arguments": "Unbekannte Angaben",
            "invalid choice": "ungültige Auswahl",
            "(choose from ": "(möglich: ",
            "expected one argument": "erwartet einen Wert",
            "argument ": "Angabe ",
        }
        for english, german in replacements.items():
            message = message.replace(english, german)
        self.exit(EXIT_USAGE, f"{self.prog}: Aufruf fehlerhaft: {message}\n")


NAME_MAX_BYTES = 255
"""Longest file or folder name (bytes in the file system's encoding) Windows and Linux allow."""


def _shortened(text: str, keep: int = 40) -> str:
    return text if len(text) <= keep else f"{text[:keep]}…"


def path_argument(text: str) -> str:
    """argparse ``type`` for paths: refuse an empty path and names no file system accepts,
    as a usage error (exit 2) instead of an OSError deep inside a command."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            "Der Pfad ist leer. Bitte eine Datei oder einen Ordner angeben."
        )
    for part in text.replace("\\", "/").split("/"):
        size = len(os.fsencode(part))
        if size > NAME_MAX_BYTES:
            raise argparse.ArgumentTypeError(
                f"Der Name „{_shortened(part)}“ ist zu lang ({size} Byte, höchstens "
                f"{NAME_MAX_BYTES} je Datei- oder Ordnername). Bitte einen kürzeren Namen wählen."
            )
    return text


def os_error_message(exc: OSError) -> str:
    """A German one-liner for an OSError no command turned into a message of its own."""
    where = f" „{_shortened(str(exc.filename), 120)}“" if exc.filename else " eine Datei"
    return f"Fehler beim Zugriff auf{where}: {os_error_cause(exc)}."


def add_project_argument(parser: argparse.ArgumentParser, *, writes: bool = False) -> None:
    """The project file argument; commands that write also get ``--take-over-lock``."""
    parser.add_argument(
        "file", metavar="DATEI.ceremony", type=path_argument, help="die Projektdatei"
    )
    if writes:
        parser.add_argument(
            "--take-over-lock",
            action="store_true",
            help="eine verwaiste Sperre übernehmen – nur wenn das Programm, das die Datei "
            "gesperrt hat, auf diesem Rechner nicht mehr läuft (z. B. nach einem Absturz)",
        )
