"""Data protection: delete the guests' personal data for good, and export one person's data.

Purging deletes every guest row and replaces guests' names in photo data (people from left
to right, caption, alt text) by "N. N." – unless the name also belongs to a winner, the host,
a signatory or the jury, whose names are public as part of the award. The file is then
rebuilt with VACUUM (``secure_delete`` is on), so the names are not left in free pages.
Winners, laudations and quotes are not personal guest data and stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from ceremonykit.domain.codec import to_dict
from ceremonykit.domain.model import Ceremony, Guest, Person, Photo
from ceremonykit.guests.collation import base_letters

REDACTED = "N. N."


@dataclass
class PurgePlan:
    """What :func:`ceremonykit.operations.privacy.purge_guest_data` removes: guests, and photos whose name lists mention them."""

    guests: list[Guest] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)  # already scrubbed copies
    names: list[str] = field(default_factory=list)  # guest names that get scrubbed in photos

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


# -------------------------------------------------------------------- export (Art. 15)
def _matches(query: str, *candidates: str) -> bool:
    wanted = base_letters(query).split()
    if not wanted:
        return False
    for text in candidates:
        words = base_letters(text).replace(",", " ").split()
        if words and all(w in words for w in wanted):
            return True
    return False


def _mentions(query: str, text: str) -> bool:
    wanted = " ".join(base_letters(query).split())
    return bool(wanted) and wanted in " ".join(base_letters(text).split())


def _person_dict(person: Person) -> dict[str, Any]:
    data: dict[str, Any] = to_dict(person)
    return data


def export_person(ceremony: Ceremony, query: str, *, source: Path | None = None) -> dict[str, Any]:
    """Everything stored about people matching ``query`` ("Sonnenberg", "Birgit Sonnenberg").

    Each record says where it was found, so staff can answer a request under Art. 15 DSGVO
    and correct or delete the data.
    """
    records: list[dict[str, Any]] = []

    def add(where: str, kind: str, data: Any) -> None:
        records.append({"fundstelle": where, "art": kind, "daten": data})

    for guest in ceremony.guests:
        if _matches(query, guest.full_name, f"{guest.first_name} {guest.last_name}"):
            add(f"Gästeliste, Gast „{guest.full_name}“ (ID {guest.id})", "Gast", to_dict(guest))
    if _matches(query, ceremony.host.full_name):
        add("Verleihung, Gastgeber/in", "Person", _person_dict(ceremony.host))
    for winner in ceremony.winners:
        for person in winner.persons:
            if _matches(query, person.full_name):
                add(
                    f"Preisträger „{winner.display_name}“ (ID {winner.id}), Person",
                    "Person",
                    _person_dict(person),
                )
        for quote in winner.quotes:
            if _matches(query, quote.speaker):
                add(f"Preisträger „{winner.display_name}“, Zitat", "Zitat", to_dict(quote))
        if _matches(query, winner.laudator):
            add(f"Preisträger „{winner.display_name}“, Laudator/in", "Name", winner.laudator)
    if ceremony.host_quote and _matches(query, ceremony.host_quote.speaker):
        add(
            "Verleihung, Zitat der Gastgeberin/des Gastgebers",
            "Zitat",
            to_dict(ceremony.host_quote),
        )
    for applicant in ceremony.applicants:
        for person in applicant.persons:
            if _matches(query, person.full_name):
                add(f"Bewerbung (ID {applicant.id}), Person", "Person", _person_dict(person))
    for photo in ceremony.photos:
        names = [n for n in photo.persons_left_to_right if _matches(query, n)]
        in_text = _mentions(query, photo.caption) or _mentions(query, photo.alt_text)
        if names or in_text:
            add(
                f"Foto (ID {photo.id}, Datei-Asset {photo.asset_id})",
                "Fotoerwähnung",
                {
                    "personen_v_l": photo.persons_left_to_right,
                    "bildunterschrift": photo.caption,
                    "alternativtext": photo.alt_text,
                    "einwilligung": photo.consent,
                },
            )
    for signatory in ceremony.signatories:
        if _matches(query, signatory.name):
            add(f"Unterzeichnende (ID {signatory.id})", "Unterzeichner", to_dict(signatory))
    for name in ceremony.jury:
        if _matches(query, name):
            add("Verleihung, Jury", "Name", name)
    return {
        "anfrage": query,
        "erstellt": datetime.now().isoformat(timespec="seconds"),
        "projektdatei": str(source) if source else "",
        "verleihung": ceremony.title,
        "anzahl_fundstellen": len(records),
        "fundstellen": records,
        "hinweis": (
            "Auskunft nach Art. 15 DSGVO: alle in dieser Projektdatei gespeicherten Angaben "
            "zu der gesuchten Person. Ausgegebene Dokumente (PDF, Word, Excel) außerhalb der "
            "Projektdatei sind nicht erfasst."
        ),
    }
