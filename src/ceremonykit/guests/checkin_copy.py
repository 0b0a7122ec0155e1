"""A second door: a check-in copy of the project for another laptop, and merging it back.

The copy is an ordinary ``.ceremony`` file (so the second laptop opens it in CeremonyKit and
checks in on the Einlass page, offline) that holds only what the door needs: the event's name,
date and place, the guest categories and, per guest, the name, category, table, companions,
reply, check-in code and arrival – no e-mail, function, organisation, notes, protocol rank,
photos, winners or sender data. Its guests keep their ids, so arrivals merge back by id.

:func:`plan_merge` compares a copy with the project without writing: arrivals the project does
not have yet are taken, of two arrival times the earlier one is kept, and every case that needs
a person's look is a conflict in German (the same guest let in at both doors, a code that was
replaced after the export, a guest deleted since). Walk-ins added at the second door become
guests of the project. Merging the same copy again changes nothing, so a copy can be merged
during the evening and again at the end.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime

from ceremonykit.domain.model import Ceremony, Guest
from ceremonykit.guests.checkin import clock

COPY_MARK = "checkin.copy_of"
"""Setting in a check-in copy: the name of the project it was exported from."""

DOOR_FIELDS = (
    "id",
    "salutation",
    "title",
    "first_name",
    "last_name",
    "category",
    "rsvp",
    "companions",
    "companion_of",
    "table",
    "checkin_token",
    "previous_tokens",
    "arrived_at",
    "walk_in",
)
"""The guest fields a check-in copy carries; everything else stays in the project."""


def door_guest(guest: Guest) -> Guest:
    """The guest as the door needs it (see :data:`DOOR_FIELDS`)."""
    return Guest(**{name: getattr(guest, name) for name in DOOR_FIELDS})


def checkin_copy(ceremony: Ceremony, source_name: str) -> Ceremony:
    """The ceremony reduced to what a second door needs."""
    return Ceremony(
        award_name=ceremony.award_name,
        year=ceremony.year,
        ceremony_date=ceremony.ceremony_date,
        ceremony_time=ceremony.ceremony_time,
        venue=ceremony.venue,
        guest_categories=list(ceremony.guest_categories),
        settings={COPY_MARK: source_name},
        guests=[door_guest(g) for g in ceremony.guests],
    )


@dataclass
class MergePlan:
    """What merging a copy would change, and what staff should look at."""

    updated: list[Guest] = field(default_factory=list)  # project guests with a new arrival
    added: list[Guest] = field(default_factory=list)  # walk-ins from the second door
    kept: int = 0  # arrivals where the project's time was earlier or equal
    conflicts: list[str] = field(default_factory=list)  # German, one per case

    @property
    def summary(self) -> str:
        parts = [
            f"{len(self.updated)} Einlässe übernommen",
            f"{len(self.added)} Gäste ohne Anmeldung hinzugefügt",
            f"{len(self.conflicts)} Konflikte",
        ]
        return ", ".join(parts) + "."


def plan_merge(ceremony: Ceremony, copy: Ceremony) -> MergePlan:
    """Compare the copy's arrivals with the project's (nothing is written)."""
    plan = MergePlan()
    ours = {g.id: g for g in ceremony.guests}
    for theirs in copy.guests:
        if theirs.arrived_at is None:
            continue  # not arrived there, or taken back there: the project's state stands
        mine = ours.get(theirs.id)
        name = theirs.full_name or theirs.id
        if mine is None:
            if theirs.walk_in:
                plan.added.append(dataclasses.replace(theirs))
            else:
                plan.conflicts.append(
                    f"{name}: an der zweiten Tür um {clock(theirs.arrived_at)} eingelassen, "
                    "steht aber nicht mehr in der Gästeliste (gelöscht?) – nicht übernommen."
                )
            continue
        if theirs.checkin_token and theirs.checkin_token in mine.previous_tokens:
            plan.conflicts.append(
                f"{name}: an der zweiten Tür mit einem Code eingelassen, der inzwischen ersetzt "
                "wurde – bitte prüfen, wer tatsächlich kam."
            )
        if mine.arrived_at is None:
            plan.updated.append(dataclasses.replace(mine, arrived_at=theirs.arrived_at))
            continue
        if theirs.arrived_at < mine.arrived_at:
            plan.updated.append(dataclasses.replace(mine, arrived_at=theirs.arrived_at))
        else:
            plan.kept += 1
        if theirs.arrived_at != mine.arrived_at:
            plan.conflicts.append(_twice(name, mine.arrived_at, theirs.arrived_at))
    return plan


def _twice(name: str, here: datetime, there: datetime) -> str:
    earlier = min(here, there)
    return (
        f"{name}: an beiden Türen eingelassen (hier {clock(here)}, an der zweiten Tür "
        f"{clock(there)}) – {clock(earlier)} behalten. Gleicher Code zweimal? Bitte prüfen."
    )
