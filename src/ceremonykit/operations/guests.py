"""Guest management as operations: add, companions, update, delete, categories.

The rules (validation, what a named companion inherits, which companions go with a deleted
guest, category lists) live in :mod:`ceremonykit.guests.manage`; each operation here applies
one of them: validate, clean, write one transaction, update the ceremony in memory, return
:class:`Changes`. ``Changes.extra`` carries what an undo needs (``before``: former versions of
changed guests; ``removed`` and ``indices`` for deletions; ``categories``: the former list).
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from ceremonykit.domain.cleaning import clean_text, cleaned
from ceremonykit.domain.model import Ceremony, Guest
from ceremonykit.guests import manage
from ceremonykit.operations.changes import Changes
from ceremonykit.operations.edit import remove_objects, replace_in_memory
from ceremonykit.store import ProjectFile


def _store(
    project: ProjectFile, ceremony: Ceremony, guests: list[Guest], categories: list[str]
) -> Changes:
    """Write changed/new guests and the category list in one transaction, then memory."""
    before_categories = list(ceremony.guest_categories)
    known = {g.id: g for g in ceremony.guests}
    before = [copy.deepcopy(known[g.id]) for g in guests if g.id in known]
    info_changed = categories != ceremony.guest_categories
    with project.transaction():
        project.put_many(guests)
        if info_changed:
            project.save_info(dataclasses.replace(ceremony, guest_categories=categories))
    replace_in_memory(ceremony, guests)
    ceremony.guest_categories = categories
    return Changes(
        frozenset({"guest"} if guests else set()) | ({"ceremony"} if info_changed else set()),
        frozenset(g.id for g in guests),
        frozenset({"guest_categories"} if info_changed else set()),
        extra={
            "before": before,
            "added": [g.id for g in guests if g.id not in known],
            "categories": before_categories,
        },
    )


def add_guest(project: ProjectFile, ceremony: Ceremony, guest: Guest) -> Changes:
    """Add a guest; a new category joins the category list."""
    guest = cleaned(copy.deepcopy(guest))
    manage.validate_guest(ceremony, guest)
    return _store(project, ceremony, [guest], manage.categories_with(ceremony, [guest]))


def add_companion(
    project: ProjectFile, ceremony: Ceremony, host_id: str, companion: Guest
) -> Changes:
    """Add a named companion of ``host_id`` (inherits RSVP, category and table)."""
    companion = manage.companion_for(ceremony, host_id, cleaned(copy.deepcopy(companion)))
    manage.validate_guest(ceremony, companion)
    changes = _store(project, ceremony, [companion], manage.categories_with(ceremony, [companion]))
    host = manage.find_guest(ceremony, host_id)
    return dataclasses.replace(changes, message=f"Begleitung von {host.full_name} angelegt.")


def update_guest(project: ProjectFile, ceremony: Ceremony, guest_id: str, **values: Any) -> Changes:
    """Change fields of one guest, validated as a whole before anything is written."""
    values = {
        k: clean_text(v, multiline=k == "notes") if type(v) is str else v for k, v in values.items()
    }
    guest = manage.updated_guest(ceremony, guest_id, values)
    return _store(project, ceremony, [guest], manage.categories_with(ceremony, [guest]))


def delete_guests(project: ProjectFile, ceremony: Ceremony, guest_ids: list[str]) -> Changes:
    """Delete guests and their named companions (one transaction)."""
    doomed = manage.with_companions(ceremony, guest_ids)
    changes = remove_objects(project, ceremony, doomed)
    return dataclasses.replace(
        changes,
        message=f"{len(doomed)} Gäste gelöscht.",
        extra={**changes.extra, "removed": doomed},
    )


def add_category(project: ProjectFile, ceremony: Ceremony, name: str) -> Changes:
    return _store(project, ceremony, [], manage.category_added(ceremony, clean_text(name)))


def rename_category(project: ProjectFile, ceremony: Ceremony, old: str, new: str) -> Changes:
    """Rename a category in the list and for every guest in it."""
    categories, guests = manage.category_renamed(ceremony, old, clean_text(new))
    return _store(project, ceremony, guests, categories)


def remove_category(
    project: ProjectFile, ceremony: Ceremony, name: str, move_to: str | None = None
) -> Changes:
    """Remove a category; its guests move to ``move_to`` (required when it is in use)."""
    categories, guests = manage.category_removed(ceremony, name, move_to)
    return _store(project, ceremony, guests, categories)


def move_category(project: ProjectFile, ceremony: Ceremony, name: str, index: int) -> Changes:
    """Change the order of the categories (the guest list groups in this order)."""
    return _store(project, ceremony, [], manage.category_moved(ceremony, name, index))
