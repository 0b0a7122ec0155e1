"""Protocol order and greeting groups."""

from __future__ import annotations

from ceremonykit.domain.model import RSVP, Ceremony, Guest, Salutation
from ceremonykit.guests.protocol import greeting_groups, honoured_guests

F, H = Salutation.FRAU, Salutation.HERR


def test_only_accepted_with_rank_in_rank_order() -> None:
    guests = [
        Guest(id="x", last_name="Ohne", protocol_rank=None, rsvp=RSVP.ACCEPTED),
        Guest(id="b", last_name="Zwei", protocol_rank=2, rsvp=RSVP.ACCEPTED),
        Guest(id="a", last_name="Eins", protocol_rank=1, rsvp=RSVP.ACCEPTED),
        Guest(id="o", last_name="Offen", protocol_rank=3, rsvp=RSVP.OPEN),
    ]
    assert [g.id for g in honoured_guests(guests)] == ["a", "b"]


def test_same_office_greeted_together_at_first_place() -> None:
    guests = [
        Guest(
            id="ob",
            salutation=F,
            title="Dr.",
            last_name="Albers",
            function="Oberbürgermeisterin",
            protocol_rank=1,
            rsvp=RSVP.ACCEPTED,
        ),
        Guest(
            id="bm1",
            salutation=F,
            last_name="Sonnenberg",
            function="Bürgermeisterin",
            protocol_rank=2,
            rsvp=RSVP.ACCEPTED,
        ),
        Guest(
            id="mdl",
            salutation=H,
            last_name="Demir",
            function="Landtagsabgeordneter",
            protocol_rank=3,
            rsvp=RSVP.ACCEPTED,
        ),
        Guest(
            id="bm2",
            salutation=H,
            last_name="Kaya",
            function="Bürgermeister",
            protocol_rank=4,
            rsvp=RSVP.ACCEPTED,
        ),
        Guest(
            id="dr",
            salutation=H,
            title="Dr.",
            last_name="Müller",
            function="Schulleiter",
            protocol_rank=5,
            rsvp=RSVP.ACCEPTED,
        ),
    ]
    groups = greeting_groups(guests)
    assert [[g.id for g in grp.guests] for grp in groups] == [
        ["ob"],
        ["bm1", "bm2"],
        ["mdl"],
        ["dr"],
    ]
    assert groups[1].office == "Bürgermeister"
    assert groups[1].text == (
        "Sehr geehrte Frau Bürgermeisterin Sonnenberg, sehr geehrter Herr Bürgermeister Kaya,"
    )
    assert groups[0].text == "Sehr geehrte Frau Oberbürgermeisterin Dr. Albers,"
    assert groups[3].text == "Sehr geehrter Herr Dr. Müller,"


def test_demo_greeting(demo: Ceremony) -> None:
    groups = greeting_groups(demo.guests)
    first = groups[0].guests[0]
    assert first.last_name == "Albers"
    assert all(g.rsvp is RSVP.ACCEPTED for grp in groups for g in grp.guests)
