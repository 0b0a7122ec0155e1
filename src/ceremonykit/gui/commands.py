"""Undo commands: each a few lines that run one operation of :mod:`ceremonykit.operations`
through :meth:`~ceremonykit.gui.session.Session.apply` in ``redo()`` and its inverse in
``undo()``. Commands write nothing themselves.

The text of a command is what "Rückgängig: …" shows in the Edit menu.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtGui import QUndoCommand

from ceremonykit.domain.model import SeatingTable
from ceremonykit.gui.session import Session
from ceremonykit.operations import edit, evening, imports, protocol, tables

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
        self.session.apply(edit.set_field, self.attr, self.new)

    def undo(self) -> None:
        self.session.apply(edit.set_field, self.attr, self.old)


class SetSetting(QUndoCommand):
    """Change one project setting (a document option stored in the project, the guest sort)."""

    def __init__(self, session: Session, key: str, value: str, text: str) -> None:
        super().__init__(text)
        self.session, self.key, self.new = session, key, value
        self.old = session.ceremony.settings.get(key, "")

    def redo(self) -> None:
        self.session.apply(edit.set_setting, self.key, self.new)

    def undo(self) -> None:
        self.session.apply(edit.set_setting, self.key, self.old)


class PutObject(QUndoCommand):
    """Replace a stored object (winner, guest, photo, …) by an edited copy."""

    def __init__(self, session: Session, new: Any, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.old = copy.deepcopy(session.find(type(new), new.id))
        self.new = copy.deepcopy(new)

    def redo(self) -> None:
        self.session.apply(edit.put_objects, [self.new])

    def undo(self) -> None:
        if self.old is None:
            self.session.apply(edit.remove_objects, [self.new])
        else:
            self.session.apply(edit.put_objects, [self.old])


class AddObjects(QUndoCommand):
    """Add new objects (a winner, dropped photos with their image assets, guests)."""

    def __init__(self, session: Session, objs: list[Any], text: str) -> None:
        super().__init__(text)
        self.session, self.objs = session, copy.deepcopy(objs)

    def redo(self) -> None:
        self.session.apply(edit.add_objects, self.objs)

    def undo(self) -> None:
        self.session.apply(edit.remove_objects, self.objs)


class DeleteObjects(QUndoCommand):
    """Delete objects; undo puts them back where they were."""

    def __init__(self, session: Session, objs: list[Any], text: str) -> None:
        super().__init__(text)
        self.session, self.objs = session, copy.deepcopy(objs)
        self.indices: list[int] = []

    def redo(self) -> None:
        changes = self.session.apply(edit.remove_objects, self.objs)
        self.indices = cast(list[int], changes.extra["indices"])

    def undo(self) -> None:
        self.session.apply(edit.add_objects, self.objs, self.indices)


class ImportRows(QUndoCommand):
    """Store what an import preview planned (:func:`ceremonykit.operations.imports.commit_import`);
    undo puts back the former objects, removes the new ones and restores the remembered
    mapping and categories."""

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
        self.info = {
            "import_mappings": copy.deepcopy(c.import_mappings),
            "guest_categories": list(c.guest_categories),
        }
        self.result: ImportResult | None = None

    def redo(self) -> None:
        changes = self.session.apply(imports.commit_import, copy.deepcopy(self.plan))
        self.result = cast("ImportResult", changes.extra["result"])

    def undo(self) -> None:
        added = [o for o, old in zip(self.plan.changes, self.before, strict=True) if old is None]
        restored = [old for old in self.before if old is not None]
        self.session.apply(imports.revert_import, added, restored, self.info)


class SetTables(QUndoCommand):
    """Replace the ceremony's tables (the table manager); renamed tables take their guests."""

    def __init__(
        self,
        session: Session,
        tables: list[SeatingTable],
        renamed: dict[str, str],
        text: str,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.old = copy.deepcopy(session.ceremony.tables)
        self.new = copy.deepcopy(tables)
        self.renamed = dict(renamed)

    def redo(self) -> None:
        self.session.apply(tables.set_tables, self.new, self.renamed)

    def undo(self) -> None:
        back = {new: old for old, new in self.renamed.items()}
        self.session.apply(tables.set_tables, self.old, back)


class SetProtocolOrder(QUndoCommand):
    """Greet the guests in this order (ranks 10, 20, 30 …); undo restores their former ranks."""

    def __init__(self, session: Session, guest_ids: list[str], text: str) -> None:
        super().__init__(text)
        self.session, self.ids = session, list(guest_ids)
        wanted = set(guest_ids)
        self.before = copy.deepcopy([g for g in session.ceremony.guests if g.id in wanted])

    def redo(self) -> None:
        self.session.apply(protocol.set_protocol_order, self.ids)

    def undo(self) -> None:
        self.session.apply(edit.put_objects, self.before)


class SetProgramme(QUndoCommand):
    """Replace the programme of the evening (run sheet page)."""

    def __init__(self, session: Session, items: list[Any], text: str) -> None:
        super().__init__(text)
        self.session = session
        self.old = copy.deepcopy(session.ceremony.programme)
        self.new = copy.deepcopy(items)

    def redo(self) -> None:
        self.session.apply(evening.set_programme, self.new)

    def undo(self) -> None:
        self.session.apply(evening.set_programme, self.old)


class SetReplyDetails(QUndoCommand):
    """Reply date, ways to reply and companions allowed (run sheet page)."""

    FIELDS = ("rsvp_date", "rsvp_email", "rsvp_phone", "rsvp_url", "companions_allowed")

    def __init__(self, session: Session, values: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.session = session
        self.old = {f: getattr(session.ceremony, f) for f in self.FIELDS}
        self.new = dict(values)

    def _apply(self, v: dict[str, Any]) -> None:
        self.session.apply(
            evening.set_reply_details,
            rsvp_date=v["rsvp_date"],
            email=v["rsvp_email"],
            phone=v["rsvp_phone"],
            url=v["rsvp_url"],
            companions_allowed=v["companions_allowed"],
        )

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)
