"""Exceptions that carry a message for people (German), never a traceback.

Every error a user can cause or fix is a :class:`UserError`; the CLI prints its message and exits
with 1, the GUI shows it in a dialog.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's data or files; ``message`` says in German what to do."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class Cancelled(Exception):
    """The user cancelled a long-running job (build, import)."""
