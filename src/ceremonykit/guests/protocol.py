"""Protocol order: which honoured guests the host greets, in which order and in which groups.

On the night the greeting can be made from those checked in at the door instead of those who
accepted (``present_only``); :func:`greeting_difference` names who is missing and who is new.

Honoured guests are those with a protocol rank who accepted. Holders of the same office
("Bürgermeisterin Sonnenberg" and "Bürgermeister Kaya") are greeted together at the place of
the highest-ranking of them, as protocol does; everyone else is greeted alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ceremonykit.domain.model import RSVP, Guest
from ceremonykit.german.address import Addressee, salutation_line
from ceremonykit.german.offices import office_of
from ceremonykit.guests.collation import guest_key


@dataclass(frozen=True)
class GreetingGroup:
    office: str | None  # the shared office, or None for a single guest
    guests: tuple[Guest, ...]

    @property
    def text(self) -> str:
        """ "Sehr geehrte Frau Bürgermeisterin Sonnenberg, sehr geehrter Herr Bürgermeister Kaya,"."""
        return joined_salutations(list(self.guests))


def honoured_guests(guests: list[Guest], *, present_only: bool = False) -> list[Guest]:
    """Guests with a protocol rank who accepted, by rank (ties by name); ``present_only``:
    those with a protocol rank who were checked in at the door, whatever they had replied."""
    chosen = [
        g
        for g in guests
        if g.protocol_rank is not None
        and (g.arrived_at is not None if present_only else g.rsvp is RSVP.ACCEPTED)
    ]
    return sorted(chosen, key=lambda g: (g.protocol_rank or 0, guest_key(g)))


@dataclass(frozen=True)
class GreetingDifference:
    """The greeting of those present against the planned one, for briefing the host."""

    missing: tuple[Guest, ...]  # planned (accepted) but not checked in
    new: tuple[Guest, ...]  # checked in but not planned (declined, no answer, walk-in)


def greeting_difference(guests: list[Guest]) -> GreetingDifference:
    planned = honoured_guests(guests)
    present = honoured_guests(guests, present_only=True)
    planned_ids = {g.id for g in planned}
    present_ids = {g.id for g in present}
    return GreetingDifference(
        tuple(g for g in planned if g.id not in present_ids),
        tuple(g for g in present if g.id not in planned_ids),
    )


def greeting_groups(guests: list[Guest], *, present_only: bool = False) -> list[GreetingGroup]:
    """Honoured guests in protocol order, holders of the same office joined in one group."""
    groups: list[GreetingGroup] = []
    by_office: dict[str, int] = {}
    members: list[list[Guest]] = []
    offices: list[str | None] = []
    for guest in honoured_guests(guests, present_only=present_only):
        office = office_of(guest.function)
        if office and office in by_office:
            members[by_office[office]].append(guest)
            continue
        if office:
            by_office[office] = len(members)
        members.append([guest])
        offices.append(office)
    for office, group in zip(offices, members, strict=True):
        groups.append(GreetingGroup(office if len(group) > 1 else None, tuple(group)))
    return groups


def joined_salutations(persons: Sequence[Addressee], *, spoken: bool = True) -> str:
    """One greeting line for a protocol group in protocol order, ending with a comma:
    "Sehr geehrte Frau Bürgermeisterin Sonnenberg, sehr geehrter Herr Abgeordneter Demir,"."""
    parts = [
        salutation_line(p, use_office=True, spoken=spoken, capitalise=i == 0)
        for i, p in enumerate(persons)
    ]
    return ", ".join(parts) + ","
