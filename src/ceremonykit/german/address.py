"""Forms of address: "Sehr geehrte Frau Dr. Müller", "Herrn Dr. Max Müller", "Guten Tag Alex Kim".

Shared by the press materials and the guest documents (greeting list, letters, badges). Works
on anything with ``salutation``, ``title``, ``first_name`` and ``last_name`` (Person, Guest).
People who gave no gender or "divers" are addressed with their full name and "Guten Tag",
as DIN 5008 recommends; unknown recipients get "Sehr geehrte Damen und Herren".
"""

from __future__ import annotations

from typing import Protocol

from ceremonykit.domain.model import Salutation


class Addressee(Protocol):
    """The fields a form of address needs (satisfied by Person and Guest)."""

    salutation: Salutation
    title: str
    first_name: str
    last_name: str


GENERIC_SALUTATION = "Sehr geehrte Damen und Herren"


def _join(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def name_with_title(person: Addressee, *, first_name: bool = True) -> str:
    """ "Dr. Anna Müller" or, without first name, "Dr. Müller"."""
    return _join(person.title, person.first_name if first_name else "", person.last_name)


def address_form(person: Addressee, *, first_name: bool = False) -> str:
    """How one speaks of or to the person: "Frau Dr. Müller", "Herr Weber", "Alex Kim".

    Neutral and unknown salutations use the full name (there is no neutral "Frau/Herr").
    """
    salutation = Salutation(person.salutation)
    if salutation is Salutation.FRAU:
        return _join("Frau", name_with_title(person, first_name=first_name))
    if salutation is Salutation.HERR:
        return _join("Herr", name_with_title(person, first_name=first_name))
    return name_with_title(person)


def recipient_line(person: Addressee) -> str:
    """First line of a postal address or an envelope: "Frau Dr. Anna Müller", "Herrn Max Weber"."""
    salutation = Salutation(person.salutation)
    prefix = {Salutation.FRAU: "Frau", Salutation.HERR: "Herrn"}.get(salutation, "")
    return _join(prefix, name_with_title(person))


def salutation_line(person: Addressee | None, *, formal: bool = True) -> str:
    """The opening of a letter or speech, without the comma.

    formal: "Sehr geehrte Frau Dr. Müller" / "Sehr geehrter Herr Weber" / "Guten Tag Alex Kim";
    informal: "Liebe Frau Dr. Müller" / "Lieber Herr Weber" / "Hallo Alex Kim".
    """
    if person is None or not (person.last_name or person.first_name):
        return GENERIC_SALUTATION if formal else "Liebe Gäste"
    salutation = Salutation(person.salutation)
    if salutation is Salutation.FRAU:
        opener = "Sehr geehrte" if formal else "Liebe"
    elif salutation is Salutation.HERR:
        opener = "Sehr geehrter" if formal else "Lieber"
    else:
        opener = "Guten Tag" if formal else "Hallo"
    return _join(opener, address_form(person))


def dear_all(people: list[Addressee], *, formal: bool = True) -> str:
    """One opening for several people, women first as is customary:
    "Sehr geehrte Frau Nowak, sehr geehrter Herr Yılmaz"."""
    ordered = sorted(people, key=lambda p: Salutation(p.salutation) is not Salutation.FRAU)
    lines = [salutation_line(p, formal=formal) for p in ordered]
    lines = [lines[0], *(line[0].lower() + line[1:] for line in lines[1:])] if lines else []
    return ", ".join(lines) or (GENERIC_SALUTATION if formal else "Liebe Gäste")
