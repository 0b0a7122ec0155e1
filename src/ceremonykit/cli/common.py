"""Shared pieces of the command-line commands."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2


class GermanArgumentParser(argparse.ArgumentParser):
    """argparse with German usage errors (exit code 2)."""

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


def add_project_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="DATEI.ceremony", help="die Projektdatei")
