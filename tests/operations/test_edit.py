"""The generic edit operations: one transaction, memory equals the file, Changes say what."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ceremonykit.demo import demo_ceremony
from ceremonykit.domain.model import Guest, SenderProfile
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
