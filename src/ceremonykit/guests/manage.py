"""Editing the guest list of a ceremony: the functions the GUI, the CLI and the tests share.

All functions change the :class:`~ceremonykit.domain.model.Ceremony` in memory and return the
guests they touched, so that the caller (an undo command, the CLI) can store exactly those
with ``ProjectFile.put_many`` / ``ProjectFile.delete``. Invalid input raises
:class:`~ceremonykit.errors.UserError` with a German message; nothing is changed then.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields, replace
from typing import Any

from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.errors import UserError
from ceremonykit.guests import messages
from ceremonykit.guests.collation import base_letters

_EDITABLE = {f.name for f in fields(Guest)} - {"id"}


def find_guest(ceremony: Ceremony, guest_id: str) -> Guest:
    for guest in ceremony.guests:
        if guest.id == guest_id:
            return guest
    raise UserError(messages.unknown_guest(guest_id))


def _validate(ceremony: Ceremony, guest: Guest) -> None:
    if not (guest.last_name.strip() or guest.organisation.strip()):
        raise UserError(messages.name_missing())
    if guest.companions < 0:
        raise UserError(messages.negative_companions(guest.companions))
    if guest.companion_of is not None:
        if guest.companion_of == guest.id:
            raise UserError(messages.companion_of_self())
        host = find_guest(ceremony, guest.companion_of)
        if host.companion_of is not None:
            raise UserError(messages.companion_of_companion(host.full_name))


def add_guest(ceremony: Ceremony, guest: Guest) -> Guest:
    """Append ``guest``; its category is added to the category list if it is new."""
    _validate(ceremony, guest)
    ceremony.guests.append(guest)
    if guest.category and guest.category not in ceremony.guest_categories:
        ceremony.guest_categories.append(guest.category)
    return guest


def add_companion(ceremony: Ceremony, host_id: str, companion: Guest) -> Guest:
    """Add a named companion linked to ``host_id``; inherits RSVP, category and table."""
    host = find_guest(ceremony, host_id)
    if host.companion_of is not None:
        raise UserError(messages.companion_of_companion(host.full_name))
    companion.companion_of = host.id
    if not companion.table:
        companion.table = host.table
    if companion.rsvp is RSVP.INVITED:
        companion.rsvp = host.rsvp
    if companion.category == "Gast" and host.category:
        companion.category = host.category
    return add_guest(ceremony, companion)


def update_guest(ceremony: Ceremony, guest_id: str, **changes: Any) -> Guest:
    """Change fields of one guest (validated as a whole before anything is applied)."""
    for name in changes:
        if name not in _EDITABLE:
            raise UserError(messages.unknown_field(name))
    guest = find_guest(ceremony, guest_id)
    updated = replace(guest, **changes)
    _validate(ceremony, updated)
    for name, value in changes.items():
        setattr(guest, name, value)
    if guest.category and guest.category not in ceremony.guest_categories:
        ceremony.guest_categories.append(guest.category)
    return guest


def companions_of(ceremony: Ceremony, guest_id: str) -> list[Guest]:
    return [g for g in ceremony.guests if g.companion_of == guest_id]


def delete_guests(ceremony: Ceremony, guest_ids: list[str]) -> list[Guest]:
    """Remove guests and their named companions; returns every removed guest."""
    doomed = set(guest_ids)
    doomed |= {g.id for g in ceremony.guests if g.companion_of in doomed}
    removed = [g for g in ceremony.guests if g.id in doomed]
    ceremony.guests = [g for g in ceremony.guests if g.id not in doomed]
    return removed


def persons_count(guest: Guest) -> int:
    """The guest plus unnamed companions (named companions are guests of their own)."""
    return 1 + max(guest.companions, 0)


# ------------------------------------------------------------------------------ duplicates
@dataclass(frozen=True)
class Duplicate:
    """Two guests who are probably the same person, and why we think so."""

    first: Guest
    second: Guest
    reason: str  # German


def _name_signature(guest: Guest) -> str:
    return base_letters(f"{guest.first_name} {guest.last_name}").replace("-", " ").strip()


def find_duplicates(guests: list[Guest]) -> list[Duplicate]:
    """Pairs with the same e-mail address, or the same name ignoring case and accents."""
    found: list[Duplicate] = []
    seen_pairs: set[tuple[str, str]] = set()
    by_email: dict[str, Guest] = {}
    by_name: dict[str, Guest] = {}
    for guest in guests:
        checks = []
        email = guest.email.strip().casefold()
        if email:
            checks.append((by_email, email, f"gleiche E-Mail-Adresse {guest.email.strip()}"))
        name = " ".join(_name_signature(guest).split())
        if guest.last_name.strip():
            checks.append((by_name, name, "gleicher Name"))
        for index, key, reason in checks:
            other = index.get(key)
            if other is None:
                index[key] = guest
                continue
            pair = (other.id, guest.id)
            if pair not in seen_pairs:
                seen_pairs.add(pair)
                found.append(Duplicate(other, guest, reason))
    return found


# ---------------------------------------------------------------------------------- counts
@dataclass(frozen=True)
class GuestCounts:
    """Guests and persons (guests plus unnamed companions) per RSVP state and per category."""

    guests_by_rsvp: dict[RSVP, int]
    persons_by_rsvp: dict[RSVP, int]
    guests_by_category: dict[str, int]
    persons_by_category: dict[str, int]  # only guests who accepted or are open

    @property
    def expected_persons(self) -> int:
        """Persons who said yes – the number for catering and chairs."""
        return self.persons_by_rsvp[RSVP.ACCEPTED]

    @property
    def total_guests(self) -> int:
        return sum(self.guests_by_rsvp.values())


def count_guests(ceremony: Ceremony) -> GuestCounts:
    guests_rsvp: Counter[RSVP] = Counter()
    persons_rsvp: Counter[RSVP] = Counter()
    guests_cat: Counter[str] = Counter()
    persons_cat: Counter[str] = Counter()
    for guest in ceremony.guests:
        guests_rsvp[guest.rsvp] += 1
        persons_rsvp[guest.rsvp] += persons_count(guest)
        guests_cat[guest.category] += 1
        if guest.rsvp in (RSVP.ACCEPTED, RSVP.OPEN):
            persons_cat[guest.category] += persons_count(guest)
    order = category_order(ceremony)
    return GuestCounts(
        {state: guests_rsvp[state] for state in RSVP},
        {state: persons_rsvp[state] for state in RSVP},
        {c: guests_cat[c] for c in order if guests_cat[c] or c in ceremony.guest_categories},
        {c: persons_cat[c] for c in order if guests_cat[c] or c in ceremony.guest_categories},
    )


# ------------------------------------------------------------------------------ categories
def category_order(ceremony: Ceremony) -> list[str]:
    """The edited category list, then categories only guests use (alphabetically)."""
    listed = list(ceremony.guest_categories)
    extra = sorted(
        {g.category for g in ceremony.guests if g.category not in listed}, key=base_letters
    )
    return listed + extra


def add_category(ceremony: Ceremony, name: str) -> None:
    name = name.strip()
    if not name:
        raise UserError(messages.empty_category())
    if name.casefold() in (c.casefold() for c in ceremony.guest_categories):
        raise UserError(messages.category_exists(name))
    ceremony.guest_categories.append(name)


def rename_category(ceremony: Ceremony, old: str, new: str) -> list[Guest]:
    """Rename a category everywhere; returns the guests whose category changed."""
    new = new.strip()
    if not new:
        raise UserError(messages.empty_category())
    if old not in ceremony.guest_categories:
        raise UserError(messages.unknown_category(old))
    if new != old and new in ceremony.guest_categories:
        raise UserError(messages.category_exists(new))
    ceremony.guest_categories[ceremony.guest_categories.index(old)] = new
    changed = [g for g in ceremony.guests if g.category == old]
    for guest in changed:
        guest.category = new
    return changed


def remove_category(ceremony: Ceremony, name: str, *, move_to: str | None = None) -> list[Guest]:
    """Remove a category; its guests move to ``move_to`` (required when it is in use)."""
    if name not in ceremony.guest_categories:
        raise UserError(messages.unknown_category(name))
    users = [g for g in ceremony.guests if g.category == name]
    if users and not move_to:
        raise UserError(messages.category_in_use(name, len(users)))
    if move_to and move_to not in ceremony.guest_categories:
        raise UserError(messages.unknown_category(move_to))
    ceremony.guest_categories.remove(name)
    for guest in users:
        guest.category = move_to or guest.category
    return users


def move_category(ceremony: Ceremony, name: str, new_index: int) -> None:
    """Change the order categories appear in (the guest list groups in this order)."""
    if name not in ceremony.guest_categories:
        raise UserError(messages.unknown_category(name))
    ceremony.guest_categories.remove(name)
    ceremony.guest_categories.insert(max(0, new_index), name)


RSVP_LABELS: dict[RSVP, str] = {
    RSVP.INVITED: "eingeladen",
    RSVP.ACCEPTED: "zugesagt",
    RSVP.DECLINED: "abgesagt",
    RSVP.OPEN: "offen",
}
