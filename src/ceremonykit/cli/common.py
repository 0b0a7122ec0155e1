"""Shared pieces of the command-line commands."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

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
            "expected one argument": "erwartet einen Wert",
            "argument ": "Angabe ",
        }
        for english, german in replacements.items():
            message = message.replace(english, german)
        self.exit(EXIT_USAGE, f"{self.prog}: Aufruf fehlerhaft: {message}\n")


def add_project_argument(parser: argparse.ArgumentParser, *, writes: bool = False) -> None:
    """The project file argument; commands that write also get ``--take-over-lock``."""
    parser.add_argument("file", metavar="DATEI.ceremony", help="die Projektdatei")
    if writes:
        parser.add_argument(
            "--take-over-lock",
            action="store_true",
            help="eine verwaiste Sperre übernehmen – nur wenn das Programm, das die Datei "
            "gesperrt hat, auf diesem Rechner nicht mehr läuft (z. B. nach einem Absturz)",
        )
