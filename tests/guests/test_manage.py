"""Guest management: add, update, delete, companions, duplicates, counts, categories."""

from __future__ import annotations

import pytest

from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.errors import UserError
from ceremonykit.guests import manage


def _ceremony() -> Ceremony:
    c = Ceremony()
    manage.add_guest(
        c,
        Guest(
            id="a",
            first_name="Anna",
            last_name="Albers",
            rsvp=RSVP.ACCEPTED,
            companions=2,
            category="Ehrengast",
            table="1",
        ),
    )
    manage.add_guest(c, Guest(id="b", first_name="Ben", last_name="Brandt", rsvp=RSVP.OPEN))
    manage.add_guest(
        c, Guest(id="c", first_name="Cem", last_name="Çelik", rsvp=RSVP.DECLINED, category="Presse")
    )
    return c


def test_add_validates_and_extends_categories() -> None:
    c = _ceremony()
    with pytest.raises(UserError, match="Nachnamen"):
        manage.add_guest(c, Guest(first_name="Nur Vorname"))
    with pytest.raises(UserError, match="Begleitpersonen"):
        manage.add_guest(c, Guest(last_name="X", companions=-1))
    manage.add_guest(c, Guest(last_name="Neu", category="Sponsoren"))
    assert c.guest_categories[-1] == "Sponsoren"
    assert len(c.guests) == 4


def test_companion_linked_and_inherits() -> None:
    c = _ceremony()
    comp = manage.add_companion(c, "a", Guest(id="a2", first_name="Paul", last_name="Albers"))
    assert comp.companion_of == "a"
    assert comp.table == "1" and comp.rsvp is RSVP.ACCEPTED and comp.category == "Ehrengast"
    assert [g.id for g in manage.companions_of(c, "a")] == ["a2"]
    with pytest.raises(UserError, match="Begleitperson"):
        manage.add_companion(c, "a2", Guest(last_name="Kette"))
    removed = manage.delete_guests(c, ["a"])
    assert {g.id for g in removed} == {"a", "a2"}
    assert [g.id for g in c.guests] == ["b", "c"]


def test_update_is_all_or_nothing() -> None:
    c = _ceremony()
    with pytest.raises(UserError, match="kein Feld"):
        manage.update_guest(c, "a", shoe_size=42)
    with pytest.raises(UserError):
        manage.update_guest(c, "a", last_name="", organisation="", table="9")
    assert c.guests[0].last_name == "Albers" and c.guests[0].table == "1"
    manage.update_guest(c, "a", table="9", rsvp=RSVP.DECLINED)
    assert c.guests[0].table == "9" and c.guests[0].rsvp is RSVP.DECLINED
    with pytest.raises(UserError, match="nicht in der Gästeliste"):
        manage.update_guest(c, "zzz", table="1")
    with pytest.raises(UserError, match="eigene"):
        manage.update_guest(c, "a", companion_of="a")


def test_duplicates_by_email_and_name_ignoring_accents() -> None:
    guests = [
        Guest(id="1", first_name="Jürgen", last_name="Müller", email="jm@example.org"),
        Guest(id="2", first_name="Jurgen", last_name="Muller"),
        Guest(id="3", first_name="Anna", last_name="Schmidt", email="JM@example.org "),
        Guest(id="4", first_name="Anna", last_name="Schmitt"),
    ]
    found = manage.find_duplicates(guests)
    pairs = {(d.first.id, d.second.id): d.reason for d in found}
    assert pairs == {
        ("1", "3"): "gleiche E-Mail-Adresse JM@example.org",
        ("1", "2"): "gleicher Name",
    }


def test_counts_per_state_and_category() -> None:
    c = _ceremony()
    counts = manage.count_guests(c)
    assert counts.guests_by_rsvp[RSVP.ACCEPTED] == 1
    assert counts.persons_by_rsvp[RSVP.ACCEPTED] == 3
    assert counts.expected_persons == 3
    assert counts.total_guests == 3
    assert counts.guests_by_category["Presse"] == 1
    assert counts.persons_by_category["Presse"] == 0  # declined
    assert counts.persons_by_category["Ehrengast"] == 3
    assert counts.persons_by_category["Gast"] == 1


def test_demo_counts(demo: Ceremony) -> None:
    counts = manage.count_guests(demo)
    assert counts.total_guests == 48
    accepted = [g for g in demo.guests if g.rsvp is RSVP.ACCEPTED]
    assert counts.expected_persons == sum(1 + g.companions for g in accepted)


def test_category_editing() -> None:
    c = _ceremony()
    manage.add_category(c, "Sponsoren")
    with pytest.raises(UserError, match="schon"):
        manage.add_category(c, "sponsoren")
    changed = manage.rename_category(c, "Presse", "Medien")
    assert [g.id for g in changed] == ["c"] and c.guests[2].category == "Medien"
    with pytest.raises(UserError, match="noch 1 Gästen"):
        manage.remove_category(c, "Medien")
    manage.remove_category(c, "Medien", move_to="Gast")
    assert "Medien" not in c.guest_categories and c.guests[2].category == "Gast"
    manage.move_category(c, "Sponsoren", 0)
    assert manage.category_order(c)[0] == "Sponsoren"
