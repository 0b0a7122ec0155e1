"""The rules of the guest list: validation, named companions, categories, counts, duplicates.

The functions here change nothing: they validate and compute the new guests and category
lists, which the operations in :mod:`ceremonykit.operations.guests` then store (one
transaction) and put into the ceremony in memory. Invalid input raises
:class:`~ceremonykit.errors.UserError` with a German message. Counting, duplicates and the
category order are read-only helpers the documents share.
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


def validate_guest(ceremony: Ceremony, guest: Guest) -> None:
    """Refuse a guest without a name, with negative companions or a broken companion link."""
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


def companion_for(ceremony: Ceremony, host_id: str, companion: Guest) -> Guest:
    """``companion`` as a named companion of ``host_id`` (a copy): linked to the host and,
    where not given, with the host's RSVP, category and table."""
    host = find_guest(ceremony, host_id)
    if host.companion_of is not None:
        raise UserError(messages.companion_of_companion(host.full_name))
    return replace(
        companion,
        companion_of=host.id,
        table=companion.table or host.table,
        rsvp=host.rsvp if companion.rsvp is RSVP.INVITED else companion.rsvp,
        category=host.category
        if companion.category == "Gast" and host.category
        else companion.category,
    )


def updated_guest(ceremony: Ceremony, guest_id: str, changes: dict[str, Any]) -> Guest:
    """A copy of the guest with ``changes`` applied, validated as a whole."""
    for name in changes:
        if name not in _EDITABLE:
            raise UserError(messages.unknown_field(name))
    updated = replace(find_guest(ceremony, guest_id), **changes)
    validate_guest(ceremony, updated)
    return updated


def companions_of(ceremony: Ceremony, guest_id: str) -> list[Guest]:
    return [g for g in ceremony.guests if g.companion_of == guest_id]


def with_companions(ceremony: Ceremony, guest_ids: list[str]) -> list[Guest]:
    """The guests and their named companions (deleting a guest deletes the companions)."""
    doomed = set(guest_ids)
    doomed |= {g.id for g in ceremony.guests if g.companion_of in doomed}
    return [g for g in ceremony.guests if g.id in doomed]


def categories_with(ceremony: Ceremony, guests: list[Guest]) -> list[str]:
    """The category list extended by categories these guests bring in."""
    categories = list(ceremony.guest_categories)
    for guest in guests:
        if guest.category and guest.category not in categories:
            categories.append(guest.category)
    return categories


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


def category_added(ceremony: Ceremony, name: str) -> list[str]:
    """The category list with ``name`` appended."""
    name = name.strip()
    if not name:
        raise UserError(messages.empty_category())
    if name.casefold() in (c.casefold() for c in ceremony.guest_categories):
        raise UserError(messages.category_exists(name))
    return [*ceremony.guest_categories, name]


def category_renamed(ceremony: Ceremony, old: str, new: str) -> tuple[list[str], list[Guest]]:
    """The category list and copies of the guests whose category changes."""
    new = new.strip()
    if not new:
        raise UserError(messages.empty_category())
    if old not in ceremony.guest_categories:
        raise UserError(messages.unknown_category(old))
    if new != old and new in ceremony.guest_categories:
        raise UserError(messages.category_exists(new))
    categories = [new if c == old else c for c in ceremony.guest_categories]
    return categories, [replace(g, category=new) for g in ceremony.guests if g.category == old]


def category_removed(
    ceremony: Ceremony, name: str, move_to: str | None = None
) -> tuple[list[str], list[Guest]]:
    """The category list without ``name`` and copies of its guests moved to ``move_to``
    (required when the category is in use)."""
    if name not in ceremony.guest_categories:
        raise UserError(messages.unknown_category(name))
    users = [g for g in ceremony.guests if g.category == name]
    if users and not move_to:
        raise UserError(messages.category_in_use(name, len(users)))
    if move_to and move_to not in ceremony.guest_categories:
        raise UserError(messages.unknown_category(move_to))
    categories = [c for c in ceremony.guest_categories if c != name]
    return categories, [replace(g, category=move_to or g.category) for g in users]


def category_moved(ceremony: Ceremony, name: str, new_index: int) -> list[str]:
    """The category list with ``name`` at ``new_index`` (the guest list groups in this order)."""
    if name not in ceremony.guest_categories:
        raise UserError(messages.unknown_category(name))
    categories = [c for c in ceremony.guest_categories if c != name]
    categories.insert(max(0, new_index), name)
    return categories


RSVP_LABELS: dict[RSVP, str] = {
    RSVP.INVITED: "eingeladen",
    RSVP.ACCEPTED: "zugesagt",
    RSVP.DECLINED: "abgesagt",
    RSVP.OPEN: "offen",
}
