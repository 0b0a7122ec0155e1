"""The open project as the GUI sees it: file, ceremony in memory, undo stack, change signal.

Every write is an operation of :mod:`ceremonykit.operations` run through :meth:`Session.apply`,
so memory and file never drift apart (no "Speichern" needed); the returned
:class:`~ceremonykit.operations.Changes` then tell the views via ``changed`` which kind of object
changed so they refresh only what they must.

A session opened only for reading (the file is locked by a colleague, or read-only) has
``read_only`` set: its undo stack refuses every command before it runs, so no edit reaches the
file (which is open read-only anyway), and the window tells the user why.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Concatenate, ParamSpec

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ceremonykit.domain.model import Asset, Ceremony
from ceremonykit.operations import Changes
from ceremonykit.operations.edit import LIST_ATTR, TYPE_NAME
from ceremonykit.store import ProjectFile

__all__ = ["LIST_ATTR", "TYPE_NAME", "Session"]

P = ParamSpec("P")


class ReadOnlyUndoStack(QUndoStack):
    """The undo stack of a read-only session: commands are dropped unrun; ``refused`` says so."""

    refused = Signal()

    def push(self, cmd: QUndoCommand) -> None:
        self.refused.emit()


class Session(QObject):
    """One open project file (locked for editing, or read-only) and its ceremony."""

    changed = Signal(str, object)  # object type ("ceremony", "winner", …), changed id or None
    focus_changed = Signal(str, object)  # object type ("winner", "guest"), selected id or None

    def __init__(self, project: ProjectFile, ceremony: Ceremony) -> None:
        super().__init__()
        self.project = project
        self.ceremony = ceremony
        self.undo_stack = ReadOnlyUndoStack(self) if project.readonly else QUndoStack(self)
        self.focus: dict[str, str] = {}
        """The winner and guest selected last on their pages (the preview shows their document)."""

    @property
    def path(self) -> Path:
        return self.project.path

    @property
    def read_only(self) -> bool:
        """Opened only to look and build: no edits (locked by someone else, or read-only)."""
        return self.project.readonly

    def close(self) -> None:
        self.undo_stack.clear()
        self.project.close()

    # ------------------------------------------------------------------ changes
    def apply(
        self,
        operation: Callable[Concatenate[ProjectFile, Ceremony, P], Changes],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> Changes:
        """Run an operation on the open project and tell the views what it changed."""
        changes = operation(self.project, self.ceremony, *args, **kwargs)
        self.announce(changes)
        return changes

    def announce(self, changes: Changes) -> None:
        """Emit ``changed`` once per changed object type (with the id if only one changed)."""
        one_id = next(iter(changes.ids)) if len(changes.ids) == 1 else None
        for kind in sorted(changes.kinds):
            if kind == "ceremony":
                one_info = next(iter(changes.info)) if len(changes.info) == 1 else None
                self.changed.emit(kind, one_info)
            else:
                self.changed.emit(kind, one_id)

    def set_focus(self, object_type: str, object_id: str | None) -> None:
        """The user selected ``object_id`` on its page (None: nothing selected)."""
        if self.focus.get(object_type) == object_id:
            return
        if object_id:
            self.focus[object_type] = object_id
        else:
            self.focus.pop(object_type, None)
        self.focus_changed.emit(object_type, object_id)

    # ------------------------------------------------------------------ entities
    def items(self, cls: type) -> list[Any]:
        items: list[Any] = getattr(self.ceremony, LIST_ATTR[cls])
        return items

    def find(self, cls: type, obj_id: str) -> Any | None:
        if cls is Asset:
            return self.ceremony.assets.get(obj_id)
        return next((o for o in self.items(cls) if o.id == obj_id), None)
