"""Undo commands of the check-in page: each runs one operation of
:mod:`ceremonykit.operations.checkin` (or its inverse) through the session."""

from __future__ import annotations

import copy
from datetime import datetime

from PySide6.QtGui import QUndoCommand

from ceremonykit.domain.model import Ceremony, Guest
from ceremonykit.guests.checkin_copy import MergePlan, plan_merge
from ceremonykit.gui.session import Session
from ceremonykit.operations import checkin, edit


class CheckIn(QUndoCommand):
    """Mark a guest as arrived; undo restores the arrival time before (usually none)."""

    def __init__(self, session: Session, guest: Guest, when: datetime, text: str) -> None:
        super().__init__(text)
        self.session, self.guest_id, self.when = session, guest.id, when
        self.before = guest.arrived_at

    def redo(self) -> None:
        self.session.apply(checkin.check_in, self.guest_id, self.when)

    def undo(self) -> None:
        self.session.apply(checkin.undo_check_in, self.guest_id, self.before)


class TakeBack(QUndoCommand):
    """A wrong check-in taken back (the guest is no longer marked as arrived)."""

    def __init__(self, session: Session, guest: Guest, text: str) -> None:
        super().__init__(text)
        self.session, self.guest_id, self.before = session, guest.id, guest.arrived_at

    def redo(self) -> None:
        self.session.apply(checkin.undo_check_in, self.guest_id, None)

    def undo(self) -> None:
        self.session.apply(checkin.undo_check_in, self.guest_id, self.before)


class WalkIn(QUndoCommand):
    """Add and check in a guest who came without being on the list; undo removes the guest."""

    def __init__(self, session: Session, name: str, category: str, when: datetime) -> None:
        super().__init__(f"Ohne Anmeldung: {name}")
        self.session, self.name, self.category, self.when = session, name, category, when
        self.guest: Guest | None = None

    def redo(self) -> None:
        if self.guest is None:
            changes = self.session.apply(checkin.add_walk_in, self.name, self.category, self.when)
            guest = changes.extra["guest"]
            assert isinstance(guest, Guest)
            self.guest = copy.deepcopy(guest)
        else:
            self.session.apply(edit.add_objects, [self.guest])

    def undo(self) -> None:
        if self.guest is not None:
            self.session.apply(edit.remove_objects, [self.guest])


class IssueCodes(QUndoCommand):
    """Give every guest without a check-in code one; undo takes the new codes back."""

    def __init__(self, session: Session, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.before = [copy.deepcopy(g) for g in session.ceremony.guests if not g.checkin_token]

    def redo(self) -> None:
        self.session.apply(checkin.issue_tokens, [g.id for g in self.before])

    def undo(self) -> None:
        self.session.apply(edit.put_objects, self.before)


class ReissueCode(QUndoCommand):
    """A new code for one guest; undo restores the previous code."""

    def __init__(self, session: Session, guest: Guest, text: str) -> None:
        super().__init__(text)
        self.session, self.before = session, copy.deepcopy(guest)

    def redo(self) -> None:
        self.session.apply(checkin.reissue_token, self.before.id)

    def undo(self) -> None:
        self.session.apply(edit.put_objects, [self.before])


class MergeCopy(QUndoCommand):
    """Take a second door's arrivals into the project; undo restores the former arrivals and
    removes the walk-ins it added."""

    def __init__(self, session: Session, door: Ceremony, text: str) -> None:
        super().__init__(text)
        self.session, self.door = session, door
        plan = plan_merge(session.ceremony, door)
        updated = {g.id for g in plan.updated}
        self.before = [copy.deepcopy(g) for g in session.ceremony.guests if g.id in updated]
        self.added = copy.deepcopy(plan.added)
        self.plan: MergePlan | None = None

    def redo(self) -> None:
        changes = self.session.apply(checkin.merge_checkin_copy, self.door)
        plan = changes.extra["plan"]
        assert isinstance(plan, MergePlan)
        self.plan = plan

    def undo(self) -> None:
        self.session.apply(edit.put_objects, self.before)
        self.session.apply(edit.remove_objects, self.added)
