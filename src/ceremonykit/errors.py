"""Exceptions that carry a message for people (German), never a traceback.

Every error a user can cause or fix is a :class:`UserError`; the CLI prints its message and exits
with 1, the GUI shows it in a dialog.

Where the way out depends on the program the user is in (an option on the command line, a button
or wizard step in the window), the error names it by a :class:`Remedy` instead of spelling it out:
the message stays one text for both, and each surface adds its own sentence for the remedy
(``ceremonykit.cli.remedies``, ``ceremonykit.gui.remedies``). A GUI user is never told to use the
command line (issue 18).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class Remedy(StrEnum):
    """What the user can do next, in words each surface chooses for itself."""

    NONE = ""
    TAKE_OVER_LOCK = "take_over_lock"
    """A stale lock can be taken over."""
    MAP_COLUMNS = "map_columns"
    """The spreadsheet's columns can be assigned to fields by hand."""
    CHOOSE_SHEET_AND_MAP = "choose_sheet_and_map"
    """The sheet can be chosen and its columns assigned by hand."""
    ALLOW_TEMPLATE = "allow_template"
    """A Word template named by the project file can be allowed once."""


class UserError(Exception):
    """A problem with the user's data or files; ``message`` says in German what to do."""

    def __init__(self, message: str, *, hint: str = "", remedy: Remedy = Remedy.NONE) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.remedy = remedy

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()

    def explained(self, remedies: Mapping[Remedy, str]) -> str:
        """The whole text for one surface: message, hint and that surface's remedy sentence."""
        return f"{self} {remedy_text(self.remedy, remedies)}".strip()


def remedy_text(remedy: Remedy, remedies: Mapping[Remedy, str]) -> str:
    """The sentence a surface shows for ``remedy`` ("" for none)."""
    return remedies.get(remedy, "") if remedy else ""


class Cancelled(Exception):
    """The user cancelled a long-running job (build, import)."""
