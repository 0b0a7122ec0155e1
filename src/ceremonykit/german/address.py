"""Forms of address: "Sehr geehrte Frau Dr. Müller", "Herrn Dr. Max Müller", "Guten Tag Alex Kim".

Shared by the press materials and the guest documents (greeting list, letters, badges). Works
on anything with ``salutation``, ``title``, ``first_name``, ``last_name`` and ``function``
(Person, Guest). With ``use_office`` the office in the function joins the address ("Frau
Bürgermeisterin Sonnenberg"); ``spoken`` reads titles as said in a speech ("Professor").
People who gave no gender or "divers" are addressed with their full name and "Guten Tag",
as DIN 5008 recommends; unknown recipients get "Sehr geehrte Damen und Herren".
"""

from __future__ import annotations

from typing import Protocol

from ceremonykit.domain.model import Salutation
from ceremonykit.german.offices import office_form, office_of, spoken_title


class Addressee(Protocol):
    """The fields a form of address needs (satisfied by Person and Guest)."""

    salutation: Salutation
    title: str
    first_name: str
    last_name: str
    function: str


GENERIC_SALUTATION = "Sehr geehrte Damen und Herren"


def _join(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def address_form(
    person: Addressee, *, first_name: bool = False, use_office: bool = False, spoken: bool = False
) -> str:
    """How one speaks of or to the person: "Frau Dr. Müller", "Herr Weber", "Alex Kim";
    with ``use_office`` "Frau Oberbürgermeisterin Dr. Albers".

    Neutral and unknown salutations use the full name (there is no neutral "Frau/Herr").
    """
    salutation = Salutation(person.salutation)
    title = spoken_title(person.title, salutation) if spoken else " ".join(person.title.split())
    if salutation not in (Salutation.FRAU, Salutation.HERR):
        return _join(title, person.first_name, person.last_name)
    office = office_of(person.function) if use_office else None
    return _join(
        "Frau" if salutation is Salutation.FRAU else "Herr",
        office_form(office, salutation) if office else "",
        title,
        person.first_name if first_name else "",
        person.last_name,
    )


def salutation_line(
    person: Addressee | None,
    *,
    formal: bool = True,
    use_office: bool = False,
    spoken: bool = False,
    capitalise: bool = True,
) -> str:
    """The opening of a letter or speech, without the comma.

    formal: "Sehr geehrte Frau Dr. Müller" / "Sehr geehrter Herr Weber" / "Guten Tag Alex Kim";
    informal: "Liebe Frau Dr. Müller" / "Lieber Herr Weber" / "Hallo Alex Kim".
    ``capitalise=False`` for later greetings of a group: "…, sehr geehrter Herr Müller".
    """
    if person is None or not (person.last_name or person.first_name):
        text = GENERIC_SALUTATION if formal else "Liebe Gäste"
    else:
        salutation = Salutation(person.salutation)
        if salutation is Salutation.FRAU:
            opener = "Sehr geehrte" if formal else "Liebe"
        elif salutation is Salutation.HERR:
            opener = "Sehr geehrter" if formal else "Lieber"
        else:
            opener = "Guten Tag" if formal else "Hallo"
        text = _join(opener, address_form(person, use_office=use_office, spoken=spoken))
    return text if capitalise else text[0].lower() + text[1:]
