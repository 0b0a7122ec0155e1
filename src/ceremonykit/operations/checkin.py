"""Check-in at the door: codes, arrivals, walk-ins – one transaction each.

A scan is stored the moment it is made (one transaction with ``synchronous=FULL``): a laptop
that dies between two scans loses none that was shown as checked in. What a scan means
(second scan, unknown or replaced code, declined guest) comes from
:func:`ceremonykit.guests.checkin.resolve_scan` and is returned as data in
``Changes.extra["scan"]`` – the GUI shows it, the CLI prints it; a scan that must not check
anyone in writes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import datetime

from ceremonykit.domain.cleaning import clean_text, cleaned
from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.errors import UserError
from ceremonykit.guests.checkin import ScanResult, admit, all_tokens, new_token, resolve_scan
from ceremonykit.guests.checkin import split_name as _split_name
from ceremonykit.guests.checkin_copy import plan_merge
from ceremonykit.guests.manage import find_guest
from ceremonykit.operations.changes import Changes
from ceremonykit.operations.edit import replace_in_memory
from ceremonykit.store import ProjectFile


def issue_tokens(
    project: ProjectFile, ceremony: Ceremony, guest_ids: Iterable[str] | None = None
) -> Changes:
    """Give every guest without a code one (or only those in ``guest_ids``)."""
    wanted = None if guest_ids is None else set(guest_ids)
    taken = all_tokens(ceremony)
    updated: list[Guest] = []
    for guest in ceremony.guests:
        if guest.checkin_token or (wanted is not None and guest.id not in wanted):
            continue
        token = new_token(taken)
        taken.add(token)
        updated.append(dataclasses.replace(guest, checkin_token=token))
    if not updated:
        return Changes(message="Alle Gäste haben bereits einen Einlass-Code.")
    return _store(project, ceremony, updated, f"{len(updated)} Einlass-Codes vergeben.")


def reissue_token(project: ProjectFile, ceremony: Ceremony, guest_id: str) -> Changes:
    """A new code for one guest (invitation lost or forwarded); the old one stays known, so a
    scan of it is recognised and warned about instead of letting it in."""
    guest = find_guest(ceremony, guest_id)
    previous = (*guest.previous_tokens, guest.checkin_token) if guest.checkin_token else ()
    updated = dataclasses.replace(
        guest, checkin_token=new_token(all_tokens(ceremony)), previous_tokens=previous
    )
    return _store(
        project,
        ceremony,
        [updated],
        f"Neuer Einlass-Code für {guest.full_name or guest.organisation}; der alte gilt nicht mehr.",
    )


def check_in(project: ProjectFile, ceremony: Ceremony, key: str, when: datetime) -> Changes:
    """Check in the guest with code or id ``key`` at ``when``.

    ``Changes.extra["scan"]`` is the :class:`ScanResult`; nothing is written when it does not
    admit (second scan, unknown or replaced code). An id (a click on a name) admits a guest
    who declined or whose code was replaced – staff chose that person – with the warning."""
    by_id = next((g for g in ceremony.guests if g.id == key), None)
    scan = admit(by_id) if by_id is not None else resolve_scan(ceremony, key)
    if not scan.admit or scan.guest is None:
        return Changes(extra={"scan": scan})
    arrived = dataclasses.replace(scan.guest, arrived_at=when.replace(microsecond=0))
    changes = _store(project, ceremony, [arrived], f"{_name(arrived)} eingelassen.")
    return dataclasses.replace(changes, extra={"scan": dataclasses.replace(scan, guest=arrived)})


def undo_check_in(
    project: ProjectFile, ceremony: Ceremony, guest_id: str, previous: datetime | None = None
) -> Changes:
    """Take a wrong check-in back (``previous``: the arrival time to restore, if any)."""
    guest = find_guest(ceremony, guest_id)
    if guest.arrived_at == previous:
        return Changes()
    restored = dataclasses.replace(guest, arrived_at=previous)
    text = "zurückgenommen" if previous is None else "auf die frühere Zeit gesetzt"
    return _store(project, ceremony, [restored], f"Einlass von {_name(guest)} {text}.")


def add_walk_in(
    project: ProjectFile, ceremony: Ceremony, name: str, category: str, when: datetime
) -> Changes:
    """A guest who came without being on the list: added, checked in, given a code.

    ``Changes.extra["guest"]`` is the new guest (for undo: remove it)."""
    name = " ".join(clean_text(name).split())
    category = " ".join(clean_text(category).split()) or "Gast"
    if not name:
        raise UserError("Bitte den Namen des Gastes eingeben (z. B. „Dr. Anna Beispiel“).")
    title, first, last = _split_name(name)
    guest = Guest(
        title=title,
        first_name=first,
        last_name=last,
        category=category,
        rsvp=RSVP.ACCEPTED,
        walk_in=True,
        arrived_at=when.replace(microsecond=0),
        checkin_token=new_token(all_tokens(ceremony)),
    )
    categories = list(ceremony.guest_categories)
    if category not in categories:
        categories.append(category)
    guest = cleaned(guest)
    with project.transaction():  # the guest and a new category together, or neither
        project.put(guest)
        if categories != ceremony.guest_categories:
            project.save_info(dataclasses.replace(ceremony, guest_categories=categories))
    ceremony.guests.append(guest)
    changes = Changes(frozenset({"guest"}), frozenset({guest.id}))
    if categories != ceremony.guest_categories:
        ceremony.guest_categories = categories
        changes |= Changes(frozenset({"ceremony"}), info=frozenset({"guest_categories"}))
    return dataclasses.replace(
        changes,
        message=f"{_name(guest)} ohne Anmeldung eingelassen ({category}).",
        extra={"guest": guest},
    )


def merge_checkin_copy(project: ProjectFile, ceremony: Ceremony, copy: Ceremony) -> Changes:
    """Take a second door's arrivals into the project, in one transaction (see
    :func:`ceremonykit.guests.checkin_copy.plan_merge`: earliest time kept, conflicts reported).

    ``Changes.extra["plan"]`` is the :class:`~ceremonykit.guests.checkin_copy.MergePlan`."""
    plan = plan_merge(ceremony, copy)
    added = [cleaned(g) for g in plan.added]
    categories = [*ceremony.guest_categories]
    before = len(categories)
    categories += sorted({g.category for g in added} - set(categories))
    if plan.updated or added:
        with project.transaction():
            project.put_many([*plan.updated, *added])
            if categories != ceremony.guest_categories:
                project.save_info(dataclasses.replace(ceremony, guest_categories=categories))
        replace_in_memory(ceremony, [*plan.updated, *added])
        ceremony.guest_categories = categories
    changed = [*plan.updated, *added]
    kinds = ({"guest"} if changed else set()) | (
        {"ceremony"} if len(categories) > before else set()
    )
    return Changes(
        frozenset(kinds),
        frozenset(g.id for g in changed),
        frozenset({"guest_categories"}) if "ceremony" in kinds else frozenset(),
        message=plan.summary,
        extra={"plan": plan},
    )


def _store(project: ProjectFile, ceremony: Ceremony, guests: list[Guest], message: str) -> Changes:
    with project.transaction():
        project.put_many(guests)
    replace_in_memory(ceremony, guests)
    return Changes(frozenset({"guest"}), frozenset(g.id for g in guests), message=message)


def _name(guest: Guest) -> str:
    return guest.full_name or guest.organisation


__all__ = [
    "ScanResult",
    "add_walk_in",
    "check_in",
    "issue_tokens",
    "merge_checkin_copy",
    "reissue_token",
    "undo_check_in",
]
