"""Undo commands: each a few lines that call one :class:`~ceremonykit.gui.session.Session` write.

The text of a command is what "Rückgängig: …" shows in the Edit menu.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from ceremonykit.gui.session import TYPE_NAME, Session

if TYPE_CHECKING:
    from ceremonykit.importing import ImportPreview, ImportResult


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


class ImportRows(QUndoCommand):
    """Store what an import preview planned (:func:`ceremonykit.importing.commit`); undo puts
    back the former objects, removes the new ones and restores the remembered mapping."""

    def __init__(self, session: Session, plan: ImportPreview, text: str) -> None:
        super().__init__(text)
        self.session, self.plan = session, copy.deepcopy(plan)
        c = session.ceremony
        existing = {
            (cls, obj.id): obj
            for cls in {type(o) for o in plan.changes}
            for obj in session.items(cls)
        }  # one pass per type: an import may change 10,000 guests
        self.before = copy.deepcopy([existing.get((type(o), o.id)) for o in plan.changes])
        self.info = (copy.deepcopy(c.import_mappings), list(c.guest_categories))
        self.result: ImportResult | None = None

    def redo(self) -> None:
        from ceremonykit.importing import commit

        self.result = commit(copy.deepcopy(self.plan), self.session.project, self.session.ceremony)
        for name in {TYPE_NAME[type(o)] for o in self.plan.changes} | {"ceremony"}:
            self.session.notify(name)

    def undo(self) -> None:
        added = [o for o, old in zip(self.plan.changes, self.before, strict=True) if old is None]
        with self.session.project.transaction():
            self.session.remove(added)
            self.session.put_many([old for old in self.before if old is not None])
            self.session.set_info("import_mappings", self.info[0])
            self.session.set_info("guest_categories", self.info[1])
