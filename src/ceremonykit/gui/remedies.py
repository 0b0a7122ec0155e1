"""What the window offers for each :class:`~ceremonykit.errors.Remedy`: its own buttons and
wizard steps, never a command-line option (issue 18).

The messages are shared with the command line (:mod:`ceremonykit.cli.remedies`); only this
sentence is the window's own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ceremonykit.errors import Remedy, UserError, remedy_text


def remedies() -> dict[Remedy, str]:
    """One sentence per remedy in the current UI language (every remedy has one: a test checks)."""
    return {
        Remedy.TAKE_OVER_LOCK: QCoreApplication.translate(
            "Remedies",
            "Beim Öffnen der Datei übernimmt die Schaltfläche „Sperre übernehmen“ die Sperre.",
        ),
        Remedy.MAP_COLUMNS: QCoreApplication.translate(
            "Remedies",
            "Im Import-Assistenten ordnet der Schritt „Spalten zuordnen“ die Spalten zu.",
        ),
        Remedy.CHOOSE_SHEET_AND_MAP: QCoreApplication.translate(
            "Remedies",
            "Im Import-Assistenten wählt der Schritt „Tabellenblatt wählen“ das Blatt, der Schritt „Spalten zuordnen“ ordnet die Spalten zu.",
        ),
        Remedy.ALLOW_TEMPLATE: QCoreApplication.translate(
            "Remedies",
            "Beim Erstellen der Dokumente fragt das Programm, ob die Vorlage verwendet werden soll – dort mit „Ja“ erlauben.",
        ),
    }


def error_text(error: UserError) -> str:
    """The whole text of ``error`` for the window: message, hint and the window's remedy."""
    return error.explained(remedies())


def hint_text(error: UserError) -> str:
    """The hint and the window's remedy, for a message box's informative text."""
    return f"{error.hint} {remedy_text(error.remedy, remedies())}".strip()
