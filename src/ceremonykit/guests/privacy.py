"""Data protection: plan the deletion of the guests' personal data (the write is the operation
:func:`ceremonykit.operations.privacy.purge_guests`; the Art. 15 export is ``person_export``).

Purging deletes every guest row and replaces guests' names in photo data (people from left
to right, caption, alt text) by "N. N." – unless the name also belongs to a winner, the host,
a signatory or the jury, whose names are public as part of the award. The file is then
rebuilt with VACUUM (``secure_delete`` is on), so the names are not left in free pages, and
the temporary folder (:mod:`ceremonykit.scratch`: GUI previews, read copies) is emptied and
the names are blanked out of the log files. The import report beside the project file
("NAME – Importbericht.csv", names and e-mail addresses of the imported rows) is deleted.
Winners, laudations and quotes are not personal guest data and stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ceremonykit.domain.model import Ceremony, Guest, Person, Photo
from ceremonykit.guests.collation import base_letters

REDACTED = "N. N."


@dataclass
class PurgePlan:
    """What :func:`purge` would remove: guests, and photos whose name lists mention them."""

    guests: list[Guest] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)  # already scrubbed copies
    names: list[str] = field(default_factory=list)  # guest names that get scrubbed in photos
    # filled in by operations.privacy.purge_guests: what did not complete after the deletion
    not_rebuilt: str = ""  # why the file could not be rebuilt (German), "" when it was
    temp_left: list[Path] = field(default_factory=list)  # temp or log files left unscrubbed
    reports_deleted: list[Path] = field(default_factory=list)  # import reports beside the file

    @property
    def empty(self) -> bool:
        return not self.guests and not self.photos


def _public_names(ceremony: Ceremony) -> set[str]:
    persons: list[Person] = [ceremony.host]
    for winner in ceremony.winners:
        persons += winner.persons
    names = {base_letters(p.full_name) for p in persons}
    names |= {base_letters(f"{p.first_name} {p.last_name}") for p in persons}
    names |= {base_letters(s.name) for s in ceremony.signatories}
    names |= {base_letters(n) for n in ceremony.jury}
    names |= {base_letters(w.laudator) for w in ceremony.winners}
    return {n.strip() for n in names if n.strip()}


def _name_variants(guest: Guest) -> list[str]:
    variants = {guest.full_name, f"{guest.first_name} {guest.last_name}".strip()}
    return sorted((v for v in variants if v and guest.last_name), key=len, reverse=True)


def plan_purge(ceremony: Ceremony) -> PurgePlan:
    """Compute the purge without changing anything (for the listing before ``--yes``)."""
    public = _public_names(ceremony)
    private = [g for g in ceremony.guests if base_letters(g.full_name).strip() not in public]
    private = [
        g for g in private if base_letters(f"{g.first_name} {g.last_name}").strip() not in public
    ]
    variants = sorted({v for g in private for v in _name_variants(g)}, key=len, reverse=True)
    plan = PurgePlan(guests=list(ceremony.guests))
    if not variants:
        return plan
    pattern = re.compile("|".join(re.escape(v) for v in variants), re.IGNORECASE)
    used: set[str] = set()

    def redact(match: re.Match[str]) -> str:
        used.add(match.group(0))
        return REDACTED

    for photo in ceremony.photos:
        persons = []
        for name in photo.persons_left_to_right:
            if pattern.fullmatch(name.strip()):
                used.add(name.strip())
                persons.append(REDACTED)
            else:
                persons.append(name)
        caption = pattern.sub(redact, photo.caption)
        alt_text = pattern.sub(redact, photo.alt_text)
        if (persons, caption, alt_text) != (
            photo.persons_left_to_right,
            photo.caption,
            photo.alt_text,
        ):
            plan.photos.append(
                replace(photo, persons_left_to_right=persons, caption=caption, alt_text=alt_text)
            )
    plan.names = sorted(used, key=base_letters)
    return plan


def purged_texts(guests: list[Guest]) -> list[str]:
    """What identifies the purged guests in a log line: names and e-mail addresses."""
    texts = [v for g in guests for v in _name_variants(g)]
    texts += [g.last_name for g in guests if len(g.last_name) >= 4]
    texts += [g.email for g in guests if g.email]
    return texts
