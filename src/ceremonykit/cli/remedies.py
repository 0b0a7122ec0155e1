"""What the command line offers for each :class:`~ceremonykit.errors.Remedy`: its options.

The messages themselves are shared with the window; only this sentence is the command line's
own (the GUI names its buttons and wizard steps in :mod:`ceremonykit.gui.remedies`).
"""

from __future__ import annotations

from ceremonykit.errors import Remedy
from ceremonykit.template_folders import ALLOW_FLAG

REMEDIES: dict[Remedy, str] = {
    Remedy.TAKE_OVER_LOCK: "Auf der Kommandozeile übernimmt „--take-over-lock“ die Sperre.",
    Remedy.MAP_COLUMNS: "Zuordnen mit --map „Spalte=feld“ (auch mehrmals).",
    Remedy.CHOOSE_SHEET_AND_MAP: "Das Blatt wählt --sheet, die Spalten ordnet --map "
    "„Spalte=feld“ zu.",
    Remedy.ALLOW_TEMPLATE: f"Auf der Kommandozeile erlaubt „{ALLOW_FLAG}“ die Vorlage.",
}
"""One sentence per remedy, appended to the message (every remedy has one: a test checks)."""
