"""Forms of address for letters and the greeting in speeches."""

from __future__ import annotations

import pytest

from ceremonykit.domain.model import Guest, Person, Salutation
from ceremonykit.guests.salutations import (
    Addressee,
    address_name,
    joined_salutations,
    office_of,
    salutation,
)

F, H, N = Salutation.FRAU, Salutation.HERR, Salutation.NEUTRAL


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        (
            Addressee(F, "", "Birgit", "Sonnenberg", "Bürgermeisterin"),
            "Sehr geehrte Frau Bürgermeisterin Sonnenberg",
        ),
        (Addressee(H, "Dr.", "Stefan", "Müller", "Schulleiter"), "Sehr geehrter Herr Dr. Müller"),
        (
            Addressee(F, "Dr.", "Henrike", "Albers", "Oberbürgermeisterin"),
            "Sehr geehrte Frau Oberbürgermeisterin Dr. Albers",
        ),
        (
            Addressee(H, "", "Ahmet", "Demir", "Landtagsabgeordneter"),
            "Sehr geehrter Herr Abgeordneter Demir",
        ),
        (
            Addressee(F, "", "Eva", "Kern", "Landtagsabgeordnete"),
            "Sehr geehrte Frau Abgeordnete Kern",
        ),
        (
            Addressee(H, "", "Ole", "Kaya", "Bürgermeisterin"),
            "Sehr geehrter Herr Bürgermeister Kaya",
        ),
        (Addressee(F, "", "Lea", "Roth", "Präsident der TU"), "Sehr geehrte Frau Präsidentin Roth"),
        (
            Addressee(F, "", "Fatma", "Öztürk", "Vorsitzende des Integrationsrates"),
            "Sehr geehrte Frau Öztürk",
        ),
        (Addressee(N, "", "Kim", "Schäfer", "Reporter*in"), "Guten Tag Kim Schäfer"),
        (Addressee(Salutation.NONE, "Dr.", "Alex", "Berg"), "Guten Tag Dr. Alex Berg"),
    ],
)
def test_written_salutation(person: Addressee, expected: str) -> None:
    assert salutation(person) == expected


def test_spoken_professor_and_lowercase() -> None:
    prof = Addressee(H, "Prof. Dr.", "Klaus-Dieter", "Hoffmann", "Präsident")
    assert salutation(prof) == "Sehr geehrter Herr Präsident Prof. Dr. Hoffmann"
    assert salutation(prof, spoken=True) == "Sehr geehrter Herr Präsident Professor Hoffmann"
    profin = Addressee(F, "Prof.", "Ute", "Lang", "")
    assert address_name(profin, spoken=True) == "Frau Professorin Lang"
    assert salutation(profin, capitalise=False).startswith("sehr geehrte Frau Prof. Lang")


def test_office_can_be_left_out() -> None:
    mayor = Addressee(F, "", "Birgit", "Sonnenberg", "Bürgermeisterin")
    assert address_name(mayor, use_office=False) == "Frau Sonnenberg"


def test_office_detection() -> None:
    assert office_of("Bürgermeisterin") == "Bürgermeister"
    assert office_of("Bezirksbürgermeisterin") == "Bezirksbürgermeister"
    assert office_of("MdL") == "Abgeordneter"
    assert office_of("Jury-Mitglied") is None
    assert office_of("") is None


def test_guest_and_person_accepted_and_joined() -> None:
    guests: list[Addressee | Guest | Person] = [
        Guest(
            salutation=F, first_name="Birgit", last_name="Sonnenberg", function="Bürgermeisterin"
        ),
        Person(salutation=H, first_name="Ole", last_name="Kaya", function="Bürgermeister"),
    ]
    assert joined_salutations(guests) == (
        "Sehr geehrte Frau Bürgermeisterin Sonnenberg, sehr geehrter Herr Bürgermeister Kaya,"
    )
