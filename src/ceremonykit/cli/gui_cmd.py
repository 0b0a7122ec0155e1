"""``gui``: open the desktop application (the only command that loads Qt)."""

from __future__ import annotations

import argparse
import importlib
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help="die Anwendung mit Fenster öffnen")
    p.add_argument("file", metavar="DATEI.ceremony", nargs="?", help="Projektdatei (optional)")
    p.set_defaults(func=cmd_gui)


def cmd_gui(args: argparse.Namespace) -> int:
    app = importlib.import_module("ceremonykit.gui.app")
    result: int = app.run(args.file)
    return result
