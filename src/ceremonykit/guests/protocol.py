"""Protocol order: which honoured guests the host greets, in which order and in which groups.

Honoured guests are those with a protocol rank who accepted. Holders of the same office
("Bürgermeisterin Sonnenberg" and "Bürgermeister Kaya") are greeted together at the place of
the highest-ranking of them, as protocol does; everyone else is greeted alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.german.address import Addressee, salutation_line
from ceremonykit.german.offices import office_of
from ceremonykit.guests.collation import base_letters, guest_key


@dataclass(frozen=True)
class GreetingGroup:
    office: str | None  # the shared office, or None for a single guest
    guests: tuple[Guest, ...]

    @property
    def text(self) -> str:
        """ "Sehr geehrte Frau Bürgermeisterin Sonnenberg, sehr geehrter Herr Bürgermeister Kaya,"."""
        return joined_salutations(list(self.guests))


def is_host(ceremony: Ceremony, guest: Guest) -> bool:
    """The guest is the ceremony's host (same first and last name, accents aside): the host
    signs the invitations and gives the speech, so is neither invited nor greeted."""
    host = ceremony.host
    if not host.last_name:
        return False
    return (base_letters(guest.first_name), base_letters(guest.last_name)) == (
        base_letters(host.first_name),
        base_letters(host.last_name),
    )


def honoured_guests(guests: list[Guest]) -> list[Guest]:
    """Guests with a protocol rank who accepted, by rank (ties by name)."""
    chosen = [g for g in guests if g.protocol_rank is not None and g.rsvp is RSVP.ACCEPTED]
    return sorted(chosen, key=lambda g: (g.protocol_rank or 0, guest_key(g)))


def greeting_groups(guests: list[Guest]) -> list[GreetingGroup]:
    """Honoured guests in protocol order, holders of the same office joined in one group."""
    groups: list[GreetingGroup] = []
    by_office: dict[str, int] = {}
    members: list[list[Guest]] = []
    offices: list[str | None] = []
    for guest in honoured_guests(guests):
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
