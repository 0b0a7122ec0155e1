"""Undo commands: each a few lines that call one :class:`~ceremonykit.gui.session.Session` write.

The text of a command is what "Rückgängig: …" shows in the Edit menu.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtGui import QUndoCommand

from ceremonykit.gui.session import Session


class SetInfo(QUndoCommand):
    """Change one field of the ceremony itself (award, date, sender profile, …)."""

    def __init__(self, session: Session, attr: str, value: Any, text: str) -> None:
        super().__init__(text)
        self.session, self.attr = session, attr
        self.old = copy.deepcopy(getattr(session.ceremony, attr))
        self.new = copy.deepcopy(value)

    def redo(self) -> None:
        self.session.set_info(self.attr, self.new)

    def undo(self) -> None:
        self.session.set_info(self.attr, self.old)


class PutObject(QUndoCommand):
    """Replace a stored object (winner, guest, photo, …) by an edited copy."""

    def __init__(self, session: Session, new: Any, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.old = copy.deepcopy(session.find(type(new), new.id))
        self.new = copy.deepcopy(new)

    def redo(self) -> None:
        self.session.put(self.new)

    def undo(self) -> None:
        if self.old is None:
            self.session.remove([self.new])
        else:
            self.session.put(self.old)


class AddObjects(QUndoCommand):
    """Add new objects (a winner, dropped photos with their image assets, guests)."""

    def __init__(self, session: Session, objs: list[Any], text: str) -> None:
        super().__init__(text)
        self.session, self.objs = session, copy.deepcopy(objs)

    def redo(self) -> None:
        self.session.insert(self.objs)

    def undo(self) -> None:
        self.session.remove(self.objs)


class DeleteObjects(QUndoCommand):
    """Delete objects; undo puts them back where they were."""

    def __init__(self, session: Session, objs: list[Any], text: str) -> None:
        super().__init__(text)
        self.session, self.objs = session, copy.deepcopy(objs)
        self.indices: list[int] = []

    def redo(self) -> None:
        self.indices = self.session.remove(self.objs)

    def undo(self) -> None:
        self.session.insert(self.objs, self.indices)
