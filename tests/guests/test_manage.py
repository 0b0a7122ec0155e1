"""Guest management: add, update, delete, companions, duplicates, counts, categories."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest

from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.errors import UserError
from ceremonykit.guests import manage
from ceremonykit.operations import guests
from ceremonykit.store import ProjectFile
from conftest import opened_project
from conftest import stored as _stored

GUESTS = [
    Guest(
        id="a",
        first_name="Anna",
        last_name="Albers",
        rsvp=RSVP.ACCEPTED,
        companions=2,
        category="Ehrengast",
        table="1",
    ),
    Guest(id="b", first_name="Ben", last_name="Brandt", rsvp=RSVP.OPEN),
    Guest(id="c", first_name="Cem", last_name="Çelik", rsvp=RSVP.DECLINED, category="Presse"),
]


def _ceremony() -> Ceremony:
    c = Ceremony(guest_categories=["Ehrengast", "Gast", "Presse"])
    c.guests = copy.deepcopy(GUESTS)
    return c


@pytest.fixture
def project(tmp_path: Path) -> Iterator[ProjectFile]:
    yield from opened_project(tmp_path / "g.ceremony", _ceremony())


def test_add_validates_and_extends_categories(project: ProjectFile) -> None:
    c = project.load()
    with pytest.raises(UserError, match="Nachnamen"):
        guests.add_guest(project, c, Guest(first_name="Nur Vorname"))
    with pytest.raises(UserError, match="Begleitpersonen"):
        guests.add_guest(project, c, Guest(last_name="X", companions=-1))
    changes = guests.add_guest(project, c, Guest(last_name="Neu\x07", category="Sponsoren"))
    assert changes.kinds == {"guest", "ceremony"} and changes.info == {"guest_categories"}
    assert c.guest_categories[-1] == "Sponsoren"
    assert len(c.guests) == 4 and c.guests[-1].last_name == "Neu"
    stored = _stored(project)
    assert stored.guest_categories[-1] == "Sponsoren" and stored.guests[-1].last_name == "Neu"


def test_companion_linked_and_inherits(project: ProjectFile) -> None:
    c = project.load()
    changes = guests.add_companion(
        project, c, "a", Guest(id="a2", first_name="Paul", last_name="Albers")
    )
    assert changes.message == "Begleitung von Anna Albers angelegt."
    comp = _stored(project).guests[-1]
    assert comp.id == "a2" and comp.companion_of == "a"
    assert comp.table == "1" and comp.rsvp is RSVP.ACCEPTED and comp.category == "Ehrengast"
    assert [g.id for g in manage.companions_of(c, "a")] == ["a2"]
    with pytest.raises(UserError, match="Begleitperson"):
        guests.add_companion(project, c, "a2", Guest(last_name="Kette"))
    removed = guests.delete_guests(project, c, ["a"])
    assert {g.id for g in cast(list[Guest], removed.extra["removed"])} == {"a", "a2"}
    assert [g.id for g in c.guests] == ["b", "c"]
    assert [g.id for g in _stored(project).guests] == ["b", "c"]


def test_update_is_all_or_nothing(project: ProjectFile) -> None:
    c = project.load()
    with pytest.raises(UserError, match="kein Feld"):
        guests.update_guest(project, c, "a", shoe_size=42)
    with pytest.raises(UserError):
        guests.update_guest(project, c, "a", last_name="", organisation="", table="9")
    assert c.guests[0].last_name == "Albers" and c.guests[0].table == "1"
    assert _stored(project).guests[0].table == "1"
    guests.update_guest(project, c, "a", table="9", rsvp=RSVP.DECLINED)
    assert c.guests[0].table == "9" and c.guests[0].rsvp is RSVP.DECLINED
    assert _stored(project).guests[0].table == "9"
    with pytest.raises(UserError, match="nicht in der Gästeliste"):
        guests.update_guest(project, c, "zzz", table="1")
    with pytest.raises(UserError, match="eigene"):
        guests.update_guest(project, c, "a", companion_of="a")


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


def test_category_editing(project: ProjectFile) -> None:
    c = project.load()
    guests.add_category(project, c, "Sponsoren")
    with pytest.raises(UserError, match="schon"):
        guests.add_category(project, c, "sponsoren")
    changes = guests.rename_category(project, c, "Presse", "Medien")
    assert changes.ids == {"c"} and c.guests[2].category == "Medien"
    with pytest.raises(UserError, match="noch 1 Gästen"):
        guests.remove_category(project, c, "Medien")
    guests.remove_category(project, c, "Medien", move_to="Gast")
    assert "Medien" not in c.guest_categories and c.guests[2].category == "Gast"
    guests.move_category(project, c, "Sponsoren", 0)
    assert manage.category_order(c)[0] == "Sponsoren"
    stored = _stored(project)
    assert stored.guest_categories == ["Sponsoren", "Ehrengast", "Gast"]
    assert stored.guests[2].category == "Gast"
