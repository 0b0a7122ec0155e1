"""The open project as the GUI sees it: file, ceremony in memory, undo stack, change signal.

Every write goes through here so that memory and file never drift apart: the domain object is
updated and stored at once (no "Speichern" needed), then ``changed`` tells the views which kind
of object changed so they refresh only what they must.

A session opened only for reading (the file is locked by a colleague, or read-only) has
``read_only`` set: its undo stack refuses every command before it runs, so no edit reaches the
file (which is open read-only anyway), and the window tells the user why.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ceremonykit.domain.model import (
    Applicant,
    Asset,
    Ceremony,
    Guest,
    Photo,
    Prize,
    Signatory,
    Winner,
)
from ceremonykit.store import ProjectFile

LIST_ATTR: dict[type, str] = {
    Prize: "prizes",
    Winner: "winners",
    Photo: "photos",
    Guest: "guests",
    Signatory: "signatories",
    Applicant: "applicants",
}
TYPE_NAME: dict[type, str] = {
    Prize: "prize",
    Winner: "winner",
    Photo: "photo",
    Guest: "guest",
    Signatory: "signatory",
    Applicant: "applicant",
    Asset: "asset",
}


class ReadOnlyUndoStack(QUndoStack):
    """The undo stack of a read-only session: commands are dropped unrun; ``refused`` says so."""

    refused = Signal()

    def push(self, cmd: QUndoCommand) -> None:
        self.refused.emit()


class Session(QObject):
    """One open project file (locked for editing, or read-only) and its ceremony."""

    changed = Signal(str, object)  # object type ("ceremony", "winner", …), changed id or None

    def __init__(self, project: ProjectFile, ceremony: Ceremony) -> None:
        super().__init__()
        self.project = project
        self.ceremony = ceremony
        self.undo_stack = ReadOnlyUndoStack(self) if project.readonly else QUndoStack(self)

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

    # ------------------------------------------------------------------ ceremony info
    def set_info(self, attr: str, value: Any) -> None:
        """Set one of the ceremony's own fields (or ``sender``) and store it."""
        setattr(self.ceremony, attr, copy.deepcopy(value))
        self.project.save_info(self.ceremony)
        self.changed.emit("ceremony", attr)

    # ------------------------------------------------------------------ entities
    def items(self, cls: type) -> list[Any]:
        items: list[Any] = getattr(self.ceremony, LIST_ATTR[cls])
        return items

    def find(self, cls: type, obj_id: str) -> Any | None:
        if cls is Asset:
            return self.ceremony.assets.get(obj_id)
        return next((o for o in self.items(cls) if o.id == obj_id), None)

    def positions(self, cls: type) -> dict[str, int]:
        """id -> index in the list of ``cls`` (one pass; for bulk look-ups)."""
        return {o.id: i for i, o in enumerate(self.items(cls))}

    def index_of(self, cls: type, obj_id: str) -> int:
        return next((i for i, o in enumerate(self.items(cls)) if o.id == obj_id), -1)

    def put(self, obj: Any) -> None:
        """Replace the object with the same id (or append it) and store it."""
        obj = copy.deepcopy(obj)
        cls = type(obj)
        self.project.put(obj)
        if cls is Asset:
            self.ceremony.assets[obj.id] = obj
        else:
            items = self.items(cls)
            index = self.index_of(cls, obj.id)
            if index < 0:
                items.append(obj)
            else:
                items[index] = obj
        self.changed.emit(TYPE_NAME[cls], obj.id)

    def insert(self, objs: list[Any], indices: list[int] | None = None) -> None:
        """Add objects (at ``indices`` when restoring a deletion) in one transaction."""
        objs = copy.deepcopy(objs)
        with self.project.transaction():
            self.project.put_many(objs)
        types = {type(obj) for obj in objs}
        order = list(range(len(objs)))
        if indices is not None:
            order.sort(key=lambda n: indices[n])
        for n in order:
            obj = objs[n]
            if type(obj) is Asset:
                self.ceremony.assets[obj.id] = obj
                continue
            items = self.items(type(obj))
            at = indices[n] if indices is not None and indices[n] >= 0 else len(items)
            items.insert(min(at, len(items)), obj)
        for cls in types:
            self.changed.emit(TYPE_NAME[cls], None)

    def remove(self, objs: list[Any]) -> list[int]:
        """Delete objects; returns their former indices (for undo)."""
        indices: list[int] = []
        with self.project.transaction():
            for obj in objs:
                self.project.delete(type(obj), obj.id)
        types = {type(obj) for obj in objs}
        positions = {cls: self.positions(cls) for cls in types if cls is not Asset}
        for obj in objs:
            cls = type(obj)
            indices.append(-1 if cls is Asset else positions[cls].get(obj.id, -1))
        for obj, index in sorted(zip(objs, indices, strict=True), key=lambda p: -p[1]):
            if type(obj) is Asset:
                self.ceremony.assets.pop(obj.id, None)
            elif index >= 0:
                del self.items(type(obj))[index]
        for cls in types:
            self.changed.emit(TYPE_NAME[cls], None)
        return indices

    def put_many(self, objs: list[Any]) -> None:
        """Replace (or append) many objects in one transaction; one change signal per type."""
        objs = copy.deepcopy(objs)
        with self.project.transaction():
            self.project.put_many(objs)
        positions: dict[type, dict[str, int]] = {}
        for obj in objs:
            cls = type(obj)
            index = positions.get(cls)
            if index is None:
                index = positions[cls] = {o.id: n for n, o in enumerate(self.items(cls))}
            items = self.items(cls)
            if obj.id in index:
                items[index[obj.id]] = obj
            else:
                index[obj.id] = len(items)
                items.append(obj)
        for cls in positions:
            self.changed.emit(TYPE_NAME[cls], None)

    def notify(self, object_type: str) -> None:
        """Tell the views that objects of ``object_type`` changed (after a bulk operation)."""
        self.changed.emit(object_type, None)
