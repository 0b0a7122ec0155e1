"""The generic edit operations: one transaction, memory equals the file, Changes say what."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ceremonykit.demo import demo_ceremony
from ceremonykit.domain.model import Guest, Person, PrizeKind, SenderProfile, Winner
from ceremonykit.operations import edit
from ceremonykit.store import ProjectFile
from conftest import opened_project
from conftest import stored as _stored


@pytest.fixture
def project(tmp_path: Path) -> Iterator[ProjectFile]:
    yield from opened_project(tmp_path / "p.ceremony", demo_ceremony())


def test_set_field_and_setting(project: ProjectFile) -> None:
    c = project.load()
    changes = edit.set_field(project, c, "venue", "Rathaus\x07 Dortmund")
    assert changes.kinds == {"ceremony"} and changes.info == {"venue"}
    assert c.venue == _stored(project).venue == "Rathaus Dortmund"
    sender = SenderProfile(sender_name="Stadt\x0bDortmund")
    edit.set_field(project, c, "sender", sender)
    assert _stored(project).sender.sender_name == "Stadt Dortmund"
    assert sender.sender_name == "Stadt\x0bDortmund"  # the caller's object is not changed
    with pytest.raises(ValueError, match="not a field"):
        edit.set_field(project, c, "guests", [])
    assert edit.set_setting(project, c, "cheque.size", "600x300").info == {"settings"}
    assert _stored(project).settings["cheque.size"] == "600x300"
    assert edit.set_setting(project, c, "cheque.size", "600x300").empty  # nothing to write
    edit.set_setting(project, c, "cheque.size", "")
    assert "cheque.size" not in _stored(project).settings and "cheque.size" not in c.settings


def test_remove_and_add_back_in_place(project: ProjectFile) -> None:
    c = project.load()
    order = [g.id for g in c.guests]
    doomed = [c.guests[3], c.guests[0]]
    changes = edit.remove_objects(project, c, doomed)
    assert changes.kinds == {"guest"} and changes.ids == {doomed[0].id, doomed[1].id}
    assert changes.extra["indices"] == [3, 0]
    assert (
        [g.id for g in _stored(project).guests]
        == [g.id for g in c.guests]
        == order[1:3] + order[4:]
    )
    edit.add_objects(project, c, doomed, [3, 0])
    assert [g.id for g in c.guests] == order
    assert {g.id for g in _stored(project).guests} == set(order)


def test_put_replaces_or_appends_and_cleans(project: ProjectFile) -> None:
    c = project.load()
    first = c.guests[0]
    new = Guest(last_name="Neu\u0308")
    edit.put_objects(project, c, [Guest(**{**first.__dict__, "table": "12\x00"}), new])
    assert c.guests[0].table == "12" and c.guests[-1].last_name == "Neü"
    stored = _stored(project)
    assert stored.guests[0].table == "12" and stored.guests[-1].id == new.id


def test_a_hand_entered_ehrenpreis_for_club_and_persons_honours_the_persons(
    project: ProjectFile,
) -> None:
    """The GUI stores a winner step by step; once club, persons and an Ehrenpreis are there,
    the persons are honoured (stored, so the winner editor shows it); a choice stays."""
    c = project.load()
    honorary = next(p for p in c.prizes if p.kind is PrizeKind.HONORARY)
    w = Winner(prize_id=honorary.id, organisation="SPARRINGPARTNERFORYOU e.V.")
    edit.add_objects(project, c, [w])
    assert next(x for x in c.winners if x.id == w.id).honour_persons is None  # not yet known
    w.persons = [Person(first_name="Pourya", last_name="Solizadeh")]
    edit.put_objects(project, c, [w])
    stored = next(x for x in _stored(project).winners if x.id == w.id)
    assert stored.honour_persons is True and stored.persons_honoured
    assert stored.honourees == "Pourya Solizadeh (SPARRINGPARTNERFORYOU e.V.)"
    stored.honour_persons = False  # staff switch to the club
    edit.put_objects(project, c, [stored])
    assert next(x for x in _stored(project).winners if x.id == w.id).honour_persons is False
